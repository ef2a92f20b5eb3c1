package org.renfang.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.renfang.validation.Fixtures.apartment;
import static org.renfang.validation.Fixtures.d;
import static org.renfang.validation.Fixtures.employment;
import static org.renfang.validation.Fixtures.enrollment;
import static org.renfang.validation.Fixtures.lease;
import static org.renfang.validation.Fixtures.org;
import static org.renfang.validation.Fixtures.person;
import static org.renfang.validation.Fixtures.registry;
import static org.renfang.validation.Fixtures.residence;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.renfang.model.Basis;
import org.renfang.model.ImmutableAddress;
import org.renfang.model.ImmutableRegistryDocument;
import org.renfang.model.LeaseId;
import org.renfang.model.OrganizationKind;
import org.renfang.model.PersonId;
import org.renfang.model.json.RenfangJson;
import org.renfang.registry.Registry;
import org.renfang.validation.PermitAssessment.Condition;
import org.renfang.validation.PermitReason.Code;
import org.renfang.validation.profile.Profile;
import org.renfang.validation.profile.Profiles;

class ResidencePermitsTest {
    private static final Profile CN = Profiles.load("CN");
    private static final PersonId P1 = PersonId.of("P1");

    /** P1 and the owner P9, apartment H1 (division 650203) and an employer, a school. */
    private static ImmutableRegistryDocument.Builder base() {
        return registry().addPersons(person("P1").build(), person("P9").build())
                .addOrganizations(org("O1", OrganizationKind.EMPLOYER).build(),
                        org("O7", OrganizationKind.SCHOOL).build())
                .addPremises(apartment("H1", "P9").build());
    }

    private static PermitAssessment assess(ImmutableRegistryDocument.Builder doc, String on) {
        return assess(doc, on, CN);
    }

    private static PermitAssessment assess(ImmutableRegistryDocument.Builder doc, String on, Profile profile) {
        return ResidencePermits.assess(Registry.of(doc.build()), P1, d(on), profile);
    }

    private static List<Code> codes(PermitAssessment a) {
        List<Code> out = new ArrayList<>();
        for (PermitReason r : a.reasons()) {
            out.add(r.code());
        }
        return out;
    }

    private static PermitReason reason(PermitAssessment a, Code code) {
        for (PermitReason r : a.reasons()) {
            if (r.code() == code) {
                return r;
            }
        }
        throw new AssertionError("no reason " + code + " in " + a.reasons());
    }

    /** A residence of P1 at H1 on an OTHER basis: residence counts, no stable residence. */
    private static ImmutableRegistryDocument.Builder residentOther(String movedIn) {
        return base().addResidences(residence("R1", "P1", "H1", Basis.other(), movedIn).build());
    }

    // -----------------------------------------------------------------------------------------
    // The three conditions

    @Test
    void filedLease_sixMonths_eligibleByStableResidence() {
        PermitAssessment a = assess(base()
                .addLeases(lease("L1", "H1", "P9", "P1", "2026-03-01", "2027-02-28").build())
                .addResidences(residence("R1", "P1", "H1", Basis.lease(LeaseId.of("L1")), "2026-03-01").build()),
                "2026-09-01");

        assertThat(a.isEligible()).isTrue();
        assertThat(a.isApplicable()).isTrue();
        assertThat(a.conditions()).containsExactly(Condition.STABLE_RESIDENCE);
        assertThat(a.residenceSince()).contains(d("2026-03-01"));
        assertThat(a.earliestDate()).contains(d("2026-09-01"));
        assertThat(a.monthsRequired()).hasValue(6);
        assertThat(codes(a)).containsExactly(Code.RESIDENCE_MET, Code.STABLE_RESIDENCE_MET);
        assertThat(reason(a, Code.STABLE_RESIDENCE_MET).params())
                .containsEntry("residence", "R1").containsEntry("basis", "LEASE").containsEntry("on", "2026-09-01");
        assertThat(reason(a, Code.RESIDENCE_MET).params()).containsEntry("since", "2026-03-01")
                .containsEntry("months", "6");
    }

