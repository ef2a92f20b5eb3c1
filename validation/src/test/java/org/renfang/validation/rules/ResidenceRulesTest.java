package org.renfang.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.renfang.validation.Fixtures.AS_OF;
import static org.renfang.validation.Fixtures.apartment;
import static org.renfang.validation.Fixtures.assertFinding;
import static org.renfang.validation.Fixtures.check;
import static org.renfang.validation.Fixtures.d;
import static org.renfang.validation.Fixtures.employment;
import static org.renfang.validation.Fixtures.lease;
import static org.renfang.validation.Fixtures.residence;
import static org.renfang.validation.Fixtures.room;
import static org.renfang.validation.rules.ResidenceTesting.ON_L1;
import static org.renfang.validation.rules.ResidenceTesting.base;
import static org.renfang.validation.rules.ResidenceTesting.findings;
import static org.renfang.validation.rules.ResidenceTesting.none;
import static org.renfang.validation.rules.ResidenceTesting.single;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.renfang.model.Basis;
import org.renfang.model.ImmutableEmployment;
import org.renfang.model.ImmutableLease;
import org.renfang.model.ImmutableRegistryDocument;
import org.renfang.model.ImmutableResidence;
import org.renfang.model.LeaseId;
import org.renfang.model.OrganizationId;
import org.renfang.model.Party;
import org.renfang.model.PersonId;
import org.renfang.model.PremisesUse;
import org.renfang.model.RegistryDocument;
import org.renfang.model.Residence;
import org.renfang.model.RoomId;
import org.renfang.model.RoomKind;
import org.renfang.validation.Report;
import org.renfang.validation.finding.Finding;
import org.renfang.validation.finding.RuleCode;

/**
 * PREMISES_NOT_RESIDENTIAL, RESIDENCE_BASIS_MISSING and RESIDENCE_OUTLIVES_BASIS. The deadline
 * rules are in {@link ResidenceDeadlinesTest}, overlaps in {@link ResidenceOverlapTest}, payload
 * scope in {@link ResidencePayloadTest}.
 */
class ResidenceRulesTest {

    private static final List<RuleCode> OWN = List.of(RuleCode.PREMISES_NOT_RESIDENTIAL,
            RuleCode.RESIDENCE_BASIS_MISSING, RuleCode.RESIDENCE_OUTLIVES_BASIS, RuleCode.RESIDENCE_OVERLAP,
            RuleCode.RESIDENCE_REGISTRATION_LATE, RuleCode.FOREIGNER_REGISTRATION_LATE,
            RuleCode.HOTEL_REGISTRATION_LATE, RuleCode.RESIDENCE_DEREGISTRATION_LATE);

    /**
     * The base registry with lease L2 of a premises from P9 to P1 for only the let rooms, and P1's
     * residence R1 on it, in a room or (null) in none.
     */
    private static ImmutableRegistryDocument.Builder underLeaseOfRooms(String premises, String room,
            String... letRooms) {
        ImmutableLease.Builder l2 = lease("L2", premises, "P9", "P1", "2026-03-01", "2027-02-28");
        for (String let : letRooms) {
            l2.addRooms(RoomId.of(let));
        }
        ImmutableResidence.Builder r1 = residence("R1", "P1", premises, Basis.lease(LeaseId.of("L2")), "2026-03-01");
        if (room != null) {
            r1.room(RoomId.of(room));
        }
        return base().addLeases(l2.build()).addResidences(r1.build());
    }

    private static Report checkWith(Residence... residences) {
        return check("CN", base().addResidences(residences).build());
    }

    private static Finding basisMissing(Report report) {
        return single(report, RuleCode.RESIDENCE_BASIS_MISSING);
    }

    private static void assertReason(Report report, String basis, String reason, String... subjects) {
        Finding f = basisMissing(report);
        assertFinding(f, "/residences/0", List.of(subjects), "residence", "R1", "basis", basis, "reason", reason);
    }

