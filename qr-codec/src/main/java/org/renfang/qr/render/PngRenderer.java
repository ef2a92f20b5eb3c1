package org.renfang.qr.render;

import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Objects;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Renders a QR symbol as a black-and-white PNG with the quiet zone.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PngRenderer {
    /** The largest module size, in pixels. */
    public static final int MAX_MODULE_PX = 32;

    private PngRenderer() {
    }

    /**
     * Draws a symbol into an image, one square of {@code modulePx} pixels a module.
     *
     * @param symbol   the symbol, not null
     * @param modulePx the module size in pixels, 1 to {@value #MAX_MODULE_PX}
     * @return a 1-bit image of {@code symbol.sizeWithQuietZone() * modulePx} pixels a side, not null
     * @throws IllegalArgumentException if {@code modulePx} is out of range
     */
    public static BufferedImage image(QrSymbol symbol, int modulePx) {
        Objects.requireNonNull(symbol, "symbol");
        if (modulePx < 1 || modulePx > MAX_MODULE_PX) {
            throw new IllegalArgumentException("module size " + modulePx + " px is outside 1.." + MAX_MODULE_PX);
        }
        int n = symbol.size();
        int side = symbol.sizeWithQuietZone() * modulePx;
        BufferedImage img = new BufferedImage(side, side, BufferedImage.TYPE_BYTE_BINARY);
        WritableRaster raster = img.getRaster();
        int[] row = new int[side];
        java.util.Arrays.fill(row, 1);
        for (int y = 0; y < side; y++) {
            raster.setSamples(0, y, side, 1, 0, row);
        }
        int q = QrSymbol.QUIET_ZONE * modulePx;
        for (int my = 0; my < n; my++) {
            java.util.Arrays.fill(row, 1);
            for (int mx = 0; mx < n; mx++) {
                if (symbol.isDark(mx, my)) {
                    java.util.Arrays.fill(row, q + mx * modulePx, q + (mx + 1) * modulePx, 0);
                }
            }
            for (int k = 0; k < modulePx; k++) {
                raster.setSamples(0, q + my * modulePx + k, side, 1, 0, row);
            }
        }
        return img;
    }

    /**
     * Renders a symbol as PNG file bytes.
     *
     * @param symbol   the symbol, not null
     * @param modulePx the module size in pixels, 1 to {@value #MAX_MODULE_PX}
     * @return the PNG bytes, not null
     * @throws IllegalArgumentException if {@code modulePx} is out of range
     */
    public static byte[] render(QrSymbol symbol, int modulePx) {
        BufferedImage img = image(symbol, modulePx);
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("png");
        ImageWriter writer = writers.next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096);
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.write(img);
        } catch (IOException e) {
            throw new UncheckedIOException("PNG encoding into memory failed", e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
