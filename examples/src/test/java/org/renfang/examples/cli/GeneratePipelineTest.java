package org.renfang.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line as a pipeline: {@code generate} writes a registry and its manifest,
 * {@code check} on it reports exactly the manifest's findings.
 */
class GeneratePipelineTest {

    @TempDir
    Path dir;

    @Test
    void generate_thenCheck_reportsExactlyTheManifest() throws IOException {
        Cli.Result gen = Cli.run(dir, "generate", "--persons", "400", "--seed", "7", "--violations", "0.3", "--out",
                "reg.json", "--manifest", "manifest.json");
        assertThat(gen.exit()).as(gen.err()).isZero();
        JsonNode manifest = Cli.JSON.readTree(Files.readString(dir.resolve("manifest.json")));

        Cli.Result check = Cli.run(dir, "check", "--profile", manifest.get("profile").asText(), "--as-of",
                manifest.get("asOf").asText(), "--format", "json", "reg.json");

        Set<String> expected = new TreeSet<>();
        manifest.get("expected").forEach(f -> expected.add(f.get("rule").asText() + " " + f.get("path").asText()));
        Set<String> reported = new TreeSet<>();
        check.json().get("findings").forEach(f -> reported.add(f.get("rule").asText() + " " + f.get("path").asText()));
        assertThat(expected).isNotEmpty();
        assertThat(reported).isEqualTo(expected);
        assertThat(check.exit()).isEqualTo(check.json().get("valid").asBoolean() ? 0 : 1);
    }
}