    @Test
    void cleanRegistry_underEveryShippedProfile_reportsNoResidenceFinding() {
        RegistryDocument doc = base()
                .addResidences(residence("R1", "P1", "H1", ON_L1, "2026-03-01").room(RoomId.of("H1-1")).build(),
                        residence("R2", "F1", "H1", ON_L1, "2026-03-01").build(),
                        residence("R3", "P9", "H2", Basis.owner(), "2026-01-01").build(),
                        residence("R4", "P2", "H2", Basis.familyMemberOf(PersonId.of("P9")), "2026-02-01").build(),
                        residence("R5", "P2", "H1", Basis.hotelStay(), "2026-01-10")
                                .registeredOn(d("2026-01-10")).movedOut(d("2026-01-12")).build())
                .build();
        for (String profile : List.of("CN", "CN-11", "CN-31", "CN-4403", "DE")) {
            Report report = check(profile, doc);
            assertThat(report.findings()).as(profile).noneMatch(f -> OWN.contains(f.rule()));
        }
    }

    // -----------------------------------------------------------------------------------------

    @Nested
    class PremisesNotResidential {

        private Report onPremisesOfUse(PremisesUse use, Basis basis) {
            return check("CN", base().addPremises(apartment("H3", "P1").use(use).build())
                    .addResidences(residence("R1", "P1", "H3", basis, "2026-03-01").build()).build());
        }

        @Test
        void residenceOnNonResidentialPremises_reportsPremisesNotResidential() {
            Finding f = single(onPremisesOfUse(PremisesUse.NON_RESIDENTIAL, Basis.owner()),
                    RuleCode.PREMISES_NOT_RESIDENTIAL);
            assertFinding(f, "/residences/0", List.of("residence:R1", "premises:H3"), "residence", "R1", "premises",
                    "H3");
        }

        @Test
        void otherBasisOnNonResidentialPremises_reportsPremisesNotResidential() {
            single(onPremisesOfUse(PremisesUse.NON_RESIDENTIAL, Basis.other()), RuleCode.PREMISES_NOT_RESIDENTIAL);
        }

        @ParameterizedTest
        @ValueSource(strings = {"RESIDENTIAL", "MIXED"})
        void residenceOnResidentialOrMixedPremises_noFinding(String use) {
            none(onPremisesOfUse(PremisesUse.valueOf(use), Basis.owner()), RuleCode.PREMISES_NOT_RESIDENTIAL);
        }

        @Test
        void hotelStayOnNonResidentialPremises_noFinding() {
            none(onPremisesOfUse(PremisesUse.NON_RESIDENTIAL, Basis.hotelStay()), RuleCode.PREMISES_NOT_RESIDENTIAL);
        }

        @Test
        void unknownPremises_leftToReferenceUnknown() {
            Report report = checkWith(residence("R1", "P1", "H404", Basis.owner(), "2026-03-01").build());
            none(report, RuleCode.PREMISES_NOT_RESIDENTIAL);
            none(report, RuleCode.RESIDENCE_BASIS_MISSING);
        }
    }

    // -----------------------------------------------------------------------------------------

    @Nested
    class LeaseBasis {

        @Test
        void listedLesseeOnLeaseCoveringMoveIn_noFinding() {
            none(checkWith(residence("R1", "P1", "H1", ON_L1, "2026-03-01").build()), RuleCode.RESIDENCE_BASIS_MISSING);
        }

        @Test
        void listedOccupant_noFinding() {
            none(checkWith(residence("R1", "F1", "H1", ON_L1, "2026-03-01").build()), RuleCode.RESIDENCE_BASIS_MISSING);
        }

        @Test
        void moveInOnLastDayOfLease_noFinding() {
            none(checkWith(residence("R1", "P1", "H1", ON_L1, "2027-02-28").build()), RuleCode.RESIDENCE_BASIS_MISSING);
        }

