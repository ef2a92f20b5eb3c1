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
import org.renfang.model.DocumentType;

/**
 * The annotated text must be a valid number of the given document type: format, check
 * character and, where encoded, a real birth date not after today's date in the validator's
 * clock zone (UTC).
 *
 * <p>Supported types: {@link CharSequence}. {@code null} is valid.
 */
@Documented
@Constraint(validatedBy = IdentityNumberValidator.class)
@Target({METHOD, FIELD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface IdentityNumber {
    /** @return the document type the number must be valid for */
    DocumentType value() default DocumentType.CN_RESIDENT_ID;

    /** @return the message template */
    String message() default "{org.renfang.validation.constraints.IdentityNumber.message}";

    /** @return the groups */
    Class<?>[] groups() default {};

    /** @return the payload */
    Class<? extends Payload>[] payload() default {};
}
