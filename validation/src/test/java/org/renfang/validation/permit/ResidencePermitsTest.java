package org.renfang.validation.permit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.renfang.validation.Fixtures.apartment;
import static org.renfang.validation.Fixtures.d;
import static org.renfang.validation.Fixtures.employment;
import static org.renfang.validation.Fixtures.enrollment;
import static org.renfang.validation.Fixtures.foreigner;
import static org.renfang.validation.Fixtures.hmtResident;
import static org.renfang.validation.Fixtures.lease;
import static org.renfang.validation.Fixtures.org;
import static org.renfang.validation.Fixtures.person;
import static org.renfang.validation.Fixtures.registry;
import static org.renfang.validation.Fixtures.residence;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.renfang.model.Basis;
import org.renfang.model.BasisType;
import org.renfang.model.ImmutableAddress;
import org.renfang.model.ImmutablePremises;
import org.renfang.model.ImmutableRegistryDocument;
import org.renfang.model.ImmutableResidence;
import org.renfang.model.LeaseId;
import org.renfang.model.OrganizationId;
import org.renfang.model.OrganizationKind;
import org.renfang.model.Party;
import org.renfang.model.PersonId;
import org.renfang.model.PremisesFlag;
import org.renfang.model.PremisesKind;
import org.renfang.model.PremisesUse;
import org.renfang.model.json.RenfangJson;
import org.renfang.registry.Registry;
import org.renfang.validation.Fixtures;
import org.renfang.validation.permit.PermitAssessment.Condition;
import org.renfang.validation.permit.PermitAssessment.Housing;
import org.renfang.validation.permit.PermitAssessment.Permit;
import org.renfang.validation.permit.PermitReason.Code;
import org.renfang.validation.profile.PersonStatus;
import org.renfang.validation.profile.Profile;
import org.renfang.validation.profile.Profiles;

class ResidencePermitsTest {
    private static final Profile CN = Profiles.load("CN");
    private static final Profile DE = Profiles.load("DE");
    private static final PersonId P1 = PersonId.of("P1");
    /** Divisions: Beijing (a municipality, city 11) in two districts, Karamay (city 6502) in two. */
    private static final String BEIJING = Fixtures.DIVISION;
    private static final String BEIJING_CHAOYANG = "110105";
    private static final String KARAMAY = "650203";
    private static final String KARAMAY_BAIJIANTAN = "650204";
    private static final String CHENGDU = "510104";

    /**
     * P1 (a national without household registration, so not known to be local), the owner P9,
     * apartment H1 in Beijing owned by P9, an employer O1 and a school O7.
     */
    private static ImmutableRegistryDocument.Builder base() {
        return registry().addPersons(person("P1").build(), person("P9").build())
                .addOrganizations(org("O1", OrganizationKind.EMPLOYER).build(),
                        org("O7", OrganizationKind.SCHOOL).build())
                .addPremises(apartment("H1", "P9").build());
    }

    /** Like {@link #base()} with P1 given a household registration. */
    private static ImmutableRegistryDocument.Builder withHousehold(String division) {
        return registry().addPersons(person("P1").householdRegistration(address(division)).build(),
                        person("P9").build())
                .addOrganizations(org("O1", OrganizationKind.EMPLOYER).build(),
                        org("O7", OrganizationKind.SCHOOL).build())
                .addPremises(apartment("H1", "P9").build());
    }

    private static ImmutableAddress address(String division) {
        return ImmutableAddress.builder().division(division).line("Test Road 2").build();
    }

    /** An apartment owned by P9 in a division. */
    private static ImmutablePremises.Builder apartmentIn(String id, String division) {
        return apartment(id, "P9").address(address(division));
    }

    /** A residence registered on a given day. */
    private static ImmutableResidence.Builder registered(String id, String premises, Basis basis, String movedIn,
            String registeredOn) {
        return residence(id, "P1", premises, basis, movedIn).registeredOn(d(registeredOn));
    }

    /** A residence of P1 registered on the day of the move-in. */
    private static ImmutableResidence.Builder home(String id, String premises, Basis basis, String movedIn) {
        return registered(id, premises, basis, movedIn, movedIn);
    }

    /** A home (basis other) lived in from one day until a move-out, deregistered that day. */
    private static ImmutableResidence movedOut(String id, String premises, String movedIn, String movedOut) {
        return home(id, premises, Basis.other(), movedIn).movedOut(d(movedOut)).deregisteredOn(d(movedOut)).build();
    }

    private static PermitAssessment assess(ImmutableRegistryDocument.Builder doc, String on) {
        return assess(doc, on, CN);
    }

    private static PermitAssessment assess(ImmutableRegistryDocument.Builder doc, String on, Profile profile) {
        return ResidencePermits.assess(Registry.of(doc.build()), P1, d(on), profile);
    }

    private static List<Code> codes(PermitAssessment a) {
        return a.reasons().stream().map(PermitReason::code).toList();
    }

    private static PermitReason reason(PermitAssessment a, Code code) {
        for (PermitReason r : a.reasons()) {
            if (r.code() == code) {
                return r;
            }
        }
        throw new AssertionError("no reason " + code + " in " + a.reasons());
    }

    /** A residence of P1 at H1 on an OTHER basis, registered on the move-in day: no stable residence. */
    private static ImmutableRegistryDocument.Builder residentOther(String movedIn) {
        return base().addResidences(home("R1", "H1", Basis.other(), movedIn).build());
    }

    /** Asserts that nothing was assessed: no permit, no dates, no conditions, not eligible. */
    private static void assertNotAssessed(PermitAssessment a) {
        assertThat(a.isEligible()).isFalse();
        assertThat(a.permit()).isEmpty();
        assertThat(a.earliestDate()).isEmpty();
        assertThat(a.residenceSince()).isEmpty();
        assertThat(a.city()).isEmpty();
        assertThat(a.monthsRequired()).isEmpty();
        assertThat(a.conditions()).isEmpty();
    }

    // -----------------------------------------------------------------------------------------
    // The three conditions

    @Test
    void filedLease_sixMonthsFromRegistration_eligibleForTheResidencePermit() {
        PermitAssessment a = assess(base()
                .addLeases(lease("L1", "H1", "P9", "P1", "2026-03-01", "2027-02-28").build())
                .addResidences(home("R1", "H1", Basis.lease(LeaseId.of("L1")), "2026-03-01").build()),
                "2026-09-01");

        assertThat(a.isEligible()).isTrue();
        assertThat(a.isApplicable()).isTrue();
        assertThat(a.permit()).contains(Permit.RESIDENCE_PERMIT);
        assertThat(a.conditions()).containsExactly(Condition.STABLE_RESIDENCE);
        assertThat(a.residenceSince()).contains(d("2026-03-01"));
        assertThat(a.city()).contains("11");
        assertThat(a.earliestDate()).contains(d("2026-09-01"));
        assertThat(a.monthsRequired()).hasValue(6);
        assertThat(codes(a)).containsExactly(Code.RESIDENCE_MET, Code.STABLE_RESIDENCE_MET);
        assertThat(reason(a, Code.STABLE_RESIDENCE_MET).params()).containsEntry("residence", "R1")
                .containsEntry("basis", "LEASE").containsEntry("housing", "LEASED").containsEntry("on", "2026-09-01")
                .doesNotContainKey("provider");
        assertThat(reason(a, Code.RESIDENCE_MET).params()).containsEntry("since", "2026-03-01")
                .containsEntry("months", "6").containsEntry("city", "11");
    }

