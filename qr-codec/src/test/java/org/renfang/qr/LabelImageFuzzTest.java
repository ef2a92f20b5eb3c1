package org.renfang.qr;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/**
 * Jazzer target: image bytes → status, through {@link LabelReader#readImage}. Any bytes give a
 * reading (never an exception; an image that is refused or holds no code is MALFORMED at stage
 * IMAGE) that meets {@link LabelFuzzSupport#checkReading}, within the time limit.
 *
 * <p>Without {@code JAZZER_FUZZ} this runs only the seeds in
 * {@code LabelImageFuzzTestInputs/readImage/}. Fuzzing it: see {@code docs/reliability.md}.
 */
class LabelImageFuzzTest {

    @FuzzTest(maxDuration = "10m")
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void readImage(byte[] image) {
        LabelReading r = LabelFuzzSupport.READER.readImage(image, LabelFuzzSupport.H1, LabelFuzzSupport.AT);
        LabelFuzzSupport.checkReading(r);
    }
}
