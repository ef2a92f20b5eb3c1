package org.renfang.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.renfang.validation.Fixtures.AS_OF;
import static org.renfang.validation.Fixtures.apartment;
import static org.renfang.validation.Fixtures.d;
import static org.renfang.validation.Fixtures.foreigner;
import static org.renfang.validation.Fixtures.lease;
import static org.renfang.validation.Fixtures.org;
import static org.renfang.validation.Fixtures.person;
import static org.renfang.validation.Fixtures.registry;
import static org.renfang.validation.Fixtures.residence;
import static org.renfang.validation.Fixtures.room;
import static org.renfang.validation.Fixtures.visit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.renfang.model.Basis;
import org.renfang.model.ImmutableFiling;
import org.renfang.model.ImmutableRegistryDocument;
import org.renfang.model.LeaseId;
import org.renfang.model.OrganizationId;
import org.renfang.model.OrganizationKind;
import org.renfang.model.PremisesFlag;
import org.renfang.model.PremisesId;
import org.renfang.model.PremisesUse;
import org.renfang.model.RegistryDocument;
import org.renfang.model.RoomId;
import org.renfang.model.RoomKind;
import org.renfang.registry.Registry;
import org.renfang.registry.RegistryView;
import org.renfang.validation.finding.Finding;
import org.renfang.validation.finding.RuleCode;
import org.renfang.validation.finding.Severity;
import org.renfang.validation.profile.Profiles;

class ReportTest {

    private static Finding finding(RuleCode rule, Severity severity, String path, String... subjects) {
        return new Finding(rule, severity, path, List.of(subjects), Map.of());
    }

    private static Finding finding(RuleCode rule, String path) {
        return finding(rule, rule.defaultSeverity(), path);
    }

    // -----------------------------------------------------------------------------------------
    // Order

    @Test
    void findings_areOrderedByPath_numericSegmentsByValue_thenByRule() {
        List<Finding> in = List.of(
                finding(RuleCode.LEASE_OVERLAP, "/leases/10"),
                finding(RuleCode.VISIT_REDUNDANT, "/visits/0"),
                finding(RuleCode.LEASE_OVERLAP, "/leases/2"),
                finding(RuleCode.LEASE_FILING_LATE, "/leases/2"),
                finding(RuleCode.REFERENCE_UNKNOWN, "/leases/2/lessees/11"),
                finding(RuleCode.REFERENCE_UNKNOWN, "/leases/2/lessees/3"),
                finding(RuleCode.JSON_MALFORMED, ""),
                finding(RuleCode.FIELD_INVALID, "/leases/2/end"),
                finding(RuleCode.ID_NUMBER_INVALID, "/persons/100/documents/0"),
                finding(RuleCode.ID_NUMBER_INVALID, "/persons/99/documents/0"));
        Report r = new Report("CN", AS_OF, in);
        assertThat(r.findings()).extracting(f -> f.path() + " " + f.rule()).containsExactly(
                " JSON_MALFORMED",
                "/leases/2 LEASE_OVERLAP",
                "/leases/2 LEASE_FILING_LATE",
                "/leases/2/end FIELD_INVALID",
                "/leases/2/lessees/3 REFERENCE_UNKNOWN",
                "/leases/2/lessees/11 REFERENCE_UNKNOWN",
                "/leases/10 LEASE_OVERLAP",
                "/persons/99/documents/0 ID_NUMBER_INVALID",
                "/persons/100/documents/0 ID_NUMBER_INVALID",
                "/visits/0 VISIT_REDUNDANT");
    }

    @Test
    void comparePointers_numericSegmentsByValue() {
        assertThat(Report.comparePointers("/leases/2", "/leases/10")).isNegative();
        assertThat(Report.comparePointers("/leases/10", "/leases/2")).isPositive();
        assertThat(Report.comparePointers("/leases/2", "/leases/2")).isZero();
        assertThat(Report.comparePointers("", "/a")).isNegative();
        assertThat(Report.comparePointers("/leases/2", "/leases/2/rooms/0")).isNegative();
        assertThat(Report.comparePointers("/leases/9/x", "/leases/10")).isNegative();
        assertThat(Report.comparePointers("/leases", "/persons")).isNegative();
    }

