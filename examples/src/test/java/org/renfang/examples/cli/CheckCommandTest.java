package org.renfang.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.renfang.examples.Sample;
import org.renfang.model.PremisesId;
import org.renfang.qr.DoorLabel;
import org.renfang.qr.LabelIssuer;
import org.renfang.qr.LabelKeys;
import org.renfang.qr.LabelPrivateKey;
import org.renfang.validation.Report;
import org.renfang.validation.Validator;
import org.renfang.validation.profile.Profiles;

class CheckCommandTest {

    @TempDir
    Path dir;

    private static final String EMPTY = "{\"schema\": \"renfang/registry@1\"}";

    @Test
    void sample_json_isExactlyTheReport() {
        Cli.Result r = Cli.run(dir, "check", "--as-of", "2026-11-26", "--format", "json", Cli.sample(dir).toString());

        Report expected = Validator.of(Profiles.load("CN")).check(Sample.registry(), Sample.AS_OF);
        assertThat(r.exit()).isEqualTo(1);
        Cli.assertPrintsJson(r, expected);
        assertThat(r.err()).isEmpty();
        JsonNode json = r.json();
        List<String> fields = new ArrayList<>();
        json.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactly("schema", "profile", "asOf", "valid", "counts", "findings");
        assertThat(json.get("schema").asText()).isEqualTo("renfang/report@1");
        assertThat(json.get("valid").asBoolean()).isFalse();
    }