        /** Residence R1 on lease L1 (P1 renting H1, 2026-03-01 to 2027-02-28) that the lease does not cover. */
        @ParameterizedTest(name = "{0}: {4}")
        @CsvSource({
            "move-in the day before the lease starts, P1, H1, 2026-02-28, LEASE_NOT_ACTIVE",
            "move-in the day after the lease ends, P1, H1, 2027-03-01, LEASE_NOT_ACTIVE",
            "lease of other premises, P1, H2, 2026-03-01, LEASE_OTHER_PREMISES",
            "person not on the lease, P2, H1, 2026-03-01, NOT_LISTED_ON_LEASE",
            "premises mismatch wins over not active and not listed, P2, H2, 2020-01-01, LEASE_OTHER_PREMISES"
        })
        void residenceTheLeaseDoesNotCover_reportsItsReason(String situation, String person, String premises,
                String movedIn, String reason) {
            assertReason(checkWith(residence("R1", person, premises, ON_L1, movedIn).build()),
                    "LEASE", reason, "residence:R1", "lease:L1");
        }

        @Test
        void residenceInRoomNotLet_reportsLeaseOtherRoom() {
            Report report = check("CN", underLeaseOfRooms("H2", "H2-2", "H2-1").build());
            assertReason(report, "LEASE", "LEASE_OTHER_ROOM", "residence:R1", "lease:L2");
        }

        @Test
        void residenceInLetRoom_noFinding() {
            Report report = check("CN", underLeaseOfRooms("H2", "H2-2", "H2-1", "H2-2").build());
            none(report, RuleCode.RESIDENCE_BASIS_MISSING);
        }

        @Test
        void residenceWithoutRoomUnderRoomsOnlyLease_isAccepted() {
            Report report = check("CN", underLeaseOfRooms("H2", null, "H2-1").build());
            none(report, RuleCode.RESIDENCE_BASIS_MISSING);
        }

        @Test
        void residenceInRoomUnderWholePremisesLease_isAccepted() {
            none(checkWith(residence("R1", "P1", "H1", ON_L1, "2026-03-01").room(RoomId.of("H1-2")).build()),
                    RuleCode.RESIDENCE_BASIS_MISSING);
        }

        @Test
        void residenceInPartitionOfLetRoom_isNotLeaseOtherRoom() {
            Report report = check("CN", underLeaseOfRooms("H3", "H3-1a", "H3-1")
                    .addPremises(apartment("H3", "P9")
                            .addRooms(org.renfang.model.ImmutableRoom.copyOf(room("H3-1a", RoomKind.BEDROOM, "6"))
                                    .withPartitionedFrom(RoomId.of("H3-1")))
                            .build())
                    .build());
            none(report, RuleCode.RESIDENCE_BASIS_MISSING);
        }

        @Test
        void leaseListingMoreThanIndexThreshold_findsListedAndUnlisted() {
            org.renfang.model.ImmutableLease.Builder big = lease("L2", "H2", "P9", "P1", "2026-03-01", "2027-02-28");
            for (int i = 0; i <= ResidenceIndex.THRESHOLD + 5; i++) {
                big.addOccupants(PersonId.of("P1" + i));
            }
            Basis onL2 = Basis.lease(LeaseId.of("L2"));
            Report report = check("CN", base().addLeases(big.build())
                    .addResidences(residence("R1", "P2", "H2", onL2, "2026-03-01").build(),
                            residence("R2", "P1" + (ResidenceIndex.THRESHOLD + 5), "H2", onL2, "2026-03-01").build(),
                            residence("R3", "P10", "H2", onL2, "2026-03-01").build(),
                            residence("R4", "P1", "H2", onL2, "2026-03-01").build())
                    .build());
            assertReason(report, "LEASE", "NOT_LISTED_ON_LEASE", "residence:R1", "lease:L2");
        }

        @Test
        void unknownLease_leftToReferenceUnknown() {
            none(checkWith(residence("R1", "P1", "H1", Basis.lease(LeaseId.of("L404")), "2026-03-01").build()),
                    RuleCode.RESIDENCE_BASIS_MISSING);
        }
    }

