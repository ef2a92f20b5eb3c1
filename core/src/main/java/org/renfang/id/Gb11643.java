package org.renfang.id;

import java.time.LocalDate;

/**
 * The arithmetic shared by the numbers built on GB 11643-1999: digit scanning, the
 * province table, calendar checks and ISO 7064 MOD 11-2, without allocation.
 *
 * <p>The check methods return a packed {@code long} so that the boolean fast paths allocate
 * nothing: bits 0–3 hold the {@link IdReason} ordinal, bits 4–5 the sex (0 none, 1 male,
 * 2 female), bits 8–34 the birth date as {@code yyyymmdd} (0 for none) and bits 35–55 the
 * region code plus one (0 for none). Only {@link IdReason#OK} results carry facts.
 *
 * <p>This class is immutable and thread-safe.
 */
final class Gb11643 {

    /** The earliest birth year accepted; see {@link ResidentIds#MIN_BIRTH_YEAR}. */
    static final int MIN_BIRTH_YEAR = 1800;

    static final int SEX_NONE = 0;
    static final int SEX_MALE = 1;
    static final int SEX_FEMALE = 2;

    /** Number kinds sharing the 18-character layout. */
    static final int KIND_RESIDENT = 0;
    static final int KIND_HMT = 1;
    static final int KIND_PR_2023 = 2;

