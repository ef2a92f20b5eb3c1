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
 * The annotated text must be a unified social credit code (统一社会信用代码) passing the
 * GB 32100-2015 check character.
 *
 * <p>Supported types: {@link CharSequence}. {@code null} is valid.
 */
@Documented
@Constraint(validatedBy = CreditCodeValidator.class)
@Target({METHOD, FIELD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface CreditCode {
    /** @return the message template */
    String message() default "{org.renfang.validation.constraints.CreditCode.message}";

    /** @return the groups */
    Class<?>[] groups() default {};

    /** @return the payload */
    Class<? extends Payload>[] payload() default {};
}