    // -----------------------------------------------------------------------------------------

    @Nested
    class OwnerBasis {

        @Test
        void ownerLivingThere_noFinding() {
            none(checkWith(residence("R1", "P9", "H1", Basis.owner(), "2026-03-01").build()),
                    RuleCode.RESIDENCE_BASIS_MISSING);
        }

        @Test
        void otherPerson_reportsNotOwner() {
            assertReason(checkWith(residence("R1", "P1", "H1", Basis.owner(), "2026-03-01").build()),
                    "OWNER", "NOT_OWNER", "residence:R1", "premises:H1");
        }

        @Test
        void organizationOwner_reportsNotOwner() {
            Report report = check("CN", base()
                    .addPremises(apartment("H3", "P9").owner(Party.of(OrganizationId.of("O1"))).build())
                    .addResidences(residence("R1", "P1", "H3", Basis.owner(), "2026-03-01").build()).build());
            assertReason(report, "OWNER", "NOT_OWNER", "residence:R1", "premises:H3");
        }

        @Test
        void noRecordedOwner_reportsOwnerNotRecorded() {
            Report report = check("CN", base()
                    .addPremises(org.renfang.model.ImmutablePremises.copyOf(apartment("H3", "P9").build())
                            .withOwner(java.util.Optional.empty()))
                    .addResidences(residence("R1", "P1", "H3", Basis.owner(), "2026-03-01").build()).build());
            assertReason(report, "OWNER", "OWNER_NOT_RECORDED", "residence:R1", "premises:H3");
        }
    }

    // -----------------------------------------------------------------------------------------

    @Nested
    class DormitoryBasis {
        private final Basis ofO1 = Basis.employerDormitory(OrganizationId.of("O1"));

        private Report dormitory(String dormitoryOf, Residence r, org.renfang.model.Employment... employments) {
            org.renfang.model.ImmutablePremises.Builder h3 = apartment("H3", "P9");
            if (dormitoryOf != null) {
                h3.dormitoryOf(OrganizationId.of(dormitoryOf));
            }
            return check("CN", base().addPremises(h3.build()).addEmployments(employments).addResidences(r).build());
        }

        @Test
        void employeeInEmployersDormitory_noFinding() {
            none(dormitory("O1", residence("R1", "P1", "H3", ofO1, "2026-03-01").build(),
                    employment("E1", "P1", "O1", "2026-03-01").build()), RuleCode.RESIDENCE_BASIS_MISSING);
        }

        /** H3 is no dormitory at all (null), or the dormitory of another employer (O2). */
        @ParameterizedTest(name = "dormitory of {0}")
        @NullSource
        @ValueSource(strings = "O2")
        void premisesNotADormitoryOfTheEmployer_reportsNotADormitoryOfEmployer(String dormitoryOf) {
            assertReason(dormitory(dormitoryOf, residence("R1", "P1", "H3", ofO1, "2026-03-01").build(),
                    employment("E1", "P1", "O1", "2026-01-01").build()),
                    "EMPLOYER_DORMITORY", "NOT_A_DORMITORY_OF_EMPLOYER", "residence:R1", "premises:H3",
                    "organization:O1");
        }

        @Test
        void employmentEndedDayBeforeMoveIn_reportsNoActiveEmployment() {
            assertReason(dormitory("O1", residence("R1", "P1", "H3", ofO1, "2026-03-01").build(),
                    employment("E1", "P1", "O1", "2025-01-01").end(d("2026-02-28")).build()),
                    "EMPLOYER_DORMITORY", "NO_ACTIVE_EMPLOYMENT", "residence:R1", "premises:H3", "organization:O1");
        }

        @Test
        void employmentStartingDayAfterMoveIn_reportsNoActiveEmployment() {
            assertReason(dormitory("O1", residence("R1", "P1", "H3", ofO1, "2026-03-01").build(),
                    employment("E1", "P1", "O1", "2026-03-02").build()),
                    "EMPLOYER_DORMITORY", "NO_ACTIVE_EMPLOYMENT", "residence:R1", "premises:H3", "organization:O1");
        }