    @Test
    void owner_ofTheirOwnPremises_eligibleByStableResidence() {
        PermitAssessment a = assess(base().addPremises(apartment("H2", "P1").build())
                .addResidences(home("R1", "H2", Basis.owner(), "2025-01-10").build()), "2026-11-26");

        assertThat(a.isEligible()).isTrue();
        assertThat(a.conditions()).containsExactly(Condition.STABLE_RESIDENCE);
        assertThat(reason(a, Code.STABLE_RESIDENCE_MET).params()).containsEntry("basis", "OWNER")
                .containsEntry("housing", "OWNED");
    }

    @Test
    void owner_ofPremisesRecordedAsAnotherPersons_ownershipNotShown() {
        PermitAssessment a = assess(base().addResidences(home("R1", "H1", Basis.owner(), "2025-01-10").build()),
                "2026-11-26");

        assertThat(a.isEligible()).isFalse();
        assertThat(a.conditions()).isEmpty();
        assertThat(codes(a)).containsExactly(Code.RESIDENCE_MET, Code.OWNERSHIP_NOT_SHOWN, Code.NO_CONDITION);
        assertThat(reason(a, Code.OWNERSHIP_NOT_SHOWN).params()).containsEntry("residence", "R1")
                .containsEntry("premises", "H1");
        assertThat(a.earliestDate()).isEmpty();
    }

    @Test
    void employment_eligibleByEmployment() {
        PermitAssessment a = assess(residentOther("2026-01-15")
                .addEmployments(employment("E1", "P1", "O1", "2026-02-01").build()), "2026-11-26");

        assertThat(a.isEligible()).isTrue();
        assertThat(a.conditions()).containsExactly(Condition.EMPLOYMENT);
        assertThat(codes(a)).containsExactly(Code.RESIDENCE_MET, Code.EMPLOYMENT_MET);
        assertThat(reason(a, Code.EMPLOYMENT_MET).params()).containsEntry("employment", "E1");
    }

    @Test
    void enrollment_eligibleByStudy() {
        PermitAssessment a = assess(residentOther("2026-01-15")
                .addEnrollments(enrollment("S1", "P1", "O7", "2025-09-01").end(d("2028-06-30")).build()),
                "2026-11-26");

        assertThat(a.isEligible()).isTrue();
        assertThat(a.conditions()).containsExactly(Condition.STUDY);
        assertThat(reason(a, Code.STUDY_MET).params()).containsEntry("enrollment", "S1");
    }

    @Test
    void allThreeConditions_listedInOrder() {
        PermitAssessment a = assess(base().addPremises(apartment("H2", "P1").build())
                .addResidences(home("R1", "H2", Basis.owner(), "2025-01-10").build())
                .addEmployments(employment("E1", "P1", "O1", "2025-02-01").build())
                .addEnrollments(enrollment("S1", "P1", "O7", "2025-09-01").build()), "2026-11-26");

        assertThat(a.conditions()).containsExactly(Condition.EMPLOYMENT, Condition.STABLE_RESIDENCE, Condition.STUDY);
        assertThat(codes(a)).containsExactly(Code.RESIDENCE_MET, Code.EMPLOYMENT_MET, Code.STABLE_RESIDENCE_MET,
                Code.STUDY_MET);
    }

    @Test
    void residenceWithoutCondition_notEligible_noCondition() {
        PermitAssessment a = assess(residentOther("2025-01-15"), "2026-11-26");

        assertThat(a.isEligible()).isFalse();
        assertThat(a.permit()).contains(Permit.RESIDENCE_PERMIT);
        assertThat(a.conditions()).isEmpty();
        assertThat(codes(a)).containsExactly(Code.RESIDENCE_MET, Code.NO_CONDITION);
        assertThat(a.earliestDate()).isEmpty();
    }

    @Test
    void endedEmployment_doesNotCount() {
        PermitAssessment a = assess(residentOther("2025-01-15")
                .addEmployments(employment("E1", "P1", "O1", "2025-02-01").end(d("2026-11-25")).build()),
                "2026-11-26");

        assertThat(a.isEligible()).isFalse();
        assertThat(a.conditions()).isEmpty();
    }

    @Test
    void employmentEndingOnTheDate_counts() {
        PermitAssessment a = assess(residentOther("2025-01-15")
                .addEmployments(employment("E1", "P1", "O1", "2025-02-01").end(d("2026-11-26")).build()),
                "2026-11-26");

        assertThat(a.isEligible()).isTrue();
    }

    // -----------------------------------------------------------------------------------------
    // Who is assessed: non-local nationals, HMT residents; not foreigners, not locals

    @Test
    void nonLocalNational_householdRegisteredElsewhere_assessedAndEligible() {
        PermitAssessment a = assess(withHousehold(CHENGDU)
                .addResidences(home("R1", "H1", Basis.other(), "2026-03-01").build())
                .addEmployments(employment("E1", "P1", "O1", "2026-03-01").build()), "2026-09-01");

        assertThat(a.isEligible()).isTrue();
        assertThat(a.permit()).contains(Permit.RESIDENCE_PERMIT);
        assertThat(codes(a)).containsExactly(Code.RESIDENCE_MET, Code.EMPLOYMENT_MET);
    }

    @Test
    void local_inAnotherDistrictOfTheSameMunicipality_notEligible_noDate() {
        PermitAssessment a = assess(withHousehold(BEIJING_CHAOYANG)
                .addResidences(home("R1", "H1", Basis.other(), "2025-03-01").build())
                .addEmployments(employment("E1", "P1", "O1", "2025-03-01").build()), "2026-09-01");

        assertNotAssessed(a);
        assertThat(a.isApplicable()).isTrue();
        assertThat(codes(a)).containsExactly(Code.LOCAL_RESIDENT);
        assertThat(reason(a, Code.LOCAL_RESIDENT).params()).containsEntry("residence", "R1")
                .containsEntry("city", "11").containsEntry("on", "2026-09-01");
    }

    @Test
    void local_inAnotherDistrictOfTheSameCity_notEligible() {
        PermitAssessment a = assess(withHousehold(KARAMAY_BAIJIANTAN)
                .addPremises(apartmentIn("H2", KARAMAY).build())
                .addResidences(home("R1", "H2", Basis.other(), "2025-03-01").build())
                .addEmployments(employment("E1", "P1", "O1", "2025-03-01").build()), "2026-09-01");

        assertNotAssessed(a);
        assertThat(codes(a)).containsExactly(Code.LOCAL_RESIDENT);
        assertThat(reason(a, Code.LOCAL_RESIDENT).params()).containsEntry("city", "6502");
    }

    @Test
    void local_whoMovedToAnotherCity_isAssessedThere_fromTheMove() {
        PermitAssessment a = assess(withHousehold(BEIJING_CHAOYANG)
                .addPremises(apartmentIn("H2", KARAMAY).build())
                .addResidences(movedOut("R1", "H1", "2020-01-01", "2026-05-01"),
                        home("R2", "H2", Basis.other(), "2026-05-01").build())
                .addEmployments(employment("E1", "P1", "O1", "2020-01-01").build()), "2026-09-01");

        assertThat(a.permit()).contains(Permit.RESIDENCE_PERMIT);
        assertThat(a.isEligible()).isFalse();
        assertThat(a.city()).contains("6502");
        assertThat(a.residenceSince()).contains(d("2026-05-01"));
        assertThat(a.earliestDate()).contains(d("2026-11-01"));
        assertThat(codes(a)).containsExactly(Code.RESIDENCE_TOO_SHORT, Code.RESIDENCE_CITY_CHANGED,
                Code.EMPLOYMENT_MET);
    }

    @Test
    void local_onTheDate_getsNoDate_evenWithALaterMoveElsewhere() {
        PermitAssessment a = assess(withHousehold(BEIJING_CHAOYANG)
                .addPremises(apartmentIn("H2", KARAMAY).build())
                .addResidences(movedOut("R1", "H1", "2020-01-01", "2027-01-01"),
                        home("R2", "H2", Basis.other(), "2027-01-01").build())
                .addEmployments(employment("E1", "P1", "O1", "2020-01-01").build()), "2026-09-01");

        assertNotAssessed(a);
        assertThat(codes(a)).containsExactly(Code.LOCAL_RESIDENT);
    }

