package org.renfang.qr.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/**
 * Jazzer target: the Base45 decoder. Any text either is refused (null) or decodes to bytes whose
 * encoding is exactly that text (canonical Base45: one text per byte string), from any start
 * index; and any bytes encode to text that decodes back to them.
 *
 * <p>Without {@code JAZZER_FUZZ} this runs only the seeds in {@code Base45FuzzTestInputs/decode/}.
 * Fuzzing it: see {@code docs/reliability.md}.
 */
class Base45FuzzTest {

    @FuzzTest(maxDuration = "10m")
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void decode(FuzzedDataProvider data) {
        int from = data.consumeInt(0, 8);
        String text = data.consumeRemainingAsString();
        from = Math.min(from, text.length());
        byte[] decoded = Base45.decode(text, from);
        if (decoded != null) {
            assertThat(Base45.encode(decoded)).isEqualTo(text.substring(from));
            assertThat(decoded.length).isEqualTo((text.length() - from) / 3 * 2 + ((text.length() - from) % 3 == 2 ? 1 : 0));
        }
        byte[] raw = text.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(Base45.decode(Base45.encode(raw), 0)).isEqualTo(raw);
    }
}