        @Test
        void employmentWithAnotherEmployer_reportsNoActiveEmployment() {
            assertReason(dormitory("O1", residence("R1", "P1", "H3", ofO1, "2026-03-01").build(),
                    employment("E1", "P1", "O2", "2026-01-01").build()),
                    "EMPLOYER_DORMITORY", "NO_ACTIVE_EMPLOYMENT", "residence:R1", "premises:H3", "organization:O1");
        }

        @Test
        void employmentEndingOnMoveInDay_noFinding() {
            none(dormitory("O1", residence("R1", "P1", "H3", ofO1, "2026-03-01").movedOut(d("2026-03-02")).build(),
                    employment("E1", "P1", "O1", "2025-01-01").end(d("2026-03-01")).build()),
                    RuleCode.RESIDENCE_BASIS_MISSING);
        }

        @Test
        void unknownEmployer_leftToReferenceUnknown() {
            Basis unknown = Basis.employerDormitory(OrganizationId.of("O404"));
            Report report = dormitory("O1", residence("R1", "P1", "H3", unknown, "2026-03-01").build());
            none(report, RuleCode.RESIDENCE_BASIS_MISSING);
            none(report, RuleCode.RESIDENCE_OUTLIVES_BASIS);
        }
    }

    // -----------------------------------------------------------------------------------------

    @Nested
    class FamilyMemberBasis {
        private final Basis ofP1 = Basis.familyMemberOf(PersonId.of("P1"));

        @Test
        void familyMemberResidentThereOnMoveIn_noFinding() {
            none(checkWith(residence("R1", "P2", "H1", ofP1, "2026-03-01").build(),
                    residence("R2", "P1", "H1", ON_L1, "2026-03-01").build()), RuleCode.RESIDENCE_BASIS_MISSING);
        }

        static Stream<Arguments> familyMemberNotResidentOnMoveIn() {
            Basis ofP1 = Basis.familyMemberOf(PersonId.of("P1"));
            return Stream.of(
                    Arguments.of("not resident anywhere", List.of(
                            residence("R1", "P2", "H1", ofP1, "2026-03-01").build())),
                    Arguments.of("resident at other premises", List.of(
                            residence("R1", "P2", "H2", ofP1, "2026-03-01").build(),
                            residence("R2", "P1", "H1", ON_L1, "2026-03-01").build())),
                    Arguments.of("moved in the day after", List.of(
                            residence("R1", "P2", "H1", ofP1, "2026-03-01").build(),
                            residence("R2", "P1", "H1", ON_L1, "2026-03-02").build())),
                    Arguments.of("moved out on the move-in day", List.of(
                            residence("R1", "P2", "H1", ofP1, "2026-03-10").build(),
                            residence("R2", "P1", "H1", ON_L1, "2026-03-01").movedOut(d("2026-03-10"))
                                    .deregisteredOn(d("2026-03-10")).build())),
                    Arguments.of("only in a hotel stay", List.of(
                            residence("R1", "P2", "H1", ofP1, "2026-03-01").build(),
                            residence("R2", "P1", "H1", Basis.hotelStay(), "2026-02-28").registeredOn(d("2026-02-28"))
                                    .build())));
        }

        @ParameterizedTest(name = "family member {0}")
        @MethodSource("familyMemberNotResidentOnMoveIn")
        void familyMemberNotThereOnMoveIn_reportsFamilyMemberNotResident(String what, List<Residence> residences) {
            assertReason(checkWith(residences.toArray(Residence[]::new)),
                    "FAMILY_MEMBER", "FAMILY_MEMBER_NOT_RESIDENT", "residence:R1", "person:P1");
        }