    @Test
    void profileAndLanguage_areThoseAsked() {
        Cli.Result r = Cli.run(dir, "check", "--profile", "CN-31", "--lang", "zh-CN", "--format", "json",
                Cli.sample(dir).toString());

        Report expected = Validator.of(Profiles.load("CN-31")).check(Sample.registry(), Sample.AS_OF);
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).isEqualTo(expected.toJson(Locale.SIMPLIFIED_CHINESE));
        assertThat(r.json().get("profile").asText()).isEqualTo("CN-31");
    }

    @Test
    void asOf_defaultsToTodayOfTheClock() {
        Cli.Result r = Cli.run(dir, "check", "--format", "json", Cli.write(dir, "empty.json", EMPTY).toString());

        assertThat(r.exit()).isZero();
        assertThat(r.json().get("asOf").asText()).isEqualTo("2026-11-26");
    }

    @Test
    void text_groupsFindingsBySeverity_inEnglish() {
        Cli.Result r = Cli.run(dir, "check", "--profile", "CN-31", "--lang", "en", Cli.sample(dir).toString());

        assertThat(r.exit()).isEqualTo(1);
        String[] lines = r.out().split("\n");
        assertThat(lines[0]).startsWith("NOT VALID").contains("CN-31").contains("2026-11-26");
        assertThat(lines[1]).isEqualTo("2 errors, 5 warnings, 1 info");
        int error = indexOf(lines, "ERROR (2)");
        int warning = indexOf(lines, "WARNING (5)");
        int info = indexOf(lines, "INFO (1)");
        assertThat(error).isPositive().isLessThan(warning);
        assertThat(warning).isLessThan(info);
        assertThat(lines[error + 1]).contains("/premises/2").contains("OCCUPANCY_PER_ROOM");
        assertThat(lines[error + 2]).contains("/residences/15").contains("ROOM_NOT_HABITABLE");
        assertThat(lines[warning + 1]).contains("/leases/5").contains("LEASE_FILING_LATE");
        assertThat(lines[warning + 2]).contains("/leases/7").contains("OCCUPANT_NOT_REGISTERED");
        assertThat(lines[warning + 3]).contains("/residences/21").contains("RESIDENCE_REGISTRATION_LATE");
        assertThat(lines[warning + 4]).contains("/residences/27").contains("HMT_REGISTRATION_LATE");
        assertThat(lines[info + 1]).contains("/visits/7").contains("VISIT_REDUNDANT");
        assertThat(r.out()).doesNotContain("\u001b[");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void text_inChinese_byOptionOrBySystemLanguage() {
        String file = Cli.sample(dir).toString();
        Cli.Result byOption = Cli.run(dir, "check", "--profile", "CN-31", "--lang", "zh-CN", file);
        Cli.Result bySystem = Cli.run(CliEnvironment.of(Cli.CLOCK, Locale.CHINA, dir), "check", "--profile", "CN-31",
                file);
        Cli.Result englishOverSystem = Cli.run(CliEnvironment.of(Cli.CLOCK, Locale.CHINA, dir), "check", "--profile",
                "CN-31", "--lang", "en", file);

        assertThat(byOption.out()).startsWith("不通过").contains("错误 2 项，警告 5 项，提示 1 项").contains("错误（2）")
                .contains("警告（5）").contains("提示（1）").contains("上海");
        assertThat(bySystem.out()).isEqualTo(byOption.out());
        assertThat(englishOverSystem.out()).startsWith("NOT VALID");
    }

    @Test
    void text_isColouredOnlyOnATerminal() {
        String file = Cli.sample(dir).toString();
        Cli.Result terminal = Cli.run(Cli.env(dir).withTerminals(true, false), "check", file);

        assertThat(terminal.out()).contains("\u001b[31m").contains("\u001b[0m");
        assertThat(Cli.run(dir, "check", file).out()).doesNotContain("\u001b");
    }

    @Test
    void json_isNeverColoured() {
        Cli.Result r = Cli.run(Cli.env(dir).withTerminals(true, true), "check", "--format", "json",
                Cli.sample(dir).toString());

        assertThat(r.out()).doesNotContain("\u001b");
        assertThat(r.json().get("schema").asText()).isEqualTo("renfang/report@1");
    }

    @Test
    void cleanRegistry_exitsZero_withNoFindings() {
        Cli.Result r = Cli.run(dir, "check", Cli.write(dir, "empty.json", EMPTY).toString());

        assertThat(r.exit()).isZero();
        assertThat(r.out()).startsWith("VALID").contains("0 errors, 0 warnings, 0 info").contains("No findings.");
    }

    @Test
    void malformedRegistry_isAReport_exitOne() {
        Cli.Result r = Cli.run(dir, "check", "--format", "json", Cli.write(dir, "bad.json", "{\"schema\": ").toString());

        assertThat(r.exit()).isEqualTo(1);
        List<String> rules = new ArrayList<>();
        r.json().get("findings").forEach(f -> rules.add(f.get("rule").asText()));
        assertThat(rules).contains("JSON_MALFORMED");
    }

    @Test
    void missingFile_exitsTwo_withOneLine() {
        Cli.Result r = Cli.run(dir, "check", dir.resolve("missing.json").toString());

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith("renfang: cannot read").contains("missing.json").contains("no such file");
        assertThat(r.err().strip().lines()).hasSize(1);
    }

    @Test
    void directory_exitsTwo() {
        Cli.Result r = Cli.run(dir, "check", dir.toString());

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("directory").doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void relativePath_isResolvedAgainstTheWorkingDirectory() {
        Cli.sample(dir);

        assertThat(Cli.run(dir, "check", "sample.json").exit()).isEqualTo(1);
    }

    @Test
    void badOptions_exitTwo() {
        String file = Cli.sample(dir).toString();

        assertThat(Cli.run(dir, "check", "--format", "xml", file).exit()).isEqualTo(2);
        assertThat(Cli.run(dir, "check", "--as-of", "2026-02-30", file).exit()).isEqualTo(2);
        assertThat(Cli.run(dir, "check", "--lang", "fr", file).exit()).isEqualTo(2);
        assertThat(Cli.run(dir, "check", "--profile", "CN-99", file).exit()).isEqualTo(2);
        assertThat(Cli.run(dir, "check", "--no-such-option", file).exit()).isEqualTo(2);
        assertThat(Cli.run(dir, "check").exit()).isEqualTo(2);
        Cli.Result r = Cli.run(dir, "check", "--as-of", "tomorrow", file);
        assertThat(r.err()).startsWith("renfang: Invalid value for option '--as-of'").contains("check --help");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void profileFile_isLoaded() {
        Path profile = Cli.write(dir, "city.json", "{\"code\": \"XX-1\", \"parent\": \"CN\", \"name\": {\"en\": \"Test city\"},"
                + " \"severities\": {\"ROOM_NOT_HABITABLE\": \"WARNING\"}}");
        Cli.Result r = Cli.run(dir, "check", "--profile", profile.toString(), "--format", "json",
                Cli.sample(dir).toString());

        assertThat(r.json().get("profile").asText()).isEqualTo("XX-1");
        assertThat(r.exit()).isZero();
        Path invalid = Cli.write(dir, "broken.json", "{\"code\": 5}");
        assertThat(Cli.run(dir, "check", "--profile", invalid.toString(), Cli.sample(dir).toString()).exit())
                .isEqualTo(2);
    }

    @Test
    void keys_verifyVisitLabels() throws Exception {
        Path keys = dir.resolve("keys");
        LabelPrivateKey key = LabelKeys.generate(keys);
        String good = LabelIssuer.of(key).issue(DoorLabel.of("650203", PremisesId.of("H1"), 1,
                java.time.LocalDate.of(2026, 1, 1), null));
        String registry = "{\"schema\": \"renfang/registry@1\","
                + " \"organizations\": [{\"id\": \"O5\", \"name\": \"Station\", \"kinds\": [\"AGENCY\"]}],"
                + " \"premises\": [{\"id\": \"H1\", \"address\": {\"division\": \"650203\", \"line\": \"Road 1\"},"
                + " \"kind\": \"APARTMENT\", \"use\": \"RESIDENTIAL\"}, {\"id\": \"H2\", \"address\": {\"division\":"
                + " \"650203\", \"line\": \"Road 2\"}, \"kind\": \"APARTMENT\", \"use\": \"RESIDENTIAL\"}],"
                + " \"visits\": [{\"id\": \"V1\", \"premises\": \"H1\", \"agency\": \"O5\", \"at\": \"2026-04-01T10:00:00+08:00\","
                + " \"purpose\": \"SERVICE\", \"label\": \"" + good + "\"},"
                + " {\"id\": \"V2\", \"premises\": \"H2\", \"agency\": \"O5\", \"at\": \"2026-06-01T10:00:00+08:00\","
                + " \"purpose\": \"SERVICE\", \"label\": \"" + good + "\"}]}";
        Path file = Cli.write(dir, "visits.json", registry);

        Cli.Result r = Cli.run(dir, "check", "--keys", keys.toString(), "--format", "json", file.toString());

        List<String> paths = new ArrayList<>();
        for (JsonNode f : r.json().get("findings")) {
            if (f.get("rule").asText().equals("VISIT_LABEL_INVALID")) {
                paths.add(f.get("path").asText());
            }
        }
        assertThat(paths).containsExactly("/visits/1");
        assertThat(Cli.run(dir, "check", "--keys", dir.resolve("nokeys").toString(), file.toString()).exit())
                .isEqualTo(2);
        assertThat(Cli.run(dir, "check", "--keys", dir.toString(), file.toString()).err())
                .contains("no public key");
    }

    @Test
    void stats_goToStderr_andStdoutKeepsOnlyTheReport() {
        Cli.Result r = Cli.run(dir, "check", "--stats", "--format", "json", Cli.sample(dir).toString());

        assertThat(r.json().get("schema").asText()).isEqualTo("renfang/report@1");
        assertThat(r.err()).contains("read").contains("index").contains("rules").contains("records/s")
                .contains("peak").contains("MiB");
        assertThat(r.err().lines().filter(l -> !l.isBlank())).hasSize(5);
    }

    @Test
    void progress_isShownOnlyWhenStderrIsATerminal() {
        String file = Cli.sample(dir).toString();
        Cli.Result terminal = Cli.run(Cli.env(dir).withTerminals(false, true), "check", "--format", "json", file);
        Cli.Result pipe = Cli.run(dir, "check", "--format", "json", file);

        assertThat(terminal.err()).contains("reading").contains("%");
        assertThat(terminal.out()).isEqualTo(pipe.out());
        assertThat(pipe.err()).isEmpty();
    }

    private static int indexOf(String[] lines, String line) {
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].equals(line)) {
                return i;
            }
        }
        return -1;
    }
}
