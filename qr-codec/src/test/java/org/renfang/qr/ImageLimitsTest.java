package org.renfang.qr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class ImageLimitsTest {

    private static LabelException.Code code(byte[] image) {
        try {
            LabelImages.decode(image);
            return null;
        } catch (LabelException e) {
            return e.code();
        }
    }

    private static byte[] png(int w, int h) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(w, h, BufferedImage.TYPE_BYTE_BINARY), "png", out);
        return out.toByteArray();
    }

    private static byte[] jpeg(int w, int h) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY), "jpeg", out);
        return out.toByteArray();
    }

    /** A PNG signature and IHDR claiming a size, with no pixel data. */
    private static byte[] pngHeader(int w, int h) {
        ByteBuffer b = ByteBuffer.allocate(8 + 25 + 12);
        b.put(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a});
        b.putInt(13);
        int start = b.position();
        b.put(new byte[] {'I', 'H', 'D', 'R'}).putInt(w).putInt(h).put((byte) 8).put((byte) 0).put((byte) 0).put((byte) 0).put((byte) 0);
        CRC32 crc = new CRC32();
        crc.update(b.array(), start, 17);
        b.putInt((int) crc.getValue());
        b.putInt(0).put(new byte[] {'I', 'E', 'N', 'D'}).putInt(0xae426082);
        return b.array();
    }

    @Test
    void side_4096_isDecoded_4097_isRefused() throws IOException {
        assertThat(code(png(4096, 8))).isEqualTo(LabelException.Code.NO_CODE_FOUND);
        assertThat(code(png(4097, 8))).isEqualTo(LabelException.Code.IMAGE_TOO_LARGE);
        assertThat(code(png(8, 4097))).isEqualTo(LabelException.Code.IMAGE_TOO_LARGE);
        assertThat(code(jpeg(4096, 8))).isEqualTo(LabelException.Code.NO_CODE_FOUND);
        assertThat(code(jpeg(8, 4097))).isEqualTo(LabelException.Code.IMAGE_TOO_LARGE);
        assertThatThrownBy(() -> LabelImages.decode(new BufferedImage(4097, 1, BufferedImage.TYPE_BYTE_GRAY)))
                .isInstanceOfSatisfying(LabelException.class, e -> assertThat(e.code()).isEqualTo(LabelException.Code.IMAGE_TOO_LARGE));
    }

    @Test
    void imageBomb_isRefusedFromTheHeaderAtOnce() {
        long t0 = System.nanoTime();
        assertThat(code(pngHeader(100_000, 100_000))).isEqualTo(LabelException.Code.IMAGE_TOO_LARGE);
        assertThat(code(pngHeader(65_535, 65_535))).isEqualTo(LabelException.Code.IMAGE_TOO_LARGE);
        assertThat(System.nanoTime() - t0).isLessThan(500_000_000L);
    }

    @Test
    void bytes_16MiB_isDecodeAttempted_oneMore_isRefused() {
        byte[] at = new byte[LabelImages.MAX_IMAGE_BYTES];
        System.arraycopy(pngHeader(10, 10), 0, at, 0, 8);
        assertThat(code(at)).isEqualTo(LabelException.Code.IMAGE_UNREADABLE);
        byte[] over = new byte[LabelImages.MAX_IMAGE_BYTES + 1];
        System.arraycopy(at, 0, over, 0, 8);
        assertThat(code(over)).isEqualTo(LabelException.Code.IMAGE_TOO_LARGE);
    }

    @Test
    void otherFormatsAndGarbage_areRefusedWithCodes() throws IOException {
        assertThat(code("GIF89a....".getBytes(java.nio.charset.StandardCharsets.US_ASCII))).isEqualTo(LabelException.Code.IMAGE_UNSUPPORTED);
        assertThat(code(new byte[0])).isEqualTo(LabelException.Code.IMAGE_UNSUPPORTED);
        byte[] png = png(64, 64);
        assertThat(code(java.util.Arrays.copyOf(png, png.length / 2))).isEqualTo(LabelException.Code.IMAGE_UNREADABLE);
        assertThat(code(pngHeader(10, 10))).isEqualTo(LabelException.Code.IMAGE_UNREADABLE);
        assertThat(code(new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, 0})).isEqualTo(LabelException.Code.IMAGE_UNREADABLE);
    }
}