        @Test
        void familyMemberWithMoreResidencesThanIndexThreshold_isFoundThroughIndex() {
            org.renfang.model.ImmutableRegistryDocument.Builder doc = base();
            java.time.LocalDate day = d("2020-01-01");
            for (int i = 0; i <= ResidenceIndex.THRESHOLD; i++) {
                doc.addResidences(residence("S" + i, "P1", i % 2 == 0 ? "H1" : "H2", Basis.other(),
                        day.plusDays(2 * i).toString()).movedOut(day.plusDays(2 * i + 1))
                        .deregisteredOn(day.plusDays(2 * i + 1)).build());
            }
            doc.addResidences(residence("S-now", "P1", "H1", ON_L1, "2026-03-01").build());
            Report atHome = check("CN", doc.build().withResidences(prepend(doc.build().residences(),
                    residence("R1", "P2", "H1", ofP1, "2026-03-01").build())));
            none(atHome, RuleCode.RESIDENCE_BASIS_MISSING);
            Report elsewhere = check("CN", doc.build().withResidences(prepend(doc.build().residences(),
                    residence("R1", "P2", "H2", ofP1, "2026-03-01").build())));
            assertReason(elsewhere, "FAMILY_MEMBER", "FAMILY_MEMBER_NOT_RESIDENT", "residence:R1", "person:P1");
            Report beforeAnyHome = check("CN", doc.build().withResidences(prepend(doc.build().residences(),
                    residence("R1", "P2", "H1", ofP1, "2020-01-02").build())));
            assertReason(beforeAnyHome, "FAMILY_MEMBER", "FAMILY_MEMBER_NOT_RESIDENT", "residence:R1", "person:P1");
        }

        private List<Residence> prepend(List<Residence> rest, Residence first) {
            List<Residence> all = new java.util.ArrayList<>();
            all.add(first);
            all.addAll(rest);
            return all;
        }

        @Test
        void familyMemberOfOneself_reportsFamilyMemberIsSelf() {
            assertReason(checkWith(residence("R1", "P1", "H1", ofP1, "2026-03-01").build()),
                    "FAMILY_MEMBER", "FAMILY_MEMBER_IS_SELF", "residence:R1", "person:P1");
        }

        @Test
        void unknownFamilyMember_leftToReferenceUnknown() {
            none(checkWith(residence("R1", "P2", "H1", Basis.familyMemberOf(PersonId.of("P404")), "2026-03-01")
                    .build()), RuleCode.RESIDENCE_BASIS_MISSING);
        }
    }

    @Test
    void hotelStayAndOtherBasis_areNotChecked() {
        Report report = checkWith(residence("R1", "P2", "H2", Basis.hotelStay(), "2026-03-01")
                        .registeredOn(d("2026-03-01")).movedOut(d("2026-03-03")).build(),
                residence("R2", "P2", "H1", Basis.other(), "2026-04-01").build());
        none(report, RuleCode.RESIDENCE_BASIS_MISSING);
        none(report, RuleCode.RESIDENCE_OUTLIVES_BASIS);
    }

    // -----------------------------------------------------------------------------------------

    @Nested
    class OutlivesBasis {

        private Report leaseEnding(String end, Residence r, java.time.LocalDate asOf) {
            return check("CN", base().addLeases(lease("L2", "H2", "P9", "P1", "2025-01-01", end).build())
                    .addResidences(r).build(), asOf);
        }

        private Residence onL2(String movedIn) {
            return residence("R1", "P1", "H2", Basis.lease(LeaseId.of("L2")), movedIn).build();
        }

        @Test
        void leaseEndedResidenceOpen_reportsOutlivesBasis() {
            Finding f = single(leaseEnding("2026-06-30", onL2("2025-01-01"), AS_OF), RuleCode.RESIDENCE_OUTLIVES_BASIS);
            assertFinding(f, "/residences/0", List.of("residence:R1", "lease:L2"), "residence", "R1", "basis", "LEASE",
                    "ended", "2026-06-30");
        }

        @Test
        void leaseEndedDayBeforeAsOf_reportsOutlivesBasis() {
            single(leaseEnding("2026-11-25", onL2("2025-01-01"), AS_OF), RuleCode.RESIDENCE_OUTLIVES_BASIS);
        }

