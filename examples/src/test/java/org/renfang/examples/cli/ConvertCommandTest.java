package org.renfang.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code renfang convert}: the sample split into the per-kind layout and joined back checks the
 * same; records are copied as they stand (numbers as written, records the check refuses); usage
 * errors exit 2. Also {@code generate --layout jsonl} and {@code check --engine} without Spark.
 */
class ConvertCommandTest {

    @TempDir
    Path dir;

    @Test
    void toJsonl_thenToJson_checksTheSame() throws IOException {
        Path sample = Cli.sample(dir);
        Cli.Result split = Cli.run(dir, "convert", "--to", "jsonl", "sample.json", "layout");
        assertThat(split.exit()).as(split.err()).isZero();
        JsonNode counts = split.json().get("records");
        assertThat(counts.get("persons").asLong()).isPositive();
        assertThat(Files.readAllLines(dir.resolve("layout/persons/part-00000.jsonl"))).hasSize(
                counts.get("persons").asInt());
        assertThat(Files.readAllLines(dir.resolve("layout/visits/part-00000.jsonl"))).hasSize(
                counts.get("visits").asInt());

        Cli.Result join = Cli.run(dir, "convert", "--to", "json", "layout", "joined.json");
        assertThat(join.exit()).as(join.err()).isZero();
        assertThat(join.json().get("records")).isEqualTo(counts);

        Cli.Result a = Cli.run(dir, "check", "--profile", "CN-31", "--format", "json", sample.toString());
        Cli.Result b = Cli.run(dir, "check", "--profile", "CN-31", "--format", "json", "joined.json");
        assertThat(b.out()).isEqualTo(a.out());
        assertThat(a.json().get("findings").size()).isPositive();
    }

    @Test
    void recordsAreCopiedAsTheyStand_onOneLineEach() throws IOException {
        Cli.write(dir, "odd.json", "{\"schema\": \"renfang/registry@1\",\n \"extra\": {\"a\": [1]},\n"
                + " \"premises\": [\n  {\"id\": \"H1\",\n   \"floorArea\": 62.50, \"kind\": \"CASTLE\"},\n  null,\n  \"x\"],\n"
                + " \"leases\": {}}");
        Cli.Result r = Cli.run(dir, "convert", "--to", "jsonl", "odd.json", "out");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(Files.readAllLines(dir.resolve("out/premises/part-00000.jsonl"), StandardCharsets.UTF_8))
                .containsExactly("{\"id\":\"H1\",\"floorArea\":62.50,\"kind\":\"CASTLE\"}", "null", "\"x\"");
        assertThat(Files.readAllLines(dir.resolve("out/leases/part-00000.jsonl"))).isEmpty();
        assertThat(r.json().get("records").get("premises").asInt()).isEqualTo(3);
    }

    @Test
    void toJson_readsFilesInNameOrder_skippingBlankLinesAndHiddenFiles() throws IOException {
        Files.createDirectories(dir.resolve("in/persons"));
        Files.write(dir.resolve("in/persons/b.jsonl"), List.of("{\"id\":\"P3\"}"));
        Files.write(dir.resolve("in/persons/a.jsonl"), List.of("{\"id\":\"P1\"}", "", "{\"id\":\"P2\"}"));
        Files.write(dir.resolve("in/persons/_SUCCESS"), List.of("{\"id\":\"P9\"}"));
        Cli.Result r = Cli.run(dir, "convert", "--to", "json", "in", "out.json");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode doc = Cli.JSON.readTree(Files.readString(dir.resolve("out.json")));
        assertThat(doc.get("schema").asText()).isEqualTo("renfang/registry@1");
        assertThat(doc.get("persons").toString()).isEqualTo("[{\"id\":\"P1\"},{\"id\":\"P2\"},{\"id\":\"P3\"}]");
        assertThat(doc.get("leases").size()).isZero();
    }

    @Test
    void usageErrors_exit2() {
        Cli.sample(dir);
        assertThat(Cli.run(dir, "convert", "--to", "xml", "sample.json", "out").exit()).isEqualTo(2);
        assertThat(Cli.run(dir, "convert", "--to", "jsonl", "missing.json", "out").exit()).isEqualTo(2);
        assertThat(Cli.run(dir, "convert", "--to", "json", "missing-dir", "out.json").exit()).isEqualTo(2);
        assertThat(Cli.run(dir, "convert", "--to", "json", "sample.json", "out.json").exit()).isEqualTo(2);
        Cli.write(dir, "array.json", "[1, 2]");
        Cli.Result r = Cli.run(dir, "convert", "--to", "jsonl", "array.json", "out");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("array.json");
    }

    @Test
    void generateJsonlLayout_holdsTheRecordsOfTheDocument() throws IOException {
        Cli.Result doc = Cli.run(dir, "generate", "--persons", "200", "--seed", "3", "--out", "reg.json");
        Cli.Result lay = Cli.run(dir, "generate", "--persons", "200", "--seed", "3", "--layout", "jsonl", "--out",
                "reg.d");
        assertThat(lay.exit()).as(lay.err()).isZero();
        assertThat(lay.json().get("records")).isEqualTo(doc.json().get("records"));
        Cli.Result join = Cli.run(dir, "convert", "--to", "json", "reg.d", "joined.json");
        assertThat(join.exit()).isZero();
        Cli.Result a = Cli.run(dir, "check", "--profile", "CN-31", "--format", "json", "reg.json");
        Cli.Result b = Cli.run(dir, "check", "--profile", "CN-31", "--format", "json", "joined.json");
        assertThat(b.out()).isEqualTo(a.out());
        try (var files = Files.list(dir.resolve("reg.d"))) {
            assertThat(files.map(p -> p.getFileName().toString())).doesNotContain("reg.json")
                    .allMatch(n -> !n.startsWith(".registry-"));
        }
        assertThat(Cli.run(dir, "generate", "--persons", "2", "--layout", "xml", "--out", "x").exit()).isEqualTo(2);
    }

    @Test
    void engineSpark_withoutSparkOnTheClassPath_exit2_andOtherEnginesAreRefused() {
        Cli.sample(dir);
        Cli.run(dir, "convert", "--to", "jsonl", "sample.json", "layout");
        Cli.Result r = Cli.run(dir, "check", "--engine", "spark", "layout");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("spark engine is not on the class path");
        assertThat(r.out()).isEmpty();
        Cli.Result other = Cli.run(dir, "check", "--engine", "flink", "sample.json");
        assertThat(other.exit()).isEqualTo(2);
        assertThat(other.err()).contains("--engine");
        Cli.Result notDir = Cli.run(dir, "check", "--engine", "spark", "sample.json");
        assertThat(notDir.exit()).isEqualTo(2);
    }
}
