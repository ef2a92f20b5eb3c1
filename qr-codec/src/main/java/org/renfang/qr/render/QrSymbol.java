package org.renfang.qr.render;

import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.QRCode;
import java.util.Objects;
import org.renfang.qr.ErrorCorrection;
import org.renfang.qr.LabelException;
import org.renfang.qr.internal.QrSymbols;

/**
 * A QR symbol: the modules of a door label's code, in the smallest version that holds the
 * text (alphanumeric mode for label text), drawn with a quiet zone of {@value #QUIET_ZONE} modules.
 *
 * <pre>{@code
 * QrSymbol symbol = QrSymbol.encode(text, ErrorCorrection.Q, 9);
 * byte[] png = PngRenderer.render(symbol, 8);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class QrSymbol {
    /** The quiet zone around the symbol, in modules. */
    public static final int QUIET_ZONE = 4;

    private final int version;
    private final ErrorCorrection ecc;
    private final int size;
    private final boolean[] dark;

    private QrSymbol(int version, ErrorCorrection ecc, int size, boolean[] dark) {
        this.version = version;
        this.ecc = ecc;
        this.size = size;
        this.dark = dark;
    }

    /**
     * Encodes text in any version up to 40.
     *
     * @param text the text, not null
     * @param ecc  the error correction, not null
     * @return the symbol, not null
     * @throws LabelException with {@link LabelException.Code#LABEL_TOO_LARGE} if no version holds the text
     */
    public static QrSymbol encode(String text, ErrorCorrection ecc) {
        return encode(text, ecc, QrSymbols.MAX_VERSION);
    }

    /**
     * Encodes text in the smallest version that holds it, refusing versions over a maximum.
     *
     * @param text       the text, not null
     * @param ecc        the error correction, not null
     * @param maxVersion the largest version allowed, 1 to 40
     * @return the symbol, not null
     * @throws LabelException with {@link LabelException.Code#LABEL_TOO_LARGE} if the text needs a larger version
     * @throws IllegalArgumentException if {@code maxVersion} is out of range
     */
    public static QrSymbol encode(String text, ErrorCorrection ecc, int maxVersion) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(ecc, "ecc");
        if (maxVersion < 1 || maxVersion > QrSymbols.MAX_VERSION) {
            throw new IllegalArgumentException("max version " + maxVersion + " is outside 1.." + QrSymbols.MAX_VERSION);
        }
        QRCode code;
        try {
            code = QrSymbols.encode(text, ErrorCorrectionLevel.valueOf(ecc.name()));
        } catch (WriterException e) {
            throw new LabelException(LabelException.Code.LABEL_TOO_LARGE,
                    "text of " + text.length() + " characters does not fit any QR version at error correction " + ecc, e);
        }
        int v = code.getVersion().getVersionNumber();
        if (v > maxVersion) {
            throw new LabelException(LabelException.Code.LABEL_TOO_LARGE, "text of " + text.length()
                    + " characters needs QR version " + v + " at error correction " + ecc + ", over the maximum " + maxVersion);
        }
        return new QrSymbol(v, ecc, code.getMatrix().getWidth(), QrSymbols.modules(code));
    }

    /**
     * Returns the QR version.
     *
     * @return 1 to 40
     */
    public int version() {
        return version;
    }

    /**
     * Returns the error-correction level.
     *
     * @return the level, not null
     */
    public ErrorCorrection errorCorrection() {
        return ecc;
    }

    /**
     * Returns the number of modules a side, without the quiet zone.
     *
     * @return 21 to 177
     */
    public int size() {
        return size;
    }

    /**
     * Returns the number of modules a side, with the quiet zone on both sides.
     *
     * @return {@code size() + 2 * QUIET_ZONE}
     */
    public int sizeWithQuietZone() {
        return size + 2 * QUIET_ZONE;
    }

    /**
     * Returns whether a module is dark.
     *
     * @param x the column, 0 to {@code size() - 1}
     * @param y the row, 0 to {@code size() - 1}
     * @return true if dark
     * @throws IndexOutOfBoundsException if outside the symbol
     */
    public boolean isDark(int x, int y) {
        Objects.checkIndex(x, size);
        Objects.checkIndex(y, size);
        return dark[y * size + x];
    }

    @Override
    public String toString() {
        return "QrSymbol[version=" + version + ", ecc=" + ecc + ", size=" + size + "]";
    }
}
