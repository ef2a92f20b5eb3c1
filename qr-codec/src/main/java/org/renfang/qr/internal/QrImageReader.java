package org.renfang.qr.internal;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.ReaderException;
import com.google.zxing.Result;
import com.google.zxing.ResultPoint;
import com.google.zxing.ResultPointCallback;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.GlobalHistogramBinarizer;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.multi.qrcode.QRCodeMultiReader;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * The IMAGE stage: bounded decoding of PNG and JPEG bytes, then QR reading with ZXing.
 *
 * <p>The byte size is checked first and the pixel size is read from the header before
 * any pixel is decoded, so an image bomb is refused at once. Reading runs the passes of
 * {@link #read(BufferedImage, Budget)} within a CPU budget, and refuses an image with more
 * than one QR code.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class QrImageReader {
    /** The largest image file, in bytes: 16 MiB. */
    public static final int MAX_BYTES = 16 * 1024 * 1024;
    /** The widest and tallest image, in pixels. */
    public static final int MAX_SIDE = 4096;
    /** The CPU time one image may take unless the caller gives another budget: 2 s. */
    public static final Duration DEFAULT_BUDGET = Duration.ofSeconds(2);
    /** The most finder-pattern candidates one pass considers before it is given up. */
    public static final int MAX_FINDER_CANDIDATES = 128;
    /** Images larger than this a side get their harder passes on a copy scaled down to it first. */
    public static final int HARD_PASS_SIDE = 1024;

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
     * @throws ImageException with IMAGE_TOO_LARGE, IMAGE_UNSUPPORTED or IMAGE_UNREADABLE
     */
    public static BufferedImage image(byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            throw new ImageException(ImageException.Kind.IMAGE_TOO_LARGE,
                    "image of " + bytes.length + " bytes exceeds " + MAX_BYTES);
        }
        String format = format(bytes);
        if (format == null) {
            throw new ImageException(ImageException.Kind.IMAGE_UNSUPPORTED, "image is neither PNG nor JPEG");
        }
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
        if (!readers.hasNext()) {
            throw new ImageException(ImageException.Kind.IMAGE_UNSUPPORTED, "no " + format + " decoder available");
        }
        ImageReader reader = readers.next();
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(in, true, true);
            int w = reader.getWidth(0);
            int h = reader.getHeight(0);
            if (w <= 0 || h <= 0 || w > MAX_SIDE || h > MAX_SIDE) {
                throw new ImageException(ImageException.Kind.IMAGE_TOO_LARGE,
                        "image of " + w + " x " + h + " pixels exceeds " + MAX_SIDE + " x " + MAX_SIDE);
            }
            BufferedImage img = reader.read(0);
            if (img == null) {
                throw new ImageException(ImageException.Kind.IMAGE_UNREADABLE, "the " + format + " image has no pixels");
            }
            return img;
        } catch (IOException | RuntimeException e) {
            if (e instanceof ImageException) {
                throw (ImageException) e;
            }
            throw new ImageException(ImageException.Kind.IMAGE_UNREADABLE, "the " + format + " image cannot be decoded", e);
        } catch (OutOfMemoryError e) {
            throw new ImageException(ImageException.Kind.IMAGE_UNREADABLE, "the " + format + " image cannot be decoded");
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
     * Reads the text of the one QR code in an image, within the default CPU budget.
     *
     * @param image the image, not null, at most {@value #MAX_SIDE} pixels a side
     * @return the text, not null
     * @throws ImageException with IMAGE_TOO_LARGE, NO_CODE_FOUND, SEVERAL_CODES or IMAGE_BUDGET_SPENT
     */
    public static String read(BufferedImage image) {
        return read(image, Budget.start(DEFAULT_BUDGET));
    }

    /**
     * Reads the text of the one QR code in an image.
     *
     * <p>The passes run in order until one finds a code: the hybrid binarizer (fast), a pure
     * (clean rendering) read, then the harder passes — on a copy scaled down to at most
     * {@value #HARD_PASS_SIDE} pixels a side first when the image is larger, then on the image
     * itself with the hybrid and the global-histogram binarizer, on a half-size copy and on the
     * inverted image. Every pass but the pure one decodes every code it finds; a pass that finds
     * codes with more than one distinct text ends the reading with SEVERAL_CODES. A pass whose
     * finder-pattern search meets more than {@value #MAX_FINDER_CANDIDATES} candidates is given up
     * (no real label has that many), and the budget is checked before every pass and at every
     * candidate: when it is spent the reading ends with IMAGE_BUDGET_SPENT.
     *
     * @param image  the image, not null, at most {@value #MAX_SIDE} pixels a side
     * @param budget the CPU budget, started by the caller, not null
     * @return the text, not null
     * @throws ImageException with IMAGE_TOO_LARGE, NO_CODE_FOUND, SEVERAL_CODES or IMAGE_BUDGET_SPENT
     */
    public static String read(BufferedImage image, Budget budget) {
        if (image.getWidth() > MAX_SIDE || image.getHeight() > MAX_SIDE) {
            throw new ImageException(ImageException.Kind.IMAGE_TOO_LARGE, "image of " + image.getWidth() + " x "
                    + image.getHeight() + " pixels exceeds " + MAX_SIDE + " x " + MAX_SIDE);
        }
        LuminanceSource source;
        try {
            source = new BufferedImageLuminanceSource(image);
        } catch (RuntimeException e) {
            throw new ImageException(ImageException.Kind.NO_CODE_FOUND, "no QR code found in the image");
        }
        String text = pass(new BinaryBitmap(new HybridBinarizer(source)), FAST, budget, true);
        if (text == null) {
            text = pass(new BinaryBitmap(new HybridBinarizer(source)), PURE, budget, false);
        }
        int side = Math.max(image.getWidth(), image.getHeight());
        if (text == null && side > HARD_PASS_SIDE) {
            budget.check();
            LuminanceSource small = new BufferedImageLuminanceSource(scale(image, (double) HARD_PASS_SIDE / side));
            text = pass(new BinaryBitmap(new HybridBinarizer(small)), HARD, budget, true);
            if (text == null) {
                text = pass(new BinaryBitmap(new GlobalHistogramBinarizer(small)), HARD, budget, true);
            }
        }
        if (text == null) {
            text = pass(new BinaryBitmap(new HybridBinarizer(source)), HARD, budget, true);
        }
        if (text == null) {
            text = pass(new BinaryBitmap(new GlobalHistogramBinarizer(source)), HARD, budget, true);
        }
        if (text == null && Math.min(image.getWidth(), image.getHeight()) >= 200) {
            budget.check();
            LuminanceSource half = new BufferedImageLuminanceSource(scale(image, 0.5));
            text = pass(new BinaryBitmap(new HybridBinarizer(half)), HARD, budget, true);
            if (text == null) {
                text = pass(new BinaryBitmap(new GlobalHistogramBinarizer(half)), HARD, budget, true);
            }
        }
        if (text == null) {
            text = pass(new BinaryBitmap(new HybridBinarizer(source.invert())), HARD, budget, true);
        }
        if (text == null) {
            throw new ImageException(ImageException.Kind.NO_CODE_FOUND, "no QR code found in the image");
        }
        return text;
    }

    /**
     * One pass: every code the multiple reader finds, else the one the single reader finds.
     *
     * @return the one text found, or null if none
     * @throws ImageException SEVERAL_CODES or IMAGE_BUDGET_SPENT
     */
    private static String pass(BinaryBitmap bitmap, Map<DecodeHintType, Object> hints, Budget budget, boolean multi) {
        budget.check();
        Map<DecodeHintType, Object> h = new EnumMap<>(hints);
        Candidates candidates = new Candidates(budget);
        h.put(DecodeHintType.NEED_RESULT_POINT_CALLBACK, candidates);
        if (multi) {
            Set<String> texts = new LinkedHashSet<>();
            try {
                for (Result r : new QRCodeMultiReader().decodeMultiple(bitmap, h)) {
                    texts.add(r.getText());
                }
            } catch (ReaderException | RuntimeException e) {
                budget.rethrowIfSpent(e);
            }
            if (texts.size() > 1) {
                throw new ImageException(ImageException.Kind.SEVERAL_CODES,
                        "the image holds " + texts.size() + " QR codes, not one");
            }
            if (texts.size() == 1) {
                return texts.iterator().next();
            }
            budget.check();
            candidates.reset();
        }
        try {
            return new QRCodeReader().decode(bitmap, h).getText();
        } catch (ReaderException | RuntimeException e) {
            budget.rethrowIfSpent(e);
            return null;
        }
    }

    /** Counts the finder-pattern candidates of a pass and checks the budget at each. */
    private static final class Candidates implements ResultPointCallback {
        private final Budget budget;
        private int count;

        Candidates(Budget budget) {
            this.budget = budget;
        }

        void reset() {
            count = 0;
        }

        @Override
        public void foundPossibleResultPoint(ResultPoint point) {
            budget.check();
            if (++count > MAX_FINDER_CANDIDATES) {
                throw GiveUp.INSTANCE;
            }
        }
    }

    /** Ends a pass early: too many finder-pattern candidates. */
    private static final class GiveUp extends RuntimeException {
        private static final long serialVersionUID = 1L;
        static final GiveUp INSTANCE = new GiveUp();

        private GiveUp() {
            super("too many finder-pattern candidates", null, false, false);
        }
    }

    /**
     * A CPU-time budget for reading one image, measured on the reading thread (its CPU time
     * where the JVM measures it, else elapsed time).
     *
     * <p>This class is not thread-safe: one budget serves one reading on one thread.
     */
    public static final class Budget {
        private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
        private final long limitNanos;
        private final long start;
        private boolean spent;

        private Budget(long limitNanos) {
            this.limitNanos = limitNanos;
            this.start = now();
        }

        /**
         * Starts a budget now.
         *
         * @param budget the CPU time allowed, not null, positive
         * @return the running budget, not null
         */
        public static Budget start(Duration budget) {
            return new Budget(budget.toNanos());
        }

        private static long now() {
            if (THREADS.isCurrentThreadCpuTimeSupported()) {
                try {
                    long t = THREADS.getCurrentThreadCpuTime();
                    if (t >= 0) {
                        return t;
                    }
                } catch (UnsupportedOperationException e) {
                    // fall through to elapsed time
                }
            }
            return System.nanoTime();
        }

        /**
         * Returns the time used so far.
         *
         * @return nanoseconds, zero or more
         */
        public long usedNanos() {
            return Math.max(0, now() - start);
        }

        /**
         * Throws if the budget is spent.
         *
         * @throws ImageException with IMAGE_BUDGET_SPENT
         */
        public void check() {
            if (spent || usedNanos() > limitNanos) {
                spent = true;
                throw new ImageException(ImageException.Kind.IMAGE_BUDGET_SPENT,
                        "reading the image used up its CPU budget of " + limitNanos / 1_000_000 + " ms");
            }
        }

        void rethrowIfSpent(Exception e) {
            if (e instanceof ImageException) {
                throw (ImageException) e;
            }
            if (spent) {
                check();
            }
        }
    }

    private static BufferedImage scale(BufferedImage image, double factor) {
        int w = Math.max(1, (int) (image.getWidth() * factor));
        int h = Math.max(1, (int) (image.getHeight() * factor));
        return resize(image, w, h);
    }

    private static BufferedImage resize(BufferedImage image, int w, int h) {
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
