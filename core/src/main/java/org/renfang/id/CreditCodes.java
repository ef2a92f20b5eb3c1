package org.renfang.id;

import java.util.Arrays;
import java.util.Objects;

/**
 * Checks of the unified social credit code (统一社会信用代码) of GB 32100-2015.
 *
 * <p>The code has 18 characters from the alphabet {@code 0123456789ABCDEFGHJKLMNPQRTUWXY}
 * (digits and the capital letters other than I, O, S, V and Z): the registration authority,
 * the entity type, six digits of region code, nine characters of organisation code and a
 * check character. The check character {@code c18} satisfies
 * {@code c18 = (31 - Σ value(ci)·3^(i-1) mod 31) mod 31} over positions 1 to 17.
 *
 * <p>The checks, in order: {@link CreditCodeReason#EMPTY}, {@link CreditCodeReason#LENGTH},
 * {@link CreditCodeReason#CHARSET} (outside the alphabet, a lower-case letter, or a non-digit in
 * positions 3 to 8), {@link CreditCodeReason#CHECK_CHARACTER}. Decisions: the registration
 * authority and entity type are not checked against the GB 32100 code tables, which have
 * grown since 2015 (authorities 1, 5, 9 and Y at first, others added later), and the region
 * code is not checked against GB/T 2260, because central-level entities use {@code 100000}.
 * Input is not trimmed or upper-cased.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CreditCodes {

    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    /** 3^(i-1) mod 31 for positions 1 to 17. */
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    /** Value of each ASCII char in the alphabet, -1 if outside. */
    private static final int[] VALUES = new int[128];

    static {
        Arrays.fill(VALUES, -1);
        for (int i = 0; i < ALPHABET.length(); i++) {
            VALUES[ALPHABET.charAt(i)] = i;
        }
    }

    private CreditCodes() {
    }

    /**
     * Checks a unified social credit code.
     *
     * @param code the code, may be null (reported as {@link CreditCodeReason#EMPTY})
     * @return the reason, {@link CreditCodeReason#OK} if valid; not null
     */
    public static CreditCodeReason check(CharSequence code) {
        if (code == null) {
            return CreditCodeReason.EMPTY;
        }
        if (code.length() != 18) {
            return Gb11643.isBlank(code) ? CreditCodeReason.EMPTY : CreditCodeReason.LENGTH;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            char c = code.charAt(i);
            int v = c < 128 ? VALUES[c] : -1;
            if (v < 0 || (i >= 2 && i < 8 && v > 9)) {
                return Gb11643.isBlank(code) ? CreditCodeReason.EMPTY : CreditCodeReason.CHARSET;
            }
            sum += v * WEIGHTS[i];
        }
        char last = code.charAt(17);
        int check = last < 128 ? VALUES[last] : -1;
        if (check < 0) {
            return CreditCodeReason.CHARSET;
        }
        return (31 - sum % 31) % 31 == check ? CreditCodeReason.OK : CreditCodeReason.CHECK_CHARACTER;
    }

    /**
     * Returns whether a unified social credit code is valid; the same as
     * {@code check(code) == CreditCodeReason.OK}, and allocation-free.
     *
     * @param code the code, may be null (invalid)
     * @return true if valid
     */
    public static boolean isValid(CharSequence code) {
        return check(code) == CreditCodeReason.OK;
    }

    /**
     * Computes the GB 32100 check character of the first 17 characters, for example to
     * generate test data.
     *
     * @param first17 exactly 17 characters of the alphabet, digits in positions 3 to 8; not null
     * @return the check character, from the alphabet
     * @throws NullPointerException     if {@code first17} is null
     * @throws IllegalArgumentException if {@code first17} has another length or a character
     *                                  not allowed at its position
     */
    public static char checkCharacter(CharSequence first17) {
        Objects.requireNonNull(first17, "first17");
        if (first17.length() != 17) {
            throw new IllegalArgumentException("length " + first17.length() + " is not 17");
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            char c = first17.charAt(i);
            int v = c < 128 ? VALUES[c] : -1;
            if (v < 0 || (i >= 2 && i < 8 && v > 9)) {
                throw new IllegalArgumentException("character at index " + i + " is not allowed there");
            }
            sum += v * WEIGHTS[i];
        }
        return ALPHABET.charAt((31 - sum % 31) % 31);
    }
}
