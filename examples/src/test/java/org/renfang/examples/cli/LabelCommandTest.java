package org.renfang.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LabelCommandTest {

    @TempDir
    Path dir;

    private Path keys;
    private String kid;

    @BeforeEach
    void keygen() throws Exception {
        keys = dir.resolve("keys");
        Cli.Result r = Cli.run(dir, "label", "keygen", "--out", keys.toString());
        assertThat(r.exit()).isZero();
        try (Stream<Path> files = Files.list(keys)) {
            List<String> names = files.map(p -> p.getFileName().toString()).sorted().toList();
            assertThat(names).hasSize(2);
            kid = names.get(0).substring(0, 8);
            assertThat(names).containsExactly(kid + ".key.pem", kid + ".pub.pem");
        }
        assertThat(r.out()).contains(kid).contains(kid + ".key.pem").contains(kid + ".pub.pem");
    }

    private String issue(String... extra) {
        List<String> args = new ArrayList<>(List.of("label", "issue", "--key", keys.toString(), "--issuer", "650203",
                "--premises", "H3", "--serial", "7", "--issued", "2026-03-01"));
        args.addAll(List.of(extra));
        Cli.Result r = Cli.run(dir, args.toArray(String[]::new));
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).startsWith("RF1:").endsWith("\n").hasLineCount(1);
        return r.out().strip();
    }

    @Test
    void issue_thenRead_isValid() {
        String text = issue();

        Cli.Result r = Cli.run(dir, "label", "read", "--keys", keys.toString(), "--premises", "H3", text);

        assertThat(r.exit()).isZero();
        assertThat(r.out()).startsWith("VALID").contains("650203").contains("H3").contains("2026-03-01")
                .contains(kid);
    }

    @Test
    void read_json_hasTheContractFields() {
        Cli.Result r = Cli.run(dir, "label", "read", "--keys", keys.toString(), "--format", "json",
                issue("--expires", "2030-12-31"));

        JsonNode json = r.json();
        List<String> fields = new ArrayList<>();
        json.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactly("status", "stage", "issuer", "premises", "serial", "issuedOn", "expiresOn",
                "kid", "reason");
        assertThat(json.get("status").asText()).isEqualTo("VALID");
        assertThat(json.get("issuer").asText()).isEqualTo("650203");
        assertThat(json.get("premises").asText()).isEqualTo("H3");
        assertThat(json.get("serial").asLong()).isEqualTo(7);
        assertThat(json.get("issuedOn").asText()).isEqualTo("2026-03-01");
        assertThat(json.get("expiresOn").asText()).isEqualTo("2030-12-31");
        assertThat(json.get("kid").asText()).isEqualTo(kid);
        assertThat(r.out()).hasLineCount(1);
    }

    @Test
    void issue_writesPngSvgAndSheet_andThePngReadsBack() throws Exception {
        Path png = dir.resolve("out/label.png");
        Path svg = dir.resolve("out/label.svg");
        Path sheet = dir.resolve("out/sheet.svg");
        Files.createDirectories(dir.resolve("out"));
        String text = issue("--png", png.toString(), "--module-px", "4", "--svg", svg.toString(), "--sheet",
                sheet.toString(), "--address", "克拉玛依区昆仑路 217 号 7栋 3单元 601室");

        byte[] bytes = Files.readAllBytes(png);
        assertThat(bytes).startsWith(0x89, 'P', 'N', 'G');
        assertThat(Files.readString(svg)).startsWith("<").contains("<svg").contains("<path");
        assertThat(Files.readString(sheet, StandardCharsets.UTF_8)).contains("昆仑路").contains("H3").contains("650203");

        Cli.Result r = Cli.run(dir, "label", "read", "--keys", keys.toString(), "--premises", "H3", "--format", "json",
                "--image", png.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.json().get("status").asText()).isEqualTo("VALID");
        assertThat(text).startsWith("RF1:");
    }

    @Test
    void notValidStatuses_exitOne() {
        String text = issue("--expires", "2026-06-30");
        String k = keys.toString();
        Path revoked = Cli.write(dir, "revoked.txt", "# revoked\n650203 7\n");

        assertThat(status(Cli.run(dir, "label", "read", "--keys", k, "--format", "json", "--premises", "H4", text)))
                .isEqualTo("WRONG_PREMISES");
        assertThat(status(Cli.run(dir, "label", "read", "--keys", k, "--format", "json", "--revoked",
                revoked.toString(), text))).isEqualTo("REVOKED");
        assertThat(status(Cli.run(dir, "label", "read", "--keys", k, "--format", "json", "--at",
                "2026-02-28T12:00:00+08:00", text))).isEqualTo("NOT_YET_VALID");
        assertThat(status(Cli.run(dir, "label", "read", "--keys", k, "--format", "json", text)))
                .isEqualTo("EXPIRED");
        assertThat(status(Cli.run(dir, "label", "read", "--keys", k, "--format", "json", "RF1:!!")))
                .isEqualTo("MALFORMED");
        String altered = text.substring(0, text.length() - 2) + (text.endsWith("00") ? "11" : "00");
        assertThat(status(Cli.run(dir, "label", "read", "--keys", k, "--format", "json", altered)))
                .isNotEqualTo("VALID");
    }

    @Test
    void unknownKey_exitOne() {
        String text = issue();
        Path other = dir.resolve("other");
        Cli.run(dir, "label", "keygen", "--out", other.toString());

        Cli.Result r = Cli.run(dir, "label", "read", "--keys", other.toString(), "--format", "json", text);

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.json().get("status").asText()).isEqualTo("UNKNOWN_KEY");
        assertThat(r.json().get("issuer").isNull()).isTrue();
    }

    @Test
    void read_text_inChinese() {
        Cli.Result r = Cli.run(dir, "label", "read", "--keys", keys.toString(), "--lang", "zh-CN", "RF1:XYZ");

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).startsWith("MALFORMED (BASE45)").contains("不是格式正确的门牌标签");
    }

    @Test
    void imageThatIsNoImage_isMalformed_exitOne() {
        Path notPng = Cli.write(dir, "note.png", "not an image");

        Cli.Result r = Cli.run(dir, "label", "read", "--keys", keys.toString(), "--format", "json", "--image",
                notPng.toString());

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.json().get("status").asText()).isEqualTo("MALFORMED");
    }

    @Test
    void usageErrors_exitTwo() {
        String k = keys.toString();
        String text = issue();
        String[][] cases = {
            {"label"},
            {"label", "read", "--keys", k},
            {"label", "read", "--keys", k, text, "--image", "x.png"},
            {"label", "read", text},
            {"label", "read", "--keys", k, "--at", "yesterday", text},
            {"label", "issue", "--key", k, "--issuer", "X", "--premises", "H1", "--serial", "1", "--sheet", "s.svg"},
            {"label", "issue", "--key", k, "--issuer", "X", "--premises", "H1", "--serial", "1", "--module-px", "4"},
            {"label", "issue", "--key", k, "--issuer", "X", "--premises", "H1", "--serial", "1", "--ecc", "X"},
            {"label", "issue", "--key", k, "--issuer", "X", "--premises", "H1", "--serial", "1", "--max-version", "41"},
            {"label", "issue", "--key", k, "--issuer", "X", "--premises", "H1", "--serial", "1", "--png", "p.png",
                "--module-px", "99"},
            {"label", "issue", "--key", k, "--issuer", "X", "--premises", "H1", "--serial", "-1"},
            {"label", "issue", "--key", k, "--issuer", "X", "--premises", "H1", "--serial", "one"},
            {"label", "issue", "--key", k, "--issuer", "X", "--premises", "H1", "--serial", "1", "--max-version", "1"},
            {"label", "issue", "--key", k, "--issuer", "X", "--premises", "H1", "--serial", "1",
                "--issued", "2026-03-01", "--expires", "2026-02-01"},
            {"label", "issue", "--issuer", "X", "--premises", "H1", "--serial", "1"},
            {"label", "keygen"},
        };
        for (String[] args : cases) {
            Cli.Result r = Cli.run(dir, args);
            assertThat(r.exit()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(r.err()).as(String.join(" ", args)).startsWith("renfang: ").doesNotContain("\tat ");
        }
    }

    @Test
    void unreadableFiles_exitTwo() throws Exception {
        String text = issue();
        Path empty = Files.createDirectory(dir.resolve("empty"));

        assertThat(Cli.run(dir, "label", "read", "--keys", dir.resolve("none").toString(), text).exit()).isEqualTo(2);
        Cli.Result noKey = Cli.run(dir, "label", "read", "--keys", empty.toString(), text);
        assertThat(noKey.exit()).isEqualTo(2);
        assertThat(noKey.err()).contains("no public key");
        assertThat(Cli.run(dir, "label", "read", "--keys", keys.toString(), "--revoked",
                dir.resolve("none.txt").toString(), text).exit()).isEqualTo(2);
        assertThat(Cli.run(dir, "label", "read", "--keys", keys.toString(), "--image",
                dir.resolve("none.png").toString()).exit()).isEqualTo(2);
        assertThat(Cli.run(dir, "label", "issue", "--key", empty.toString(), "--issuer", "X", "--premises", "H1",
                "--serial", "1").exit()).isEqualTo(2);
        Path badList = Cli.write(dir, "bad.txt", "650203 seven\n");
        assertThat(Cli.run(dir, "label", "read", "--keys", keys.toString(), "--revoked", badList.toString(), text)
                .exit()).isEqualTo(2);
    }

    @Test
    void keygen_refusesAFileAsDirectory_andNeverPrintsKeyMaterial() throws Exception {
        Path file = Cli.write(dir, "file.txt", "x");
        assertThat(Cli.run(dir, "label", "keygen", "--out", file.toString()).exit()).isEqualTo(2);

        Cli.Result r = Cli.run(dir, "label", "keygen", "--out", dir.resolve("k2").toString());
        assertThat(r.out()).doesNotContain("PRIVATE KEY").doesNotContain("PUBLIC KEY");
    }

    @Test
    void issuedDate_defaultsToTodayOfTheClock() {
        Cli.Result r = Cli.run(dir, "label", "issue", "--key", keys.toString(), "--issuer", "650203", "--premises",
                "H1", "--serial", "1");
        Cli.Result read = Cli.run(dir, "label", "read", "--keys", keys.toString(), "--format", "json", r.out().strip());

        assertThat(read.json().get("issuedOn").asText()).isEqualTo("2026-11-26");
        assertThat(read.exit()).isZero();
    }

    @Test
    void read_text_inEnglishByDefault() {
        Cli.Result r = Cli.run(CliEnvironment.of(Cli.CLOCK, Locale.GERMANY, dir), "label", "read", "--keys",
                keys.toString(), issue());

        assertThat(r.out()).startsWith("VALID  genuine");
    }

    private static String status(Cli.Result r) {
        assertThat(r.exit()).isEqualTo(r.json().get("status").asText().equals("VALID") ? 0 : 1);
        return r.json().get("status").asText();
    }
}
