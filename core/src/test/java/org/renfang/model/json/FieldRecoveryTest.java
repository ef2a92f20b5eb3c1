package org.renfang.model.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.renfang.model.RegistryDocument;
import org.renfang.model.source.JsonProblem;
import org.renfang.model.source.ReadResult;

/**
 * Every problem of a broken record: reading goes on at the record's next field where the JSON is
 * well-formed, so each broken field is reported at its own pointer.
 */
class FieldRecoveryTest {

    private static final String REG = "{\"schema\":\"renfang/registration@1\",";
    private static final String GOOD_RESIDENCE = "{\"id\":\"R2\",\"person\":\"P1\",\"premises\":\"H1\","
            + "\"basis\":{\"type\":\"OTHER\"},\"movedIn\":\"2026-01-01\",\"registeredOn\":\"2026-01-02\"}";

    private static List<JsonProblem> read(String json) {
        return RegistryReader.readPayload(json.getBytes(StandardCharsets.UTF_8)).problems();
    }

    private static JsonProblem invalid(String pointer, String detail) {
        return new JsonProblem(JsonProblem.Kind.INVALID, pointer, detail);
    }

    private static JsonProblem required(String pointer) {
        return new JsonProblem(JsonProblem.Kind.REQUIRED, pointer, "required field is missing");
    }

    @Test
    void misspelledField_impossibleDate_missingRequired_areThreeProblems() {
        // "premises" misspelled, 30 February, no registeredOn
        String json = REG + "\"residences\":[{\"id\":\"R1\",\"person\":\"P1\",\"premisse\":\"H1\","
                + "\"basis\":{\"type\":\"OTHER\"},\"movedIn\":\"2026-02-30\"}," + GOOD_RESIDENCE + "]}";

        ReadResult r = RegistryReader.readPayload(json.getBytes(StandardCharsets.UTF_8));

        assertThat(r.problems()).containsExactly(
                invalid("/residences/0/premisse", "unknown field"),
                invalid("/residences/0/movedIn", "invalid value for LocalDate"),
                required("/residences/0/premises"),
                required("/residences/0/registeredOn"));
        assertThat(r.document().residences()).hasSize(1);
        assertThat(r.pointer(org.renfang.model.RecordType.RESIDENCES, 0)).isEqualTo("/residences/1");
    }

    @Test
    void aFieldThatFailed_isNotAlsoReportedMissing() {
        String json = REG + "\"persons\":[{\"id\":\"P1\",\"name\":7,\"sex\":\"UNKNOWN_SEX\"}]}";
        assertThat(read(json)).extracting(JsonProblem::pointer).containsExactly("/persons/0/name", "/persons/0/sex");
    }

    @Test
    void brokenNestedValue_isSkipped_andTheNextFieldRead() {
        String json = REG + "\"persons\":[{\"id\":\"P1\",\"householdRegistration\":{\"division\":[1,{\"a\":2}],"
                + "\"line\":\"x\"},\"name\":\"N\",\"birthDate\":\"x\"}]}";
        List<JsonProblem> problems = read(json);
        assertThat(problems).extracting(JsonProblem::pointer)
                .containsExactly("/persons/0/householdRegistration/division", "/persons/0/birthDate");
    }

    @Test
    void oneBrokenField_isOneProblem_asBefore() {
        String json = REG + "\"persons\":[{\"id\":\"P1\",\"name\":\"N\",\"nmae\":\"x\"}]}";
        assertThat(read(json)).containsExactly(invalid("/persons/0/nmae", "unknown field"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "duplicate key after a field error|{\"id\":\"P1\",\"name\":\"N\",\"birthDate\":\"x\",\"name\":\"M\"},{\"id\":\"P2\",\"name\":\"N\"}|/persons/0/birthDate|duplicate field",
        "duplicate key inside a skipped value|{\"id\":\"P1\",\"name\":\"N\",\"documents\":[{\"type\":1,\"x\":{\"a\":1,\"a\":2}}]}|/persons/0/documents/0/type|duplicate field",
        "malformed JSON after a field error|{\"id\":\"P1\",\"name\":\"N\",\"sex\":\"X\",\"phone\":tru}|/persons/0/sex|malformed JSON",
    })
    void malformedAfterAFieldError_reportsTheErrorThenStops(String name, String persons, String errorPointer,
            String malformedDetail) {
        List<JsonProblem> problems = read(REG + "\"persons\":[" + persons + "]}");
        assertThat(problems).extracting(JsonProblem::kind)
                .containsExactly(JsonProblem.Kind.INVALID, JsonProblem.Kind.MALFORMED);
        assertThat(problems.get(0).pointer()).isEqualTo(errorPointer);
        assertThat(problems.get(1).detail()).isEqualTo(malformedDetail);
    }

    @Test
    void databindPath_reportsTheFirstProblemOnly() {
        String json = REG + "\"persons\":[{\"id\":\"P1\",\"name\":7,\"sex\":\"UNKNOWN_SEX\"}]}";
        ReadResult r = RegistryReader.read(RenfangJson.payloadMapper(),
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), RegistryDocument.REGISTRATION_SCHEMA);
        assertThat(r.problems()).extracting(JsonProblem::pointer).containsExactly("/persons/0/name");
    }
}