        @Test
        void leaseEndingOnAsOf_noFinding() {
            none(leaseEnding("2026-11-26", onL2("2025-01-01"), AS_OF), RuleCode.RESIDENCE_OUTLIVES_BASIS);
        }

        @Test
        void movedOutDayAfterLeaseEnd_noFinding() {
            Residence r = org.renfang.model.ImmutableResidence.copyOf(onL2("2025-01-01"))
                    .withMovedOut(d("2026-07-01")).withDeregisteredOn(d("2026-07-01"));
            none(leaseEnding("2026-06-30", r, AS_OF), RuleCode.RESIDENCE_OUTLIVES_BASIS);
        }

        @Test
        void movedOutTwoDaysAfterLeaseEnd_reportsOutlivesBasis() {
            Residence r = org.renfang.model.ImmutableResidence.copyOf(onL2("2025-01-01"))
                    .withMovedOut(d("2026-07-02")).withDeregisteredOn(d("2026-07-02"));
            Finding f = single(leaseEnding("2026-06-30", r, AS_OF), RuleCode.RESIDENCE_OUTLIVES_BASIS);
            assertThat(f.params()).containsEntry("ended", "2026-06-30");
        }

        @Test
        void movedInAfterLeaseEnded_isOnlyBasisMissing() {
            Report report = leaseEnding("2026-06-30", onL2("2026-07-01"), AS_OF);
            none(report, RuleCode.RESIDENCE_OUTLIVES_BASIS);
            assertThat(basisMissing(report).params()).containsEntry("reason", "LEASE_NOT_ACTIVE");
        }

        private Report dormitoryWith(Residence r, org.renfang.model.Employment... employments) {
            return check("CN", base().addPremises(apartment("H3", "P9").dormitoryOf(OrganizationId.of("O1")).build())
                    .addEmployments(employments).addResidences(r).build());
        }

        private final Residence inDormitory = residence("R1", "P1", "H3",
                Basis.employerDormitory(OrganizationId.of("O1")), "2026-03-01").build();

        @Test
        void employmentEndedResidenceOpen_reportsOutlivesBasis() {
            Report report = dormitoryWith(inDormitory,
                    employment("E1", "P1", "O1", "2026-01-01").end(d("2026-09-30")).build());
            Finding f = single(report, RuleCode.RESIDENCE_OUTLIVES_BASIS);
            assertThat(f.subjects()).containsExactly("residence:R1", "employment:E1");
            assertThat(f.params()).containsExactly(Map.entry("residence", "R1"),
                    Map.entry("basis", "EMPLOYER_DORMITORY"), Map.entry("ended", "2026-09-30"));
            none(report, RuleCode.RESIDENCE_BASIS_MISSING);
        }

        @Test
        void employmentRenewedWithoutGap_noFinding() {
            none(dormitoryWith(inDormitory,
                    employment("E2", "P1", "O1", "2026-10-01").end(d("2027-09-30")).build(),
                    employment("E1", "P1", "O1", "2026-01-01").end(d("2026-09-30")).build()),
                    RuleCode.RESIDENCE_OUTLIVES_BASIS);
        }

