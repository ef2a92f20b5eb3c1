package org.renfang.id;

import org.renfang.model.DocumentType;

/**
 * Checks of passport numbers ({@link DocumentType#PASSPORT}) against the ICAO 9303 character
 * set and a length range. A passport number carries no check character of its own outside the
 * machine-readable zone, and encodes no birth date, region or sex.
 *
 * <p>The checks, in order: {@link IdReason#EMPTY} (null, empty or only whitespace);
 * {@link IdReason#LENGTH} (outside {@link #MIN_LENGTH}..{@link #MAX_LENGTH});
 * {@link IdReason#CHARSET} (a character other than {@code A}–{@code Z} and {@code 0}–{@code 9}:
 * the ICAO 9303 machine-readable character set without the filler {@code <}, which is not part
 * of a number). Lower-case letters are rejected: normalise typed input with
 * {@code toUpperCase(Locale.ROOT)} first if that is wanted.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Passports {

    /**
     * The shortest number accepted: 5 characters. ICAO 9303 sets no minimum; this is a project
     * decision against truncated input.
     */
    public static final int MIN_LENGTH = 5;

    /**
     * The longest number accepted: 22 characters. The MRZ document-number field holds 9; ICAO
     * 9303 lets a longer number continue in the optional-data field (14 positions in a TD3
     * passport, one of which then holds the check digit), so at most 9 + 13.
     */
    public static final int MAX_LENGTH = 22;

    private Passports() {
    }

    /**
     * Checks a passport number.
     *
     * @param number the number, may be null (reported as {@link IdReason#EMPTY})
     * @return the check, not null; a valid check reports no facts
     */
    public static IdCheck check(CharSequence number) {
        return IdCheck.of(DocumentType.PASSPORT, packed(number));
    }

    /**
     * Returns whether a passport number is valid, without allocating.
     *
     * @param number the number, may be null (invalid)
     * @return true if valid
     */
    public static boolean isValid(CharSequence number) {
        return Gb11643.isOk(packed(number));
    }

    static long packed(CharSequence number) {
        if (number == null) {
            return Gb11643.fail(IdReason.EMPTY);
        }
        int length = number.length();
        if (length < MIN_LENGTH || length > MAX_LENGTH) {
            return Gb11643.failOrEmpty(number, IdReason.LENGTH);
        }
        for (int i = 0; i < length; i++) {
            char c = number.charAt(i);
            if (!(c >= 'A' && c <= 'Z') && !Gb11643.isDigit(c)) {
                return Gb11643.failOrEmpty(number, IdReason.CHARSET);
            }
        }
        return Gb11643.ok(Gb11643.SEX_NONE, 0, -1);
    }
}