    @Test
    void foreigner_notEligible_noDate() {
        PermitAssessment a = assess(registry().addPersons(foreigner("P1").build(), person("P9").build())
                .addPremises(apartment("H1", "P9").build())
                .addOrganizations(org("O1", OrganizationKind.EMPLOYER).build())
                .addResidences(home("R1", "H1", Basis.other(), "2020-01-01").build())
                .addEmployments(employment("E1", "P1", "O1", "2020-01-01").build()), "2026-11-26");

        assertNotAssessed(a);
        assertThat(a.isApplicable()).isTrue();
        assertThat(codes(a)).containsExactly(Code.FOREIGNER_NOT_ELIGIBLE);
        assertThat(reason(a, Code.FOREIGNER_NOT_ELIGIBLE).params()).containsEntry("profile", "CN");
    }

    private static ImmutableRegistryDocument.Builder hmtEmployed(String registeredOn) {
        return registry().addPersons(hmtResident("P1").build(), person("P9").build())
                .addPremises(apartment("H1", "P9").build())
                .addOrganizations(org("O1", OrganizationKind.EMPLOYER).build())
                .addResidences(registered("R1", "H1", Basis.other(), "2026-03-01", registeredOn).build())
                .addEmployments(employment("E1", "P1", "O1", "2026-03-01").build());
    }

    @Test
    void hmtResident_assessedForTheHmtResidencePermit_onTheBoundaryDay() {
        PermitAssessment a = assess(hmtEmployed("2026-03-01"), "2026-09-01");
        PermitAssessment dayBefore = assess(hmtEmployed("2026-03-01"), "2026-08-31");

        assertThat(a.isEligible()).isTrue();
        assertThat(a.permit()).contains(Permit.HMT_RESIDENCE_PERMIT);
        assertThat(a.monthsRequired()).hasValue(6);
        assertThat(codes(a)).containsExactly(Code.RESIDENCE_MET, Code.EMPLOYMENT_MET);
        assertThat(dayBefore.isEligible()).isFalse();
        assertThat(dayBefore.permit()).contains(Permit.HMT_RESIDENCE_PERMIT);
        assertThat(dayBefore.earliestDate()).contains(d("2026-09-01"));
    }

    @Test
    void hmtResident_withoutCondition_notEligible() {
        PermitAssessment a = assess(registry().addPersons(hmtResident("P1").build(), person("P9").build())
                .addPremises(apartment("H1", "P9").build())
                .addResidences(home("R1", "H1", Basis.other(), "2025-03-01").build()), "2026-09-01");

        assertThat(a.permit()).contains(Permit.HMT_RESIDENCE_PERMIT);
        assertThat(codes(a)).containsExactly(Code.RESIDENCE_MET, Code.NO_CONDITION);
    }

    @Test
    void hmtResident_underAProfileWithoutTheHmtPermit_notApplicable() {
        Profile onlyNational = Profiles.read(new ByteArrayInputStream(("{\"code\": \"X\", \"parameters\": {"
                + "\"nationalCountry\": \"CHN\", \"specialRegions\": [\"HKG\", \"MAC\", \"TWN\"],"
                + "\"residencePermitMonths\": 6}}").getBytes(StandardCharsets.UTF_8)));

        PermitAssessment hmt = assess(hmtEmployed("2026-03-01"), "2026-09-01", onlyNational);
        PermitAssessment national = assess(residentOther("2026-03-01")
                .addEmployments(employment("E1", "P1", "O1", "2026-03-01").build()), "2026-09-01", onlyNational);

        assertNotAssessed(hmt);
        assertThat(hmt.isApplicable()).isFalse();
        assertThat(codes(hmt)).containsExactly(Code.NOT_APPLICABLE);
        assertThat(national.isEligible()).isTrue();
        assertThat(national.permit()).contains(Permit.RESIDENCE_PERMIT);
    }

    @Test
    void germanProfile_notApplicable_forNationalsAndForeigners() {
        PermitAssessment german = assess(base().addPremises(apartment("H2", "P1").build())
                .addResidences(home("R1", "H2", Basis.owner(), "2020-01-01").build()), "2026-11-26", DE);
        PermitAssessment foreign = assess(registry().addPersons(foreigner("P1").nationality("FRA").build(),
                        person("P9").build()).addPremises(apartment("H1", "P9").build())
                .addResidences(home("R1", "H1", Basis.other(), "2020-01-01").build()), "2026-11-26", DE);

        for (PermitAssessment a : List.of(german, foreign)) {
            assertNotAssessed(a);
            assertThat(a.isApplicable()).isFalse();
            assertThat(codes(a)).containsExactly(Code.NOT_APPLICABLE);
            assertThat(reason(a, Code.NOT_APPLICABLE).params()).containsEntry("profile", "DE");
        }
    }

    // -----------------------------------------------------------------------------------------
    // Counted from the registration; the boundary day

    private static ImmutableRegistryDocument.Builder employedResident(String movedIn, String registeredOn) {
        return base().addResidences(registered("R1", "H1", Basis.other(), movedIn, registeredOn).build())
                .addEmployments(employment("E1", "P1", "O1", movedIn).build());
    }

    @Test
    void exactlySixMonthsAfterRegistration_eligible() {
        PermitAssessment a = assess(employedResident("2026-03-01", "2026-03-01"), "2026-09-01");

        assertThat(a.isEligible()).isTrue();
        assertThat(a.earliestDate()).contains(d("2026-09-01"));
    }

    @Test
    void oneDayShortOfSixMonths_notEligible_earliestNextDay() {
        PermitAssessment a = assess(employedResident("2026-03-01", "2026-03-01"), "2026-08-31");

        assertThat(a.isEligible()).isFalse();
        assertThat(a.conditions()).containsExactly(Condition.EMPLOYMENT);
        assertThat(a.residenceSince()).contains(d("2026-03-01"));
        assertThat(a.earliestDate()).contains(d("2026-09-01"));
        assertThat(codes(a)).containsExactly(Code.RESIDENCE_TOO_SHORT, Code.EMPLOYMENT_MET);
        assertThat(reason(a, Code.RESIDENCE_TOO_SHORT).params()).containsEntry("since", "2026-03-01")
                .containsEntry("months", "6").containsEntry("on", "2026-08-31")
                .containsEntry("reachedOn", "2026-09-01").containsEntry("city", "11");
    }

    @Test
    void registeredLate_countsFromTheRegistration_laterEarliestDate() {
        ImmutableRegistryDocument.Builder doc = employedResident("2026-03-01", "2026-03-20");

        PermitAssessment onMoveInAnniversary = assess(doc, "2026-09-01");
        assertThat(onMoveInAnniversary.isEligible()).isFalse();
        assertThat(onMoveInAnniversary.residenceSince()).contains(d("2026-03-20"));
        assertThat(onMoveInAnniversary.earliestDate()).contains(d("2026-09-20"));
        assertThat(reason(onMoveInAnniversary, Code.RESIDENCE_TOO_SHORT).params())
                .containsEntry("reachedOn", "2026-09-20");
        assertThat(assess(doc, "2026-09-19").isEligible()).isFalse();
        assertThat(assess(doc, "2026-09-20").isEligible()).isTrue();
    }

    @Test
    void registeredBeforeTheMoveIn_countsFromTheMoveIn() {
        PermitAssessment a = assess(employedResident("2026-03-01", "2026-02-20"), "2026-08-31");

        assertThat(a.residenceSince()).contains(d("2026-03-01"));
        assertThat(a.earliestDate()).contains(d("2026-09-01"));
    }

