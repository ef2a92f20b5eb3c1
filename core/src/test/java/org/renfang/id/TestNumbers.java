package org.renfang.id;

import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * Synthetic identity numbers for tests, deterministic by the random source given. No number
 * here belongs to a real person except by chance; all are built from random fields.
 */
final class TestNumbers {

    /** Mainland province-level codes (GB/T 2260), the ones {@link ResidentIds} accepts. */
    static final int[] MAINLAND_PROVINCES = {
        11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37,
        41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65};

    static final int[] HMT_PREFIXES = {810000, 820000, 830000};

    static final String CREDIT_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private TestNumbers() {
    }

    /** Appends {@code value} as exactly {@code width} zero-padded digits. */
    static void put(char[] c, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            c[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }

    /** Builds an 18-character number with a correct check character from its fields. */
    static String resident18(int region, int year, int month, int day, int sequence) {
        String body = fields(region, year, 4, month, day, sequence);
        return body + ResidentIds.checkCharacter(body);
    }

    /** Builds a 15-digit number from its fields (two-digit year). */
    static String resident15(int region, int yy, int month, int day, int sequence) {
        return fields(region, yy, 2, month, day, sequence);
    }

    /** The fields as digits: region (6), year ({@code yearWidth}), month (2), day (2), sequence (3). */
    private static String fields(int region, int year, int yearWidth, int month, int day, int sequence) {
        char[] c = new char[6 + yearWidth + 7];
        put(c, 0, region, 6);
        put(c, 6, year, yearWidth);
        put(c, 6 + yearWidth, month, 2);
        put(c, 8 + yearWidth, day, 2);
        put(c, 10 + yearWidth, sequence, 3);
        return new String(c);
    }

    static int mainlandRegion(SplittableRandom r) {
        return MAINLAND_PROVINCES[r.nextInt(MAINLAND_PROVINCES.length)] * 10000 + r.nextInt(10000);
    }

    /** A uniformly random date in [from, to]. */
    static LocalDate date(SplittableRandom r, LocalDate from, LocalDate to) {
        return LocalDate.ofEpochDay(r.nextLong(from.toEpochDay(), to.toEpochDay() + 1));
    }

    /**
     * A birth date in [MIN_BIRTH_YEAR, asOf]: one in twenty before 1900 (rare in real data),
     * the rest in [1900-01-01, asOf].
     */
    static LocalDate birthDate(SplittableRandom r, LocalDate asOf) {
        return r.nextInt(20) == 0
                ? date(r, LocalDate.of(ResidentIds.MIN_BIRTH_YEAR, 1, 1), LocalDate.of(1899, 12, 31))
                : date(r, LocalDate.of(1900, 1, 1), asOf);
    }

    /** A valid 18-character resident number born in [MIN_BIRTH_YEAR, asOf]; its X in random case. */
    static String validResident18(SplittableRandom r, LocalDate asOf) {
        LocalDate d = birthDate(r, asOf);
        String s = resident18(mainlandRegion(r), d.getYear(), d.getMonthValue(), d.getDayOfMonth(), r.nextInt(1000));
        return s.endsWith("X") && r.nextBoolean() ? s.substring(0, 17) + "x" : s;
    }

    /** A valid HMT residence-permit number born in [MIN_BIRTH_YEAR, asOf]. */
    static String validHmt(SplittableRandom r, LocalDate asOf) {
        LocalDate d = birthDate(r, asOf);
        return resident18(HMT_PREFIXES[r.nextInt(3)], d.getYear(), d.getMonthValue(), d.getDayOfMonth(), r.nextInt(1000));
    }

    /** A valid 2023-form permanent residence card number born in [MIN_BIRTH_YEAR, asOf]. */
    static String validPr2023(SplittableRandom r, LocalDate asOf) {
        LocalDate d = birthDate(r, asOf);
        int region = 900000 + MAINLAND_PROVINCES[r.nextInt(MAINLAND_PROVINCES.length)] * 1000 + r.nextInt(1000);
        return resident18(region, d.getYear(), d.getMonthValue(), d.getDayOfMonth(), r.nextInt(1000));
    }

    /** A valid 15-digit number (any date of the 1900s). */
    static String validResident15(SplittableRandom r) {
        LocalDate d = date(r, LocalDate.of(1900, 1, 1), LocalDate.of(1999, 12, 31));
        return resident15(mainlandRegion(r), d.getYear() % 100, d.getMonthValue(), d.getDayOfMonth(), r.nextInt(1000));
    }

    /** A valid unified social credit code with random fields. */
    static String validCreditCode(SplittableRandom r) {
        char[] c = new char[17];
        for (int i = 0; i < 17; i++) {
            c[i] = i >= 2 && i < 8
                    ? (char) ('0' + r.nextInt(10))
                    : CREDIT_ALPHABET.charAt(r.nextInt(CREDIT_ALPHABET.length()));
        }
        String body = new String(c);
        return body + CreditCodes.checkCharacter(body);
    }

    /**
     * Replaces the character at {@code index} with another digit (or, in position 18, another
     * of 0–9 and X that differs ignoring case), so the number's value changes in one place.
     */
    static String changeOneDigit(SplittableRandom r, String s, int index) {
        char old = Character.toUpperCase(s.charAt(index));
        String pool = index == 17 && s.length() == 18 ? "0123456789X" : "0123456789";
        char c;
        do {
            c = pool.charAt(r.nextInt(pool.length()));
        } while (c == old);
        return s.substring(0, index) + c + s.substring(index + 1);
    }
}
