package org.renfang.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.renfang.validation.Fixtures.AS_OF;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.renfang.model.json.RegistryReader;
import org.renfang.model.json.RenfangJson;
import org.renfang.registry.Registry;
import org.renfang.registry.RegistryView;
import org.renfang.validation.Report;
import org.renfang.validation.Validator;
import org.renfang.validation.finding.Finding;
import org.renfang.validation.finding.RuleCode;
import org.renfang.validation.finding.Severity;
import org.renfang.validation.profile.Profiles;

/**
 * FIELD_REQUIRED, FIELD_INVALID and JSON_MALFORMED findings as {@link Validator#validate(byte[],
 * RegistryView, java.time.LocalDate)} reports them for payload bytes: the shape of the document,
 * and the model's field constraints, each at the JSON Pointer of the offending value.
 */
class FieldFindingsTest {

    private static final String PERSON = "{\"id\":\"P1\",\"name\":\"n\",\"documents\":[]}";
    private static final String ADDRESS = "{\"division\":\"650203\",\"line\":\"x\"}";
    private static final String PREMISES = "{\"id\":\"H1\",\"address\":" + ADDRESS
            + ",\"kind\":\"APARTMENT\",\"use\":\"RESIDENTIAL\"}";
    private static final String LEASE = "{\"id\":\"L1\",\"premises\":\"H1\",\"lessor\":{\"person\":\"P1\"},"
            + "\"lessees\":[\"P1\"],\"start\":\"2026-01-01\",\"end\":\"2026-12-31\"}";
    private static final String VISIT = "{\"id\":\"V1\",\"premises\":\"H1\",\"agency\":\"O1\","
            + "\"at\":\"2026-04-01T10:00:00+08:00\",\"purpose\":\"OTHER\"}";

    private static String doc(String collection, String... records) {
        return "{\"schema\":\"renfang/registration@1\",\"" + collection + "\":[" + String.join(",", records) + "]}";
    }

    private static Report validate(String json) {
        return Validator.of(Profiles.load("CN")).validate(json.getBytes(StandardCharsets.UTF_8), RegistryView.empty(),
                AS_OF);
    }

    /** The shape findings (JSON_MALFORMED, FIELD_REQUIRED, FIELD_INVALID) of a report. */
    private static List<Finding> shape(Report r) {
        return r.findings().stream().filter(f -> f.rule() == RuleCode.JSON_MALFORMED
                || f.rule() == RuleCode.FIELD_REQUIRED || f.rule() == RuleCode.FIELD_INVALID).toList();
    }

    /** Expands {@code @X<n>} to the character X repeated n times (long values in CSV rows). */
    private static String expand(String record) {
        int at = record.indexOf('@');
        if (at < 0) {
            return record;
        }
        int end = at + 2;
        while (end < record.length() && Character.isDigit(record.charAt(end))) {
            end++;
        }
        String run = String.valueOf(record.charAt(at + 1)).repeat(Integer.parseInt(record.substring(at + 2, end)));
        return record.substring(0, at) + run + expand(record.substring(end));
    }

    private static String with(String record, String field, String json) {
        return record.substring(0, record.length() - 1) + ",\"" + field + "\":" + json + "}";
    }

    // -----------------------------------------------------------------------------------------
    // Malformed JSON

    @Test
    void truncatedDocument_isMalformedAtTheLastValue() {
        Report r = validate("{\"schema\":\"renfang/registration@1\",\"persons\":[{\"id\":");
        assertThat(shape(r)).extracting(Finding::rule, Finding::path, Finding::params).containsExactly(
                tuple(RuleCode.JSON_MALFORMED, "/persons/0/id", Map.of("reason", "unexpected end of input")));
        assertThat(r.isValid()).isFalse();
    }

    @Test
    void notJson_isMalformedAtTheRoot_andSchemaIsMissing() {
        Report r = validate("hello");
        assertThat(shape(r)).extracting(Finding::rule, Finding::path).containsExactly(
                tuple(RuleCode.JSON_MALFORMED, ""), tuple(RuleCode.FIELD_REQUIRED, "/schema"));
    }