    @Test
    void registeredAfterTheDate_notYetCounting() {
        PermitAssessment a = assess(employedResident("2026-03-01", "2026-03-10"), "2026-03-05");

        assertThat(a.isEligible()).isFalse();
        assertThat(a.residenceSince()).contains(d("2026-03-10"));
        assertThat(codes(a)).startsWith(Code.RESIDENCE_TOO_SHORT);
        assertThat(a.earliestDate()).contains(d("2026-09-10"));
    }

    @Test
    void registeredOnlyAfterTheMoveOut_countsForNothing() {
        PermitAssessment a = assess(base()
                .addResidences(registered("R1", "H1", Basis.other(), "2025-01-01", "2026-06-01")
                        .movedOut(d("2026-05-01")).deregisteredOn(d("2026-06-01")).build())
                .addEmployments(employment("E1", "P1", "O1", "2025-01-01").build()), "2026-03-01");

        assertThat(a.isEligible()).isFalse();
        assertThat(a.residenceSince()).isEmpty();
        assertThat(codes(a)).containsExactly(Code.RESIDENCE_NONE, Code.EMPLOYMENT_MET);
        assertThat(a.earliestDate()).isEmpty();
    }

    @Test
    void monthEndRegistration_countsByMinusMonths() {
        // 2027-02-28 minus 6 months is 2026-08-28, before the registration on 2026-08-31.
        ImmutableRegistryDocument.Builder doc = employedResident("2026-08-31", "2026-08-31");

        assertThat(assess(doc, "2027-02-28").isEligible()).isFalse();
        assertThat(assess(doc, "2027-02-28").earliestDate()).contains(d("2027-03-01"));
        assertThat(assess(doc, "2027-03-01").isEligible()).isTrue();
    }

    @Test
    void conditionStartsAfterResidenceQualifies_earliestIsConditionStart() {
        PermitAssessment a = assess(residentOther("2026-01-01")
                .addEmployments(employment("E1", "P1", "O1", "2026-12-15").build()), "2026-11-26");

        assertThat(a.isEligible()).isFalse();
        assertThat(codes(a)).containsExactly(Code.RESIDENCE_MET, Code.NO_CONDITION);
        assertThat(a.earliestDate()).contains(d("2026-12-15"));
    }

    @Test
    void conditionEndsBeforeResidenceQualifies_earliestEmpty() {
        PermitAssessment a = assess(residentOther("2026-06-01")
                .addEmployments(employment("E1", "P1", "O1", "2026-06-01").end(d("2026-11-30")).build()),
                "2026-11-26");

        assertThat(a.isEligible()).isFalse();
        assertThat(a.conditions()).containsExactly(Condition.EMPLOYMENT);
        assertThat(a.earliestDate()).isEmpty();
    }

    @Test
    void residenceEndsBeforeSixMonths_earliestEmpty() {
        PermitAssessment a = assess(base()
                .addResidences(home("R1", "H1", Basis.other(), "2026-06-01").movedOut(d("2026-12-01"))
                        .deregisteredOn(d("2026-12-02")).build())
                .addEmployments(employment("E1", "P1", "O1", "2026-06-01").build()), "2026-11-26");

        assertThat(a.isEligible()).isFalse();
        assertThat(a.earliestDate()).isEmpty();
    }

    // -----------------------------------------------------------------------------------------
    // Continuity within one city

    @Test
    void moveWithinTheCity_keepsContinuity_evenWithTheNewRegistrationLater() {
        PermitAssessment a = assess(base()
                .addPremises(apartmentIn("H2", BEIJING_CHAOYANG).build())
                .addResidences(
                        movedOut("R1", "H1", "2026-01-01", "2026-05-01"),
                        registered("R2", "H2", Basis.other(), "2026-05-01", "2026-05-03").build())
                .addEmployments(employment("E1", "P1", "O1", "2026-01-01").build()), "2026-07-01");

        assertThat(a.isEligible()).isTrue();
        assertThat(a.residenceSince()).contains(d("2026-01-01"));
        assertThat(a.city()).contains("11");
        assertThat(codes(a)).containsExactly(Code.RESIDENCE_MET, Code.EMPLOYMENT_MET);
    }

    @Test
    void moveBetweenCities_breaksContinuity() {
        PermitAssessment a = assess(base()
                .addPremises(apartmentIn("H2", KARAMAY).build())
                .addResidences(
                        movedOut("R1", "H1", "2026-01-01", "2026-05-01"),
                        home("R2", "H2", Basis.other(), "2026-05-01").build())
                .addEmployments(employment("E1", "P1", "O1", "2026-01-01").build()), "2026-07-01");

        assertThat(a.isEligible()).isFalse();
        assertThat(a.residenceSince()).contains(d("2026-05-01"));
        assertThat(a.city()).contains("6502");
        assertThat(a.earliestDate()).contains(d("2026-11-01"));
        assertThat(codes(a)).containsExactly(Code.RESIDENCE_TOO_SHORT, Code.RESIDENCE_CITY_CHANGED,
                Code.EMPLOYMENT_MET);
        assertThat(reason(a, Code.RESIDENCE_CITY_CHANGED).params()).containsEntry("residence", "R2")
                .containsEntry("from", "11").containsEntry("to", "6502").containsEntry("on", "2026-05-01");
    }

    @Test
    void moveBackToTheFirstCity_countsAgainFromTheReturn() {
        PermitAssessment a = assess(base()
                .addPremises(apartmentIn("H2", KARAMAY).build(), apartmentIn("H3", BEIJING_CHAOYANG).build())
                .addResidences(
                        movedOut("R1", "H1", "2025-01-01", "2026-04-01"),
                        movedOut("R2", "H2", "2026-04-01", "2026-05-01"),
                        home("R3", "H3", Basis.other(), "2026-05-01").build())
                .addEmployments(employment("E1", "P1", "O1", "2025-01-01").build()), "2026-09-01");

        assertThat(a.isEligible()).isFalse();
        assertThat(a.residenceSince()).contains(d("2026-05-01"));
        assertThat(reason(a, Code.RESIDENCE_CITY_CHANGED).params()).containsEntry("from", "6502")
                .containsEntry("to", "11");
        assertThat(a.earliestDate()).contains(d("2026-11-01"));
    }

    @Test
    void oneDayGap_withinTheCity_breaksContinuity_withoutCityChange() {
        PermitAssessment a = assess(base()
                .addPremises(apartment("H2", "P9").build())
                .addResidences(
                        movedOut("R1", "H1", "2026-01-01", "2026-05-01"),
                        home("R2", "H2", Basis.other(), "2026-05-02").build())
                .addEmployments(employment("E1", "P1", "O1", "2026-01-01").build()), "2026-09-01");

        assertThat(a.isEligible()).isFalse();
        assertThat(a.residenceSince()).contains(d("2026-05-02"));
        assertThat(a.earliestDate()).contains(d("2026-11-02"));
        assertThat(codes(a)).doesNotContain(Code.RESIDENCE_CITY_CHANGED);
    }

    @Test
    void overlappingResidences_mergeIntoOneStretch() {
        PermitAssessment a = assess(base()
                .addPremises(apartment("H2", "P9").build())
                .addResidences(
                        movedOut("R1", "H1", "2026-01-01", "2026-06-01"),
                        movedOut("R2", "H2", "2026-02-01", "2026-04-01"),
                        home("R3", "H2", Basis.other(), "2026-05-15").build())
                .addEmployments(employment("E1", "P1", "O1", "2026-01-01").build()), "2026-07-01");

        assertThat(a.isEligible()).isTrue();
        assertThat(a.residenceSince()).contains(d("2026-01-01"));
    }

