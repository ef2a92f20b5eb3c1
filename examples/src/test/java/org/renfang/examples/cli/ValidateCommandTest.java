package org.renfang.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.renfang.examples.Sample;
import org.renfang.validation.Report;
import org.renfang.validation.Validator;
import org.renfang.validation.profile.Profiles;

class ValidateCommandTest {

    /** P29 (from Henan) moves in with P30 at H10 on 2026-11-20 and registers on 2026-11-24, a day late. */
    static final String LATE_MOVE_IN = "{\"schema\": \"renfang/registration@1\", \"residences\": [{\"id\": \"R29\","
            + " \"person\": \"P29\", \"premises\": \"H10\", \"basis\": {\"type\": \"FAMILY_MEMBER\", \"of\": \"P30\"},"
            + " \"movedIn\": \"2026-11-20\", \"registeredOn\": \"2026-11-24\"}]}";

    /** P12 moves into the kitchen of H5. */
    static final String KITCHEN = "{\"schema\": \"renfang/registration@1\", \"residences\": [{\"id\": \"R29\","
            + " \"person\": \"P12\", \"premises\": \"H5\", \"room\": \"H5-3\", \"basis\": {\"type\": \"FAMILY_MEMBER\","
            + " \"of\": \"P17\"}, \"movedIn\": \"2026-11-20\", \"registeredOn\": \"2026-11-21\"}]}";

    @TempDir
    Path dir;

    @Test
    void warningOnly_exitsZero_andJsonIsExactlyTheReport() throws Exception {
        Path payload = Cli.write(dir, "payload.json", LATE_MOVE_IN);
        Cli.Result r = Cli.run(dir, "validate", "--context", Cli.sample(dir).toString(), "--format", "json",
                payload.toString());

        Report expected = Validator.of(Profiles.load("CN")).validate(java.nio.file.Files.readAllBytes(payload),
                Sample.registry(), Sample.AS_OF);
        Cli.assertPrintsJson(r, expected);
        assertThat(r.exit()).isZero();
        assertThat(rules(r.json())).containsExactly("RESIDENCE_REGISTRATION_LATE");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void complianceError_isAccepted_exitsZero() {
        Cli.Result r = Cli.run(dir, "validate", "--context", Cli.sample(dir).toString(), "--format", "json",
                Cli.write(dir, "payload.json", KITCHEN).toString());

        assertThat(r.exit()).isZero();
        assertThat(rules(r.json())).contains("ROOM_NOT_HABITABLE");
        assertThat(r.json().get("valid").asBoolean()).isFalse();
        assertThat(r.json().get("accepted").asBoolean()).isTrue();
        JsonNode f = r.json().get("findings").get(0);
        assertThat(f.get("category").asText()).isEqualTo("COMPLIANCE");
        assertThat(f.get("responsible").get("role").asText()).isNotEqualTo("RECORDER");
    }

    @Test
    void dataError_isNotAccepted_exitsOne() {
        Cli.Result r = Cli.run(dir, "validate", "--context", Cli.sample(dir).toString(), "--format", "json",
                Cli.write(dir, "payload.json", KITCHEN.replace("\"of\": \"P17\"", "\"of\": \"P12\"")).toString());

        assertThat(r.exit()).isEqualTo(1);
        assertThat(rules(r.json())).contains("RESIDENCE_BASIS_MISSING");
        assertThat(r.json().get("accepted").asBoolean()).isFalse();
    }

    @Test
    void responsible_printsOnlyThatPartysFindings_theExitCodeJudgesTheWholePayload() {
        String payload = Cli.write(dir, "payload.json", KITCHEN).toString();
        String context = Cli.sample(dir).toString();

        Cli.Result recorder = Cli.run(dir, "validate", "--context", context, "--format", "json",
                "--responsible", "RECORDER", payload);
        assertThat(recorder.exit()).isZero();
        assertThat(rules(recorder.json())).isEmpty();

        Cli.Result all = Cli.run(dir, "validate", "--context", context, "--format", "json", payload);
        JsonNode who = all.json().get("findings").get(0).get("responsible");
        String filter = who.get("role").asText() + (who.has("party") ? ":" + who.get("party").asText() : "");
        Cli.Result one = Cli.run(dir, "validate", "--context", context, "--format", "json", "--responsible", filter,
                payload);
        assertThat(rules(one.json())).contains("ROOM_NOT_HABITABLE");

        Cli.Result bad = Cli.run(dir, "validate", "--context", context, "--responsible", "LANDLORD", payload);
        assertThat(bad.exit()).isEqualTo(2);
        Cli.Result badCheck = Cli.run(dir, "check", "--responsible", "LESSOR:P9", context);
        assertThat(badCheck.exit()).isEqualTo(2);
    }

    @Test
    void check_responsible_filtersTheRegistryReport() {
        String context = Cli.sample(dir).toString();
        Cli.Result all = Cli.run(dir, "check", "--format", "json", context);
        Cli.Result recorder = Cli.run(dir, "check", "--format", "json", "--responsible", "RECORDER", context);
        for (JsonNode f : recorder.json().get("findings")) {
            assertThat(f.get("responsible").get("role").asText()).isEqualTo("RECORDER");
            assertThat(f.get("category").asText()).isEqualTo("DATA");
        }
        assertThat(recorder.json().get("findings").size()).isLessThanOrEqualTo(all.json().get("findings").size());
        assertThat(recorder.exit()).isEqualTo(all.exit());
    }

    @Test
    void withoutContext_referencesAreUnknown() {
        Cli.Result r = Cli.run(dir, "validate", "--format", "json",
                Cli.write(dir, "payload.json", LATE_MOVE_IN).toString());

        assertThat(r.exit()).isEqualTo(1);
        assertThat(rules(r.json())).contains("REFERENCE_UNKNOWN");
    }

    @Test
    void text_inBothLanguages() {
        String payload = Cli.write(dir, "payload.json", KITCHEN).toString();
        String context = Cli.sample(dir).toString();

        Cli.Result en = Cli.run(dir, "validate", "--context", context, "--lang", "en", payload);
        Cli.Result zh = Cli.run(dir, "validate", "--context", context, "--lang", "zh-CN", payload);

        assertThat(en.out()).startsWith("ACCEPTED  NOT VALID").contains("For the ").contains("/residences/0")
                .contains("ROOM_NOT_HABITABLE");
        assertThat(zh.out()).startsWith("予以登记  不通过").contains("办理（").contains("/residences/0")
                .contains("ROOM_NOT_HABITABLE");
    }

    @Test
    void oversizedPayload_isAFinding() {
        StringBuilder big = new StringBuilder("{\"schema\": \"renfang/registration@1\", \"persons\": [");
        for (int i = 0; big.length() < (1 << 20) + 10; i++) {
            big.append(i == 0 ? "" : ",").append("{\"id\": \"P").append(i).append("\", \"name\": \"x\", \"documents\": []}");
        }
        big.append("]}");
        Cli.Result r = Cli.run(dir, "validate", "--format", "json", Cli.write(dir, "big.json", big.toString()).toString());

        assertThat(r.exit()).isEqualTo(1);
        assertThat(rules(r.json())).containsExactly("JSON_MALFORMED");
    }

    @Test
    void unreadableFiles_exitTwo() {
        Path payload = Cli.write(dir, "payload.json", LATE_MOVE_IN);

        Cli.Result missing = Cli.run(dir, "validate", dir.resolve("none.json").toString());
        Cli.Result missingContext = Cli.run(dir, "validate", "--context", dir.resolve("none.json").toString(),
                payload.toString());
        Cli.Result directory = Cli.run(dir, "validate", dir.toString());

        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missingContext.exit()).isEqualTo(2);
        assertThat(directory.exit()).isEqualTo(2);
        assertThat(missing.out()).isEmpty();
        assertThat(missing.err()).startsWith("renfang: cannot read").hasLineCount(1);
    }

