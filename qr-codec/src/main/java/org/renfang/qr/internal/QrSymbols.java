package org.renfang.qr.internal;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.decoder.Mode;
import com.google.zxing.qrcode.decoder.Version;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import com.google.zxing.qrcode.encoder.QRCode;
import java.util.EnumMap;
import java.util.Map;

/**
 * The QR stage: the capacity of alphanumeric-mode symbols and their encoding with ZXing.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class QrSymbols {
    /** The largest QR version. */
    public static final int MAX_VERSION = 40;

    private static final byte[] ALNUM = new byte[128];

    static {
        for (int i = 0; i < Base45.ALPHABET.length(); i++) {
            ALNUM[Base45.ALPHABET.charAt(i)] = 1;
        }
    }

    private QrSymbols() {
    }

    /**
     * Returns whether text is all in the QR alphanumeric set ({@code 0-9 A-Z space $%*+-./:}).
     *
     * @param text the text, not null
     * @return true if every character is alphanumeric in the QR sense
     */
    public static boolean isAlphanumeric(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 128 || ALNUM[c] == 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Returns the smallest version whose data capacity holds a number of alphanumeric
     * characters in one segment (mode indicator, character count, 11 bits a pair, 6 for a
     * single last character).
     *
     * @param length the number of characters, zero or more
     * @param level  the error correction level (ZXing's, named as {@code ErrorCorrection}), not null
     * @return the version, 1 to 40, or -1 if no version holds them
     */
    public static int minimumAlphanumericVersion(int length, ErrorCorrectionLevel level) {
        long payloadBits = 11L * (length / 2) + 6L * (length % 2);
        for (int v = 1; v <= MAX_VERSION; v++) {
            Version version = Version.getVersionForNumber(v);
            int countBits = Mode.ALPHANUMERIC.getCharacterCountBits(version);
            long bits = 4 + countBits + payloadBits;
            int dataCodewords = version.getTotalCodewords() - version.getECBlocksForLevel(level).getTotalECCodewords();
            if (length < (1 << countBits) && bits <= dataCodewords * 8L) {
                return v;
            }
        }
        return -1;
    }

    /**
     * Encodes text as a QR symbol in the smallest version that holds it; ZXing picks
     * alphanumeric mode for alphanumeric text.
     *
     * @param text the text, not null
     * @param ecc  the error correction level (ZXing's, named as {@code ErrorCorrection}), not null
     * @return ZXing's symbol, not null
     * @throws WriterException if no version holds the text
     */
    public static QRCode encode(String text, ErrorCorrectionLevel ecc) throws WriterException {
        Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
        hints.put(EncodeHintType.MARGIN, 0);
        return Encoder.encode(text, ecc, hints);
    }

    /**
     * Copies a symbol's modules into a row-major array.
     *
     * @param code the symbol, not null
     * @return one entry a module, true for dark, not null
     */
    public static boolean[] modules(QRCode code) {
        ByteMatrix m = code.getMatrix();
        int n = m.getWidth();
        boolean[] out = new boolean[n * n];
        for (int y = 0; y < n; y++) {
            for (int x = 0; x < n; x++) {
                out[y * n + x] = m.get(x, y) == 1;
            }
        }
        return out;
    }
}