    @Test
    void stableResidenceInAnotherCity_countsOnlyForThatCity() {
        // Lives in Beijing since 2025 (no condition there); owns and lives in a Karamay flat from 2026-10-01.
        PermitAssessment a = assess(base()
                .addPremises(apartment("H2", "P1").address(address(KARAMAY)).build())
                .addResidences(home("R1", "H1", Basis.other(), "2025-01-01").build(),
                        home("R2", "H2", Basis.owner(), "2026-10-01").build()), "2026-11-26");

        assertThat(a.isEligible()).isFalse();
        assertThat(a.city()).contains("11");
        assertThat(a.conditions()).isEmpty();
        assertThat(codes(a)).containsExactly(Code.RESIDENCE_MET, Code.NO_CONDITION);
        assertThat(a.earliestDate()).contains(d("2027-04-01"));
    }

    @Test
    void hotelStays_doNotCount() {
        PermitAssessment a = assess(base()
                .addResidences(home("R0", "H1", Basis.hotelStay(), "2025-01-01").build(),
                        home("R1", "H1", Basis.other(), "2026-06-01").build())
                .addEmployments(employment("E1", "P1", "O1", "2025-01-01").build()), "2026-11-26");

        assertThat(a.isEligible()).isFalse();
        assertThat(a.residenceSince()).contains(d("2026-06-01"));
        assertThat(a.earliestDate()).contains(d("2026-12-01"));
    }

    @Test
    void hotelStayOnly_residenceNone() {
        PermitAssessment a = assess(base()
                .addResidences(home("R0", "H1", Basis.hotelStay(), "2025-01-01").build())
                .addEmployments(employment("E1", "P1", "O1", "2025-01-01").build()), "2026-11-26");

        assertThat(a.isEligible()).isFalse();
        assertThat(a.permit()).contains(Permit.RESIDENCE_PERMIT);
        assertThat(a.residenceSince()).isEmpty();
        assertThat(a.city()).isEmpty();
        assertThat(a.earliestDate()).isEmpty();
        assertThat(codes(a)).containsExactly(Code.RESIDENCE_NONE, Code.EMPLOYMENT_MET);
        assertThat(reason(a, Code.RESIDENCE_NONE).params()).containsEntry("profile", "CN")
                .containsEntry("on", "2026-11-26");
    }

    @Test
    void futureResidence_earliestSixMonthsAfterItsRegistration() {
        PermitAssessment a = assess(residentOther("2027-01-10")
                .addEmployments(employment("E1", "P1", "O1", "2026-01-01").build()), "2026-11-26");

        assertThat(a.isEligible()).isFalse();
        assertThat(codes(a)).startsWith(Code.RESIDENCE_NONE);
        assertThat(a.earliestDate()).contains(d("2027-07-10"));
    }

    // -----------------------------------------------------------------------------------------
    // Stable residence: lawful residential premises; leases; dormitories and school housing

    private static PermitAssessment leasedOn(ImmutablePremises.Builder premises) {
        return assess(base().addPremises(premises.build())
                .addLeases(lease("L1", "H2", "P9", "P1", "2026-03-01", "2027-02-28").build())
                .addResidences(home("R1", "H2", Basis.lease(LeaseId.of("L1")), "2026-03-01").build()), "2026-11-26");
    }

    @Test
    void filedLease_onFlaggedPremises_noStableResidence() {
        PermitAssessment a = leasedOn(apartment("H2", "P9").addFlags(PremisesFlag.UNSAFE,
                PremisesFlag.ILLEGAL_STRUCTURE));

        assertThat(a.isEligible()).isFalse();
        assertThat(a.conditions()).isEmpty();
        assertThat(codes(a)).containsExactly(Code.RESIDENCE_MET, Code.HOME_FLAGGED, Code.NO_CONDITION);
        assertThat(reason(a, Code.HOME_FLAGGED).params()).containsEntry("residence", "R1")
                .containsEntry("premises", "H2").containsEntry("flags", "ILLEGAL_STRUCTURE,UNSAFE");
        assertThat(a.earliestDate()).isEmpty();
        assertThat(reason(a, Code.HOME_FLAGGED).message(Locale.SIMPLIFIED_CHINESE)).contains("违法建筑", "危险房屋")
                .doesNotContain("UNSAFE", "ILLEGAL");
        assertThat(reason(a, Code.HOME_FLAGGED).message(Locale.ENGLISH)).contains("illegal structure, unsafe");
    }

    @Test
    void filedLease_onIllegallyConvertedPremises_noStableResidence() {
        PermitAssessment a = leasedOn(apartment("H2", "P9").addFlags(PremisesFlag.ILLEGAL_CHANGE_OF_USE));

        assertThat(a.conditions()).isEmpty();
        assertThat(reason(a, Code.HOME_FLAGGED).params()).containsEntry("flags", "ILLEGAL_CHANGE_OF_USE");
    }

    @Test
    void filedLease_onNonResidentialPremises_noStableResidence() {
        PermitAssessment a = leasedOn(apartment("H2", "P9").kind(PremisesKind.SHOP).use(PremisesUse.NON_RESIDENTIAL));

        assertThat(a.isEligible()).isFalse();
        assertThat(codes(a)).containsExactly(Code.RESIDENCE_MET, Code.HOME_NOT_RESIDENTIAL, Code.NO_CONDITION);
        assertThat(reason(a, Code.HOME_NOT_RESIDENTIAL).params()).containsEntry("premises", "H2");
    }

    @Test
    void filedLease_onMixedUsePremises_stableResidence() {
        PermitAssessment a = leasedOn(apartment("H2", "P9").use(PremisesUse.MIXED));

        assertThat(a.isEligible()).isTrue();
        assertThat(a.conditions()).containsExactly(Condition.STABLE_RESIDENCE);
    }

    @Test
    void ownedButFlagged_noStableResidence() {
        PermitAssessment a = assess(base().addPremises(apartment("H2", "P1").addFlags(PremisesFlag.UNSAFE).build())
                .addResidences(home("R1", "H2", Basis.owner(), "2025-01-10").build()), "2026-11-26");

        assertThat(codes(a)).containsExactly(Code.RESIDENCE_MET, Code.HOME_FLAGGED, Code.NO_CONDITION);
    }

    @Test
    void leaseNotFiled_notStableResidence() {
        PermitAssessment a = assess(base()
                .addLeases(lease("L1", "H1", "P9", "P1", "2026-03-01", "2027-02-28").filing(java.util.Optional.empty())
                        .build())
                .addResidences(home("R1", "H1", Basis.lease(LeaseId.of("L1")), "2026-03-01").build()),
                "2026-11-26");

        assertThat(a.isEligible()).isFalse();
        assertThat(a.conditions()).isEmpty();
        assertThat(codes(a)).containsExactly(Code.RESIDENCE_MET, Code.LEASE_NOT_FILED, Code.NO_CONDITION);
        assertThat(reason(a, Code.LEASE_NOT_FILED).params()).containsEntry("residence", "R1")
                .containsEntry("lease", "L1").containsEntry("on", "2026-11-26");
        assertThat(a.earliestDate()).isEmpty();
    }

    @Test
    void leaseFiledAfterTheDate_notStableYet_earliestFilingDay() {
        PermitAssessment a = assess(base()
                .addLeases(lease("L1", "H1", "P9", "P1", "2026-03-01", "2027-02-28")
                        .filing(org.renfang.model.ImmutableFiling.builder().filedOn(d("2026-12-05")).build()).build())
                .addResidences(home("R1", "H1", Basis.lease(LeaseId.of("L1")), "2026-03-01").build()),
                "2026-11-26");

        assertThat(a.isEligible()).isFalse();
        assertThat(codes(a)).contains(Code.LEASE_NOT_FILED);
        assertThat(a.earliestDate()).contains(d("2026-12-05"));
    }

