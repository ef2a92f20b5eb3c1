package org.renfang.qr.internal;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.ReaderException;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.GlobalHistogramBinarizer;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import org.renfang.qr.LabelException;

/**
 * The IMAGE stage: bounded decoding of PNG and JPEG bytes, then QR reading with ZXing.
 *
 * <p>The byte size is checked first and the pixel size is read from the header before
 * any pixel is decoded, so an image bomb is refused at once. Reading tries, in order,
 * until one succeeds: the hybrid binarizer (fast path), the hybrid binarizer trying
 * harder, the global-histogram binarizer trying harder, a half-size copy, and the
 * inverted image.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class QrImageReader {
    /** The largest image file, in bytes: 16 MiB. */
    public static final int MAX_BYTES = 16 * 1024 * 1024;
    /** The widest and tallest image, in pixels. */
    public static final int MAX_SIDE = 4096;

    private static final Map<DecodeHintType, Object> FAST = hints(false);
    private static final Map<DecodeHintType, Object> HARD = hints(true);
    /** For a clean rendering (the code and its quiet zone only), where the finder-pattern search can miss. */
    private static final Map<DecodeHintType, Object> PURE = pure();

    private static Map<DecodeHintType, Object> pure() {
        Map<DecodeHintType, Object> h = new EnumMap<>(DecodeHintType.class);
        h.putAll(hints(false));
        h.put(DecodeHintType.PURE_BARCODE, Boolean.TRUE);
        return java.util.Collections.unmodifiableMap(h);
    }

    private QrImageReader() {
    }

    private static Map<DecodeHintType, Object> hints(boolean tryHarder) {
        Map<DecodeHintType, Object> h = new EnumMap<>(DecodeHintType.class);
        h.put(DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE));
        if (tryHarder) {
            h.put(DecodeHintType.TRY_HARDER, Boolean.TRUE);
        }
        return java.util.Collections.unmodifiableMap(h);
    }

    /**
     * Decodes image bytes into an image, within the limits.
     *
     * @param bytes PNG or JPEG file bytes, not null
     * @return the image, not null
     * @throws LabelException with IMAGE_TOO_LARGE, IMAGE_UNSUPPORTED or IMAGE_UNREADABLE
     */
    public static BufferedImage image(byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            throw new LabelException(LabelException.Code.IMAGE_TOO_LARGE,
                    "image of " + bytes.length + " bytes exceeds " + MAX_BYTES);
        }
        String format = format(bytes);
        if (format == null) {
            throw new LabelException(LabelException.Code.IMAGE_UNSUPPORTED, "image is neither PNG nor JPEG");
        }
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
        if (!readers.hasNext()) {
            throw new LabelException(LabelException.Code.IMAGE_UNSUPPORTED, "no " + format + " decoder available");
        }
        ImageReader reader = readers.next();
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(in, true, true);
            int w = reader.getWidth(0);
            int h = reader.getHeight(0);
            if (w <= 0 || h <= 0 || w > MAX_SIDE || h > MAX_SIDE) {
                throw new LabelException(LabelException.Code.IMAGE_TOO_LARGE,
                        "image of " + w + " x " + h + " pixels exceeds " + MAX_SIDE + " x " + MAX_SIDE);
            }
            BufferedImage img = reader.read(0);
            if (img == null) {
                throw new LabelException(LabelException.Code.IMAGE_UNREADABLE, "the " + format + " image has no pixels");
            }
            return img;
        } catch (IOException | RuntimeException e) {
            if (e instanceof LabelException) {
                throw (LabelException) e;
            }
            throw new LabelException(LabelException.Code.IMAGE_UNREADABLE, "the " + format + " image cannot be decoded", e);
        } catch (OutOfMemoryError e) {
            throw new LabelException(LabelException.Code.IMAGE_UNREADABLE, "the " + format + " image cannot be decoded");
        } finally {
            reader.dispose();
        }
    }

    private static String format(byte[] b) {
        if (b.length >= 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G'
                && b[4] == 0x0d && b[5] == 0x0a && b[6] == 0x1a && b[7] == 0x0a) {
            return "png";
        }
        if (b.length >= 3 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8 && (b[2] & 0xff) == 0xff) {
            return "jpeg";
        }
        return null;
    }

    /**
     * Reads the text of the QR code in an image.
     *
     * @param image the image, not null, at most {@value #MAX_SIDE} pixels a side
     * @return the text, not null
     * @throws LabelException with IMAGE_TOO_LARGE or NO_CODE_FOUND
     */
    public static String read(BufferedImage image) {
        if (image.getWidth() > MAX_SIDE || image.getHeight() > MAX_SIDE) {
            throw new LabelException(LabelException.Code.IMAGE_TOO_LARGE, "image of " + image.getWidth() + " x "
                    + image.getHeight() + " pixels exceeds " + MAX_SIDE + " x " + MAX_SIDE);
        }
        LuminanceSource source;
        try {
            source = new BufferedImageLuminanceSource(image);
        } catch (RuntimeException e) {
            throw new LabelException(LabelException.Code.NO_CODE_FOUND, "no QR code found in the image");
        }
        String text = attempt(new BinaryBitmap(new HybridBinarizer(source)), FAST);
        if (text == null) {
            text = attempt(new BinaryBitmap(new HybridBinarizer(source)), PURE);
        }
        if (text == null) {
            text = attempt(new BinaryBitmap(new HybridBinarizer(source)), HARD);
        }
        if (text == null) {
            text = attempt(new BinaryBitmap(new GlobalHistogramBinarizer(source)), HARD);
        }
        if (text == null && Math.min(image.getWidth(), image.getHeight()) >= 200) {
            LuminanceSource half = new BufferedImageLuminanceSource(halve(image));
            text = attempt(new BinaryBitmap(new HybridBinarizer(half)), HARD);
            if (text == null) {
                text = attempt(new BinaryBitmap(new GlobalHistogramBinarizer(half)), HARD);
            }
        }
        if (text == null) {
            text = attempt(new BinaryBitmap(new HybridBinarizer(source.invert())), HARD);
        }
        if (text == null) {
            throw new LabelException(LabelException.Code.NO_CODE_FOUND, "no QR code found in the image");
        }
        return text;
    }

    private static String attempt(BinaryBitmap bitmap, Map<DecodeHintType, Object> hints) {
        try {
            Result r = new QRCodeReader().decode(bitmap, hints);
            return r.getText();
        } catch (ReaderException | RuntimeException e) {
            return null;
        }
    }

    private static BufferedImage halve(BufferedImage image) {
        int w = Math.max(1, image.getWidth() / 2);
        int h = Math.max(1, image.getHeight() / 2);
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(image, 0, 0, w, h, null);
        } finally {
            g.dispose();
        }
        return out;
    }
}
