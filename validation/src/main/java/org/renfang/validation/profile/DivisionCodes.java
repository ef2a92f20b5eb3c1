package org.renfang.validation.profile;

import java.util.List;

/**
 * The division-code systems a profile's addresses use ({@link Parameter#DIVISION_CODES}).
 *
 * <ul>
 * <li>{@code GB2260}: a Chinese administrative division code (GB/T 2260), 6 digits, or a 9- or
 *     12-digit statistical code that begins with one, whose first two digits name a
 *     province-level division (11–15, 21–23, 31–37, 41–46, 50–54, 61–65, 71, 81, 82).</li>
 * <li>{@code AGS}: a German Amtlicher Gemeindeschlüssel (8 digits) or Regionalschlüssel (ARS,
 *     12 digits), whose first two digits name a Land (01–16).</li>
 * </ul>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DivisionCodes {
    /** The Chinese system, GB/T 2260. */
    public static final String GB2260 = "GB2260";
    /** The German system, AGS / ARS. */
    public static final String AGS = "AGS";
    /** Every system a profile may name. */
    public static final List<String> SYSTEMS = List.of(GB2260, AGS);

    private DivisionCodes() {
    }

    /**
     * Returns whether a code is a division code of a system.
     *
     * @param system the system ({@link #GB2260} or {@link #AGS}), not null
     * @param code   the code, not null
     * @return true if valid
     * @throws IllegalArgumentException if the system is unknown
     */
    public static boolean isValid(String system, CharSequence code) {
        switch (system) {
            case GB2260:
                return gb2260(code);
            case AGS:
                return ags(code);
            default:
                throw new IllegalArgumentException("unknown division-code system");
        }
    }

    private static boolean gb2260(CharSequence s) {
        int n = s.length();
        if ((n != 6 && n != 9 && n != 12) || !digits(s)) {
            return false;
        }
        int p = (s.charAt(0) - '0') * 10 + (s.charAt(1) - '0');
        return (p >= 11 && p <= 15) || (p >= 21 && p <= 23) || (p >= 31 && p <= 37) || (p >= 41 && p <= 46)
                || (p >= 50 && p <= 54) || (p >= 61 && p <= 65) || p == 71 || p == 81 || p == 82;
    }

    private static boolean ags(CharSequence s) {
        int n = s.length();
        if ((n != 8 && n != 12) || !digits(s)) {
            return false;
        }
        int land = (s.charAt(0) - '0') * 10 + (s.charAt(1) - '0');
        return land >= 1 && land <= 16;
    }

    private static boolean digits(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * Returns the city part of a GB/T 2260 code: its first two digits for a municipality, else
     * its first four.
     *
     * @param code           a GB/T 2260 code of at least 6 digits, not null
     * @param municipalities the two-digit prefixes of municipalities, not null
     * @return the city prefix, not null
     */
    public static String city(String code, List<String> municipalities) {
        if (code.length() < 4) {
            return code;
        }
        String province = code.substring(0, 2);
        return municipalities.contains(province) ? province : code.substring(0, 4);
    }
}
