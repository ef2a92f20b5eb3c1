package org.renfang.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.renfang.examples.generator.RegistryGenerator;
import org.renfang.validation.Report;

/**
 * A registry held as Parquet (each kind's JSON Lines read by Spark and written as Parquet, row
 * order kept): the Spark check gives the single-machine report, positions included.
 */
class ParquetEqualityTest {
    @TempDir
    Path tmp;

    @Test
    void sameReportAsTheSingleMachineCheck() throws IOException {
        Path registry = tmp.resolve("generated.json");
        RegistryGenerator.builder().persons(300).seed(7).violationRate(0.02).build()
                .generate(registry, tmp.resolve("manifest.json"));
        Path lines = SparkTesting.layout(registry, tmp);
        Path parquet = tmp.resolve("parquet");
        int kinds = 0;
        try (Stream<Path> dirs = Files.list(lines)) {
            for (Path kind : dirs.sorted().toList()) {
                SparkTesting.spark().read().json(kind.toString()).coalesce(1).write()
                        .parquet(parquet.resolve(kind.getFileName().toString()).toString());
                kinds++;
            }
        }
        assertThat(kinds).isGreaterThan(4);
        Report single = SparkTesting.single(registry, RegistryGenerator.PROFILE, RegistryGenerator.AS_OF);
        Report spark = SparkTesting.spark(parquet, RegistryGenerator.PROFILE, RegistryGenerator.AS_OF);
        assertThat(single.findings()).isNotEmpty();
        assertThat(SparkTesting.lines(spark)).containsExactlyElementsOf(SparkTesting.lines(single));
    }
}