        /** Two employments with the dormitory's employer, in the order given: the end reported is the basis's. */
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
            "renewed after a gap: the first end|E2|2026-10-02||E1|2026-01-01|2026-09-30|E1",
            "renewed, then ended: the end of the run|E1|2026-01-01|2026-06-30|E2|2026-07-01|2026-09-30|E2"})
        void twoEmployments_reportTheEndOfTheBasis(String what, String firstId, String firstStart, String firstEnd,
                String secondId, String secondStart, String secondEnd, String ended) {
            ImmutableEmployment.Builder first = employment(firstId, "P1", "O1", firstStart);
            if (firstEnd != null) {
                first.end(d(firstEnd));
            }
            Finding f = single(dormitoryWith(inDormitory, first.build(),
                    employment(secondId, "P1", "O1", secondStart).end(d(secondEnd)).build()),
                    RuleCode.RESIDENCE_OUTLIVES_BASIS);
            assertThat(f.subjects()).containsExactly("residence:R1", "employment:" + ended);
            assertThat(f.params()).containsEntry("ended", "2026-09-30");
        }

        @Test
        void openEndedEmployment_noFinding() {
            none(dormitoryWith(inDormitory, employment("E1", "P1", "O1", "2026-01-01").build()),
                    RuleCode.RESIDENCE_OUTLIVES_BASIS);
        }

        @Test
        void employmentWithOtherEmployerEnded_doesNotCount() {
            Report report = dormitoryWith(inDormitory, employment("E1", "P1", "O1", "2026-01-01").build(),
                    employment("E2", "P1", "O2", "2026-01-01").end(d("2026-05-01")).build());
            none(report, RuleCode.RESIDENCE_OUTLIVES_BASIS);
        }

        @Test
        void noEmploymentCoveringMoveIn_isOnlyBasisMissing() {
            Report report = dormitoryWith(inDormitory,
                    employment("E1", "P1", "O1", "2025-01-01").end(d("2026-02-28")).build());
            none(report, RuleCode.RESIDENCE_OUTLIVES_BASIS);
            assertThat(basisMissing(report).params()).containsEntry("reason", "NO_ACTIVE_EMPLOYMENT");
        }

        @Test
        void manyEmployments_areIndexed_andGiveTheSameAnswers() {
            List<org.renfang.model.Employment> many = new java.util.ArrayList<>();
            java.time.LocalDate day = d("2000-01-01");
            for (int i = 0; i <= ResidenceIndex.THRESHOLD; i++) {
                many.add(employment("X" + i, "P1", i % 2 == 0 ? "O2" : "O1", day.plusDays(3 * i).toString())
                        .end(day.plusDays(3 * i + 1)).build());
            }
            many.add(employment("E1", "P1", "O1", "2026-01-01").end(d("2026-06-30")).build());
            many.add(employment("E2", "P1", "O1", "2026-07-01").end(d("2026-09-30")).build());
            org.renfang.model.Employment[] all = many.toArray(new org.renfang.model.Employment[0]);
            Report report = dormitoryWith(inDormitory, all);
            none(report, RuleCode.RESIDENCE_BASIS_MISSING);
            Finding f = single(report, RuleCode.RESIDENCE_OUTLIVES_BASIS);
            assertThat(f.subjects()).containsExactly("residence:R1", "employment:E2");
            assertThat(f.params()).containsEntry("ended", "2026-09-30");
            Residence early = residence("R1", "P1", "H3", Basis.employerDormitory(OrganizationId.of("O1")),
                    "2000-01-03").build();
            assertThat(basisMissing(dormitoryWith(early, all)).params()).containsEntry("reason", "NO_ACTIVE_EMPLOYMENT");
        }

        @Test
        void employmentMovedOutDayAfterEnd_noFinding() {
            Residence r = org.renfang.model.ImmutableResidence.copyOf(inDormitory)
                    .withMovedOut(d("2026-10-01")).withDeregisteredOn(d("2026-10-01"));
            none(dormitoryWith(r, employment("E1", "P1", "O1", "2026-01-01").end(d("2026-09-30")).build()),
                    RuleCode.RESIDENCE_OUTLIVES_BASIS);
        }

        @Test
        void ruleUnderEveryShippedProfile_isWarning() {
            for (String profile : List.of("CN", "CN-11", "CN-31", "CN-4403", "DE")) {
                Report report = check(profile, base().addLeases(lease("L2", "H2", "P9", "P1", "2025-01-01",
                        "2026-06-30").build()).addResidences(onL2("2025-01-01")).build());
                assertThat(findings(report, RuleCode.RESIDENCE_OUTLIVES_BASIS)).as(profile).hasSize(1)
                        .allMatch(f -> f.severity() == org.renfang.validation.finding.Severity.WARNING);
            }
        }
    }
}
