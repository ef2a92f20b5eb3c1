package org.renfang.qr.internal;

/**
 * The range checks of door-label fields, shared by issuing, by the revocation list and by
 * the payload stage of reading, so that every label that can be issued can be read and
 * revoked, and nothing else is.
 *
 * <p>The alphabets (docs/door-label.md "Payload"):
 * <ul>
 * <li><b>issuer</b>: 1 to {@value #MAX_ISSUER_BYTES} UTF-8 bytes of letters (Unicode
 *     category L), combining marks (M), digits and other numbers (N) and the four ASCII
 *     characters {@code - . _ /}. No space, no {@code #}, nothing else: an issuer code is
 *     one token of the revocation file.
 * <li><b>premises</b>: 1 to {@value #MAX_PREMISES_BYTES} UTF-8 bytes, not blank, and no
 *     control (Cc), format (Cf: bidi overrides, zero-width characters, the byte-order mark),
 *     line or paragraph separator (Zl, Zp) or private-use (Co) character, no unpaired
 *     surrogate and no noncharacter (U+FDD0–U+FDEF, U+xxFFFE, U+xxFFFF). Spaces (Zs) are
 *     allowed inside, not at either end.
 * </ul>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class LabelFields {
    /** The longest issuer code, in UTF-8 bytes. */
    public static final int MAX_ISSUER_BYTES = 32;
    /** The longest premises reference, in UTF-8 bytes. */
    public static final int MAX_PREMISES_BYTES = 32;
    /** The last day a label date may name: 9999-12-31, in days since 1970-01-01. */
    public static final long MAX_EPOCH_DAY = 2_932_896L;
    /**
     * The largest serial: 2<sup>53</sup> − 1, the largest integer a JavaScript number (an
     * IEEE 754 double) holds exactly, so that verifiers in any language read it as issued.
     */
    public static final long MAX_SERIAL = (1L << 53) - 1;

    private LabelFields() {
    }

    /**
     * Checks an issuer code against its alphabet and length.
     *
     * @param value the value, not null
     * @return a message naming the field and the index of the first bad character (never the value), or null
     */
    public static String issuerProblem(String value) {
        return textProblem("issuer", value, MAX_ISSUER_BYTES, true);
    }

    /**
     * Checks a premises reference against its alphabet and length.
     *
     * @param value the value, not null
     * @return a message naming the field and the index of the first bad character (never the value), or null
     */
    public static String premisesProblem(String value) {
        return textProblem("premises", value, MAX_PREMISES_BYTES, false);
    }

    private static String textProblem(String name, String value, int maxBytes, boolean issuer) {
        int n = value.length();
        if (n == 0) {
            return name + " is empty";
        }
        int bytes = 0;
        for (int i = 0; i < n; ) {
            char c = value.charAt(i);
            if (Character.isSurrogate(c)
                    && !(Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(value.charAt(i + 1)))) {
                return name + " has an unpaired surrogate at index " + i;
            }
            int cp = value.codePointAt(i);
            String bad = issuer ? issuerCharProblem(cp) : premisesCharProblem(cp);
            if (bad != null) {
                return name + " has " + bad + " at index " + i;
            }
            bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            i += Character.charCount(cp);
        }
        if (!issuer && (Character.isSpaceChar(value.codePointAt(0))
                || Character.isSpaceChar(value.codePointBefore(n)))) {
            return allSpace(value) ? name + " is blank" : name + " starts or ends with a space";
        }
        if (bytes > maxBytes) {
            return name + " of " + bytes + " UTF-8 bytes exceeds " + maxBytes;
        }
        return null;
    }

    private static boolean allSpace(String value) {
        return value.codePoints().allMatch(Character::isSpaceChar);
    }

    private static String issuerCharProblem(int cp) {
        if (cp == '-' || cp == '.' || cp == '_' || cp == '/') {
            return null;
        }
        if (cp < 0x80) {
            return (cp >= '0' && cp <= '9') || (cp >= 'A' && cp <= 'Z') || (cp >= 'a' && cp <= 'z')
                    ? null : "a character outside its alphabet";
        }
        if (isNoncharacter(cp)) {
            return "a noncharacter";
        }
        switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER:
            case Character.LOWERCASE_LETTER:
            case Character.TITLECASE_LETTER:
            case Character.MODIFIER_LETTER:
            case Character.OTHER_LETTER:
            case Character.NON_SPACING_MARK:
            case Character.ENCLOSING_MARK:
            case Character.COMBINING_SPACING_MARK:
            case Character.DECIMAL_DIGIT_NUMBER:
            case Character.LETTER_NUMBER:
            case Character.OTHER_NUMBER:
                return null;
            default:
                return "a character outside its alphabet";
        }
    }

    private static String premisesCharProblem(int cp) {
        if (isNoncharacter(cp)) {
            return "a noncharacter";
        }
        switch (Character.getType(cp)) {
            case Character.CONTROL:
                return "a control character";
            case Character.FORMAT:
                return "a format character";
            case Character.LINE_SEPARATOR:
            case Character.PARAGRAPH_SEPARATOR:
                return "a line or paragraph separator";
            case Character.PRIVATE_USE:
                return "a private-use character";
            default:
                return null;
        }
    }

    /**
     * Returns whether a code point is a Unicode noncharacter (U+FDD0–U+FDEF, or the last two
     * of any plane), which XML 1.0 and most text tools refuse.
     *
     * @param cp the code point
     * @return true for a noncharacter
     */
    public static boolean isNoncharacter(int cp) {
        return (cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE;
    }

    /**
     * Checks the numeric fields.
     *
     * @param serial    the serial
     * @param issuedOn  the issue day, days since 1970-01-01
     * @param expiresOn the expiry day, days since 1970-01-01, or -1 for none
     * @return a message if out of range, else null
     */
    public static String numberProblem(long serial, long issuedOn, long expiresOn) {
        String s = serialProblem(serial);
        if (s != null) {
            return s;
        }
        if (issuedOn < 0 || issuedOn > MAX_EPOCH_DAY) {
            return "issue day " + day(issuedOn) + " is outside " + day(0) + ".." + day(MAX_EPOCH_DAY);
        }
        if (expiresOn != -1 && (expiresOn < issuedOn || expiresOn > MAX_EPOCH_DAY)) {
            return "expiry day " + day(expiresOn) + " is outside " + day(issuedOn) + ".." + day(MAX_EPOCH_DAY);
        }
        return null;
    }

    /**
     * Checks a serial.
     *
     * @param serial the serial
     * @return a message if outside 0 to {@value #MAX_SERIAL}, else null
     */
    public static String serialProblem(long serial) {
        if (serial < 0 || serial > MAX_SERIAL) {
            return "serial " + serial + " is outside 0.." + MAX_SERIAL;
        }
        return null;
    }

    /**
     * Shows a day of the label as a date, never as a count of days: messages name dates.
     *
     * @param epochDay days since 1970-01-01
     * @return the date {@code YYYY-MM-DD}, or {@code day N} beyond the range of dates
     */
    public static String day(long epochDay) {
        if (epochDay < java.time.LocalDate.MIN.toEpochDay() || epochDay > java.time.LocalDate.MAX.toEpochDay()) {
            return "day " + epochDay;
        }
        return java.time.LocalDate.ofEpochDay(epochDay).toString();
    }
}