    @Test
    void leaseEnded_notStableResidence() {
        PermitAssessment a = assess(base()
                .addLeases(lease("L1", "H1", "P9", "P1", "2025-03-01", "2026-02-28").build())
                .addResidences(home("R1", "H1", Basis.lease(LeaseId.of("L1")), "2025-03-01").build()),
                "2026-11-26");

        assertThat(a.isEligible()).isFalse();
        assertThat(codes(a)).containsExactly(Code.RESIDENCE_MET, Code.LEASE_NOT_VALID, Code.NO_CONDITION);
    }

    @Test
    void leaseNotListingThePerson_notStableResidence() {
        PermitAssessment a = assess(base()
                .addPersons(person("P2").build())
                .addLeases(lease("L1", "H1", "P9", "P2", "2026-03-01", "2027-02-28").build())
                .addResidences(home("R1", "H1", Basis.lease(LeaseId.of("L1")), "2026-03-01").build()),
                "2026-11-26");

        assertThat(codes(a)).contains(Code.LEASE_NOT_VALID);
        assertThat(a.conditions()).isEmpty();
    }

    @Test
    void unknownLease_notStableResidence_neverThrows() {
        PermitAssessment a = assess(base()
                .addResidences(home("R1", "H1", Basis.lease(LeaseId.of("L404")), "2026-03-01").build()),
                "2026-11-26");

        assertThat(a.isEligible()).isFalse();
        assertThat(codes(a)).contains(Code.LEASE_NOT_VALID);
    }

    private static ImmutablePremises.Builder dormitory(String id, String of) {
        return apartment(id, "P9").kind(PremisesKind.DORMITORY).owner(Party.of(OrganizationId.of(of)))
                .dormitoryOf(OrganizationId.of(of));
    }

    @Test
    void employerDormitory_isAStableResidence_withoutAnyOtherCondition() {
        PermitAssessment a = assess(base().addPremises(dormitory("H2", "O1").build())
                .addResidences(home("R1", "H2", Basis.employerDormitory(OrganizationId.of("O1")), "2025-03-01")
                        .build()), "2026-11-26");

        assertThat(a.isEligible()).isTrue();
        assertThat(a.conditions()).containsExactly(Condition.STABLE_RESIDENCE);
        assertThat(reason(a, Code.STABLE_RESIDENCE_MET).params()).containsEntry("basis", "EMPLOYER_DORMITORY")
                .containsEntry("housing", Housing.EMPLOYER_DORMITORY.name()).containsEntry("provider", "O1");
    }

    @Test
    void employerDormitory_premisesNotThatEmployersDormitory_notStable() {
        PermitAssessment a = assess(base()
                .addOrganizations(org("O2", OrganizationKind.EMPLOYER).build())
                .addPremises(dormitory("H2", "O2").build())
                .addResidences(home("R1", "H2", Basis.employerDormitory(OrganizationId.of("O1")), "2025-03-01")
                        .build()), "2026-11-26");

        assertThat(a.isEligible()).isFalse();
        assertThat(codes(a)).containsExactly(Code.RESIDENCE_MET, Code.DORMITORY_NOT_SHOWN, Code.NO_CONDITION);
        assertThat(reason(a, Code.DORMITORY_NOT_SHOWN).params()).containsEntry("residence", "R1")
                .containsEntry("premises", "H2").containsEntry("employer", "O1");
    }

    @Test
    void employerDormitory_flagged_notStable() {
        PermitAssessment a = assess(base().addPremises(dormitory("H2", "O1").addFlags(PremisesFlag.UNSAFE).build())
                .addResidences(home("R1", "H2", Basis.employerDormitory(OrganizationId.of("O1")), "2025-03-01")
                        .build()), "2026-11-26");

        assertThat(codes(a)).containsExactly(Code.RESIDENCE_MET, Code.HOME_FLAGGED, Code.NO_CONDITION);
    }

    @Test
    void schoolDormitory_ofTheSchoolOfAnActiveEnrollment_isAStableResidence() {
        PermitAssessment a = assess(base().addPremises(dormitory("H2", "O7").build())
                .addResidences(home("R1", "H2", Basis.other(), "2025-09-01").build())
                .addEnrollments(enrollment("S1", "P1", "O7", "2025-09-01").build()), "2026-11-26");

        assertThat(a.isEligible()).isTrue();
        assertThat(a.conditions()).containsExactly(Condition.STABLE_RESIDENCE, Condition.STUDY);
        assertThat(reason(a, Code.STABLE_RESIDENCE_MET).params()).containsEntry("basis", "OTHER")
                .containsEntry("housing", "SCHOOL_HOUSING").containsEntry("provider", "O7");
    }

    @Test
    void premisesOwnedByTheSchool_isSchoolHousing() {
        PermitAssessment a = assess(base()
                .addPremises(apartment("H2", "P9").owner(Party.of(OrganizationId.of("O7"))).build())
                .addResidences(home("R1", "H2", Basis.other(), "2025-09-01").build())
                .addEnrollments(enrollment("S1", "P1", "O7", "2025-09-01").build()), "2026-11-26");

        assertThat(reason(a, Code.STABLE_RESIDENCE_MET).params()).containsEntry("housing", "SCHOOL_HOUSING");
    }

    @Test
    void schoolDormitory_afterTheEnrollmentEnded_notStable() {
        PermitAssessment a = assess(base().addPremises(dormitory("H2", "O7").build())
                .addResidences(home("R1", "H2", Basis.other(), "2025-09-01").build())
                .addEnrollments(enrollment("S1", "P1", "O7", "2025-09-01").end(d("2026-07-01")).build()),
                "2026-11-26");

        assertThat(a.isEligible()).isFalse();
        assertThat(a.conditions()).isEmpty();
        assertThat(codes(a)).containsExactly(Code.RESIDENCE_MET, Code.NO_CONDITION);
    }

    @Test
    void dormitoryOfAnotherSchool_notSchoolHousing() {
        PermitAssessment a = assess(base()
                .addOrganizations(org("O8", OrganizationKind.SCHOOL).build())
                .addPremises(dormitory("H2", "O8").build())
                .addResidences(home("R1", "H2", Basis.other(), "2025-09-01").build())
                .addEnrollments(enrollment("S1", "P1", "O7", "2025-09-01").build()), "2026-11-26");

        assertThat(a.conditions()).containsExactly(Condition.STUDY);
    }

    @Test
    void familyMembersHome_notAStableResidence() {
        PermitAssessment a = assess(base()
                .addResidences(home("R1", "H1", Basis.familyMemberOf(PersonId.of("P9")), "2025-03-01").build()),
                "2026-11-26");

        assertThat(a.conditions()).isEmpty();
        assertThat(codes(a)).containsExactly(Code.RESIDENCE_MET, Code.NO_CONDITION);
    }

    // -----------------------------------------------------------------------------------------
    // Jurisdiction of city profiles

    @Test
    void shanghaiProfile_residenceOutsideShanghai_doesNotCount() {
        PermitAssessment a = assess(base().addPremises(apartment("H2", "P1").build())
                .addResidences(home("R1", "H2", Basis.owner(), "2020-01-01").build()), "2026-11-26",
                Profiles.load("CN-31"));

        assertThat(a.isEligible()).isFalse();
        assertThat(codes(a)).containsExactly(Code.RESIDENCE_NONE, Code.NO_CONDITION);
        assertThat(reason(a, Code.RESIDENCE_NONE).params()).containsEntry("profile", "CN-31");
    }

