package org.renfang.id;

import org.renfang.model.DocumentType;

/**
 * The numbers of the two travel permits of Hong Kong, Macao and Taiwan residents for the
 * mainland:
 *
 * <ul>
 * <li>港澳居民来往内地通行证 ({@link DocumentType#CN_HK_MACAO_PERMIT}): {@code H} (Hong Kong)
 *     or {@code M} (Macao) followed by 8 digits, e.g. {@code H12345678}. A reason
 *     {@link IdReason#PREFIX} for any other first letter.</li>
 * <li>台湾居民来往大陆通行证 ({@link DocumentType#CN_TAIWAN_PERMIT}): 8 digits, e.g.
 *     {@code 12345678}.</li>
 * </ul>
 *
 * <p>Neither carries a check digit or a birth date. This class is immutable and thread-safe.
 */
public final class HmtTravelPermits {
    /** The digits after the prefix letter of a Hong Kong/Macao permit, and of a Taiwan permit. */
    public static final int DIGITS = 8;

    private HmtTravelPermits() {
    }

    /**
     * Checks a Hong Kong/Macao permit number.
     *
     * @param number the number, may be null (EMPTY)
     * @return the check, not null
     */
    public static IdCheck checkHongKongMacao(CharSequence number) {
        return IdCheck.of(DocumentType.CN_HK_MACAO_PERMIT, hongKongMacao(number));
    }

    /**
     * Checks a Taiwan permit number.
     *
     * @param number the number, may be null (EMPTY)
     * @return the check, not null
     */
    public static IdCheck checkTaiwan(CharSequence number) {
        return IdCheck.of(DocumentType.CN_TAIWAN_PERMIT, taiwan(number));
    }

    static long hongKongMacao(CharSequence number) {
        if (number == null || number.length() == 0) {
            return Gb11643.fail(IdReason.EMPTY);
        }
        if (number.length() != DIGITS + 1) {
            return Gb11643.failOrEmpty(number, IdReason.LENGTH);
        }
        char first = number.charAt(0);
        if (!digits(number, 1)) {
            return Gb11643.failOrEmpty(number, IdReason.CHARSET);
        }
        if (first != 'H' && first != 'M') {
            return Gb11643.failOrEmpty(number, first >= 'A' && first <= 'Z' ? IdReason.PREFIX : IdReason.CHARSET);
        }
        return Gb11643.ok(Gb11643.SEX_NONE, 0, -1);
    }

    static long taiwan(CharSequence number) {
        if (number == null || number.length() == 0) {
            return Gb11643.fail(IdReason.EMPTY);
        }
        if (number.length() != DIGITS) {
            return Gb11643.failOrEmpty(number, IdReason.LENGTH);
        }
        return digits(number, 0) ? Gb11643.ok(Gb11643.SEX_NONE, 0, -1) : Gb11643.failOrEmpty(number, IdReason.CHARSET);
    }

    private static boolean digits(CharSequence s, int from) {
        for (int i = from; i < s.length(); i++) {
            if (!Gb11643.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