    @Test
    void notAnObject_emptyDocument_trailingContent_areMalformed() {
        assertThat(shape(validate("[]"))).extracting(Finding::rule, Finding::path, Finding::params)
                .contains(tuple(RuleCode.JSON_MALFORMED, "", Map.of("reason", "expected a JSON object")));
        assertThat(shape(validate(""))).extracting(Finding::rule, Finding::params)
                .contains(tuple(RuleCode.JSON_MALFORMED, Map.of("reason", "empty document")));
        assertThat(shape(validate("{\"schema\":\"renfang/registration@1\"} {}"))).extracting(Finding::rule,
                Finding::path).containsExactly(tuple(RuleCode.JSON_MALFORMED, ""));
    }

    @Test
    void badTokenInsideANestedObject_isMalformedAtThatValue_once() {
        Report r = validate(doc("persons", "{\"id\":\"P1\",\"name\":\"n\",\"documents\":[{\"type\":PASS}]}"));
        assertThat(shape(r)).extracting(Finding::rule, Finding::path).containsExactly(
                tuple(RuleCode.JSON_MALFORMED, "/persons/0/documents/0/type"));
    }

    @Test
    void payloadOverOneMebibyte_isMalformed_atTheLimitItPasses() {
        String head = "{\"schema\":\"renfang/registration@1\",\"persons\":[]";
        String atLimit = head + " ".repeat(RenfangJson.MAX_PAYLOAD_BYTES - head.length() - 1) + "}";
        assertThat(shape(validate(atLimit))).isEmpty();
        String over = head + " ".repeat(RenfangJson.MAX_PAYLOAD_BYTES - head.length()) + "}";
        assertThat(shape(validate(over))).extracting(Finding::rule, Finding::path)
                .containsExactly(tuple(RuleCode.JSON_MALFORMED, ""));
    }

    // -----------------------------------------------------------------------------------------
    // Duplicate keys

    @Test
    void duplicateKeyInARecord_isMalformedAtTheKey() {
        Report r = validate(doc("persons", "{\"id\":\"P1\",\"name\":\"n\",\"name\":\"m\",\"documents\":[]}"));
        assertThat(shape(r)).extracting(Finding::rule, Finding::path, Finding::params).containsExactly(
                tuple(RuleCode.JSON_MALFORMED, "/persons/0/name", Map.of("reason", "duplicate field")));
    }

    @Test
    void duplicateKeyInANestedObject_isOneMalformedFindingAtTheKey() {
        Report r = validate(doc("persons",
                "{\"id\":\"P1\",\"name\":\"n\",\"documents\":[{\"type\":\"PASSPORT\",\"type\":\"OTHER\",\"number\":\"X1\"}]}"));
        assertThat(shape(r)).extracting(Finding::rule, Finding::path, Finding::params).containsExactly(
                tuple(RuleCode.JSON_MALFORMED, "/persons/0/documents/0/type", Map.of("reason", "duplicate field")));
    }

    @Test
    void duplicateCollection_isMalformed() {
        Report r = validate("{\"schema\":\"renfang/registration@1\",\"persons\":[],\"persons\":[]}");
        assertThat(shape(r)).extracting(Finding::rule, Finding::path).containsExactly(
                tuple(RuleCode.JSON_MALFORMED, "/persons"));
    }

