package org.renfang.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.renfang.validation.Fixtures.AS_OF;
import static org.renfang.validation.Fixtures.apartment;
import static org.renfang.validation.Fixtures.check;
import static org.renfang.validation.Fixtures.d;
import static org.renfang.validation.Fixtures.org;
import static org.renfang.validation.Fixtures.person;
import static org.renfang.validation.Fixtures.registry;
import static org.renfang.validation.Fixtures.residence;
import static org.renfang.validation.Fixtures.visit;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.renfang.label.LabelCheck;
import org.renfang.label.LabelCheckStatus;
import org.renfang.label.LabelVerifier;
import org.renfang.model.Basis;
import org.renfang.model.ImmutableRegistryDocument;
import org.renfang.model.ImmutableVisit;
import org.renfang.model.OrganizationKind;
import org.renfang.model.PremisesId;
import org.renfang.model.RegistryDocument;
import org.renfang.model.Visit;
import org.renfang.registry.Registry;
import org.renfang.validation.Report;
import org.renfang.validation.Validator;
import org.renfang.validation.finding.Finding;
import org.renfang.validation.finding.RuleCode;
import org.renfang.validation.finding.Severity;
import org.renfang.validation.profile.Profile;
import org.renfang.validation.profile.Profiles;

class VisitRulesTest {

    /** Persons P1 (owner), T1…T5, agencies O1 and O2, premises H1, and the given visits. */
    private static ImmutableRegistryDocument.Builder base(ImmutableVisit... visits) {
        ImmutableRegistryDocument.Builder b = registry().addPersons(person("P1").build());
        for (int i = 1; i <= 5; i++) {
            b.addPersons(person("T" + i).build());
        }
        return b.addOrganizations(org("O1", OrganizationKind.AGENCY).build(), org("O2", OrganizationKind.AGENCY).build())
                .addPremises(apartment("H1", "P1").build())
                .addVisits(visits);
    }

    /** Validates a payload of visits against a context under CN as of {@code AS_OF}. */
    private static Report validateVisits(Registry context, Visit... visits) {
        return Validator.of(Profiles.load("CN")).validate(RegistryDocument.registration().addVisits(visits).build(),
                context, AS_OF);
    }

    private static Report withVerifier(LabelVerifier verifier, RegistryDocument doc) {
        return Validator.builder().profile("CN").labelVerifier(verifier).build().check(Registry.of(doc), AS_OF);
    }

    // -----------------------------------------------------------------------------------------
    // VISIT_LABEL_INVALID without a verifier

    @ParameterizedTest
    @ValueSource(strings = {"RF1:", "RF1:00", "RF1:FGW", "RF1:%69 VD92EX0", "RF1:6BFOXN*TS0BI$ZDFRH", "RF1:U5"})
    void wellFormedLabel_withoutVerifier_passes(String label) {
        Report r = check("CN", base(visit("V1", "H1", "O1", "2026-04-01").label(label).build()).build());
        assertThat(r.findings()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "XX1:00|PREFIX",
        "rf1:00|PREFIX",
        "RF1|PREFIX",
        "RF1:0|BASE45",
        "RF1:0000|BASE45",
        "RF1:abc|BASE45",
        "RF1:00_|BASE45",
        "RF1:GGW|BASE45",
        "RF1:V7|BASE45",
        "RF1:00\u00e9|BASE45",
    })
    void malformedLabel_withoutVerifier_reportsStage(String label, String stage) {
        Report r = check("CN", base(visit("V1", "H1", "O1", "2026-04-01").label(label).build()).build());
        assertThat(r.findings(RuleCode.VISIT_LABEL_INVALID))
                .extracting(Finding::path, Finding::subjects, Finding::params, Finding::severity)
                .containsExactly(tuple("/visits/0", List.of("visit:V1", "premises:H1"),
                        Map.of("visit", "V1", "premises", "H1", "status", "MALFORMED", "stage", stage),
                        Severity.WARNING));
    }

    @Test
    void labelLength_1024Passes_1025IsMalformedAtPrefix() {
        String ok = "RF1:" + "0".repeat(1020);
        assertThat(check("CN", base(visit("V1", "H1", "O1", "2026-04-01").label(ok).build()).build()).findings())
                .isEmpty();
        String tooLong = "RF1:" + "0".repeat(1021);
        Report r = check("CN", base(visit("V1", "H1", "O1", "2026-04-01").label(tooLong).build()).build());
        assertThat(r.findings(RuleCode.VISIT_LABEL_INVALID)).extracting(f -> f.params().get("stage"))
                .containsExactly("PREFIX");
    }

