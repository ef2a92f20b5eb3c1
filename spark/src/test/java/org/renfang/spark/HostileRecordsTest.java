package org.renfang.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.renfang.validation.Report;
import org.renfang.validation.finding.Finding;

/**
 * Hostile records in the partitions of a layout — a malformed line, an unknown enum value, a
 * dangling reference, a repeated id, a value that is not an object — each give their finding at
 * their position and the job completes; records after them are read and checked. Positions
 * follow file-name order, then lines; blank lines do not count.
 */
class HostileRecordsTest {

    @TempDir
    Path dir;

    @Test
    void eachHostileRecordGivesItsFindingAndTheJobCompletes() throws IOException {
        write("persons/part-a.jsonl",
                "{\"id\":\"P1\",\"name\":\"a\",\"documents\":[{\"type\":\"CN_RESIDENT_ID\",\"number\":\"11010519491231002X\"}]}",
                "{\"id\":\"P2\",\"name\":\"b\",\"documents\":[",
                "",
                "{\"id\":\"P3\",\"name\":\"c\",\"documents\":[{\"type\":\"PASSPORT\",\"number\":\"E1234567\"}]}");
        write("persons/part-b.jsonl",
                "{\"id\":\"P1\",\"name\":\"d\",\"documents\":[{\"type\":\"PASSPORT\",\"number\":\"E7654321\"}]}",
                "null");
        write("premises/part-00000.jsonl",
                "{\"id\":\"H1\",\"address\":{\"division\":\"310101\",\"line\":\"x\"},\"kind\":\"CASTLE\",\"use\":\"RESIDENTIAL\"}",
                "{\"id\":\"H2\",\"address\":{\"division\":\"310101\",\"line\":\"y\"},\"kind\":\"APARTMENT\",\"use\":\"RESIDENTIAL\"}");
        write("residences/part-00000.jsonl",
                "{\"id\":\"R1\",\"person\":\"P3\",\"premises\":\"H9\",\"basis\":{\"type\":\"OTHER\"},"
                        + "\"movedIn\":\"2026-03-01\",\"registeredOn\":\"2026-03-02\"}",
                "{\"id\":\"R2\",\"person\":\"P3\",\"premises\":\"H2\",\"basis\":{\"type\":\"OTHER\"},"
                        + "\"movedIn\":\"2026-03-01\",\"registeredOn\":\"2026-03-02\"} trailing");

        Report report = SparkTesting.spark(dir, "CN", SparkTesting.AS_OF);

        assertThat(rulesAt(report, "/persons/1")).containsExactly("JSON_MALFORMED");
        assertThat(rulesAt(report, "/persons/3/id")).containsExactly("FIELD_INVALID");
        assertThat(rulesAt(report, "/persons/4")).containsExactly("FIELD_INVALID");
        assertThat(rulesAt(report, "/premises/0/kind")).containsExactly("FIELD_INVALID");
        assertThat(rulesAt(report, "/residences/0/premises")).containsExactly("REFERENCE_UNKNOWN");
        assertThat(rulesAt(report, "/residences/1")).containsExactly("JSON_MALFORMED");
        // The first P1 is the one indexed: its document is not reported as shared with the second.
        assertThat(report.findings()).noneMatch(f -> f.rule().name().equals("PERSON_DUPLICATE_DOCUMENT"));
        // The malformed line names nothing of its content.
        assertThat(report.findings(org.renfang.validation.finding.RuleCode.JSON_MALFORMED))
                .allSatisfy(f -> assertThat(f.params().toString()).doesNotContain("P2", "documents"));
    }

    @Test
    void aLineOfUnicodeSpacesIsBlankAndBytesThatAreNotUtf8ReadAsReplacementCharacters() throws IOException {
        // As decoding the line into a String would: U+3000 (an ideographic space) only is a blank
        // line and does not count; a byte that is not UTF-8 inside a name becomes U+FFFD and the
        // record is read, not refused as malformed JSON.
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        bytes.writeBytes("\u3000 \u3000\n{\"id\":\"P7\",\"name\":\"a".getBytes(StandardCharsets.UTF_8));
        bytes.write(0xFF);
        bytes.writeBytes(("\",\"documents\":[{\"type\":\"PASSPORT\",\"number\":\"E1234567\"}]}\n"
                + "{\"id\":\"P7\",\"name\":\"b\",\"documents\":[{\"type\":\"PASSPORT\",\"number\":\"E7654321\"}]}\n")
                .getBytes(StandardCharsets.UTF_8));
        Files.createDirectories(dir.resolve("persons"));
        Files.write(dir.resolve("persons/part-00000.jsonl"), bytes.toByteArray());

        Report report = SparkTesting.spark(dir, "CN", SparkTesting.AS_OF);

        assertThat(report.findings()).extracting(Finding::path).containsExactly("/persons/1/id");
    }

    @Test
    void aLineNestedTooDeepInsideTheDocumentIsItsFindingAndTheLinesAfterItAreRead() throws IOException {
        // Well-formed alone, but nested beyond the reader's limit once inside the chunk's document,
        // which is not read on after it: the lines after it are still read and checked.
        write("persons/part-00000.jsonl", "{\"id\":\"P1\",\"name\":\"a\"}");
        write("residences/part-00000.jsonl",
                "{\"id\":\"R1\",\"person\":\"P1\",\"premises\":\"H9\",\"basis\":{\"type\":\"OTHER\"},"
                        + "\"movedIn\":\"2026-03-01\",\"note\":" + "[".repeat(30) + "]".repeat(30) + "}",
                "{\"id\":\"R2\",\"person\":\"P1\",\"premises\":\"H9\",\"basis\":{\"type\":\"OTHER\"},"
                        + "\"movedIn\":\"2026-03-01\",\"registeredOn\":\"2026-03-02\"}");

        Report report = SparkTesting.spark(dir, "CN", SparkTesting.AS_OF);

        assertThat(report.findings()).anyMatch(f -> f.path().startsWith("/residences/0/note"));
        assertThat(rulesAt(report, "/residences/1/premises")).containsExactly("REFERENCE_UNKNOWN");
    }

    @Test
    void anEmptyOrMissingLayoutGivesAValidReport() {
        Report report = SparkTesting.spark(dir, "CN", SparkTesting.AS_OF);
        assertThat(report.findings()).isEmpty();
        assertThat(report.isValid()).isTrue();
    }

    private static List<String> rulesAt(Report report, String path) {
        return report.findings().stream().filter(f -> f.path().equals(path)).map(Finding::rule)
                .map(Enum::name).toList();
    }

    private void write(String file, String... lines) throws IOException {
        Path f = dir.resolve(file);
        Files.createDirectories(f.getParent());
        Files.write(f, List.of(lines), StandardCharsets.UTF_8);
    }
}
