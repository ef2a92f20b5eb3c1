package org.renfang.validation.constraints;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated text must be an administrative division code (GB/T 2260): 6 digits, or a
 * 9- or 12-digit statistical code, whose first two digits name a province-level division
 * (11–15, 21–23, 31–37, 41–46, 50–54, 61–65, 71, 81, 82).
 *
 * <p>Supported types: {@link CharSequence}. {@code null} is valid.
 */
@Documented
@Constraint(validatedBy = DivisionCodeValidator.class)
@Target({METHOD, FIELD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface DivisionCode {
    /** @return the message template */
    String message() default "{org.renfang.validation.constraints.DivisionCode.message}";

    /** @return the groups */
    Class<?>[] groups() default {};

    /** @return the payload */
    Class<? extends Payload>[] payload() default {};
}