    @Test
    void malformedStage_matchesTheReaderStages() {
        assertThat(VisitRules.malformedStage("RF1:")).isNull();
        assertThat(VisitRules.malformedStage("RF1:00")).isNull();
        assertThat(VisitRules.malformedStage("RF1:000")).isNull();
        assertThat(VisitRules.malformedStage("RF1:0")).isEqualTo("BASE45");
        assertThat(VisitRules.malformedStage("")).isEqualTo("PREFIX");
    }

    @Test
    void visitWithoutLabel_reportsNoLabelFinding() {
        Report r = withVerifier((t, p, at) -> new LabelCheck(LabelCheckStatus.BAD_SIGNATURE, null),
                base(visit("V1", "H1", "O1", "2026-04-01").build()).build());
        assertThat(r.findings()).isEmpty();
    }

    // -----------------------------------------------------------------------------------------
    // VISIT_LABEL_INVALID with a verifier

    @Test
    void verifier_getsLabelPremisesAndInstant_validPasses() {
        List<Object> seen = new ArrayList<>();
        LabelVerifier v = (text, premises, at) -> {
            seen.add(text);
            seen.add(premises);
            seen.add(at);
            return new LabelCheck(LabelCheckStatus.VALID, null);
        };
        Report r = withVerifier(v, base(visit("V1", "H1", "O1", "2026-04-01").label("anything").build()).build());
        assertThat(r.findings()).isEmpty();
        assertThat(seen).containsExactly("anything", PremisesId.of("H1"), Instant.parse("2026-04-01T02:00:00Z"));
    }

    @ParameterizedTest
    @EnumSource(value = LabelCheckStatus.class, names = {"VALID", "MALFORMED"}, mode = EnumSource.Mode.EXCLUDE)
    void verifier_notValid_reportsStatus_withoutStage(LabelCheckStatus status) {
        Report r = withVerifier((t, p, at) -> new LabelCheck(status, null),
                base(visit("V1", "H1", "O1", "2026-04-01").label("RF1:00").build()).build());
        assertThat(r.findings(RuleCode.VISIT_LABEL_INVALID)).extracting(Finding::params).containsExactly(
                Map.of("visit", "V1", "premises", "H1", "status", status.name()));
    }

    @Test
    void verifier_malformed_reportsItsStage() {
        Report r = withVerifier((t, p, at) -> new LabelCheck(LabelCheckStatus.MALFORMED, "COSE"),
                base(visit("V1", "H1", "O1", "2026-04-01").label("RF1:00").build()).build());
        assertThat(r.findings(RuleCode.VISIT_LABEL_INVALID)).extracting(Finding::params).containsExactly(
                Map.of("visit", "V1", "premises", "H1", "status", "MALFORMED", "stage", "COSE"));
    }

    @Test
    void verifier_decides_evenForTextWithoutPrefix() {
        Report r = withVerifier((t, p, at) -> new LabelCheck(LabelCheckStatus.VALID, null),
                base(visit("V1", "H1", "O1", "2026-04-01").label("not a label").build()).build());
        assertThat(r.findings()).isEmpty();
    }

    @Test
    void payload_labelOfNewVisit_isChecked_oldVisitIsNot() {
        Registry context = Registry.of(base(visit("V1", "H1", "O1", "2026-04-01").label("bad").build()).build());
        Report r = validateVisits(context, visit("V2", "H1", "O1", "2026-11-20").label("worse").build());
        assertThat(r.findings(RuleCode.VISIT_LABEL_INVALID)).extracting(Finding::path, Finding::subjects)
                .containsExactly(tuple("/visits/0", List.of("visit:V2", "premises:H1")));
    }

    // -----------------------------------------------------------------------------------------
    // VISIT_OCCUPANCY_MISMATCH

    private static ImmutableRegistryDocument.Builder twoResidents(ImmutableVisit visit) {
        return base(visit).addResidences(
                residence("R1", "T1", "H1", Basis.other(), "2026-03-01").build(),
                residence("R2", "T2", "H1", Basis.other(), "2026-03-01").build());
    }

    @Test
    void observedEqualsRegistered_passes() {
        Report r = check("CN", twoResidents(visit("V1", "H1", "O1", "2026-04-01").observedOccupants(2).build())
                .build());
        assertThat(r.findings()).isEmpty();
    }

