package org.renfang.validation.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.renfang.validation.profile.DivisionCodes;

/**
 * Validates {@link DivisionCode}. {@code null} is valid.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DivisionCodeValidator implements ConstraintValidator<DivisionCode, CharSequence> {

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        return value == null || isDivisionCode(value);
    }

    /**
     * Returns whether a text is a division code.
     *
     * @param s the text, not null
     * @return true if valid
     */
    public static boolean isDivisionCode(CharSequence s) {
        return DivisionCodes.isValid(DivisionCodes.GB2260, s);
    }
}