    @Test
    void sameOrderWhateverTheInputOrder_andExactDuplicatesRemoved() {
        List<Finding> in = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            in.add(new Finding(RuleCode.VISIT_REDUNDANT, Severity.INFO, "/visits/" + (i % 7),
                    List.of("visit:V" + i), Map.of("visit", "V" + i)));
        }
        in.add(in.get(3));
        List<Finding> shuffled = new ArrayList<>(in);
        Collections.shuffle(shuffled, new Random(7));
        Report a = new Report("CN", AS_OF, in);
        Report b = new Report("CN", AS_OF, shuffled);
        assertThat(a.findings()).hasSize(30).isEqualTo(b.findings());
        assertThat(a.toJson(Locale.ENGLISH)).isEqualTo(b.toJson(Locale.ENGLISH));
    }

    // -----------------------------------------------------------------------------------------
    // Validity and counts

    @Test
    void valid_iffNoError_countsEverySeverity() {
        Report empty = new Report("CN", AS_OF, List.of());
        assertThat(empty.isValid()).isTrue();
        assertThat(empty.counts()).containsExactly(Map.entry(Severity.ERROR, 0), Map.entry(Severity.WARNING, 0),
                Map.entry(Severity.INFO, 0));

        Report warnings = new Report("CN", AS_OF, List.of(finding(RuleCode.LEASE_FILING_LATE, "/leases/0"),
                finding(RuleCode.LEASE_FILING_LATE, "/leases/1"), finding(RuleCode.VISIT_REDUNDANT, "/visits/0")));
        assertThat(warnings.isValid()).isTrue();
        assertThat(warnings.counts()).containsEntry(Severity.ERROR, 0).containsEntry(Severity.WARNING, 2)
                .containsEntry(Severity.INFO, 1);

        Report error = new Report("CN", AS_OF, List.of(finding(RuleCode.LEASE_FILING_LATE, "/leases/0"),
                finding(RuleCode.LEASE_FILING_LATE, Severity.ERROR, "/leases/1")));
        assertThat(error.isValid()).isFalse();
        assertThat(error.counts()).containsEntry(Severity.ERROR, 1).containsEntry(Severity.WARNING, 1);
        assertThat(error.findings(RuleCode.LEASE_FILING_LATE)).hasSize(2);
        assertThat(error.findings(RuleCode.LEASE_OVERLAP)).isEmpty();
    }

    // -----------------------------------------------------------------------------------------
    // JSON

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void toJson_hasTheDesignShape() throws IOException {
        Map<String, String> overlap = new LinkedHashMap<>();
        overlap.put("lease", "L2");
        overlap.put("other", "L1");
        overlap.put("premises", "H1");
        overlap.put("from", "2026-05-01");
        overlap.put("to", "2026-06-30");
        Finding f1 = new Finding(RuleCode.LEASE_OVERLAP, Severity.ERROR, "/leases/1",
                List.of("lease:L2", "lease:L1", "premises:H1"), overlap);
        Finding f2 = new Finding(RuleCode.VISIT_REDUNDANT, Severity.INFO, "/visits/0",
                List.of("visit:V2", "visit:V1", "premises:H1"),
                Map.of("visit", "V2", "other", "V1", "premises", "H1", "days", "30"));
        Report r = new Report("CN-31", LocalDate.of(2026, 11, 26), List.of(f2, f1));

        String text = r.toJson(Locale.ENGLISH);
        Map<Finding, String> responsible = Map.of(f1, "RECORDER", f2, "AGENCY");
        ObjectNode expected = JSON.createObjectNode();
        expected.put("schema", "renfang/report@1").put("profile", "CN-31").put("asOf", "2026-11-26")
                .put("valid", false);
        expected.putObject("counts").put("ERROR", 1).put("WARNING", 0).put("INFO", 1);
        ArrayNode findings = expected.putArray("findings");
        for (Finding f : List.of(f1, f2)) {
            ObjectNode o = findings.addObject();
            o.put("rule", f.rule().name()).put("severity", f.severity().name())
                    .put("category", f.category().name()).put("path", f.path());
            ArrayNode s = o.putArray("subjects");
            f.subjects().forEach(s::add);
            o.putObject("responsible").put("role", responsible.get(f));
            ObjectNode p = o.putObject("params");
            f.params().forEach(p::put);
            o.put("message", f.message(Locale.ENGLISH));
        }
        JsonNode actual = JSON.readTree(text);
        assertThat(actual).isEqualTo(expected);
        // field order is part of the contract: as in docs/wire-format.md
        assertThat(fieldNames(actual)).containsExactly("schema", "profile", "asOf", "valid", "counts", "findings");
        assertThat(fieldNames(actual.get("findings").get(0)))
                .containsExactly("rule", "severity", "category", "path", "subjects", "responsible", "params",
                        "message");
        assertThat(fieldNames(actual.get("findings").get(0).get("params")))
                .containsExactly("lease", "other", "premises", "from", "to");
        assertThat(actual.get("findings").get(0).get("message").asText()).contains("L2", "L1", "H1", "2026-05-01")
                .doesNotContain("{");
        assertThat(text).endsWith("}\n");
    }

    private static List<String> fieldNames(JsonNode n) {
        List<String> names = new ArrayList<>();
        n.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void toJson_isByteIdenticalAcrossRuns_andWriteJsonWritesTheSameBytes() {
        RegistryDocument doc = everything().build();
        Validator v = Validator.of(Profiles.load("CN-31"));
        Report a = v.check(Registry.of(doc), AS_OF);
        Report b = v.check(Registry.of(doc), AS_OF);
        assertThat(a.findings()).isNotEmpty();
        for (Locale l : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
            String ja = a.toJson(l);
            assertThat(ja).isEqualTo(b.toJson(l));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            a.writeJson(out, l);
            assertThat(out.toByteArray()).isEqualTo(ja.getBytes(StandardCharsets.UTF_8));
        }
        assertThat(a.toJson(Locale.ENGLISH)).isNotEqualTo(a.toJson(Locale.SIMPLIFIED_CHINESE));
    }

    // -----------------------------------------------------------------------------------------
    // Messages

    private static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = ReportTest.class.getResourceAsStream("/org/renfang/validation/" + name);
                Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }

    private static Set<String> placeholders(String template) {
        Set<String> names = new TreeSet<>();
        int i = template.indexOf('{');
        while (i >= 0) {
            int end = template.indexOf('}', i + 1);
            if (end < 0) {
                break;
            }
            String name = template.substring(i + 1, end);
            int q = name.indexOf('?');
            names.add(q < 0 ? name : name.substring(0, q));
            i = template.indexOf('{', end + 1);
        }
        return names;
    }

    @Test
    void bothBundles_haveATemplateForEveryRule() throws IOException {
        Set<String> codes = new TreeSet<>();
        for (RuleCode r : RuleCode.values()) {
            codes.add(r.name());
        }
        for (String name : List.of("messages.properties", "messages_zh_CN.properties")) {
            Properties p = bundle(name);
            assertThat(p.stringPropertyNames()).as(name).containsAll(codes);
            for (String code : codes) {
                assertThat(p.getProperty(code)).as(name + " " + code).isNotBlank();
            }
        }
    }

    @Test
    void bothLanguages_useTheSamePlaceholders() throws IOException {
        Properties en = bundle("messages.properties");
        Properties zh = bundle("messages_zh_CN.properties");
        for (RuleCode r : RuleCode.values()) {
            assertThat(placeholders(zh.getProperty(r.name()))).as(r.name())
                    .isEqualTo(placeholders(en.getProperty(r.name())));
        }
    }

    @Test
    void everyPlaceholder_isAParamTheRuleEmits() throws IOException {
        Map<RuleCode, Set<String>> emitted = new EnumMap<>(RuleCode.class);
        List<Report> reports = new ArrayList<>();
        reports.add(Validator.of(Profiles.load("CN-31")).check(Registry.of(everything().build()), AS_OF));
        reports.add(Validator.of(Profiles.load("DE")).check(Registry.of(everything().build()), AS_OF));
        reports.add(Validator.builder().profile("CN-31").build().validate(
                ("{\"schema\":\"renfang/registration@1\",\"persons\":[{\"id\":\"P1\"},"
                        + "{\"id\":\"P2\",\"name\":\" \",\"documents\":[]}],\"leases\":[{\"id\":")
                        .getBytes(StandardCharsets.UTF_8), RegistryView.empty(), AS_OF));
        for (Report rep : reports) {
            for (Finding f : rep.findings()) {
                emitted.computeIfAbsent(f.rule(), k -> new TreeSet<>()).addAll(f.params().keySet());
            }
        }
        assertThat(emitted.keySet()).as("rules the scenarios produce").containsExactlyInAnyOrder(RuleCode.values());
        Properties en = bundle("messages.properties");
        Properties zh = bundle("messages_zh_CN.properties");
        for (RuleCode r : RuleCode.values()) {
            assertThat(emitted.get(r)).as(r.name()).containsAll(placeholders(en.getProperty(r.name())))
                    .containsAll(placeholders(zh.getProperty(r.name())));
        }
        for (Report rep : reports) {
            for (Finding f : rep.findings()) {
                for (Locale l : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
                    String m = f.message(l);
                    assertThat(m).as(f.toString()).isNotBlank().doesNotContain("{").isNotEqualTo(f.rule().name());
                }
            }
        }
    }

    /**
     * A registry under which CN-31 produces every rule of the catalog but the three shape rules:
     * one or more deliberate violations per rule.
     */
    static ImmutableRegistryDocument.Builder everything() {
        ImmutableRegistryDocument.Builder b = registry();
        b.addPersons(person("P1").build(), person("P2").build(), person("P3").build(), foreigner("F1").build(),
                Fixtures.hmtResident("M1").build(), person("D1", "110105194912310021").build(),
                person("D2", Fixtures.RESIDENT_ID).birthDate(d("1950-01-01")).build(),
                person("D3", Fixtures.RESIDENT_ID).build());
        for (int i = 1; i <= 16; i++) {
            b.addPersons(person("T" + i).build());
        }
        String first17 = "91650203MA7XXK0L2";
        char wrong = org.renfang.id.CreditCodes.checkCharacter(first17) == '0' ? '1' : '0';
        b.addOrganizations(org("O1", OrganizationKind.EMPLOYER).creditCode(first17 + wrong).build(),
                org("O2", OrganizationKind.AGENCY).build(), org("O3", OrganizationKind.AGENCY).build(),
                org("O4", OrganizationKind.HOTEL_OPERATOR).build());
        // H1: crowded flat (area, per room, group rental), a dormitory in a compound
        b.addPremises(apartment("H1", "P1").dormitoryOf(OrganizationId.of("O1")).inResidentialCompound(true)
                .addRooms(room("H1-5", RoomKind.BEDROOM, "6").withPartitionedFrom(RoomId.of("H1-3"))).build());
        for (int i = 1; i <= 15; i++) {
            b.addResidences(residence("RT" + i, "T" + i, "H1", Basis.other(), "2026-01-01")
                    .room(RoomId.of(i <= 3 ? "H1-1" : "H1-2")).build());
        }
        // H5: crowded for two months only (a bounded run)
        b.addPremises(apartment("H5", "P1").build());
        for (int i = 1; i <= 9; i++) {
            b.addPersons(person("U" + i).build());
            b.addResidences(residence("RU" + i, "U" + i, "H5", Basis.other(), "2026-01-01")
                    .room(RoomId.of(i <= 3 ? "H5-1" : "H5-2")).movedOut(d("2026-03-01"))
                    .deregisteredOn(d("2026-03-02")).build());
        }
        // H2: non-residential, unsafe
        b.addPremises(apartment("H2", "P1").use(PremisesUse.NON_RESIDENTIAL).addFlags(PremisesFlag.UNSAFE).build());
        b.addResidences(residence("R20", "T16", "H2", Basis.owner(), "2026-02-01").build());
        // H3: leases
        b.addPremises(apartment("H3", "P1").build());
        b.addLeases(
                lease("L1", "H3", "P1", "P2", "2026-03-01", "2026-08-31").filing(Optional.empty()).build(),
                lease("L2", "H3", "P1", "P3", "2026-05-01", "2026-06-30")
                        .filing(ImmutableFiling.builder().filedOn(d("2026-06-30")).build()).build(),
                lease("L3", "H3", "P2", "P3", "2027-01-01", "2026-12-31").build(),
                lease("L4", "H3", "P1", "P3", "2030-01-01", "2052-12-31").build(),
                lease("L5", "H2", "P1", "P2", "2026-01-01", "2026-12-31").addLessees(org.renfang.model.Party.of(org.renfang.model.PersonId.of("X9")))
                        .build(),
                lease("L6", "H1", "P1", "P2", "2026-01-01", "2026-12-31").rooms(List.of(RoomId.of("H1-5"))).build(),
                // a sublease outliving its parent; an occupant of L5 living elsewhere (以房找人)
                lease("L7", "H3", "P2", "P3", "2026-04-01", "2026-12-31").parent(LeaseId.of("L1")).build());
        b.addLeases(lease("L8", "H2", "P1", "P2", "2026-01-01", "2026-12-31")
                .addOccupants(org.renfang.model.PersonId.of("T5")).build());
        // residences: basis missing, outlives basis, overlap, late, deregistration, foreigner, hotel, kitchen
        b.addResidences(
                residence("R1", "P3", "H3", Basis.lease(LeaseId.of("L1")), "2026-03-01")
                        .providerConfirmation(org.renfang.model.ProviderConfirmation.of(
                                org.renfang.model.Party.of(org.renfang.model.PersonId.of("P1")), d("2026-04-01")))
                        .build(),
                residence("R2", "P2", "H3", Basis.lease(LeaseId.of("L1")), "2026-03-01").build(),
                residence("R3", "P2", "H2", Basis.other(), "2026-04-01").registeredOn(d("2026-04-20")).build(),
                residence("R4", "P1", "H1", Basis.owner(), "2026-01-01").movedOut(d("2026-02-01")).build(),
                residence("R5", "F1", "H3", Basis.other(), "2026-05-01").registeredOn(d("2026-05-04")).build(),
                residence("R6", "P1", "H4", Basis.hotelStay(), "2026-06-01").registeredOn(d("2026-06-02")).build(),
                residence("R8", "M1", "H3", Basis.other(), "2026-05-01").registeredOn(d("2026-05-04")).build(),
                residence("R7", "P1", "H3", Basis.owner(), "2026-09-01").room(RoomId.of("H3-4"))
                        .movedOut(d("2026-09-05")).deregisteredOn(d("2026-09-05")).build());
        b.addPremises(apartment("H4", "O4").owner(org.renfang.model.Party.of(OrganizationId.of("O4")))
                .kind(org.renfang.model.PremisesKind.HOTEL).build());
        // visits: bad label, occupancy mismatch, redundant
        b.addVisits(visit("V1", "H1", "O2", "2026-04-01").label("XX").observedOccupants(3).build(),
                visit("V2", "H1", "O3", "2026-04-10").build());
        return b;
    }
}