    @Test
    void observedDiffers_reportsMismatchWithDay() {
        Report r = check("CN", twoResidents(visit("V1", "H1", "O1", "2026-04-01").observedOccupants(3).build())
                .build());
        assertThat(r.findings(RuleCode.VISIT_OCCUPANCY_MISMATCH))
                .extracting(Finding::path, Finding::subjects, Finding::params, Finding::severity)
                .containsExactly(tuple("/visits/0", List.of("visit:V1", "premises:H1"),
                        Map.of("visit", "V1", "premises", "H1", "observed", "3", "registered", "2",
                                "day", "2026-04-01"),
                        Severity.WARNING));
    }

    @Test
    void observedFewer_alsoReported() {
        Report r = check("CN", twoResidents(visit("V1", "H1", "O1", "2026-04-01").observedOccupants(0).build())
                .build());
        assertThat(r.findings(RuleCode.VISIT_OCCUPANCY_MISMATCH)).extracting(f -> f.params().get("registered"))
                .containsExactly("2");
    }

    @Test
    void noObservedCount_reportsNothing() {
        assertThat(check("CN", twoResidents(visit("V1", "H1", "O1", "2026-04-01").build()).build()).findings())
                .isEmpty();
    }

    @Test
    void negativeCount_isLeftToFieldInvalid() {
        Report r = check("CN", twoResidents(visit("V1", "H1", "O1", "2026-04-01").observedOccupants(-1).build())
                .build());
        assertThat(r.findings()).extracting(Finding::rule, Finding::path)
                .containsExactly(tuple(RuleCode.FIELD_INVALID, "/visits/0/observedOccupants"));
    }

    @Test
    void moveInOnVisitDay_counts_moveOutOnVisitDay_doesNot() {
        RegistryDocument doc = base(visit("V1", "H1", "O1", "2026-04-01").observedOccupants(1).build())
                .addResidences(residence("R1", "T1", "H1", Basis.other(), "2026-04-01").build(),
                        residence("R2", "T2", "H1", Basis.other(), "2026-03-01").movedOut(d("2026-04-01"))
                                .deregisteredOn(d("2026-04-02")).build(),
                        residence("R3", "T3", "H1", Basis.other(), "2026-04-02").build())
                .build();
        assertThat(check("CN", doc).findings()).isEmpty();
    }

    @Test
    void hotelGuests_areNeverCountedAsRegisteredOccupants() {
        RegistryDocument doc = twoResidents(visit("V1", "H1", "O1", "2026-04-01").observedOccupants(2).build())
                .addResidences(residence("R3", "T3", "H1", Basis.hotelStay(), "2026-03-31")
                        .registeredOn(d("2026-03-31")).build())
                .build();
        assertThat(check("CN", doc).findings(RuleCode.VISIT_OCCUPANCY_MISMATCH)).isEmpty();
        RegistryDocument three = twoResidents(visit("V1", "H1", "O1", "2026-04-01").observedOccupants(3).build())
                .addResidences(residence("R3", "T3", "H1", Basis.hotelStay(), "2026-03-31")
                        .registeredOn(d("2026-03-31")).build())
                .build();
        assertThat(check("CN", three).findings(RuleCode.VISIT_OCCUPANCY_MISMATCH)).singleElement()
                .satisfies(f -> assertThat(f.params()).containsEntry("registered", "2"));
    }

    @Test
    void personWithTwoResidencesThere_countsOnce() {
        RegistryDocument doc = twoResidents(visit("V1", "H1", "O1", "2026-04-01").observedOccupants(2).build())
                .addResidences(residence("R3", "T1", "H1", Basis.other(), "2026-03-15").build())
                .build();
        assertThat(check("CN", doc).findings(RuleCode.VISIT_OCCUPANCY_MISMATCH)).isEmpty();
    }

    @Test
    void dayIsTheVisitsLocalDate_notUtc() {
        // 23:30 at UTC-5 on 03-31 is 04-01 in UTC; T1 moved in on 04-01, so 1 is registered only on 04-01
        ImmutableVisit late = visit("V1", "H1", "O1", "2026-03-31")
                .at(OffsetDateTime.parse("2026-03-31T23:30:00-05:00")).observedOccupants(0).build();
        RegistryDocument doc = base(late).addResidences(
                residence("R1", "T1", "H1", Basis.other(), "2026-04-01").build()).build();
        assertThat(check("CN", doc).findings()).isEmpty();
        ImmutableVisit early = late.withAt(OffsetDateTime.parse("2026-04-01T00:30:00+08:00"));
        RegistryDocument doc2 = base(early).addResidences(
                residence("R1", "T1", "H1", Basis.other(), "2026-04-01").build()).build();
        assertThat(check("CN", doc2).findings(RuleCode.VISIT_OCCUPANCY_MISMATCH)).extracting(f -> f.params().get("day"))
                .containsExactly("2026-04-01");
    }

