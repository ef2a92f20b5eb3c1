package org.renfang.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.renfang.validation.Fixtures.AS_OF;
import static org.renfang.validation.Fixtures.apartment;
import static org.renfang.validation.Fixtures.check;
import static org.renfang.validation.Fixtures.d;
import static org.renfang.validation.Fixtures.lease;
import static org.renfang.validation.Fixtures.org;
import static org.renfang.validation.Fixtures.person;
import static org.renfang.validation.Fixtures.registry;
import static org.renfang.validation.Fixtures.residence;
import static org.renfang.validation.Fixtures.room;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.renfang.model.Basis;
import org.renfang.model.ImmutableLease;
import org.renfang.model.ImmutablePremises;
import org.renfang.model.ImmutableRegistryDocument;
import org.renfang.model.ImmutableResidence;
import org.renfang.model.OrganizationId;
import org.renfang.model.OrganizationKind;
import org.renfang.model.RegistryDocument;
import org.renfang.model.Residence;
import org.renfang.model.RoomId;
import org.renfang.model.RoomKind;
import org.renfang.registry.Registry;
import org.renfang.validation.Report;
import org.renfang.validation.Validator;
import org.renfang.validation.finding.Finding;
import org.renfang.validation.finding.RuleCode;
import org.renfang.validation.finding.Severity;
import org.renfang.validation.profile.Profile;
import org.renfang.validation.profile.Profiles;

class PremisesRulesTest {

