package org.renfang.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;
import org.renfang.validation.Report;

/**
 * The registry fixtures of the rule engine's tests (every rule family, bad types and numbers, a
 * document shared by fourteen persons): the Spark check gives the single-machine report.
 */
class FixtureEqualityTest {
    static final Path FIXTURES = Path.of(
            "../validation/src/test/resources/org/renfang/validation/RegistryCheckFuzzTestInputs/check");

    @TempDir
    Path tmp;

    @ParameterizedTest
    @CsvSource({"violations.json, CN-31", "full.json, CN-31", "full-pretty.json, DE", "pairwise-14.json, CN",
            "broken-types.json, CN", "numbers.json, CN-11", "minimal.json, CN-4403"})
    void sameReportAsTheSingleMachineCheck(String fixture, String profile) {
        Path registry = FIXTURES.resolve(fixture);
        Report single = SparkTesting.single(registry, profile, SparkTesting.AS_OF);
        Report spark = SparkTesting.spark(SparkTesting.layout(registry, tmp), profile, SparkTesting.AS_OF);
        // The layout has no document around the records: a document's own problems (an unknown
        // top-level field, a collection that is not an array) have no counterpart there.
        List<String> expected = SparkTesting.lines(single).stream()
                .filter(l -> l.split(" ")[2].lastIndexOf('/') > 0).toList();
        assertThat(SparkTesting.lines(spark)).containsExactlyElementsOf(expected);
        if (expected.size() == single.findings().size()) {
            assertThat(SparkTesting.json(spark)).isEqualTo(SparkTesting.json(single));
        }
    }
}
