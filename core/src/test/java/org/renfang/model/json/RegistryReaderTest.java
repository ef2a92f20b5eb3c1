package org.renfang.model.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.renfang.model.RecordType;
import org.renfang.model.source.JsonProblem;
import org.renfang.model.source.ReadResult;

class RegistryReaderTest {

    private static final String PERSON = "{\"id\":\"P1\",\"name\":\"n\",\"documents\":[]}";

    private static ReadResult read(String json) {
        return RegistryReader.readPayload(json.getBytes(StandardCharsets.UTF_8));
    }

    private static String doc(String collection, String... records) {
        return "{\"schema\":\"renfang/registration@1\",\"" + collection + "\":[" + String.join(",", records) + "]}";
    }

    @Test
    void cleanDocument_readsEveryRecord() {
        ReadResult r = read(doc("persons", PERSON, PERSON.replace("P1", "P2")));
        assertThat(r.problems()).isEmpty();
        assertThat(r.document().persons()).hasSize(2);
        assertThat(r.document().schema()).isEqualTo("renfang/registration@1");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "missing name|{\"id\":\"P1\",\"documents\":[]}|REQUIRED|/persons/1/name",
        "unknown field|{\"id\":\"P1\",\"name\":\"n\",\"documents\":[],\"nickname\":\"x\"}|INVALID|/persons/1/nickname",
        "bad enum|{\"id\":\"P1\",\"name\":\"n\",\"documents\":[{\"type\":\"ID\",\"number\":\"1\"}]}|INVALID|/persons/1/documents/0/type",
        "bad date|{\"id\":\"P1\",\"name\":\"n\",\"documents\":[],\"birthDate\":\"2026-02-30\"}|INVALID|/persons/1/birthDate",
        "far year|{\"id\":\"P1\",\"name\":\"n\",\"documents\":[],\"birthDate\":\"9999-01-01\"}|INVALID|/persons/1/birthDate",
        "number for string|{\"id\":1,\"name\":\"n\",\"documents\":[]}|INVALID|/persons/1/id",
        "blank id|{\"id\":\" \",\"name\":\"n\",\"documents\":[]}|INVALID|/persons/1/id",
        "null in array|{\"id\":\"P1\",\"name\":\"n\",\"documents\":[null]}|INVALID|/persons/1/documents/0",
        "null required|{\"id\":\"P1\",\"name\":null,\"documents\":[]}|REQUIRED|/persons/1/name",
        "missing nested|{\"id\":\"P1\",\"name\":\"n\",\"documents\":[{\"type\":\"PASSPORT\"}]}|REQUIRED|/persons/1/documents/0/number",
        "not object|\"P1\"|INVALID|/persons/1",
    })
    void badRecord_reportsProblemAtPointer_andKeepsReading(String name, String record, JsonProblem.Kind kind,
            String pointer) {
        ReadResult r = read(doc("persons", PERSON, record, PERSON.replace("P1", "P3")));
        assertThat(r.problems()).containsExactly(new JsonProblem(kind, pointer, r.problems().get(0).detail()));
        assertThat(r.document().persons()).extracting(p -> p.id().value()).containsExactly("P1", "P3");
        assertThat(r.pointer(RecordType.PERSONS, 1)).isEqualTo("/persons/2");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "basis without lease|residences|{\"id\":\"R1\",\"person\":\"P1\",\"premises\":\"H1\",\"basis\":{\"type\":\"LEASE\"},\"movedIn\":\"2026-03-01\",\"registeredOn\":\"2026-03-02\"}|/residences/0/basis/lease",
        "empty party|premises|{\"id\":\"H1\",\"address\":{\"division\":\"650203\",\"line\":\"x\"},\"kind\":\"APARTMENT\",\"use\":\"RESIDENTIAL\",\"owner\":{}}|/premises/0/owner/person",
    })
    void nestedValueMissingItsReference_isRequiredThere(String name, String collection, String record,
            String pointer) {
        ReadResult r = read(doc(collection, record));
        assertThat(r.problems()).extracting(JsonProblem::kind, JsonProblem::pointer)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(JsonProblem.Kind.REQUIRED, pointer));
    }

    @Test
    void sameIdText_sharesOneIdInstance_withinARegistryRead() {
        String res = "{\"id\":\"R%d\",\"person\":\"P1\",\"premises\":\"H1\",\"basis\":{\"type\":\"OWNER\"},"
                + "\"movedIn\":\"2026-03-01\",\"registeredOn\":\"2026-03-02\"}";
        String json = doc("residences", String.format(res, 1), String.format(res, 2))
                .replace("renfang/registration@1", "renfang/registry@1");
        ReadResult r = RegistryReader.readRegistry(new java.io.ByteArrayInputStream(
                json.getBytes(StandardCharsets.UTF_8)));
        assertThat(r.problems()).isEmpty();
        assertThat(r.document().residences().get(0).person()).isSameAs(r.document().residences().get(1).person());
        assertThat(r.document().residences().get(0).movedIn()).isSameAs(r.document().residences().get(1).movedIn());
    }

    @Test
    void areaAsDecimalString_isAccepted() {
        String h = "{\"id\":\"H1\",\"address\":{\"division\":\"650203\",\"line\":\"x\"},\"kind\":\"APARTMENT\","
                + "\"use\":\"RESIDENTIAL\",\"floorArea\":\"62.5\",\"rooms\":[{\"id\":\"H1-1\",\"kind\":\"BEDROOM\",\"area\":12.0}]}";
        ReadResult r = read(doc("premises", h));
        assertThat(r.problems()).isEmpty();
        assertThat(r.document().premises().get(0).floorArea()).hasValue(new java.math.BigDecimal("62.5"));
    }

    @Test
    void duplicateKey_isMalformed() {
        ReadResult r = read("{\"schema\":\"renfang/registration@1\",\"persons\":[{\"id\":\"P1\",\"id\":\"P2\",\"name\":\"n\",\"documents\":[]}]}");
        assertThat(r.problems()).extracting(JsonProblem::kind).containsExactly(JsonProblem.Kind.MALFORMED);
        assertThat(r.problems().get(0).detail()).isEqualTo("duplicate field");
    }

    @Test
    void garbage_isMalformed_notException() {
        for (String s : List.of("", "[", "{", "nul", "{\"schema\":", "\u0000\u0001", "{}{}", "[]")) {
            ReadResult r = read(s);
            assertThat(r.problems()).as(s).isNotEmpty();
        }
    }

    @Test
    void deepNesting_andLongString_areRefused() {
        String deep = "{\"schema\":\"renfang/registration@1\",\"x\":" + "[".repeat(100) + "]".repeat(100) + "}";
        assertThat(read(deep).problems()).extracting(JsonProblem::kind, JsonProblem::detail)
                .contains(org.assertj.core.groups.Tuple.tuple(JsonProblem.Kind.MALFORMED,
                        "limit exceeded: nesting exceeds depth " + RenfangJson.MAX_NESTING_DEPTH));
        String longName = PERSON.replace("\"n\"", "\"" + "x".repeat(RenfangJson.MAX_STRING_LENGTH + 1) + "\"");
        assertThat(read(doc("persons", longName)).problems()).containsExactly(new JsonProblem(
                JsonProblem.Kind.INVALID, "/persons/0/name", "limit exceeded: string exceeds 4096 characters"));
        String okName = PERSON.replace("\"n\"", "\"" + "x".repeat(RenfangJson.MAX_STRING_LENGTH) + "\"");
        assertThat(read(doc("persons", okName)).problems()).isEmpty();
    }

    @Test
    void oversizePayload_isRefused() {
        byte[] big = new byte[RenfangJson.MAX_PAYLOAD_BYTES + 1];
        java.util.Arrays.fill(big, (byte) ' ');
        assertThat(RegistryReader.readPayload(big).problems()).extracting(JsonProblem::kind)
                .containsExactly(JsonProblem.Kind.MALFORMED);
    }

    @Test
    void missingSchema_isRequired() {
        assertThat(read("{\"persons\":[]}").problems()).containsExactly(
                new JsonProblem(JsonProblem.Kind.REQUIRED, "/schema", "required field is missing"));
    }
}