    @Test
    void owner_eligibleByStableResidence() {
        PermitAssessment a = assess(base()
                .addResidences(residence("R1", "P1", "H1", Basis.owner(), "2025-01-10").build()), "2026-11-26");

        assertThat(a.isEligible()).isTrue();
        assertThat(a.conditions()).containsExactly(Condition.STABLE_RESIDENCE);
        assertThat(reason(a, Code.STABLE_RESIDENCE_MET).params()).containsEntry("basis", "OWNER");
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
        PermitAssessment a = assess(base()
                .addResidences(residence("R1", "P1", "H1", Basis.owner(), "2025-01-10").build())
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
    // Boundary of the months

    @Test
    void exactlySixMonths_eligible() {
        PermitAssessment a = assess(residentOther("2026-03-01")
                .addEmployments(employment("E1", "P1", "O1", "2026-03-01").build()), "2026-09-01");

        assertThat(a.isEligible()).isTrue();
        assertThat(a.earliestDate()).contains(d("2026-09-01"));
    }

    @Test
    void oneDayShortOfSixMonths_notEligible_earliestNextDay() {
        PermitAssessment a = assess(residentOther("2026-03-01")
                .addEmployments(employment("E1", "P1", "O1", "2026-03-01").build()), "2026-08-31");

        assertThat(a.isEligible()).isFalse();
        assertThat(a.conditions()).containsExactly(Condition.EMPLOYMENT);
        assertThat(a.residenceSince()).contains(d("2026-03-01"));
        assertThat(a.earliestDate()).contains(d("2026-09-01"));
        assertThat(codes(a)).containsExactly(Code.RESIDENCE_TOO_SHORT, Code.EMPLOYMENT_MET);
        assertThat(reason(a, Code.RESIDENCE_TOO_SHORT).params()).containsEntry("since", "2026-03-01")
                .containsEntry("months", "6").containsEntry("on", "2026-08-31")
                .containsEntry("reachedOn", "2026-09-01");
    }

    @Test
    void monthEndStart_countsByMinusMonths() {
        // 2027-02-28 minus 6 months is 2026-08-28, before the move-in on 2026-08-31.
        ImmutableRegistryDocument.Builder doc = residentOther("2026-08-31")
                .addEmployments(employment("E1", "P1", "O1", "2026-08-31").build());

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
                .addResidences(residence("R1", "P1", "H1", Basis.other(), "2026-06-01").movedOut(d("2026-12-01"))
                        .deregisteredOn(d("2026-12-02")).build())
                .addEmployments(employment("E1", "P1", "O1", "2026-06-01").build()), "2026-11-26");

        assertThat(a.isEligible()).isFalse();
        assertThat(a.earliestDate()).isEmpty();
    }

    // -----------------------------------------------------------------------------------------
    // Continuity

    @Test
    void oneDayGap_breaksContinuity() {
        PermitAssessment a = assess(base()
                .addPremises(apartment("H2", "P9").build())
                .addResidences(
                        residence("R1", "P1", "H1", Basis.other(), "2026-01-01").movedOut(d("2026-05-01"))
                                .deregisteredOn(d("2026-05-01")).build(),
                        residence("R2", "P1", "H2", Basis.other(), "2026-05-02").build())
                .addEmployments(employment("E1", "P1", "O1", "2026-01-01").build()), "2026-09-01");

        assertThat(a.isEligible()).isFalse();
        assertThat(a.residenceSince()).contains(d("2026-05-02"));
        assertThat(a.earliestDate()).contains(d("2026-11-02"));
    }

    @Test
    void moveOnTheDayOfMoveOut_keepsContinuity() {
        PermitAssessment a = assess(base()
                .addPremises(apartment("H2", "P9").build())
                .addResidences(
                        residence("R1", "P1", "H1", Basis.other(), "2026-01-01").movedOut(d("2026-05-01"))
                                .deregisteredOn(d("2026-05-01")).build(),
                        residence("R2", "P1", "H2", Basis.other(), "2026-05-01").build())
                .addEmployments(employment("E1", "P1", "O1", "2026-01-01").build()), "2026-09-01");

        assertThat(a.isEligible()).isTrue();
        assertThat(a.residenceSince()).contains(d("2026-01-01"));
    }

    @Test
    void overlappingResidences_mergeIntoOneStretch() {
        PermitAssessment a = assess(base()
                .addPremises(apartment("H2", "P9").build())
                .addResidences(
                        residence("R1", "P1", "H1", Basis.other(), "2026-01-01").movedOut(d("2026-06-01"))
                                .deregisteredOn(d("2026-06-01")).build(),
                        residence("R2", "P1", "H2", Basis.other(), "2026-02-01").movedOut(d("2026-04-01"))
                                .deregisteredOn(d("2026-04-01")).build(),
                        residence("R3", "P1", "H2", Basis.other(), "2026-05-15").build())
                .addEmployments(employment("E1", "P1", "O1", "2026-01-01").build()), "2026-07-01");

        assertThat(a.isEligible()).isTrue();
        assertThat(a.residenceSince()).contains(d("2026-01-01"));
    }

    @Test
    void hotelStays_doNotCount() {
        PermitAssessment a = assess(base()
                .addResidences(residence("R0", "P1", "H1", Basis.hotelStay(), "2025-01-01").build(),
                        residence("R1", "P1", "H1", Basis.other(), "2026-06-01").build())
                .addEmployments(employment("E1", "P1", "O1", "2025-01-01").build()), "2026-11-26");

        assertThat(a.isEligible()).isFalse();
        assertThat(a.residenceSince()).contains(d("2026-06-01"));
        assertThat(a.earliestDate()).contains(d("2026-12-01"));
    }

    @Test
    void hotelStayOnly_residenceNone() {
        PermitAssessment a = assess(base()
                .addResidences(residence("R0", "P1", "H1", Basis.hotelStay(), "2025-01-01").build())
                .addEmployments(employment("E1", "P1", "O1", "2025-01-01").build()), "2026-11-26");

        assertThat(a.isEligible()).isFalse();
        assertThat(a.residenceSince()).isEmpty();
        assertThat(a.earliestDate()).isEmpty();
        assertThat(codes(a)).containsExactly(Code.RESIDENCE_NONE, Code.EMPLOYMENT_MET);
        assertThat(reason(a, Code.RESIDENCE_NONE).params()).containsEntry("profile", "CN")
                .containsEntry("on", "2026-11-26");
    }

    @Test
    void futureResidence_earliestSixMonthsAfterMoveIn() {
        PermitAssessment a = assess(residentOther("2027-01-10")
                .addEmployments(employment("E1", "P1", "O1", "2026-01-01").build()), "2026-11-26");

        assertThat(a.isEligible()).isFalse();
        assertThat(codes(a)).startsWith(Code.RESIDENCE_NONE);
        assertThat(a.earliestDate()).contains(d("2027-07-10"));
    }

    // -----------------------------------------------------------------------------------------
    // Stable residence

    @Test
    void leaseNotFiled_notStableResidence() {
        PermitAssessment a = assess(base()
                .addLeases(lease("L1", "H1", "P9", "P1", "2026-03-01", "2027-02-28").filing(java.util.Optional.empty())
                        .build())
                .addResidences(residence("R1", "P1", "H1", Basis.lease(LeaseId.of("L1")), "2026-03-01").build()),
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
                .addResidences(residence("R1", "P1", "H1", Basis.lease(LeaseId.of("L1")), "2026-03-01").build()),
                "2026-11-26");

        assertThat(a.isEligible()).isFalse();
        assertThat(codes(a)).contains(Code.LEASE_NOT_FILED);
        assertThat(a.earliestDate()).contains(d("2026-12-05"));
    }

    @Test
    void leaseEnded_notStableResidence() {
        PermitAssessment a = assess(base()
                .addLeases(lease("L1", "H1", "P9", "P1", "2025-03-01", "2026-02-28").build())
                .addResidences(residence("R1", "P1", "H1", Basis.lease(LeaseId.of("L1")), "2025-03-01").build()),
                "2026-11-26");

        assertThat(a.isEligible()).isFalse();
        assertThat(codes(a)).containsExactly(Code.RESIDENCE_MET, Code.LEASE_NOT_VALID, Code.NO_CONDITION);
    }

    @Test
    void leaseNotListingThePerson_notStableResidence() {
        PermitAssessment a = assess(base()
                .addPersons(person("P2").build())
                .addLeases(lease("L1", "H1", "P9", "P2", "2026-03-01", "2027-02-28").build())
                .addResidences(residence("R1", "P1", "H1", Basis.lease(LeaseId.of("L1")), "2026-03-01").build()),
                "2026-11-26");

        assertThat(codes(a)).contains(Code.LEASE_NOT_VALID);
        assertThat(a.conditions()).isEmpty();
    }

    @Test
    void unknownLease_notStableResidence_neverThrows() {
        PermitAssessment a = assess(base()
                .addResidences(residence("R1", "P1", "H1", Basis.lease(LeaseId.of("L404")), "2026-03-01").build()),
                "2026-11-26");

        assertThat(a.isEligible()).isFalse();
        assertThat(codes(a)).contains(Code.LEASE_NOT_VALID);
    }

    @Test
    void employerDormitory_notStableResidence() {
        PermitAssessment a = assess(base()
                .addResidences(residence("R1", "P1", "H1",
                        Basis.employerDormitory(org.renfang.model.OrganizationId.of("O1")), "2025-03-01").build()),
                "2026-11-26");

        assertThat(a.conditions()).isEmpty();
        assertThat(codes(a)).containsExactly(Code.RESIDENCE_MET, Code.NO_CONDITION);
    }

    // -----------------------------------------------------------------------------------------
    // Profiles and jurisdiction

    @Test
    void germanProfile_notApplicable() {
        PermitAssessment a = assess(base()
                .addResidences(residence("R1", "P1", "H1", Basis.owner(), "2020-01-01").build()), "2026-11-26",
                Profiles.load("DE"));

        assertThat(a.isEligible()).isFalse();
        assertThat(a.isApplicable()).isFalse();
        assertThat(codes(a)).containsExactly(Code.NOT_APPLICABLE);
        assertThat(reason(a, Code.NOT_APPLICABLE).params()).containsEntry("profile", "DE");
        assertThat(a.earliestDate()).isEmpty();
        assertThat(a.residenceSince()).isEmpty();
        assertThat(a.monthsRequired()).isEmpty();
        assertThat(a.conditions()).isEmpty();
    }

    @Test
    void shanghaiProfile_residenceOutsideShanghai_doesNotCount() {
        PermitAssessment a = assess(base()
                .addResidences(residence("R1", "P1", "H1", Basis.owner(), "2020-01-01").build()), "2026-11-26",
                Profiles.load("CN-31"));

        assertThat(a.isEligible()).isFalse();
        assertThat(codes(a)).containsExactly(Code.RESIDENCE_NONE, Code.NO_CONDITION);
        assertThat(reason(a, Code.RESIDENCE_NONE).params()).containsEntry("profile", "CN-31");
    }

    @Test
    void shanghaiProfile_residenceInShanghai_counts() {
        PermitAssessment a = assess(registry().addPersons(person("P1").build(), person("P9").build())
                .addPremises(apartment("H1", "P9")
                        .address(ImmutableAddress.builder().division("310104").line("Test Road 1").build()).build())
                .addResidences(residence("R1", "P1", "H1", Basis.owner(), "2020-01-01").build()), "2026-11-26",
                Profiles.load("CN-31"));

        assertThat(a.isEligible()).isTrue();
        assertThat(a.profile()).isEqualTo("CN-31");
    }

    @Test
    void shanghaiProfile_stableResidenceOutsideShanghai_doesNotCount() {
        PermitAssessment a = assess(registry().addPersons(person("P1").build(), person("P9").build())
                .addPremises(apartment("H1", "P9")
                        .address(ImmutableAddress.builder().division("310104").line("Test Road 1").build()).build(),
                        apartment("H2", "P9").build())
                .addResidences(residence("R1", "P1", "H1", Basis.other(), "2020-01-01").build(),
                        residence("R2", "P1", "H2", Basis.owner(), "2020-01-01").build()), "2026-11-26",
                Profiles.load("CN-31"));

        assertThat(a.isEligible()).isFalse();
        assertThat(codes(a)).containsExactly(Code.RESIDENCE_MET, Code.NO_CONDITION);
    }

    @Test
    void residenceAtUnknownPremises_doesNotCount() {
        PermitAssessment a = assess(base()
                .addResidences(residence("R1", "P1", "H404", Basis.owner(), "2020-01-01").build()), "2026-11-26");

        assertThat(codes(a)).containsExactly(Code.RESIDENCE_NONE, Code.NO_CONDITION);
    }

    // -----------------------------------------------------------------------------------------
    // Unknown person, bad data, arguments

    @Test
    void unknownPerson_notEligible_personUnknown() {
        PermitAssessment a = ResidencePermits.assess(Registry.of(base().build()), PersonId.of("P404"),
                d("2026-11-26"), CN);

        assertThat(a.isEligible()).isFalse();
        assertThat(codes(a)).containsExactly(Code.PERSON_UNKNOWN);
        assertThat(a.reasons().get(0).params()).containsEntry("person", "P404");
        assertThat(a.earliestDate()).isEmpty();
        assertThat(a.person()).isEqualTo(PersonId.of("P404"));
    }

    @Test
    void badIntervals_areIgnored_neverThrow() {
        PermitAssessment a = assess(base()
                .addResidences(residence("R1", "P1", "H1", Basis.owner(), "2026-05-01").movedOut(d("2026-04-01"))
                        .deregisteredOn(d("2026-04-02")).build(),
                        residence("R2", "P1", "H1", Basis.other(), "2020-01-01").build())
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
                .addResidences(residence("R1", "P1", "H1", Basis.owner(), "2026-01-01").build())
                .addEmployments(employment("E1", "P1", "O1", "2026-01-01").end(LocalDate.MAX).build()).build()),
                P1, LocalDate.MAX, CN);

        assertThat(a.isEligible()).isTrue();
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
                .addResidences(residence("R1", "P1", "H1", Basis.lease(LeaseId.of("L1")), "2026-03-01").build())
                .addEmployments(employment("E1", "P1", "O1", "2026-03-01").build()), "2026-09-01");
    }

    @Test
    void toText_englishAndChinese_idsAndDatesOnly() {
        PermitAssessment a = eligibleByLease();

        String en = a.toText(Locale.ENGLISH);
        String zh = a.toText(Locale.SIMPLIFIED_CHINESE);

        assertThat(en).contains("P1", "2026-09-01", "2026-03-01", "R1", "E1", "eligible", "stable employment")
                .doesNotContain("Test Person", "{", "}");
        assertThat(zh).contains("P1", "2026-09-01", "符合申领条件", "合法稳定就业", "合法稳定住所")
                .doesNotContain("Test Person", "{", "}");
        assertThat(en.lines()).hasSize(a.reasons().size() + 9);
    }

    @Test
    void toText_notApplicableAndUnknownEarliest() {
        PermitAssessment a = assess(base(), "2026-11-26", Profiles.load("DE"));

        assertThat(a.toText(Locale.ENGLISH)).contains("not applicable", "cannot be predicted")
                .doesNotContain("{");
        assertThat(a.toText(Locale.SIMPLIFIED_CHINESE)).contains("不适用", "无法根据现有记录预测");
    }

    @Test
    void json_hasTheContractShape() throws Exception {
        PermitAssessment a = eligibleByLease();

        JsonNode n = RenfangJson.registryMapper().readTree(a.toJson(Locale.ENGLISH));

        assertThat(n.get("schema").asText()).isEqualTo("renfang/permit@1");
        assertThat(n.get("profile").asText()).isEqualTo("CN");
        assertThat(n.get("person").asText()).isEqualTo("P1");
        assertThat(n.get("on").asText()).isEqualTo("2026-09-01");
        assertThat(n.get("eligible").asBoolean()).isTrue();
        assertThat(n.get("earliestDate").asText()).isEqualTo("2026-09-01");
        assertThat(n.get("residenceSince").asText()).isEqualTo("2026-03-01");
        assertThat(n.get("monthsRequired").asInt()).isEqualTo(6);
        assertThat(n.get("conditions")).extracting(JsonNode::asText)
                .containsExactly("EMPLOYMENT", "STABLE_RESIDENCE");
        assertThat(n.get("reasons")).hasSize(a.reasons().size());
        JsonNode first = n.get("reasons").get(0);
        assertThat(first.get("code").asText()).isEqualTo("RESIDENCE_MET");
        assertThat(first.get("params").get("since").asText()).isEqualTo("2026-03-01");
        assertThat(first.get("message").asText()).isEqualTo(a.reasons().get(0).message(Locale.ENGLISH));
    }

    @Test
    void json_notEligible_writesNulls() throws Exception {
        PermitAssessment a = ResidencePermits.assess(Registry.of(base().build()), PersonId.of("P404"),
                d("2026-11-26"), Profiles.load("DE"));

        JsonNode n = RenfangJson.registryMapper().readTree(a.toJson(Locale.SIMPLIFIED_CHINESE));

        assertThat(n.get("eligible").asBoolean()).isFalse();
        assertThat(n.get("earliestDate").isNull()).isTrue();
        assertThat(n.get("residenceSince").isNull()).isTrue();
        assertThat(n.get("monthsRequired").isNull()).isTrue();
        assertThat(n.get("conditions")).isEmpty();
        assertThat(n.get("reasons")).extracting(r -> r.get("code").asText())
                .containsExactly("PERSON_UNKNOWN", "NOT_APPLICABLE");
    }

    @Test
    void sameRecords_sameOutput() {
        assertThat(eligibleByLease().toJson(Locale.ENGLISH)).isEqualTo(eligibleByLease().toJson(Locale.ENGLISH));
    }
}