    @Test
    void shanghaiProfile_residenceInShanghai_counts() {
        PermitAssessment a = assess(base().addPremises(apartment("H2", "P1").address(address("310104")).build())
                .addResidences(home("R1", "H2", Basis.owner(), "2020-01-01").build()), "2026-11-26",
                Profiles.load("CN-31"));

        assertThat(a.isEligible()).isTrue();
        assertThat(a.profile()).isEqualTo("CN-31");
        assertThat(a.city()).contains("31");
    }

    @Test
    void residenceAtUnknownPremises_doesNotCount() {
        PermitAssessment a = assess(base()
                .addResidences(home("R1", "H404", Basis.owner(), "2020-01-01").build()), "2026-11-26");

        assertThat(codes(a)).containsExactly(Code.RESIDENCE_NONE, Code.NO_CONDITION);
    }

    // -----------------------------------------------------------------------------------------
    // Unknown person, bad data, arguments

    @Test
    void unknownPerson_notEligible_personUnknown() {
        PermitAssessment a = ResidencePermits.assess(Registry.of(base().build()), PersonId.of("P404"),
                d("2026-11-26"), CN);

        assertNotAssessed(a);
        assertThat(codes(a)).containsExactly(Code.PERSON_UNKNOWN);
        assertThat(a.reasons().get(0).params()).containsEntry("person", "P404");
        assertThat(a.person()).isEqualTo(PersonId.of("P404"));
    }

    @Test
    void badIntervals_areIgnored_neverThrow() {
        PermitAssessment a = assess(base()
                .addResidences(home("R1", "H1", Basis.owner(), "2026-05-01").movedOut(d("2026-04-01"))
                        .deregisteredOn(d("2026-04-02")).build(),
                        home("R2", "H1", Basis.other(), "2020-01-01").build())
                .addEmployments(employment("E1", "P1", "O1", "2026-05-01").end(d("2026-04-01")).build())
                .addEnrollments(enrollment("S1", "P1", "O7", "2999-12-31").end(LocalDate.of(2999, 12, 31)).build()),
                "2026-11-26");

        assertThat(a.isEligible()).isFalse();
        assertThat(a.residenceSince()).contains(d("2020-01-01"));
        assertThat(a.earliestDate()).contains(LocalDate.of(2999, 12, 31));
    }

    @Test
    void extremeDates_neverThrow() {
        PermitAssessment a = ResidencePermits.assess(Registry.of(base()
                .addResidences(home("R1", "H1", Basis.other(), "2026-01-01").build())
                .addEmployments(employment("E1", "P1", "O1", "2026-01-01").end(LocalDate.MAX).build()).build()),
                P1, LocalDate.MAX, CN);
        PermitAssessment early = ResidencePermits.assess(Registry.of(base()
                .addResidences(home("R1", "H1", Basis.other(), "2026-01-01").build()).build()), P1, LocalDate.MIN, CN);

        assertThat(a.isEligible()).isTrue();
        assertThat(early.isEligible()).isFalse();
    }

    @Test
    void nullArguments_throwNullPointer() {
        Registry r = Registry.of(base().build());
        assertThatNullPointerException().isThrownBy(() -> ResidencePermits.assess(null, P1, d("2026-01-01"), CN));
        assertThatNullPointerException().isThrownBy(() -> ResidencePermits.assess(r, null, d("2026-01-01"), CN));
        assertThatNullPointerException().isThrownBy(() -> ResidencePermits.assess(r, P1, null, CN));
        assertThatNullPointerException().isThrownBy(() -> ResidencePermits.assess(r, P1, d("2026-01-01"), null));
    }

    // -----------------------------------------------------------------------------------------
    // Text and JSON

    private static PermitAssessment eligibleByLease() {
        return assess(base()
                .addLeases(lease("L1", "H1", "P9", "P1", "2026-03-01", "2027-02-28").build())
                .addResidences(home("R1", "H1", Basis.lease(LeaseId.of("L1")), "2026-03-01").build())
                .addEmployments(employment("E1", "P1", "O1", "2026-03-01").build()), "2026-09-01");
    }

    /** One assessment per reason code and per permit outcome. */
    private static List<PermitAssessment> everyKind() {
        List<PermitAssessment> all = new ArrayList<>();
        all.add(eligibleByLease());
        all.add(assess(hmtEmployed("2026-03-01"), "2026-08-31"));
        all.add(assess(withHousehold(BEIJING_CHAOYANG).addResidences(home("R1", "H1", Basis.other(), "2025-03-01")
                .build()), "2026-09-01"));
        all.add(assess(registry().addPersons(foreigner("P1").build()), "2026-09-01"));
        all.add(assess(base(), "2026-09-01", DE));
        all.add(ResidencePermits.assess(Registry.of(base().build()), PersonId.of("P404"), d("2026-09-01"), CN));
        all.add(assess(base().addPremises(apartmentIn("H2", KARAMAY).addFlags(PremisesFlag.values()).build())
                .addResidences(home("R1", "H1", Basis.other(), "2026-01-01").movedOut(d("2026-05-01")).build(),
                        home("R2", "H2", Basis.owner(), "2026-05-01").build()), "2026-07-01"));
        all.add(leasedOn(apartment("H2", "P9").use(PremisesUse.NON_RESIDENTIAL)));
        all.add(assess(base().addResidences(home("R1", "H1", Basis.owner(), "2025-01-10").build()), "2026-11-26"));
        all.add(assess(base().addPremises(dormitory("H2", "O7").build())
                .addResidences(home("R1", "H2", Basis.employerDormitory(OrganizationId.of("O1")), "2025-09-01")
                        .build()), "2026-11-26"));
        all.add(assess(base().addPremises(dormitory("H2", "O7").build())
                .addResidences(home("R1", "H2", Basis.other(), "2025-09-01").build())
                .addEnrollments(enrollment("S1", "P1", "O7", "2025-09-01").build()), "2026-11-26"));
        all.add(assess(base().addPremises(dormitory("H2", "O1").build())
                .addResidences(home("R1", "H2", Basis.employerDormitory(OrganizationId.of("O1")), "2025-09-01")
                        .build()), "2026-11-26"));
        all.add(assess(base().addPremises(apartment("H2", "P1").build())
                .addLeases(lease("L1", "H1", "P9", "P1", "2026-03-01", "2027-02-28").filing(java.util.Optional.empty())
                        .build())
                .addResidences(home("R1", "H1", Basis.lease(LeaseId.of("L1")), "2026-03-01").build(),
                        home("R2", "H1", Basis.lease(LeaseId.of("L404")), "2026-03-01").build(),
                        home("R3", "H2", Basis.owner(), "2026-03-01").build()), "2026-11-26"));
        all.add(assess(residentOther("2027-01-10"), "2026-11-26"));
        return all;
    }

    @Test
    void everyCode_appearsInTheTestedKinds() {
        List<Code> seen = new ArrayList<>();
        for (PermitAssessment a : everyKind()) {
            seen.addAll(codes(a));
        }
        assertThat(seen).containsAll(List.of(Code.values()));
    }

    @Test
    void chineseText_carriesNoEnglishCodeOrEnumName() {
        List<String> names = new ArrayList<>();
        for (Enum<?>[] values : List.<Enum<?>[]>of(Code.values(), Condition.values(), Permit.values(),
                Housing.values(), BasisType.values(), PremisesFlag.values(), PremisesUse.values(),
                PersonStatus.values())) {
            for (Enum<?> e : values) {
                names.add(e.name());
            }
        }
        Pattern latinWord = Pattern.compile("[A-Za-z]{3,}");
        for (PermitAssessment a : everyKind()) {
            String zh = a.toText(Locale.SIMPLIFIED_CHINESE);
            for (String name : names) {
                assertThat(zh).as("zh-CN text of %s", a).doesNotContain(name);
            }
            Matcher m = latinWord.matcher(zh);
            assertThat(m.find()).as("a Latin word in %s", zh).isFalse();
            for (PermitReason r : a.reasons()) {
                assertThat(r.message(Locale.SIMPLIFIED_CHINESE)).doesNotContain("{", "}", "—");
                assertThat(r.message(Locale.ENGLISH)).doesNotContain("{", "}", "—");
            }
        }
    }

