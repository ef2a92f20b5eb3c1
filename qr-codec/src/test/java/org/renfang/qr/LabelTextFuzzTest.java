package org.renfang.qr;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/**
 * Jazzer target: label text → status, through {@link LabelReader#read} (with and without an
 * expected premises) and {@link LabelReader#verify}. Any text gives a reading (never an
 * exception) that meets {@link LabelFuzzSupport#checkReading}: in particular it is VALID only for
 * a label the trusted key issued.
 *
 * <p>The bytes are decoded as UTF-8 (malformed sequences become U+FFFD), so the seeds are plain
 * label texts. Without {@code JAZZER_FUZZ} this runs only the seeds in
 * {@code LabelTextFuzzTestInputs/read/}. Fuzzing it: see {@code docs/reliability.md}.
 */
class LabelTextFuzzTest {

    @FuzzTest(maxDuration = "10m")
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    @DictionaryEntries({"RF1:", "NCF", "6BF", "RF1:6BF"})
    void read(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        LabelReading expected = LabelFuzzSupport.READER.read(text, LabelFuzzSupport.H1, LabelFuzzSupport.AT);
        LabelFuzzSupport.checkReading(expected);
        LabelReading any = LabelFuzzSupport.READER.read(text, null, LabelFuzzSupport.AT);
        LabelFuzzSupport.checkReading(any);
        LabelFuzzSupport.READER.verify(text, LabelFuzzSupport.H1, LabelFuzzSupport.AT);
    }
}
