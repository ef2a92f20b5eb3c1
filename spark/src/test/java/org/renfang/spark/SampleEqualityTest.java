package org.renfang.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.renfang.validation.Report;

/**
 * The bundled samples: the Spark check gives the single-machine report, byte for byte — the Karamay
 * sample under five profiles (its own, CN-6502, among them), the Berlin–Munich sample (organization
 * lessees, landlords' confirmations, §17 (2) deregistration) under DE.
 */
class SampleEqualityTest {
    static final Path SAMPLE = Path.of("../examples/src/main/resources/org/renfang/examples/sample/karamay-registry.json");
    static final Path GERMAN = Path.of(
            "../examples/src/main/resources/org/renfang/examples/sample/berlin-munich-registry.json");

    @TempDir
    Path tmp;

    @Test
    void sameReportAsTheSingleMachineCheck() {
        Path dir = SparkTesting.layout(SAMPLE, tmp);
        for (String profile : new String[] {"CN-6502", "CN", "CN-31", "DE", "CN-4403"}) {
            Report single = SparkTesting.single(SAMPLE, profile, SparkTesting.AS_OF);
            Report spark = SparkTesting.spark(dir, profile, SparkTesting.AS_OF);
            assertThat(single.findings()).as(profile).isNotEmpty();
            assertThat(SparkTesting.lines(spark)).as(profile).containsExactlyElementsOf(SparkTesting.lines(single));
            assertThat(SparkTesting.json(spark)).as(profile).isEqualTo(SparkTesting.json(single));
        }
    }

    @Test
    void germanSampleSameReportAsTheSingleMachineCheck() {
        Path dir = SparkTesting.layout(GERMAN, tmp);
        Report single = SparkTesting.single(GERMAN, "DE", SparkTesting.AS_OF);
        Report spark = SparkTesting.spark(dir, "DE", SparkTesting.AS_OF);
        assertThat(single.findings()).isNotEmpty();
        assertThat(SparkTesting.lines(spark)).containsExactlyElementsOf(SparkTesting.lines(single));
        assertThat(SparkTesting.json(spark)).isEqualTo(SparkTesting.json(single));
    }
}
