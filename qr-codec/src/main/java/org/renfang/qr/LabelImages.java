package org.renfang.qr;

import java.awt.image.BufferedImage;
import java.util.Objects;
import org.renfang.qr.internal.QrImageReader;

/**
 * Reads the text of a door label's QR code from an image (PNG or JPEG, including photos
 * that are rotated, tilted, unevenly lit, slightly blurred or noisy).
 *
 * <p>Limits: at most {@value #MAX_IMAGE_BYTES} bytes and {@value #MAX_IMAGE_SIDE} pixels a
 * side, the size read from the header before any pixel is decoded. Any failure of the
 * image decoder or of ZXing becomes a {@link LabelException}, never another exception.
 * To verify the text too without exceptions, use {@link LabelReader#readImage}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class LabelImages {
    /** The largest image file accepted, in bytes (16 MiB). */
    public static final int MAX_IMAGE_BYTES = QrImageReader.MAX_BYTES;
    /** The widest and tallest image accepted, in pixels. */
    public static final int MAX_IMAGE_SIDE = QrImageReader.MAX_SIDE;

    private LabelImages() {
    }

    /**
     * Reads the QR code text in image file bytes.
     *
     * @param image the PNG or JPEG bytes, not null, any content
     * @return the decoded text, not null (not yet verified)
     * @throws LabelException with {@link LabelException.Code#IMAGE_TOO_LARGE}, {@link LabelException.Code#IMAGE_UNSUPPORTED},
     *         {@link LabelException.Code#IMAGE_UNREADABLE} or {@link LabelException.Code#NO_CODE_FOUND}
     */
    public static String decode(byte[] image) {
        Objects.requireNonNull(image, "image");
        return QrImageReader.read(QrImageReader.image(image));
    }

    /**
     * Reads the QR code text in an image already decoded.
     *
     * @param image the image, not null, at most {@value #MAX_IMAGE_SIDE} pixels a side
     * @return the decoded text, not null (not yet verified)
     * @throws LabelException with {@link LabelException.Code#IMAGE_TOO_LARGE} or {@link LabelException.Code#NO_CODE_FOUND}
     */
    public static String decode(BufferedImage image) {
        Objects.requireNonNull(image, "image");
        return QrImageReader.read(image);
    }
}
