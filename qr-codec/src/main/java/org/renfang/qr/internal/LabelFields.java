package org.renfang.qr.internal;

/**
 * The range checks of door-label fields, shared by issuing and by the payload stage of
 * reading, so that every label that can be issued can be read and nothing else is.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class LabelFields {
    /** The longest issuer code, in UTF-8 bytes. */
    public static final int MAX_ISSUER_BYTES = 32;
    /** The longest premises reference, in UTF-8 bytes (DESIGN "Door label"). */
    public static final int MAX_PREMISES_BYTES = 32;
    /** The last day a label date may name: 9999-12-31, in days since 1970-01-01. */
    public static final long MAX_EPOCH_DAY = 2_932_896L;

    private LabelFields() {
    }

    /**
     * Checks a text field.
     *
     * @param name     the field name for the message, not null
     * @param value    the value, not null
     * @param maxBytes the longest UTF-8 encoding allowed
     * @return a message if out of range, else null
     */
    public static String textProblem(String name, String value, int maxBytes) {
        int n = value.length();
        if (n == 0) {
            return name + " is empty";
        }
        boolean blank = true;
        int bytes = 0;
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            if (c < 0x20 || (c >= 0x7f && c < 0xa0)) {
                return name + " has a control character at index " + i;
            }
            if (!Character.isWhitespace(c)) {
                blank = false;
            }
            if (c < 0x80) {
                bytes += 1;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(value.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else if (Character.isSurrogate(c)) {
                return name + " has an unpaired surrogate at index " + i;
            } else {
                bytes += 3;
            }
        }
        if (blank) {
            return name + " is blank";
        }
        if (bytes > maxBytes) {
            return name + " of " + bytes + " UTF-8 bytes exceeds " + maxBytes;
        }
        return null;
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
        if (serial < 0) {
            return "serial " + serial + " is negative";
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
