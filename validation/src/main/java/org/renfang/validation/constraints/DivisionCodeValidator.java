package org.renfang.validation.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

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
        int n = s.length();
        if (n != 6 && n != 9 && n != 12) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        int province = (s.charAt(0) - '0') * 10 + (s.charAt(1) - '0');
        return (province >= 11 && province <= 15) || (province >= 21 && province <= 23)
                || (province >= 31 && province <= 37) || (province >= 41 && province <= 46)
                || (province >= 50 && province <= 54) || (province >= 61 && province <= 65)
                || province == 71 || province == 81 || province == 82;
    }
}