    @Test
    void badOptions_exitTwo() {
        String payload = Cli.write(dir, "payload.json", LATE_MOVE_IN).toString();

        assertThat(Cli.run(dir, "validate", "--format", "yaml", payload).exit()).isEqualTo(2);
        assertThat(Cli.run(dir, "validate", "--as-of", "26.11.2026", payload).exit()).isEqualTo(2);
        assertThat(Cli.run(dir, "validate", payload, "extra.json").exit()).isEqualTo(2);
        assertThat(Cli.run(dir, "validate").exit()).isEqualTo(2);
    }

    @Test
    void errorMessages_neverEchoFileContents() {
        Path secret = Cli.write(dir, "secret.json", "{\"schema\": \"renfang/registration@1\", \"persons\": "
                + "[{\"id\": \"P1\", \"name\": \"Zhang Sanfeng\", \"documents\": [{\"type\": \"CN_RESIDENT_ID\","
                + " \"number\": \"11010519491231002X\"}], \"birthDate\": \"not a date\"}]}");

        Cli.Result r = Cli.run(dir, "validate", "--format", "json", secret.toString());
        Cli.Result text = Cli.run(dir, "validate", secret.toString());

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out() + r.err() + text.out() + text.err()).doesNotContain("Zhang").doesNotContain("11010519491231002X");
    }

    @Test
    void contextProgress_isShownOnlyWhenStderrIsATerminal() {
        String payload = Cli.write(dir, "payload.json", LATE_MOVE_IN).toString();
        String context = Cli.sample(dir).toString();

        Cli.Result terminal = Cli.run(Cli.env(dir).withTerminals(false, true), "validate", "--context", context,
                "--format", "json", payload);
        Cli.Result pipe = Cli.run(dir, "validate", "--context", context, "--format", "json", payload);

        assertThat(terminal.err()).contains("reading");
        assertThat(pipe.err()).isEmpty();
        assertThat(terminal.out()).isEqualTo(pipe.out());
    }

    static List<String> rules(JsonNode report) {
        List<String> rules = new ArrayList<>();
        report.get("findings").forEach(f -> rules.add(f.get("rule").asText()));
        return rules;
    }
}
