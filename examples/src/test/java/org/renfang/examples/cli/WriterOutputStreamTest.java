package org.renfang.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class WriterOutputStreamTest {

    @Test
    void multiByteCharacters_splitAcrossWrites_decode() throws IOException {
        byte[] bytes = "不通过 · ok ★".getBytes(StandardCharsets.UTF_8);
        StringWriter w = new StringWriter();
        try (WriterOutputStream out = new WriterOutputStream(w)) {
            for (byte b : bytes) {
                out.write(b);
            }
        }
        assertThat(w).hasToString("不通过 · ok ★");
    }

    @Test
    void largeWrites_decode() throws IOException {
        String text = "人房".repeat(20_000);
        StringWriter w = new StringWriter();
        try (WriterOutputStream out = new WriterOutputStream(w)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        assertThat(w.toString()).isEqualTo(text);
    }

    @Test
    void truncatedSequence_becomesReplacement_andWritingAfterCloseFails() throws IOException {
        StringWriter w = new StringWriter();
        WriterOutputStream out = new WriterOutputStream(w);
        out.write(new byte[] {'a', (byte) 0xE4, (byte) 0xBA});
        out.close();

        assertThat(w.toString()).isEqualTo("a\uFFFD");
        assertThatThrownBy(() -> out.write('b')).isInstanceOf(IOException.class);
    }
}
