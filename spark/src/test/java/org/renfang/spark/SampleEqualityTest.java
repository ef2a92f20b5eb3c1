package org.renfang.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.renfang.validation.Report;

/** The bundled sample: the Spark check gives the single-machine report, byte for byte, under three profiles. */
class SampleEqualityTest {
    static final Path SAMPLE = Path.of("../examples/src/main/resources/org/renfang/examples/sample/karamay-registry.json");
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 26);

    @TempDir
    Path tmp;

    @Test
    void sameReportAsTheSingleMachineCheck() {
        Path dir = SparkTesting.layout(SAMPLE, tmp);
        for (String profile : new String[] {"CN-31", "DE", "CN-4403"}) {
            Report single = SparkTesting.single(SAMPLE, profile, AS_OF);
            Report spark = SparkTesting.spark(dir, profile, AS_OF);
            assertThat(single.findings()).as(profile).isNotEmpty();
            assertThat(SparkTesting.lines(spark)).as(profile).containsExactlyElementsOf(SparkTesting.lines(single));
            assertThat(SparkTesting.json(spark)).as(profile).isEqualTo(SparkTesting.json(single));
        }
    }
}
