package org.renfang.qr;

import java.awt.image.BufferedImage;
import java.time.Duration;
import java.util.Objects;
import org.renfang.qr.internal.ImageException;
import org.renfang.qr.internal.QrImageReader;

/**
 * Reads the text of a door label's QR code from an image (PNG or JPEG, including photos
 * that are rotated, tilted, unevenly lit, slightly blurred or noisy).
 *
 * <p>Limits: at most {@value #MAX_IMAGE_BYTES} bytes and {@value #MAX_IMAGE_SIDE} pixels a
 * side, the size read from the header before any pixel is decoded, and a CPU budget
 * ({@link #DEFAULT_BUDGET} unless given) checked between decoding passes and at every
 * finder-pattern candidate. An image with more than one QR code is refused. Any failure of
 * the image decoder or of ZXing becomes a {@link LabelException}, never another exception.
 * To verify the text too without exceptions, use {@link LabelReader#readImage}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class LabelImages {
    /** The largest image file accepted, in bytes (16 MiB). */
    public static final int MAX_IMAGE_BYTES = QrImageReader.MAX_BYTES;
    /** The widest and tallest image accepted, in pixels. */
    public static final int MAX_IMAGE_SIDE = QrImageReader.MAX_SIDE;
    /** The CPU time reading one image may take unless another budget is given: 2 seconds. */
    public static final Duration DEFAULT_BUDGET = QrImageReader.DEFAULT_BUDGET;

    private LabelImages() {
    }

    /**
     * Reads the QR code text in image file bytes within {@link #DEFAULT_BUDGET}.
     *
     * @param image the PNG or JPEG bytes, not null, any content
     * @return the decoded text, not null (not yet verified)
     * @throws LabelException with {@link LabelException.Code#IMAGE_TOO_LARGE}, {@link LabelException.Code#IMAGE_UNSUPPORTED},
     *         {@link LabelException.Code#IMAGE_UNREADABLE}, {@link LabelException.Code#NO_CODE_FOUND},
     *         {@link LabelException.Code#SEVERAL_CODES} or {@link LabelException.Code#IMAGE_BUDGET_SPENT}
     */
    public static String decode(byte[] image) {
        return decode(image, DEFAULT_BUDGET);
    }

    /**
     * Reads the QR code text in image file bytes within a CPU budget, which includes decoding
     * the image file.
     *
     * @param image  the PNG or JPEG bytes, not null, any content
     * @param budget the CPU time allowed, not null, positive
     * @return the decoded text, not null (not yet verified)
     * @throws LabelException as {@link #decode(byte[])}
     * @throws IllegalArgumentException if the budget is not positive
     */
    public static String decode(byte[] image, Duration budget) {
        Objects.requireNonNull(image, "image");
        QrImageReader.Budget b = QrImageReader.Budget.start(checkBudget(budget));
        try {
            return QrImageReader.read(QrImageReader.image(image), b);
        } catch (ImageException e) {
            throw labelException(e);
        }
    }

    /**
     * Reads the QR code text in an image already decoded, within {@link #DEFAULT_BUDGET}.
     *
     * @param image the image, not null, at most {@value #MAX_IMAGE_SIDE} pixels a side
     * @return the decoded text, not null (not yet verified)
     * @throws LabelException with {@link LabelException.Code#IMAGE_TOO_LARGE}, {@link LabelException.Code#NO_CODE_FOUND},
     *         {@link LabelException.Code#SEVERAL_CODES} or {@link LabelException.Code#IMAGE_BUDGET_SPENT}
     */
    public static String decode(BufferedImage image) {
        return decode(image, DEFAULT_BUDGET);
    }

    /**
     * Reads the QR code text in an image already decoded, within a CPU budget.
     *
     * @param image  the image, not null, at most {@value #MAX_IMAGE_SIDE} pixels a side
     * @param budget the CPU time allowed, not null, positive
     * @return the decoded text, not null (not yet verified)
     * @throws LabelException as {@link #decode(BufferedImage)}
     * @throws IllegalArgumentException if the budget is not positive
     */
    public static String decode(BufferedImage image, Duration budget) {
        Objects.requireNonNull(image, "image");
        QrImageReader.Budget b = QrImageReader.Budget.start(checkBudget(budget));
        try {
            return QrImageReader.read(image, b);
        } catch (ImageException e) {
            throw labelException(e);
        }
    }

    /** The public exception of an image failure: the code of the same name, the message and cause kept. */
    static LabelException labelException(ImageException e) {
        LabelException.Code code = switch (e.kind()) {
            case IMAGE_TOO_LARGE -> LabelException.Code.IMAGE_TOO_LARGE;
            case IMAGE_UNSUPPORTED -> LabelException.Code.IMAGE_UNSUPPORTED;
            case IMAGE_UNREADABLE -> LabelException.Code.IMAGE_UNREADABLE;
            case NO_CODE_FOUND -> LabelException.Code.NO_CODE_FOUND;
            case SEVERAL_CODES -> LabelException.Code.SEVERAL_CODES;
            case IMAGE_BUDGET_SPENT -> LabelException.Code.IMAGE_BUDGET_SPENT;
        };
        return new LabelException(code, e.getMessage(), e.getCause());
    }

    static Duration checkBudget(Duration budget) {
        Objects.requireNonNull(budget, "budget");
        if (budget.isNegative() || budget.isZero()) {
            throw new IllegalArgumentException("image budget " + budget + " is not positive");
        }
        return budget;
    }
}
