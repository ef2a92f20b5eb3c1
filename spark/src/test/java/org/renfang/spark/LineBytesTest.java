package org.renfang.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A line's bytes as the check reads them ({@link Lines#line}) are what decoding the line into a
 * {@code String} and encoding it again gives, and blank exactly when that text is: on seeded
 * random bytes drawn mostly from the edges of UTF-8's table (lead bytes, continuation bytes,
 * overlong and surrogate forms, whitespace).
 */
class LineBytesTest {
    private static final int[] EDGES = {
        0x00, 0x09, 0x0A, 0x20, 0x41, 0x7B, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0,
        0xE3, 0xED, 0xEE, 0xEF, 0xF0, 0xF3, 0xF4, 0xF5, 0xFF,
    };

    @Test
    void theBytesAreTheTextDecodedAndEncodedAgain() {
        Random random = new Random(15);
        int valid = 0;
        int replaced = 0;
        for (int run = 0; run < 200_000; run++) {
            byte[] bytes = new byte[random.nextInt(7)];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = (byte) (random.nextInt(3) == 0 ? random.nextInt(256) : EDGES[random.nextInt(EDGES.length)]);
            }
            String text = new String(bytes, StandardCharsets.UTF_8);
            byte[] expected = text.isBlank() ? null : text.getBytes(StandardCharsets.UTF_8);
            assertThat(Lines.line(bytes, bytes.length)).as("%s", java.util.HexFormat.of().formatHex(bytes))
                    .isEqualTo(expected);
            if (Lines.isUtf8(bytes, bytes.length)) {
                valid++;
                assertThat(text.getBytes(StandardCharsets.UTF_8)).isEqualTo(bytes);
            } else {
                replaced++;
            }
        }
        assertThat(valid).isGreaterThan(10_000);
        assertThat(replaced).isGreaterThan(10_000);
    }

    @Test
    void textInEveryPlaneIsKeptAsItIs() {
        String text = "{\"name\":\"张三 Ünal 𠀋\u3000\"}";
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        assertThat(Lines.isUtf8(bytes, bytes.length)).isTrue();
        assertThat(Lines.line(bytes, bytes.length)).isEqualTo(bytes);
        byte[] ideographicSpace = "\u3000 \u3000".getBytes(StandardCharsets.UTF_8);
        assertThat(Lines.isBlank(ideographicSpace, ideographicSpace.length)).isTrue();
    }
}
