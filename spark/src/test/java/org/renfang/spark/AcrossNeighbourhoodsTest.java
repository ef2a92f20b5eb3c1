package org.renfang.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import org.renfang.validation.Report;

/**
 * Findings whose records sit in different neighbourhoods: one person resident at two premises,
 * a sublease chain across premises (and a lease that is its own parent, two leases each the other's
 * parent on different premises), a basis lease of other
 * premises, family bases in a chain, an employer dormitory, two persons sharing two documents,
 * dangling references; a lease with an organization lessee and person lessees of whom one lives
 * at other premises and one nowhere (OCCUPANT_NOT_REGISTERED reads their residences anywhere), a
 * German deregistration spared by a new residence at other premises, landlords' confirmations whose
 * provider is the lessor of a basis lease of other premises or a dormitory's employer. The Spark
 * check gives the single-machine report, whole findings (who must act and the legal basis
 * included).
 */
class AcrossNeighbourhoodsTest {
    static final Path REGISTRY = Path.of("src/test/resources/org/renfang/spark/across-neighbourhoods.json");

    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(strings = {"CN-31", "DE", "CN"})
    void sameReportAsTheSingleMachineCheck(String profile) {
        LocalDate asOf = LocalDate.of(2026, 11, 26);
        Report single = SparkTesting.single(REGISTRY, profile, asOf);
        Report spark = SparkTesting.spark(SparkTesting.layout(REGISTRY, tmp), profile, asOf);
        List<String> rules = single.findings().stream().map(f -> f.rule().name()).distinct().toList();
        assertThat(rules).contains("RESIDENCE_OVERLAP", "RESIDENCE_BASIS_MISSING", "REFERENCE_UNKNOWN",
                "SUBLEASE_OUTLIVES_PARENT", "RESIDENCE_DEREGISTRATION_LATE");
        assertThat(rules).contains(profile.equals("DE") ? "PROVIDER_CONFIRMATION_LATE" : "OCCUPANT_NOT_REGISTERED");
        assertThat(SparkTesting.lines(spark)).containsExactlyElementsOf(SparkTesting.lines(single));
        assertThat(SparkTesting.json(spark)).isEqualTo(SparkTesting.json(single));
    }
}
