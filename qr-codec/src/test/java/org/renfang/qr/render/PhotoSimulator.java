package org.renfang.qr.render;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Turns a QR symbol into a photo-like JPEG: rotated, perspective-tilted (inverse
 * homography), unevenly lit, blurred, noisy, JPEG re-encoded.
 */
final class PhotoSimulator {
    int canvas = 720;
    int modulePx = 6;
    double angleDegrees;
    double tiltX;
    double tiltY;
    double shadeFrom = 1.0;
    int blurPasses = 1;
    double noiseSigma;
    float jpegQuality = 0.8f;
    long seed = 1;

    byte[] jpeg(QrSymbol symbol) throws IOException {
        return encodeJpeg(image(symbol), jpegQuality);
    }

    BufferedImage image(QrSymbol symbol) {
        int total = symbol.sizeWithQuietZone();
        int side = total * modulePx;
        double c = canvas / 2.0;
        double cos = Math.cos(Math.toRadians(angleDegrees));
        double sin = Math.sin(Math.toRadians(angleDegrees));
        Random rnd = new Random(seed);
        double[] px = new double[canvas * canvas];
        for (int y = 0; y < canvas; y++) {
            for (int x = 0; x < canvas; x++) {
                double u = x - c;
                double v = y - c;
                double w = 1 + tiltX * u + tiltY * v;
                double pu = u / w;
                double pv = v / w;
                double ru = cos * pu + sin * pv;
                double rv = -sin * pu + cos * pv;
                double sx = ru + side / 2.0;
                double sy = rv + side / 2.0;
                double value;
                if (sx >= 0 && sy >= 0 && sx < side - 1 && sy < side - 1) {
                    value = bilinear(symbol, sx, sy, total);
                } else {
                    value = 120 + 25 * Math.sin(x / 17.0) * Math.cos(y / 23.0);
                }
                px[y * canvas + x] = value;
            }
        }
        for (int i = 0; i < blurPasses; i++) {
            px = blur(px, canvas);
        }
        BufferedImage out = new BufferedImage(canvas, canvas, BufferedImage.TYPE_BYTE_GRAY);
        for (int y = 0; y < canvas; y++) {
            for (int x = 0; x < canvas; x++) {
                double shade = shadeFrom + (1.0 - shadeFrom) * (x + y) / (2.0 * canvas);
                double v = px[y * canvas + x] * shade + rnd.nextGaussian() * noiseSigma;
                int g = (int) Math.max(0, Math.min(255, Math.round(v)));
                out.getRaster().setSample(x, y, 0, g);
            }
        }
        return out;
    }

    private double bilinear(QrSymbol symbol, double sx, double sy, int total) {
        int x0 = (int) sx;
        int y0 = (int) sy;
        double fx = sx - x0;
        double fy = sy - y0;
        double a = module(symbol, x0, y0);
        double b = module(symbol, x0 + 1, y0);
        double cc = module(symbol, x0, y0 + 1);
        double d = module(symbol, x0 + 1, y0 + 1);
        return (a * (1 - fx) + b * fx) * (1 - fy) + (cc * (1 - fx) + d * fx) * fy;
    }

    private double module(QrSymbol symbol, int px, int py) {
        int mx = px / modulePx - QrSymbol.QUIET_ZONE;
        int my = py / modulePx - QrSymbol.QUIET_ZONE;
        boolean dark = mx >= 0 && my >= 0 && mx < symbol.size() && my < symbol.size() && symbol.isDark(mx, my);
        return dark ? 25 : 235;
    }

    private static double[] blur(double[] in, int n) {
        return blurPass(blurPass(in, n, 1), n, n);
    }

    /** One pass of the 1-4-6-4-1 kernel along rows (step 1) or columns (step n), clamped at the edges. */
    private static double[] blurPass(double[] in, int n, int step) {
        double[] k = {1, 4, 6, 4, 1};
        double[] out = new double[in.length];
        for (int y = 0; y < n; y++) {
            for (int x = 0; x < n; x++) {
                int along = step == 1 ? x : y;
                double s = 0;
                for (int i = -2; i <= 2; i++) {
                    int j = Math.max(0, Math.min(n - 1, along + i));
                    s += k[i + 2] * in[y * n + x + (j - along) * step];
                }
                out[y * n + x] = s / 16;
            }
        }
        return out;
    }

    static byte[] encodeJpeg(BufferedImage img, float quality) throws IOException {
        ImageWriter w = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            w.setOutput(out);
            ImageWriteParam p = w.getDefaultWriteParam();
            p.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            p.setCompressionQuality(quality);
            w.write(null, new IIOImage(img, null, null), p);
        } finally {
            w.dispose();
        }
        return bytes.toByteArray();
    }
}
