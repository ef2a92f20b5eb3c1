package org.renfang.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.renfang.examples.generator.RegistryGenerator;
import org.renfang.validation.Report;

/** A generated registry with violations injected at 1%: the Spark check gives the single-machine report. */
class GeneratedEqualityTest {
    @TempDir
    Path tmp;

    @Test
    void sameReportAsTheSingleMachineCheck() throws Exception {
        Path registry = tmp.resolve("generated.json");
        Path manifest = tmp.resolve("manifest.json");
        RegistryGenerator.builder().persons(600).seed(15).violationRate(0.01).build().generate(registry, manifest);
        Report single = SparkTesting.single(registry, RegistryGenerator.PROFILE, RegistryGenerator.AS_OF);
        Report spark = SparkTesting.spark(SparkTesting.layout(registry, tmp), RegistryGenerator.PROFILE,
                RegistryGenerator.AS_OF);
        assertThat(SparkTesting.lines(spark)).containsExactlyElementsOf(SparkTesting.lines(single));
        // The injected violations are found (the manifest lists each finding they cause; rules
        // added to the catalog since may find more in the generator's baseline).
        com.fasterxml.jackson.databind.JsonNode expected = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(manifest.toFile()).get("expected");
        java.util.Set<String> injected = new java.util.TreeSet<>();
        expected.forEach(e -> injected.add(e.get("rule").asText() + " " + e.get("path").asText()));
        java.util.Set<String> found = new java.util.TreeSet<>();
        spark.findings().forEach(f -> found.add(f.rule() + " " + f.path()));
        assertThat(injected).isNotEmpty();
        assertThat(found).containsAll(injected);
    }
}