    @Test
    void payload_newResidenceDoesNotReopenAnOldVisit_newVisitIsChecked() {
        Registry context = Registry.of(twoResidents(
                visit("V1", "H1", "O1", "2026-04-01").observedOccupants(2).build()).build());
        Validator v = Validator.of(Profiles.load("CN"));
        Report moveIn = v.validate(RegistryDocument.registration()
                .addResidences(residence("R3", "T3", "H1", Basis.other(), "2026-03-20").build()).build(), context,
                AS_OF);
        assertThat(moveIn.findings(RuleCode.VISIT_OCCUPANCY_MISMATCH)).isEmpty();
        Report visit = v.validate(RegistryDocument.registration()
                .addResidences(residence("R3", "T3", "H1", Basis.other(), "2026-03-20").build())
                .addVisits(visit("V2", "H1", "O2", "2026-11-20").observedOccupants(2).build()).build(), context,
                AS_OF);
        assertThat(visit.findings(RuleCode.VISIT_OCCUPANCY_MISMATCH)).extracting(Finding::path, Finding::params)
                .containsExactly(tuple("/visits/0", Map.of("visit", "V2", "premises", "H1", "observed", "2",
                        "registered", "3", "day", "2026-11-20")));
    }

    // -----------------------------------------------------------------------------------------
    // VISIT_REDUNDANT

    @Test
    void otherAgencyWithinWindow_reportsOnTheLaterVisit() {
        RegistryDocument doc = base(visit("V2", "H1", "O2", "2026-05-01").build(),
                visit("V1", "H1", "O1", "2026-04-01").build()).build();
        assertThat(check("CN", doc).findings(RuleCode.VISIT_REDUNDANT))
                .extracting(Finding::path, Finding::subjects, Finding::params, Finding::severity)
                .containsExactly(tuple("/visits/0", List.of("visit:V2", "visit:V1", "premises:H1"),
                        Map.of("visit", "V2", "other", "V1", "premises", "H1", "days", "30"), Severity.INFO));
    }

    @Test
    void thirtyOneDaysApart_passes() {
        RegistryDocument doc = base(visit("V1", "H1", "O1", "2026-04-01").build(),
                visit("V2", "H1", "O2", "2026-05-02").build()).build();
        assertThat(check("CN", doc).findings()).isEmpty();
    }

    @Test
    void sameDay_isRedundant_laterInstantCarries() {
        RegistryDocument doc = base(visit("V1", "H1", "O1", "2026-04-01").build(),
                visit("V2", "H1", "O2", "2026-04-01").at(OffsetDateTime.parse("2026-04-01T09:00:00+08:00")).build())
                .build();
        assertThat(check("CN", doc).findings(RuleCode.VISIT_REDUNDANT)).extracting(Finding::path, Finding::subjects)
                .containsExactly(tuple("/visits/0", List.of("visit:V1", "visit:V2", "premises:H1")));
    }

    @Test
    void sameInstant_higherIdCarries() {
        RegistryDocument doc = base(visit("V10", "H1", "O1", "2026-04-01").build(),
                visit("V9", "H1", "O2", "2026-04-01").build()).build();
        assertThat(check("CN", doc).findings(RuleCode.VISIT_REDUNDANT)).extracting(Finding::subjects)
                .containsExactly(List.of("visit:V10", "visit:V9", "premises:H1"));
    }

    @Test
    void sameAgency_orOtherPremises_isNotRedundant() {
        RegistryDocument doc = base(visit("V1", "H1", "O1", "2026-04-01").build(),
                visit("V2", "H1", "O1", "2026-04-02").build(),
                visit("V3", "H2", "O2", "2026-04-02").build())
                .addPremises(apartment("H2", "P1").build()).build();
        assertThat(check("CN", doc).findings()).isEmpty();
    }