    // -----------------------------------------------------------------------------------------
    // Wrong types, unknown enum values, unknown fields, nulls

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "number for string|persons|{\"id\":\"P1\",\"name\":5,\"documents\":[]}|/persons/0/name|name",
        "object for string|persons|{\"id\":\"P1\",\"name\":{},\"documents\":[]}|/persons/0/name|name",
        "object for array|persons|{\"id\":\"P1\",\"name\":\"n\",\"documents\":{}}|/persons/0/documents|documents",
        "number for id|persons|{\"id\":1,\"name\":\"n\",\"documents\":[]}|/persons/0/id|id",
        "string for boolean|premises|{\"id\":\"H1\",\"address\":{\"division\":\"650203\",\"line\":\"x\"},\"kind\":\"APARTMENT\",\"use\":\"RESIDENTIAL\",\"inResidentialCompound\":\"yes\"}|/premises/0/inResidentialCompound|inResidentialCompound",
        "text for area|premises|{\"id\":\"H1\",\"address\":{\"division\":\"650203\",\"line\":\"x\"},\"kind\":\"APARTMENT\",\"use\":\"RESIDENTIAL\",\"floorArea\":\"big\"}|/premises/0/floorArea|floorArea",
        "fraction for count|visits|{\"id\":\"V1\",\"premises\":\"H1\",\"agency\":\"O1\",\"at\":\"2026-04-01T10:00:00+08:00\",\"purpose\":\"OTHER\",\"observedOccupants\":1.5}|/visits/0/observedOccupants|observedOccupants",
        "count out of range|visits|{\"id\":\"V1\",\"premises\":\"H1\",\"agency\":\"O1\",\"at\":\"2026-04-01T10:00:00+08:00\",\"purpose\":\"OTHER\",\"observedOccupants\":99999999999}|/visits/0/observedOccupants|observedOccupants",
        "instant without offset|visits|{\"id\":\"V1\",\"premises\":\"H1\",\"agency\":\"O1\",\"at\":\"2026-04-01T10:00:00\",\"purpose\":\"OTHER\"}|/visits/0/at|at",
        "impossible date|persons|{\"id\":\"P1\",\"name\":\"n\",\"documents\":[],\"birthDate\":\"2026-02-30\"}|/persons/0/birthDate|birthDate",
        "year out of range|persons|{\"id\":\"P1\",\"name\":\"n\",\"documents\":[],\"birthDate\":\"1799-12-31\"}|/persons/0/birthDate|birthDate",
        "number in id list|leases|{\"id\":\"L1\",\"premises\":\"H1\",\"lessor\":{\"person\":\"P1\"},\"lessees\":[\"P1\",3],\"start\":\"2026-01-01\",\"end\":\"2026-12-31\"}|/leases/0/lessees/1|lessees[1]",
        "blank id in list|leases|{\"id\":\"L1\",\"premises\":\"H1\",\"lessor\":{\"person\":\"P1\"},\"lessees\":[\"\"],\"start\":\"2026-01-01\",\"end\":\"2026-12-31\"}|/leases/0/lessees/0|lessees[0]",
        "id too long|persons|{\"id\":\"@P65\",\"name\":\"n\",\"documents\":[]}|/persons/0/id|id",
        "unknown enum|persons|{\"id\":\"P1\",\"name\":\"n\",\"documents\":[],\"sex\":\"X\"}|/persons/0/sex|sex",
        "number for enum|persons|{\"id\":\"P1\",\"name\":\"n\",\"documents\":[],\"sex\":1}|/persons/0/sex|sex",
        "unknown enum in set|organizations|{\"id\":\"O1\",\"name\":\"n\",\"kinds\":[\"EMPLOYER\",\"BANK\"]}|/organizations/0/kinds/1|kinds[1]",
        "unknown nested enum|persons|{\"id\":\"P1\",\"name\":\"n\",\"documents\":[{\"type\":\"ID\",\"number\":\"1\"}]}|/persons/0/documents/0/type|type",
        "unknown basis type|residences|{\"id\":\"R1\",\"person\":\"P1\",\"premises\":\"H1\",\"basis\":{\"type\":\"FRIEND\"},\"movedIn\":\"2026-03-01\",\"registeredOn\":\"2026-03-02\"}|/residences/0/basis/type|type",
        "unknown field|persons|{\"id\":\"P1\",\"name\":\"n\",\"documents\":[],\"nickname\":\"x\"}|/persons/0/nickname|nickname",
        "unknown nested field|persons|{\"id\":\"P1\",\"name\":\"n\",\"documents\":[{\"type\":\"PASSPORT\",\"number\":\"X1234\",\"score\":1}]}|/persons/0/documents/0/score|score",
        "unknown field with slash|persons|{\"id\":\"P1\",\"name\":\"n\",\"documents\":[],\"a/b~c\":1}|/persons/0/a~1b~0c|a/b~c",
        "null in documents|persons|{\"id\":\"P1\",\"name\":\"n\",\"documents\":[null]}|/persons/0/documents/0|documents[0]",
        "null in lessees|leases|{\"id\":\"L1\",\"premises\":\"H1\",\"lessor\":{\"person\":\"P1\"},\"lessees\":[\"P1\",null],\"start\":\"2026-01-01\",\"end\":\"2026-12-31\"}|/leases/0/lessees/1|lessees[1]",
        "null in kinds|organizations|{\"id\":\"O1\",\"name\":\"n\",\"kinds\":[null]}|/organizations/0/kinds/0|kinds[0]",
        "null record|persons|null|/persons/0|persons[0]",
        "string record|persons|\"P1\"|/persons/0|persons[0]",
        "field not allowed for basis|residences|{\"id\":\"R1\",\"person\":\"P1\",\"premises\":\"H1\",\"basis\":{\"type\":\"OWNER\",\"lease\":\"L1\"},\"movedIn\":\"2026-03-01\",\"registeredOn\":\"2026-03-02\"}|/residences/0/basis/lease|lease",
        "party with both|leases|{\"id\":\"L1\",\"premises\":\"H1\",\"lessor\":{\"person\":\"P1\",\"organization\":\"O1\"},\"lessees\":[\"P1\"],\"start\":\"2026-01-01\",\"end\":\"2026-12-31\"}|/leases/0/lessor/organization|organization",
        "room id repeated|premises|{\"id\":\"H1\",\"address\":{\"division\":\"650203\",\"line\":\"x\"},\"kind\":\"APARTMENT\",\"use\":\"RESIDENTIAL\",\"rooms\":[{\"id\":\"A\",\"kind\":\"BEDROOM\"},{\"id\":\"A\",\"kind\":\"BEDROOM\"}]}|/premises/0/rooms|rooms",
    })
    void badValue_isFieldInvalidAtItsPointer(String name, String collection, String record, String pointer,
            String field) {
        Report r = validate(doc(collection, expand(record)));
        assertThat(shape(r)).extracting(Finding::rule, Finding::path, f -> f.params().get("field"), Finding::subjects)
                .containsExactly(tuple(RuleCode.FIELD_INVALID, pointer, field, List.of()));
        assertThat(r.isValid()).isFalse();
    }

    @Test
    void unknownTopLevelField_andNonArrayCollection_areFieldInvalid() {
        assertThat(shape(validate("{\"schema\":\"renfang/registration@1\",\"households\":[]}")))
                .extracting(Finding::rule, Finding::path, Finding::params).containsExactly(
                        tuple(RuleCode.FIELD_INVALID, "/households", Map.of("field", "households", "reason", "unknown field")));
        assertThat(shape(validate("{\"schema\":\"renfang/registration@1\",\"persons\":{}}")))
                .extracting(Finding::rule, Finding::path).containsExactly(tuple(RuleCode.FIELD_INVALID, "/persons"));
        assertThat(shape(validate("{\"schema\":\"renfang/other@1\"}")))
                .extracting(Finding::rule, Finding::path).containsExactly(tuple(RuleCode.FIELD_INVALID, "/schema"));
    }

    @Test
    void nullCollection_countsAsAbsent() {
        assertThat(validate("{\"schema\":\"renfang/registration@1\",\"persons\":null}").findings()).isEmpty();
    }

    // -----------------------------------------------------------------------------------------
    // Missing required fields

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "person name|persons|{\"id\":\"P1\",\"documents\":[]}|/persons/0/name",
        "person id|persons|{\"name\":\"n\",\"documents\":[]}|/persons/0/id",
        "null required|persons|{\"id\":\"P1\",\"name\":null,\"documents\":[]}|/persons/0/name",
        "document number|persons|{\"id\":\"P1\",\"name\":\"n\",\"documents\":[{\"type\":\"PASSPORT\"}]}|/persons/0/documents/0/number",
        "address line|premises|{\"id\":\"H1\",\"address\":{\"division\":\"650203\"},\"kind\":\"APARTMENT\",\"use\":\"RESIDENTIAL\"}|/premises/0/address/line",
        "room kind|premises|{\"id\":\"H1\",\"address\":{\"division\":\"650203\",\"line\":\"x\"},\"kind\":\"APARTMENT\",\"use\":\"RESIDENTIAL\",\"rooms\":[{\"id\":\"A\"}]}|/premises/0/rooms/0/kind",
        "basis lease|residences|{\"id\":\"R1\",\"person\":\"P1\",\"premises\":\"H1\",\"basis\":{\"type\":\"LEASE\"},\"movedIn\":\"2026-03-01\",\"registeredOn\":\"2026-03-02\"}|/residences/0/basis/lease",
        "basis employer|residences|{\"id\":\"R1\",\"person\":\"P1\",\"premises\":\"H1\",\"basis\":{\"type\":\"EMPLOYER_DORMITORY\"},\"movedIn\":\"2026-03-01\",\"registeredOn\":\"2026-03-02\"}|/residences/0/basis/employer",
        "filing filedOn|leases|{\"id\":\"L1\",\"premises\":\"H1\",\"lessor\":{\"person\":\"P1\"},\"lessees\":[\"P1\"],\"start\":\"2026-01-01\",\"end\":\"2026-12-31\",\"filing\":{\"number\":\"F1\"}}|/leases/0/filing/filedOn",
        "visit at|visits|{\"id\":\"V1\",\"premises\":\"H1\",\"agency\":\"O1\",\"purpose\":\"OTHER\"}|/visits/0/at",
    })
    void missingField_isFieldRequiredAtItsPointer(String name, String collection, String record, String pointer) {
        Report r = validate(doc(collection, record));
        assertThat(shape(r)).extracting(Finding::rule, Finding::path, Finding::subjects).containsExactly(
                tuple(RuleCode.FIELD_REQUIRED, pointer, List.of()));
    }

    @Test
    void severalMissingFields_areEachReported() {
        Report r = validate(doc("leases", "{\"id\":\"L1\",\"lessees\":[\"P1\"]}"));
        assertThat(shape(r)).extracting(Finding::rule, Finding::path, Finding::params).containsExactly(
                tuple(RuleCode.FIELD_REQUIRED, "/leases/0/end", Map.of("field", "end", "reason", "required field is missing")),
                tuple(RuleCode.FIELD_REQUIRED, "/leases/0/lessor", Map.of("field", "lessor", "reason", "required field is missing")),
                tuple(RuleCode.FIELD_REQUIRED, "/leases/0/premises", Map.of("field", "premises", "reason", "required field is missing")),
                tuple(RuleCode.FIELD_REQUIRED, "/leases/0/start", Map.of("field", "start", "reason", "required field is missing")));
    }

    @Test
    void missingSchema_isRequired() {
        assertThat(shape(validate("{\"persons\":[]}"))).extracting(Finding::rule, Finding::path)
                .containsExactly(tuple(RuleCode.FIELD_REQUIRED, "/schema"));
    }

    @Test
    void badRecord_isLeftOut_laterRecordsKeepTheirSourcePointers() {
        Report r = validate(doc("persons", "{\"id\":\"P1\"}", PERSON.replace("P1", "P2"),
                "{\"id\":\"P3\",\"name\":\"" + "Z".repeat(200) + "\",\"documents\":[]}"));
        assertThat(shape(r)).extracting(Finding::rule, Finding::path).containsExactly(
                tuple(RuleCode.FIELD_REQUIRED, "/persons/0/name"),
                tuple(RuleCode.FIELD_INVALID, "/persons/2/name"));
    }

    // -----------------------------------------------------------------------------------------
    // Field constraints of the model (Hibernate Validator)

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "name of 200 characters;persons;{\"id\":\"P1\",\"name\":\"@N200\",\"documents\":[]};/persons/0/name;size must be between 0 and 128",
        "blank name;persons;{\"id\":\"P1\",\"name\":\"  \",\"documents\":[]};/persons/0/name;must not be blank",
        "lower-case nationality;persons;{\"id\":\"P1\",\"name\":\"n\",\"documents\":[],\"nationality\":\"chn\"};/persons/0/nationality;must match \"[A-Z]{3}\"",
        "phone with letters;persons;{\"id\":\"P1\",\"name\":\"n\",\"documents\":[],\"phone\":\"call me\"};/persons/0/phone;must match \"\\+?[0-9 ()-]{3,32}\"",
        "blank document number;persons;{\"id\":\"P1\",\"name\":\"n\",\"documents\":[{\"type\":\"OTHER\",\"number\":\" \"}]};/persons/0/documents/0/number;must not be blank",
        "document country;persons;{\"id\":\"P1\",\"name\":\"n\",\"documents\":[{\"type\":\"PASSPORT\",\"number\":\"E12345678\",\"country\":\"de\"}]};/persons/0/documents/0/country;must match \"[A-Z]{3}\"",
        "household registration division;persons;{\"id\":\"P1\",\"name\":\"n\",\"documents\":[],\"householdRegistration\":{\"division\":\"65\",\"line\":\"x\"}};/persons/0/householdRegistration/division;must match \"\\d{6}|\\d{8}|\\d{9}|\\d{12}\"",
        "household registration not GB/T 2260;persons;{\"id\":\"P1\",\"name\":\"n\",\"documents\":[],\"householdRegistration\":{\"division\":\"11000000\",\"line\":\"x\"}};/persons/0/householdRegistration/division;not a GB/T 2260 division code",
        "premises division of no province;premises;{\"id\":\"H1\",\"address\":{\"division\":\"990203\",\"line\":\"x\"},\"kind\":\"APARTMENT\",\"use\":\"RESIDENTIAL\"};/premises/0/address/division;not a GB/T 2260 division code",
        "organization name blank;organizations;{\"id\":\"O1\",\"name\":\"\",\"kinds\":[]};/organizations/0/name;must not be blank",
        "premises division;premises;{\"id\":\"H1\",\"address\":{\"division\":\"1234567\",\"line\":\"x\"},\"kind\":\"APARTMENT\",\"use\":\"RESIDENTIAL\"};/premises/0/address/division;must match \"\\d{6}|\\d{8}|\\d{9}|\\d{12}\"",
        "floor area zero;premises;{\"id\":\"H1\",\"address\":{\"division\":\"650203\",\"line\":\"x\"},\"kind\":\"APARTMENT\",\"use\":\"RESIDENTIAL\",\"floorArea\":0};/premises/0/floorArea;must be greater than 0",
        "floor area huge;premises;{\"id\":\"H1\",\"address\":{\"division\":\"650203\",\"line\":\"x\"},\"kind\":\"APARTMENT\",\"use\":\"RESIDENTIAL\",\"floorArea\":1e9};/premises/0/floorArea;must be less than or equal to 1000000",
        "room area negative;premises;{\"id\":\"H1\",\"address\":{\"division\":\"650203\",\"line\":\"x\"},\"kind\":\"APARTMENT\",\"use\":\"RESIDENTIAL\",\"rooms\":[{\"id\":\"A\",\"kind\":\"BEDROOM\",\"area\":-1}]};/premises/0/rooms/0/area;must be greater than 0",
        "observed negative;visits;{\"id\":\"V1\",\"premises\":\"H1\",\"agency\":\"O1\",\"at\":\"2026-04-01T10:00:00+08:00\",\"purpose\":\"OTHER\",\"observedOccupants\":-1};/visits/0/observedOccupants;must be greater than or equal to 0",
        "inspector too long;visits;{\"id\":\"V1\",\"premises\":\"H1\",\"agency\":\"O1\",\"at\":\"2026-04-01T10:00:00+08:00\",\"purpose\":\"OTHER\",\"inspector\":\"@A33\"};/visits/0/inspector;size must be between 0 and 32",
    })
    void constraintViolation_isFieldInvalidAtTheField(String name, String collection, String record,
            String pointer, String reason) {
        Report r = validate(doc(collection, expand(record)));
        assertThat(shape(r)).extracting(Finding::rule, Finding::path, Finding::params, Finding::subjects)
                .containsExactly(tuple(RuleCode.FIELD_INVALID, pointer,
                        Map.of("field", pointer.substring(pointer.lastIndexOf('/') + 1), "reason", reason), List.of()));
    }

    @Test
    void constraintReasons_neverEchoTheValue() {
        String name = "Zhang" + "x".repeat(200);
        Report r = validate(doc("persons", "{\"id\":\"P1\",\"name\":\"" + name + "\",\"documents\":[]}"));
        assertThat(r.findings()).hasSize(1);
        assertThat(r.toJson(Locale.ENGLISH)).doesNotContain("Zhang");
        assertThat(r.toJson(Locale.SIMPLIFIED_CHINESE)).doesNotContain("Zhang");
    }

    @Test
    void labelOver1024Characters_isFieldInvalid_andAMalformedLabel() {
        Report r = validate(doc("visits", with(VISIT, "label", "\"RF1:" + "0".repeat(1021) + "\"")));
        assertThat(r.findings()).extracting(Finding::rule, Finding::path).contains(
                tuple(RuleCode.FIELD_INVALID, "/visits/0/label"), tuple(RuleCode.VISIT_LABEL_INVALID, "/visits/0"));
    }

    @Test
    void twoViolationsOfOneRecord_areBothReported() {
        Report r = validate(doc("persons", "{\"id\":\"P1\",\"name\":\" \",\"documents\":[],\"nationality\":\"x\"}"));
        assertThat(shape(r)).extracting(Finding::path).containsExactly("/persons/0/name", "/persons/0/nationality");
    }

    @Test
    void constraintReasons_areTheSameUnderAnotherDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
            Report r = validate(doc("persons", "{\"id\":\"P1\",\"name\":\" \",\"documents\":[]}"));
            assertThat(shape(r)).extracting(f -> f.params().get("reason")).containsExactly("must not be blank");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void cleanRecords_haveNoShapeFindings() {
        String json = "{\"schema\":\"renfang/registration@1\",\"persons\":[" + PERSON + "],\"premises\":[" + PREMISES
                + "],\"leases\":[" + LEASE + "]}";
        assertThat(shape(validate(json))).isEmpty();
    }

    @Test
    void fieldConstraintsOff_reportsNoConstraintViolation_butShapeStill() {
        Validator v = Validator.builder().profile("CN").fieldConstraints(false).build();
        Report r = v.validate(doc("persons", "{\"id\":\"P1\",\"name\":\" \",\"documents\":[]}", "{\"id\":\"P2\"}")
                .getBytes(StandardCharsets.UTF_8), RegistryView.empty(), AS_OF);
        assertThat(shape(r)).extracting(Finding::rule, Finding::path).containsExactly(
                tuple(RuleCode.FIELD_REQUIRED, "/persons/1/name"));
    }

    // -----------------------------------------------------------------------------------------
    // Severity, registries

    @Test
    void shapeSeverity_followsTheProfile() {
        org.renfang.validation.profile.Profile p = Profiles.read(new ByteArrayInputStream(
                "{\"code\":\"X\",\"parent\":\"CN\",\"severities\":{\"FIELD_INVALID\":\"WARNING\",\"FIELD_REQUIRED\":\"OFF\"}}"
                        .getBytes(StandardCharsets.UTF_8)));
        Report r = Validator.of(p).validate(doc("persons", "{\"id\":\"P1\",\"name\":\" \",\"documents\":[]}",
                "{\"id\":\"P2\"}").getBytes(StandardCharsets.UTF_8), RegistryView.empty(), AS_OF);
        assertThat(r.findings()).extracting(Finding::rule, Finding::severity).containsExactly(
                tuple(RuleCode.FIELD_INVALID, Severity.WARNING));
        assertThat(r.isValid()).isTrue();
    }

    @Test
    void wholeRegistryCheck_reportsTheSameFindingsAtSourcePointers() {
        String json = "{\"schema\":\"renfang/registry@1\",\"persons\":[{\"id\":\"P0\"}," + PERSON + ","
                + "{\"id\":\"P2\",\"name\":\"n\",\"documents\":[],\"nationality\":\"de\"}]}";
        Registry registry = Registry.of(RegistryReader.readRegistry(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))));
        Report r = Validator.of(Profiles.load("CN")).check(registry, AS_OF);
        assertThat(shape(r)).extracting(Finding::rule, Finding::path).containsExactly(
                tuple(RuleCode.FIELD_REQUIRED, "/persons/0/name"),
                tuple(RuleCode.FIELD_INVALID, "/persons/2/nationality"));
    }

    @Test
    void repeatedIdInPayload_isFieldInvalidAtTheId() {
        Report r = validate(doc("persons", PERSON, PERSON));
        assertThat(shape(r)).extracting(Finding::rule, Finding::path).containsExactly(
                tuple(RuleCode.FIELD_INVALID, "/persons/1/id"));
    }
}
