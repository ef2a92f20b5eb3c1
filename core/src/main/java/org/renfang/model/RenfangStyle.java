package org.renfang.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of every renfang value type: {@code ImmutableX} classes with
 * {@code builder()}, {@code of(...)} only where declared, and {@link MissingFieldsException}
 * when required fields are missing.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
        init = "*",
        visibility = Value.Style.ImplementationVisibility.PUBLIC,
        jdkOnly = true,
        optionalAcceptNullable = true,
        throwForInvalidImmutableState = MissingFieldsException.class,
        defaults = @Value.Immutable(copy = true, prehash = false))
public @interface RenfangStyle {
}