    private static java.util.Properties bundle(String name) throws java.io.IOException {
        java.util.Properties p = new java.util.Properties();
        try (java.io.Reader r = new java.io.InputStreamReader(
                ResidencePermitsTest.class.getResourceAsStream("/org/renfang/validation/" + name),
                StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }

    private static java.util.Set<String> placeholders(String template) {
        java.util.Set<String> out = new java.util.TreeSet<>();
        Matcher m = Pattern.compile("\\{([A-Za-z]+)(\\?[^}]*)?}").matcher(template);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    @Test
    void bothBundles_haveEveryPermitText_withTheSamePlaceholders() throws Exception {
        java.util.Properties en = bundle("messages.properties");
        java.util.Properties zh = bundle("messages_zh_CN.properties");
        List<String> keys = new ArrayList<>();
        for (Code c : Code.values()) {
            keys.add("permit.reason." + c.name());
        }
        for (Permit p : Permit.values()) {
            keys.add("permit.permit." + p.name());
        }
        for (Housing h : Housing.values()) {
            keys.add("permit.param.housing." + h.name());
        }
        for (PremisesFlag f : PremisesFlag.values()) {
            keys.add("value.flags." + f.name());
        }
        for (Condition c : Condition.values()) {
            keys.add("permit.condition." + c.name());
        }
        for (String key : en.stringPropertyNames()) {
            if (key.startsWith("permit.")) {
                keys.add(key);
            }
        }
        for (String key : keys) {
            assertThat(en.getProperty(key)).as("en " + key).isNotBlank();
            assertThat(zh.getProperty(key)).as("zh-CN " + key).isNotBlank();
            assertThat(placeholders(zh.getProperty(key))).as(key).isEqualTo(placeholders(en.getProperty(key)));
        }
    }

    @Test
    void toText_englishAndChinese_idsAndDatesOnly() {
        PermitAssessment a = eligibleByLease();

        String en = a.toText(Locale.ENGLISH);
        String zh = a.toText(Locale.SIMPLIFIED_CHINESE);

        assertThat(en).contains("P1", "2026-09-01", "2026-03-01", "R1", "E1", "eligible", "stable employment",
                "Interim Regulations on Residence Permits", "city 11", "China (national) (CN)", "filed lease")
                .doesNotContain("Test Person", "{", "}");
        assertThat(zh).contains("P1", "2026-09-01", "符合申领条件", "合法稳定就业", "合法稳定住所", "《居住证暂行条例》第二条",
                "全国（CN）", "已备案租赁住房")
                .doesNotContain("Test Person", "{", "}");
        assertThat(en.lines()).hasSize(a.reasons().size() + 10);
    }

    @Test
    void toText_hmtPermit_namesTheHmtMeasures() {
        PermitAssessment a = assess(hmtEmployed("2026-03-01"), "2026-09-01");

        assertThat(a.toText(Locale.ENGLISH)).contains("residents of Hong Kong, Macao and Taiwan");
        assertThat(a.toText(Locale.SIMPLIFIED_CHINESE)).contains("港澳台居民居住证", "《港澳台居民居住证申领发放办法》");
    }

    @Test
    void toText_notAssessed_saysSo() {
        PermitAssessment de = assess(base(), "2026-11-26", DE);
        PermitAssessment foreign = assess(registry().addPersons(foreigner("P1").build()), "2026-11-26");
        PermitAssessment unknownDate = assess(residentOther("2025-01-01"), "2026-11-26");

        assertThat(de.toText(Locale.ENGLISH)).contains("not applicable", "not assessed", "Earliest date of "
                + "eligibility: none").doesNotContain("{");
        assertThat(de.toText(Locale.SIMPLIFIED_CHINESE)).contains("不适用", "未审核", "德国（DE）");
        assertThat(foreign.toText(Locale.ENGLISH)).contains("not eligible", "foreign national");
        assertThat(foreign.toText(Locale.SIMPLIFIED_CHINESE)).contains("外国人不适用");
        assertThat(unknownDate.toText(Locale.ENGLISH)).contains("cannot be predicted");
        assertThat(unknownDate.toText(Locale.SIMPLIFIED_CHINESE)).contains("无法根据现有记录预测");
    }

    @Test
    void json_hasTheContractShape() throws Exception {
        PermitAssessment a = eligibleByLease();

        JsonNode n = RenfangJson.registryMapper().readTree(a.toJson(Locale.ENGLISH));

        Fixtures.assertTexts(n, "schema", "renfang/permit@1", "profile", "CN", "person", "P1", "on", "2026-09-01",
                "permit", "RESIDENCE_PERMIT", "earliestDate", "2026-09-01", "residenceSince", "2026-03-01", "city", "11");
        assertThat(n.get("eligible").asBoolean()).isTrue();
        assertThat(n.get("monthsRequired").asInt()).isEqualTo(6);
        assertThat(n.get("conditions")).extracting(JsonNode::asText)
                .containsExactly("EMPLOYMENT", "STABLE_RESIDENCE");
        assertThat(n.get("reasons")).hasSize(a.reasons().size());
        JsonNode first = n.get("reasons").get(0);
        assertThat(first.get("code").asText()).isEqualTo("RESIDENCE_MET");
        assertThat(first.get("params").get("since").asText()).isEqualTo("2026-03-01");
        assertThat(first.get("message").asText()).isEqualTo(a.reasons().get(0).message(Locale.ENGLISH));
        assertThat(RenfangJson.registryMapper().readTree(assess(hmtEmployed("2026-03-01"), "2026-09-01")
                .toJson(Locale.ENGLISH)).get("permit").asText()).isEqualTo("HMT_RESIDENCE_PERMIT");
    }

    @Test
    void json_notAssessed_writesNulls() throws Exception {
        PermitAssessment unknown = ResidencePermits.assess(Registry.of(base().build()), PersonId.of("P404"),
                d("2026-11-26"), DE);
        PermitAssessment local = assess(withHousehold(BEIJING_CHAOYANG)
                .addResidences(home("R1", "H1", Basis.other(), "2025-03-01").build()), "2026-09-01");

        JsonNode n = RenfangJson.registryMapper().readTree(unknown.toJson(Locale.SIMPLIFIED_CHINESE));
        JsonNode l = RenfangJson.registryMapper().readTree(local.toJson(Locale.ENGLISH));

        assertThat(n.get("eligible").asBoolean()).isFalse();
        assertThat(n.get("permit").isNull()).isTrue();
        assertThat(n.get("earliestDate").isNull()).isTrue();
        assertThat(n.get("residenceSince").isNull()).isTrue();
        assertThat(n.get("city").isNull()).isTrue();
        assertThat(n.get("monthsRequired").isNull()).isTrue();
        assertThat(n.get("conditions")).isEmpty();
        assertThat(n.get("reasons")).extracting(r -> r.get("code").asText())
                .containsExactly("PERSON_UNKNOWN", "NOT_APPLICABLE");
        assertThat(l.get("permit").isNull()).isTrue();
        assertThat(l.get("earliestDate").isNull()).isTrue();
        assertThat(l.get("reasons")).extracting(r -> r.get("code").asText()).containsExactly("LOCAL_RESIDENT");
    }

    @Test
    void sameRecords_sameOutput() {
        assertThat(eligibleByLease().toJson(Locale.ENGLISH)).isEqualTo(eligibleByLease().toJson(Locale.ENGLISH));
    }
}
