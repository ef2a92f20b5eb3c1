package org.renfang.validation.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.renfang.id.CreditCodes;

/**
 * Validates {@link CreditCode}. {@code null} is valid.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CreditCodeValidator implements ConstraintValidator<CreditCode, CharSequence> {
    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        return value == null || CreditCodes.isValid(value);
    }
}
