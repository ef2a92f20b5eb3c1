package org.renfang.id;

import java.nio.CharBuffer;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

import org.renfang.model.DocumentType;

/**
 * Checks of resident identity numbers (公民身份号码): the 18-character form of GB 11643-1999
 * and the 15-digit first-generation form, and conversion from 15 to 18 characters.
 *
 * <p>An 18-character number is six digits of region code, eight of birth date
 * ({@code yyyyMMdd}), three of sequence and one check character (ISO 7064 MOD 11-2,
 * {@code 0}–{@code 9} or {@code X}, accepted in either case). A 15-character number is six digits
 * of region code, six of birth date ({@code yyMMdd}, always in the 1900s) and three of sequence,
 * with no check character. The checks, in order:
 * <ol>
 * <li>{@link IdReason#EMPTY}: null, empty or only whitespace;</li>
 * <li>{@link IdReason#LENGTH}: not 18 (or 15) characters;</li>
 * <li>{@link IdReason#CHARSET}: a character other than an ASCII digit, or other than a digit,
 *     {@code X} or {@code x} in the check position;</li>
 * <li>{@link IdReason#REGION}: the first two digits are not a mainland province-level code of
 *     GB/T 2260 (11–15, 21–23, 31–37, 41–46, 50–54, 61–65). Decisions: 71 (Taiwan), 81 (Hong
 *     Kong) and 82 (Macao) are in GB/T 2260 but no mainland authority issues resident numbers
 *     under them, and the 810000/820000/830000 numbers are HMT residence permits, checked as
 *     {@link DocumentType#CN_HMT_RESIDENCE_PERMIT} by {@link HmtResidencePermits}. Only the
 *     province is checked: county tables change every year and are not shipped;</li>
 * <li>{@link IdReason#BIRTH_DATE}: not a real calendar date (leap years by the Gregorian rule),
 *     or a year before {@link #MIN_BIRTH_YEAR};</li>
 * <li>{@link IdReason#BIRTH_DATE_IN_FUTURE}: a real date after the as-of date (the as-of date
 *     itself passes);</li>
 * <li>{@link IdReason#CHECK_DIGIT}: (18 characters only) the check character does not match.</li>
 * </ol>
 * A valid number reports its birth date, its six-digit region code and its sex (odd sequence
 * digit male, even female).
 *
 * <p>Input is not trimmed or otherwise normalised. The checks work by character arithmetic:
 * no regular expressions, no exceptions, and {@link #isValid18} and {@link #isValid15} allocate
 * nothing.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ResidentIds {

    /**
     * The earliest birth year accepted: 1800. GB 11643 sets no lower bound and its own example
     * {@code 440524188001010014} was born in 1880; a year before 1800 cannot belong to anyone
     * alive when resident numbers were introduced, so it is treated as a typing error.
     */
    public static final int MIN_BIRTH_YEAR = Gb11643.MIN_BIRTH_YEAR;

    private ResidentIds() {
    }

    /**
     * Checks an 18-character resident identity number ({@link DocumentType#CN_RESIDENT_ID}).
     *
     * @param number the number, may be null (reported as {@link IdReason#EMPTY})
     * @param asOf   the date the birth date must not be after, not null
     * @return the check, not null
     * @throws NullPointerException if {@code asOf} is null
     */
    public static IdCheck check18(CharSequence number, LocalDate asOf) {
        return IdNumbers.check(DocumentType.CN_RESIDENT_ID, number, asOf);
    }

    /**
     * Returns whether an 18-character resident identity number is valid, without allocating;
     * the same as {@code check18(number, asOf).isValid()}.
     *
     * @param number the number, may be null (invalid)
     * @param asOf   the date the birth date must not be after, not null
     * @return true if valid
     * @throws NullPointerException if {@code asOf} is null
     */
    public static boolean isValid18(CharSequence number, LocalDate asOf) {
        return IdNumbers.isValid(DocumentType.CN_RESIDENT_ID, number, asOf);
    }

    /**
     * Checks a 15-digit first-generation resident identity number
     * ({@link DocumentType#CN_RESIDENT_ID_15}); its birth year is taken to be 19YY.
     *
     * @param number the number, may be null (reported as {@link IdReason#EMPTY})
     * @param asOf   the date the birth date must not be after, not null
     * @return the check, not null
     * @throws NullPointerException if {@code asOf} is null
     */
    public static IdCheck check15(CharSequence number, LocalDate asOf) {
        return IdNumbers.check(DocumentType.CN_RESIDENT_ID_15, number, asOf);
    }

    /**
     * Returns whether a 15-digit resident identity number is valid, without allocating;
     * the same as {@code check15(number, asOf).isValid()}.
     *
     * @param number the number, may be null (invalid)
     * @param asOf   the date the birth date must not be after, not null
     * @return true if valid
     * @throws NullPointerException if {@code asOf} is null
     */
    public static boolean isValid15(CharSequence number, LocalDate asOf) {
        return IdNumbers.isValid(DocumentType.CN_RESIDENT_ID_15, number, asOf);
    }

    /**
     * Converts a valid 15-digit number to its 18-character form: the century {@code 19} is
     * inserted before the birth year and the MOD 11-2 check character appended.
     *
     * <p>The 15-digit number must pass {@link #check15} (every date in the 1900s is in the past,
     * so no as-of date is needed); otherwise the result is empty. The result passes
     * {@link #check18} with the same birth date, region code and sex.
     *
     * @param fifteen the 15-digit number, may be null (empty result)
     * @return the 18-character number with an upper-case {@code X} if any, or empty if
     *         {@code fifteen} is not valid; not null
     */
    public static Optional<String> to18(CharSequence fifteen) {
        if (!Gb11643.isOk(Gb11643.check15(fifteen, Integer.MAX_VALUE))) {
            return Optional.empty();
        }
        char[] c = new char[18];
        for (int i = 0; i < 6; i++) {
            c[i] = fifteen.charAt(i);
        }
        c[6] = '1';
        c[7] = '9';
        for (int i = 6; i < 15; i++) {
            c[i + 2] = fifteen.charAt(i);
        }
        c[17] = Gb11643.checkCharacter(CharBuffer.wrap(c, 0, 17));
        return Optional.of(new String(c));
    }

    /**
     * Computes the ISO 7064 MOD 11-2 check character of the first 17 characters of an
     * 18-character number, for example to generate test data.
     *
     * @param first17 exactly 17 ASCII digits, not null
     * @return the check character, {@code 0}–{@code 9} or upper-case {@code X}
     * @throws NullPointerException     if {@code first17} is null
     * @throws IllegalArgumentException if {@code first17} is not 17 ASCII digits
     */
    public static char checkCharacter(CharSequence first17) {
        Objects.requireNonNull(first17, "first17");
        if (first17.length() != 17) {
            throw new IllegalArgumentException("length " + first17.length() + " is not 17");
        }
        for (int i = 0; i < 17; i++) {
            if (!Gb11643.isDigit(first17.charAt(i))) {
                throw new IllegalArgumentException("character at index " + i + " is not an ASCII digit");
            }
        }
        return Gb11643.checkCharacter(first17);
    }
}