    private static Profile host(String json) {
        return Profiles.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    // -----------------------------------------------------------------------------------------
    // DORMITORY_IN_RESIDENTIAL_COMPOUND

    private static RegistryDocument dormitory(boolean inCompound) {
        return registry()
                .addPersons(person("P1").build())
                .addOrganizations(org("O1", OrganizationKind.EMPLOYER).build())
                .addPremises(apartment("H1", "P1").dormitoryOf(OrganizationId.of("O1"))
                        .inResidentialCompound(inCompound).build())
                .build();
    }

    @Test
    void dormitoryInCompound_shanghai_reportsWithEmployer() {
        Report r = check("CN-31", dormitory(true));
        assertThat(r.findings(RuleCode.DORMITORY_IN_RESIDENTIAL_COMPOUND))
                .extracting(Finding::path, Finding::subjects, Finding::params, Finding::severity)
                .containsExactly(tuple("/premises/0", List.of("premises:H1", "organization:O1"),
                        Map.of("premises", "H1", "employer", "O1"), Severity.ERROR));
    }

    @Test
    void dormitoryOutsideCompound_shanghai_passes() {
        assertThat(check("CN-31", dormitory(false)).findings()).isEmpty();
    }

    @Test
    void compoundWithoutDormitory_shanghai_passes() {
        RegistryDocument doc = registry().addPersons(person("P1").build())
                .addPremises(apartment("H1", "P1").inResidentialCompound(true).build()).build();
        assertThat(check("CN-31", doc).findings()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"CN", "CN-11", "CN-4403", "DE"})
    void dormitoryInCompound_whereAllowed_passes(String profile) {
        assertThat(check(profile, dormitory(true)).findings()).isEmpty();
    }

    @Test
    void dormitoryInCompound_hostProfileForbidding_reports() {
        Profile p = host("{\"code\":\"X\",\"parent\":\"CN\",\"parameters\":{\"dormitoryInResidentialCompoundAllowed\":false}}");
        Report r = Validator.of(p).check(Registry.of(dormitory(true)), AS_OF);
        assertThat(r.findings()).extracting(Finding::rule).containsExactly(RuleCode.DORMITORY_IN_RESIDENTIAL_COMPOUND);
    }

    @Test
    void payload_dormitoryPremisesInPayload_reported_newResidenceInOldDormitory_not() {
        Registry context = Registry.of(dormitory(true));
        Validator v = Validator.of(Profiles.load("CN-31"));
        Report old = v.validate(RegistryDocument.registration()
                .addPersons(person("P2").build())
                .addResidences(residence("R1", "P2", "H1", Basis.employerDormitory(OrganizationId.of("O1")),
                        "2026-03-01").build())
                .build(), context, AS_OF);
        assertThat(old.findings(RuleCode.DORMITORY_IN_RESIDENTIAL_COMPOUND)).isEmpty();
        // The problem is new when the payload makes the premises a dormitory in a compound.
        Report updated = v.validate(RegistryDocument.registration()
                .addPremises(apartment("H1", "P1").dormitoryOf(OrganizationId.of("O1")).inResidentialCompound(true)
                        .build())
                .build(), Registry.of(dormitory(false)), AS_OF);
        assertThat(updated.findings(RuleCode.DORMITORY_IN_RESIDENTIAL_COMPOUND)).extracting(Finding::path)
                .containsExactly("/premises/0");
        // Sending the premises again unchanged does not re-report the old problem.
        Report resent = v.validate(RegistryDocument.registration()
                .addPremises(apartment("H1", "P1").dormitoryOf(OrganizationId.of("O1")).inResidentialCompound(true)
                        .build())
                .build(), context, AS_OF);
        assertThat(resent.findings(RuleCode.DORMITORY_IN_RESIDENTIAL_COMPOUND)).isEmpty();
        assertThat(updated.findings(RuleCode.DORMITORY_IN_RESIDENTIAL_COMPOUND)).extracting(Finding::path)
                .containsExactly("/premises/0");
    }

    // -----------------------------------------------------------------------------------------
    // GROUP_RENTAL_REGISTER

    /** Premises H1 with rooms H1-1 … H1-n (the fixture's four plus bedrooms H1-5 …). */
    private static ImmutablePremises bigFlat(int rooms) {
        ImmutablePremises.Builder b = apartment("H1", "P0");
        for (int i = 5; i <= rooms; i++) {
            b.addRooms(room("H1-" + i, RoomKind.BEDROOM, "10"));
        }
        return b.build();
    }

    /** A lease of one room H1-i to person Ti. */
    private static ImmutableLease roomLease(int i, String start, String end) {
        return lease("L" + i, "H1", "P0", "T" + i, start, end).rooms(List.of(RoomId.of("H1-" + i))).build();
    }

    private static ImmutableRegistryDocument.Builder withPersons(ImmutableRegistryDocument.Builder b, int n) {
        b.addPersons(person("P0").build());
        for (int i = 1; i <= n; i++) {
            b.addPersons(person("T" + i).build());
        }
        return b;
    }

    private static RegistryDocument letRooms(int n, String end) {
        ImmutableRegistryDocument.Builder b = withPersons(registry(), 20).addPremises(bigFlat(20));
        for (int i = 1; i <= n; i++) {
            b.addLeases(roomLease(i, "2026-01-01", end));
        }
        return b.build();
    }

    private static List<Finding> groupRental(Report r) {
        return r.findings(RuleCode.GROUP_RENTAL_REGISTER);
    }

    @Test
    void tenLetRooms_shanghai_reportsRegisterDuty() {
        Report r = check("CN-31", letRooms(10, "2027-12-31"));
        assertThat(groupRental(r)).extracting(Finding::path, Finding::subjects, Finding::params, Finding::severity)
                .containsExactly(tuple("/premises/0", List.of("premises:H1"),
                        Map.of("premises", "H1", "rooms", "10", "occupants", "0", "roomsThreshold", "10",
                                "occupantsThreshold", "15"),
                        Severity.WARNING));
    }

    @Test
    void nineLetRooms_shanghai_passes() {
        assertThat(groupRental(check("CN-31", letRooms(9, "2027-12-31")))).isEmpty();
    }

    @Test
    void leaseEndingOnAsOf_counts_leaseEndedTheDayBefore_doesNot() {
        assertThat(groupRental(check("CN-31", letRooms(10, AS_OF.toString())))).hasSize(1);
        assertThat(groupRental(check("CN-31", letRooms(10, AS_OF.minusDays(1).toString())))).isEmpty();
    }

    @Test
    void leaseStartingAfterAsOf_doesNotCount() {
        ImmutableRegistryDocument.Builder b = withPersons(registry(), 20).addPremises(bigFlat(20));
        for (int i = 1; i <= 9; i++) {
            b.addLeases(roomLease(i, "2026-01-01", "2027-12-31"));
        }
        b.addLeases(roomLease(10, AS_OF.plusDays(1).toString(), "2027-12-31"));
        assertThat(groupRental(check("CN-31", b.build()))).isEmpty();
        b.addLeases(roomLease(11, AS_OF.toString(), "2027-12-31"));
        assertThat(groupRental(check("CN-31", b.build()))).extracting(f -> f.params().get("rooms"))
                .containsExactly("10");
    }

    @Test
    void roomsCountDistinct_andOnlyRoomsOfThePremises() {
        ImmutableRegistryDocument.Builder b = withPersons(registry(), 20).addPremises(bigFlat(20));
        for (int i = 1; i <= 9; i++) {
            b.addLeases(roomLease(i, "2026-01-01", "2027-12-31"));
        }
        // a second lease of room H1-1 and a lease naming a room H1 does not have
        b.addLeases(lease("L90", "H1", "P0", "T10", "2026-01-01", "2027-12-31")
                .rooms(List.of(RoomId.of("H1-1"), RoomId.of("H1-99"))).build());
        assertThat(groupRental(check("CN-31", b.build()))).isEmpty();
    }

    @Test
    void wholePremisesLease_letsNoSingleRoom() {
        ImmutableRegistryDocument.Builder b = withPersons(registry(), 20).addPremises(bigFlat(20));
        for (int i = 1; i <= 9; i++) {
            b.addLeases(roomLease(i, "2026-01-01", "2027-12-31"));
        }
        b.addLeases(lease("L90", "H1", "P0", "T10", "2026-01-01", "2027-12-31").build());
        assertThat(groupRental(check("CN-31", b.build()))).isEmpty();
    }

    @Test
    void partitionedRooms_countAsRoomsOfTheirOwn() {
        ImmutablePremises.Builder h = apartment("H1", "P0");
        for (int i = 5; i <= 10; i++) {
            h.addRooms(room("H1-" + i, RoomKind.BEDROOM, "5").withPartitionedFrom(RoomId.of("H1-3")));
        }
        ImmutableRegistryDocument.Builder b = withPersons(registry(), 20).addPremises(h.build());
        for (int i = 1; i <= 10; i++) {
            b.addLeases(roomLease(i, "2026-01-01", "2027-12-31"));
        }
        assertThat(groupRental(check("CN-31", b.build()))).extracting(f -> f.params().get("rooms"))
                .containsExactly("10");
    }

    private static ImmutableResidence living(int i, String movedIn) {
        return residence("R" + i, "T" + i, "H1", Basis.other(), movedIn).build();
    }

    private static ImmutableRegistryDocument.Builder occupied(int n) {
        ImmutableRegistryDocument.Builder b = withPersons(registry(), 20).addPremises(bigFlat(4));
        for (int i = 1; i <= n; i++) {
            b.addResidences(living(i, "2026-01-01"));
        }
        return b;
    }

    @Test
    void fifteenOccupants_shanghai_reportsRegisterDuty() {
        Report r = check("CN-31", occupied(15).build());
        assertThat(groupRental(r)).extracting(Finding::params).containsExactly(
                Map.of("premises", "H1", "rooms", "0", "occupants", "15", "roomsThreshold", "10",
                        "occupantsThreshold", "15"));
    }

    @Test
    void fourteenOccupants_shanghai_passes() {
        assertThat(groupRental(check("CN-31", occupied(14).build()))).isEmpty();
    }

    static Stream<Arguments> residencesNotCountedAgain() {
        return Stream.of(
                Arguments.of("a hotel stay", residence("R15", "T15", "H1", Basis.hotelStay(), "2026-11-25").build()),
                Arguments.of("a second residence of one person",
                        residence("R99", "T1", "H1", Basis.other(), "2026-02-01").build()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("residencesNotCountedAgain")
    void fourteenOccupants_andAResidenceNotCounted_passes(String what, Residence extra) {
        ImmutableRegistryDocument.Builder b = occupied(14).addResidences(extra);
        assertThat(groupRental(check("CN-31", b.build()))).isEmpty();
    }

    @Test
    void residenceMovingInOnAsOf_counts_movingOutOnAsOf_doesNot() {
        ImmutableRegistryDocument.Builder b = occupied(14);
        assertThat(groupRental(check("CN-31", b.addResidences(living(15, AS_OF.toString())).build()))).hasSize(1);
        ImmutableRegistryDocument.Builder out = occupied(14).addResidences(
                residence("R15", "T15", "H1", Basis.other(), "2026-01-01").movedOut(AS_OF).deregisteredOn(AS_OF)
                        .build());
        assertThat(groupRental(check("CN-31", out.build()))).isEmpty();
        ImmutableRegistryDocument.Builder tomorrow = occupied(14).addResidences(
                residence("R15", "T15", "H1", Basis.other(), "2026-01-01").movedOut(AS_OF.plusDays(1)).build());
        assertThat(groupRental(check("CN-31", tomorrow.build()))).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"CN", "CN-11", "CN-4403", "DE"})
    void groupRental_offWithoutThresholds(String profile) {
        assertThat(groupRental(check(profile, occupied(20).build()))).isEmpty();
        assertThat(groupRental(check(profile, letRooms(20, "2027-12-31")))).isEmpty();
    }

    @Test
    void hostProfile_occupantsThresholdOnly_leavesRoomsThresholdOut() {
        Profile p = host("{\"code\":\"X\",\"parent\":\"CN\",\"parameters\":{\"groupRentalOccupants\":3}}");
        Report r = Validator.of(p).check(Registry.of(occupied(3).build()), AS_OF);
        assertThat(groupRental(r)).extracting(Finding::params).containsExactly(
                Map.of("premises", "H1", "rooms", "0", "occupants", "3", "occupantsThreshold", "3"));
        Report rooms = Validator.of(p).check(Registry.of(letRooms(20, "2027-12-31")), AS_OF);
        assertThat(groupRental(rooms)).isEmpty();
    }

    @Test
    void hostProfile_shanghaiWithoutOccupantsThreshold_countsRoomsOnly() {
        Profile p = host("{\"code\":\"X\",\"parent\":\"CN-31\",\"parameters\":{\"groupRentalOccupants\":null}}");
        assertThat(groupRental(Validator.of(p).check(Registry.of(occupied(20).build()), AS_OF))).isEmpty();
        assertThat(groupRental(Validator.of(p).check(Registry.of(letRooms(10, "2027-12-31")), AS_OF)))
                .extracting(Finding::params).containsExactly(
                        Map.of("premises", "H1", "rooms", "10", "occupants", "0", "roomsThreshold", "10"));
    }

    @Test
    void payload_oldGroupRentalInContext_isNotReported() {
        Registry context = Registry.of(occupied(16).build());
        Report r = Validator.of(Profiles.load("CN-31")).validate(RegistryDocument.registration()
                .addPersons(person("T30").build()).build(), context, AS_OF);
        assertThat(groupRental(r)).isEmpty();
    }

    @Test
    void payload_newResidenceReachingTheThreshold_isReportedAtTheResidence() {
        Registry context = Registry.of(occupied(14).build());
        Report r = Validator.of(Profiles.load("CN-31")).validate(RegistryDocument.registration()
                .addResidences(living(15, "2026-11-01")).build(), context, AS_OF);
        assertThat(groupRental(r)).extracting(Finding::path, Finding::params).containsExactly(
                tuple("/residences/0", Map.of("premises", "H1", "rooms", "0", "occupants", "15",
                        "roomsThreshold", "10", "occupantsThreshold", "15")));
    }

    @Test
    void payload_newLeaseReachingTheRoomThreshold_isReportedAtTheLease() {
        RegistryDocument nine = letRooms(9, "2027-12-31");
        Registry context = Registry.of(nine);
        Report r = Validator.of(Profiles.load("CN-31")).validate(RegistryDocument.registration()
                .addLeases(roomLease(10, "2026-06-01", "2027-05-31")).build(), context, AS_OF);
        assertThat(groupRental(r)).extracting(Finding::path).containsExactly("/leases/0");
    }

    @Test
    void payload_uncountedRecordTouchingTheOldGroupRental_isNotReported() {
        Registry context = Registry.of(occupied(16).build());
        List<ImmutableResidence> payload = new ArrayList<>();
        payload.add(residence("R50", "T17", "H1", Basis.hotelStay(), "2026-11-20").build());
        payload.add(residence("R51", "T18", "H1", Basis.other(), "2025-01-01").movedOut(d("2025-06-01"))
                .deregisteredOn(d("2025-06-02")).build());
        Report r = Validator.of(Profiles.load("CN-31")).validate(RegistryDocument.registration()
                .addAllResidences(payload).build(), context, AS_OF);
        assertThat(groupRental(r)).isEmpty();
    }

    @Test
    void payload_premisesRecordInPayload_isReportedAtThePremises() {
        ImmutableRegistryDocument.Builder residents = withPersons(registry(), 20);
        for (int i = 1; i <= 16; i++) {
            residents.addResidences(living(i, "2026-01-01"));
        }
        Registry withoutPremises = Registry.of(residents.build());
        Report r = Validator.of(Profiles.load("CN-31")).validate(RegistryDocument.registration()
                .addPremises(bigFlat(4)).build(), withoutPremises, AS_OF);
        assertThat(groupRental(r)).extracting(Finding::path).containsExactly("/premises/0");
        // The same premises sent again unchanged: an old problem, not reported.
        Report again = Validator.of(Profiles.load("CN-31")).validate(RegistryDocument.registration()
                .addPremises(bigFlat(4)).build(), Registry.of(occupied(16).build()), AS_OF);
        assertThat(groupRental(again)).isEmpty();
    }
}