    /** MOD 11-2 weights 2^(17-i) mod 11 of positions 1 to 17. */
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};

    /** Check character by weighted sum mod 11. */
    private static final char[] CHECK_CHARS = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

    /**
     * Mainland province-level codes of GB/T 2260: 11–15, 21–23, 31–37, 41–46, 50–54, 61–65.
     * 71 (Taiwan), 81 (Hong Kong), 82 (Macao) and 83 (HMT permits for Taiwan residents) are
     * deliberately absent: no mainland authority issues resident numbers under them.
     */
    private static final boolean[] PROVINCES = new boolean[100];

    static {
        int[][] ranges = {{11, 15}, {21, 23}, {31, 37}, {41, 46}, {50, 54}, {61, 65}};
        for (int[] r : ranges) {
            for (int p = r[0]; p <= r[1]; p++) {
                PROVINCES[p] = true;
            }
        }
    }

    private Gb11643() {
    }

    // -----------------------------------------------------------------------
    // Packing

    static long fail(IdReason reason) {
        return reason.ordinal();
    }

    static long ok(int sex, int ymd, int region) {
        return IdReason.OK.ordinal() | ((long) sex << 4) | ((long) ymd << 8) | ((long) (region + 1) << 35);
    }

    static boolean isOk(long packed) {
        return (packed & 0xF) == 0;
    }

    static int reasonOrdinal(long packed) {
        return (int) (packed & 0xF);
    }

    static int sex(long packed) {
        return (int) ((packed >>> 4) & 0x3);
    }

    static int ymd(long packed) {
        return (int) ((packed >>> 8) & 0x7FF_FFFFL);
    }

    static int region(long packed) {
        return (int) ((packed >>> 35) & 0x1F_FFFFL) - 1;
    }

    // -----------------------------------------------------------------------
    // Characters, regions and dates

    /** Returns the as-of date as {@code yyyymmdd}. */
    static int ymd(LocalDate date) {
        return date.getYear() * 10000 + date.getMonthValue() * 100 + date.getDayOfMonth();
    }

    /** Returns the value of an ASCII digit, or a value outside 0..9 for any other char. */
    static int digit(char c) {
        return c - '0';
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isMainlandProvince(int twoDigits) {
        return twoDigits >= 0 && twoDigits < 100 && PROVINCES[twoDigits];
    }

    static boolean isLeapYear(int year) {
        return (year & 3) == 0 && (year % 100 != 0 || year % 400 == 0);
    }

    /** Returns whether year/month/day is a real proleptic Gregorian date with year ≥ 1800. */
    static boolean isBirthDate(int year, int month, int day) {
        if (year < MIN_BIRTH_YEAR || month < 1 || month > 12 || day < 1) {
            return false;
        }
        int max;
        if (month == 2) {
            max = isLeapYear(year) ? 29 : 28;
        } else if (month == 4 || month == 6 || month == 9 || month == 11) {
            max = 30;
        } else {
            max = 31;
        }
        return day <= max;
    }

    /**
     * Returns why an encoded birth date is refused: {@link IdReason#BIRTH_DATE} if it is no real date
     * ({@link #isBirthDate}), {@link IdReason#BIRTH_DATE_IN_FUTURE} if it is after the as-of date.
     *
     * @param ymd  the birth date as {@code yyyymmdd}
     * @param asOf the as-of date as {@code yyyymmdd}
     * @return the reason, or null if the birth date is accepted
     */
    static IdReason birthDateReason(int ymd, int asOf) {
        if (!isBirthDate(ymd / 10000, ymd / 100 % 100, ymd % 100)) {
            return IdReason.BIRTH_DATE;
        }
        return ymd > asOf ? IdReason.BIRTH_DATE_IN_FUTURE : null;
    }

    /** Returns whether the sequence is null, empty or only whitespace. */
    static boolean isBlank(CharSequence s) {
        if (s == null) {
            return true;
        }
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                return false;
            }
        }
        return true;
    }

    /** Returns {@code fail(reason)}, or {@code fail(EMPTY)} when the input is blank. */
    static long failOrEmpty(CharSequence s, IdReason reason) {
        return isBlank(s) ? fail(IdReason.EMPTY) : fail(reason);
    }

    // -----------------------------------------------------------------------
    // MOD 11-2

    /** Returns the MOD 11-2 check character of 17 ASCII digits at the start of {@code s}. */
    static char checkCharacter(CharSequence s) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += digit(s.charAt(i)) * WEIGHTS[i];
        }
        return CHECK_CHARS[sum % 11];
    }

    // -----------------------------------------------------------------------
    // The checks

    /**
     * Checks an 18-character number of the given kind.
     *
     * @param s     the number, not null
     * @param asOf  the as-of date as {@code yyyymmdd}
     * @param kind  one of the {@code KIND_} constants
     * @return the packed result
     */
    static long check18(CharSequence s, int asOf, int kind) {
        if (s == null) {
            return fail(IdReason.EMPTY);
        }
        if (s.length() != 18) {
            return failOrEmpty(s, IdReason.LENGTH);
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int v = digit(s.charAt(i));
            if (v < 0 || v > 9) {
                return failOrEmpty(s, IdReason.CHARSET);
            }
            sum += v * WEIGHTS[i];
        }
        char last = s.charAt(17);
        int lastValue;
        if (isDigit(last)) {
            lastValue = last - '0';
        } else if (last == 'X' || last == 'x') {
            lastValue = 10;
        } else {
            return fail(IdReason.CHARSET);
        }

        int region = digits(s, 0, 6);
        int sex = SEX_NONE;
        switch (kind) {
            case KIND_RESIDENT:
                if (!isMainlandProvince(region / 10000)) {
                    return fail(IdReason.REGION);
                }
                break;
            case KIND_HMT:
                if (region != 810000 && region != 820000 && region != 830000) {
                    return fail(IdReason.PREFIX);
                }
                break;
            default: // KIND_PR_2023: 9, accepting province, nationality
                if (s.charAt(0) != '9') {
                    return fail(IdReason.PREFIX);
                }
                int province = digits(s, 1, 3);
                if (!isMainlandProvince(province)) {
                    return fail(IdReason.REGION);
                }
                region = province * 10000;
                break;
        }

        int ymd = digits(s, 6, 14);
        IdReason birth = birthDateReason(ymd, asOf);
        if (birth != null) {
            return fail(birth);
        }
        // ISO 7064 MOD 11-2: the weighted sum over all 18 positions (weight 1 for the check) is 1 mod 11.
        if ((sum + lastValue) % 11 != 1) {
            return fail(IdReason.CHECK_DIGIT);
        }
        if (kind != KIND_PR_2023) {
            sex = (digit(s.charAt(16)) & 1) == 1 ? SEX_MALE : SEX_FEMALE;
        }
        return ok(sex, ymd, region);
    }

    /**
     * Checks a 15-digit first-generation resident number (birth year 19YY, no check digit).
     *
     * @param s     the number, may be null
     * @param asOf  the as-of date as {@code yyyymmdd}
     * @return the packed result
     */
    static long check15(CharSequence s, int asOf) {
        if (s == null) {
            return fail(IdReason.EMPTY);
        }
        if (s.length() != 15) {
            return failOrEmpty(s, IdReason.LENGTH);
        }
        for (int i = 0; i < 15; i++) {
            if (!isDigit(s.charAt(i))) {
                return failOrEmpty(s, IdReason.CHARSET);
            }
        }
        int region = digits(s, 0, 6);
        if (!isMainlandProvince(region / 10000)) {
            return fail(IdReason.REGION);
        }
        int ymd = 19_000_000 + digits(s, 6, 12);
        IdReason birth = birthDateReason(ymd, asOf);
        if (birth != null) {
            return fail(birth);
        }
        int sex = (digit(s.charAt(14)) & 1) == 1 ? SEX_MALE : SEX_FEMALE;
        return ok(sex, ymd, region);
    }

    /** Returns the decimal value of the ASCII digits {@code s[from, to)}, already known to be digits. */
    static int digits(CharSequence s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            v = v * 10 + (s.charAt(i) - '0');
        }
        return v;
    }
}