    @Test
    void threeVisits_eachPairOfDifferentAgenciesOnce() {
        RegistryDocument doc = base(visit("V1", "H1", "O1", "2026-04-01").build(),
                visit("V2", "H1", "O2", "2026-04-05").build(),
                visit("V3", "H1", "O1", "2026-04-09").build()).build();
        assertThat(check("CN", doc).findings(RuleCode.VISIT_REDUNDANT)).extracting(Finding::subjects)
                .containsExactly(List.of("visit:V2", "visit:V1", "premises:H1"),
                        List.of("visit:V3", "visit:V2", "premises:H1"));
    }

    @Test
    void windowComesFromTheProfile_hostProfileSevenDays_andOffWithoutIt() {
        RegistryDocument doc = base(visit("V1", "H1", "O1", "2026-04-01").build(),
                visit("V2", "H1", "O2", "2026-04-09").build()).build();
        assertThat(check("DE", doc).findings(RuleCode.VISIT_REDUNDANT)).hasSize(1);
        Profile seven = Profiles.read(new ByteArrayInputStream(
                "{\"code\":\"X\",\"parent\":\"CN\",\"parameters\":{\"visitRedundancyDays\":7}}"
                        .getBytes(StandardCharsets.UTF_8)));
        assertThat(Validator.of(seven).check(Registry.of(doc), AS_OF).findings()).isEmpty();
        RegistryDocument seventh = base(visit("V1", "H1", "O1", "2026-04-01").build(),
                visit("V2", "H1", "O2", "2026-04-08").build()).build();
        assertThat(Validator.of(seven).check(Registry.of(seventh), AS_OF).findings(RuleCode.VISIT_REDUNDANT))
                .extracting(f -> f.params().get("days")).containsExactly("7");
        Profile none = Profiles.read(new ByteArrayInputStream(
                "{\"code\":\"X\",\"parent\":\"CN\",\"parameters\":{\"visitRedundancyDays\":null}}"
                        .getBytes(StandardCharsets.UTF_8)));
        assertThat(Validator.of(none).check(Registry.of(doc), AS_OF).findings()).isEmpty();
    }

    @Test
    void daysCountLocalDates_inEachVisitsOffset() {
        // 05-01 00:30 +08:00 is 04-30 in UTC: local dates 04-01 and 05-01 are 30 days apart
        RegistryDocument doc = base(visit("V1", "H1", "O1", "2026-04-01").build(),
                visit("V2", "H1", "O2", "2026-05-01").at(OffsetDateTime.parse("2026-05-01T00:30:00+08:00")).build())
                .build();
        assertThat(check("CN", doc).findings(RuleCode.VISIT_REDUNDANT)).hasSize(1);
        RegistryDocument doc2 = base(visit("V1", "H1", "O1", "2026-04-01").build(),
                visit("V2", "H1", "O2", "2026-05-02").at(OffsetDateTime.parse("2026-05-02T00:30:00+08:00")).build())
                .build();
        assertThat(check("CN", doc2).findings(RuleCode.VISIT_REDUNDANT)).isEmpty();
    }

    @Test
    void payload_newVisitAfterOldOne_isReported_oldPairIsNot() {
        Registry context = Registry.of(base(visit("V1", "H1", "O1", "2026-04-01").build(),
                visit("V2", "H1", "O2", "2026-04-02").build()).build());
        Report r = validateVisits(context, visit("V3", "H1", "O1", "2026-04-20").build());
        assertThat(r.findings(RuleCode.VISIT_REDUNDANT)).extracting(Finding::path, Finding::subjects)
                .containsExactly(tuple("/visits/0", List.of("visit:V3", "visit:V2", "premises:H1")));
    }

    @Test
    void payload_backdatedVisitBeforeAnOldOne_isReportedOnThePayloadVisit() {
        Registry context = Registry.of(base(visit("V1", "H1", "O1", "2026-04-10").build()).build());
        Report r = validateVisits(context, visit("V2", "H1", "O2", "2026-04-01").build());
        assertThat(r.findings(RuleCode.VISIT_REDUNDANT)).extracting(Finding::path, Finding::subjects)
                .containsExactly(tuple("/visits/0", List.of("visit:V2", "visit:V1", "premises:H1")));
    }

    @Test
    void payload_twoNewVisits_pairReportedOnce() {
        Registry context = Registry.of(base().build());
        Report r = validateVisits(context, visit("V2", "H1", "O2", "2026-04-03").build(),
                visit("V1", "H1", "O1", "2026-04-01").build());
        assertThat(r.findings(RuleCode.VISIT_REDUNDANT)).extracting(Finding::path)
                .containsExactly("/visits/0");
    }
}
