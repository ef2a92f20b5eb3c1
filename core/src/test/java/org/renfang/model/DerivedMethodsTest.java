package org.renfang.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.renfang.label.LabelCheck;
import org.renfang.label.LabelCheckStatus;

/**
 * The derived methods of the model that the rules build on (found untested by mutation testing,
 * docs/reliability.md): the natural order of ids, the covered days of residences, leases,
 * employments and enrollments at their boundaries, who a lease lists, nationality, habitable room
 * kinds, room lookup in small and large premises, and the id of a party.
 */
class DerivedMethodsTest {

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    // -----------------------------------------------------------------------------------------
    // Natural order of ids

    @ParameterizedTest(name = "{0} < {1}")
    @CsvSource({"P2, P10", "P9, P10", "P1, P2", "P1a, P01b", "A, B", "A, AA", "H1-2, H1-10", "P007, P8", "P1, P01",
        "R2x, R10x", "9, 10", "a9b, a10a", "P, P0", "X1-2-3, X1-2-10", "L99999999999999999998, L99999999999999999999",
        "P0, P00", "P00, P01", "S1, T1"})
    void ids_compareDigitRunsByValue(String smaller, String larger) {
        PersonId a = PersonId.of(smaller);
        PersonId b = PersonId.of(larger);
        assertThat(a.compareTo(b)).isNegative();
        assertThat(b.compareTo(a)).isPositive();
        assertThat(a.compareTo(PersonId.of(smaller))).isZero();
    }

    @Test
    void ids_sortNaturally_inEveryIdType() {
        List<String> shuffled = new ArrayList<>(List.of("P10", "P2", "P1", "P100", "P20", "Q1", "P01"));
        Collections.shuffle(shuffled, new java.util.Random(3));
        List<LeaseId> leases = new ArrayList<>(shuffled.stream().map(LeaseId::of).toList());
        Collections.sort(leases);
        assertThat(leases).extracting(LeaseId::value).containsExactly("P1", "P01", "P2", "P10", "P20", "P100", "Q1");
        assertThat(ResidenceId.of("R2").compareTo(ResidenceId.of("R10"))).isNegative();
        assertThat(VisitId.of("V2").compareTo(VisitId.of("V10"))).isNegative();
        assertThat(PremisesId.of("H2").compareTo(PremisesId.of("H10"))).isNegative();
        assertThat(OrganizationId.of("O2").compareTo(OrganizationId.of("O10"))).isNegative();
        assertThat(RoomId.of("H1-2").compareTo(RoomId.of("H1-10"))).isNegative();
        assertThat(EmploymentId.of("E2").compareTo(EmploymentId.of("E10"))).isNegative();
        assertThat(EnrollmentId.of("S2").compareTo(EnrollmentId.of("S10"))).isNegative();
    }

    @Test
    void ids_blankOrTooLong_areInvalid() {
        assertThatThrownBy(() -> PersonId.of(" ")).isInstanceOf(InvalidFieldException.class);
        assertThatThrownBy(() -> PersonId.of("x".repeat(65))).isInstanceOf(InvalidFieldException.class);
        assertThat(PersonId.of("x".repeat(64)).value()).hasSize(64);
        assertThat(PersonId.of("P1").subject()).isEqualTo("person:P1");
    }

    // -----------------------------------------------------------------------------------------
    // Covered days

    private static ImmutableResidence.Builder residence(Basis basis) {
        return ImmutableResidence.builder().id(ResidenceId.of("R1")).person(PersonId.of("P1"))
                .premises(PremisesId.of("H1")).basis(basis).movedIn(d("2026-03-01")).registeredOn(d("2026-03-01"));
    }

    @Test
    void residence_coversMoveInDay_notMoveOutDay() {
        Residence open = residence(Basis.owner()).build();
        Residence closed = residence(Basis.owner()).movedOut(d("2026-03-10")).build();
        assertThat(open.covers(d("2026-02-28"))).isFalse();
        assertThat(open.covers(d("2026-03-01"))).isTrue();
        assertThat(open.covers(d("2999-12-31"))).isTrue();
        assertThat(closed.covers(d("2026-03-09"))).isTrue();
        assertThat(closed.covers(d("2026-03-10"))).isFalse();
        assertThat(closed.covers(d("2026-02-28"))).isFalse();
    }

    @Test
    void residence_isHotelStay_onlyForThatBasis() {
        assertThat(residence(Basis.hotelStay()).build().isHotelStay()).isTrue();
        assertThat(residence(Basis.owner()).build().isHotelStay()).isFalse();
        assertThat(residence(Basis.other()).build().isHotelStay()).isFalse();
    }

    @Test
    void lease_coversBothEndDays_andListsLesseesAndOccupants() {
        Lease l = ImmutableLease.builder().id(LeaseId.of("L1")).premises(PremisesId.of("H1"))
                .lessor(Party.of(PersonId.of("P9"))).addLessees(org.renfang.model.Party.of(org.renfang.model.PersonId.of("P1"))).addOccupants(PersonId.of("P2"))
                .start(d("2026-03-01")).end(d("2026-03-31")).build();
        assertThat(l.covers(d("2026-02-28"))).isFalse();
        assertThat(l.covers(d("2026-03-01"))).isTrue();
        assertThat(l.covers(d("2026-03-31"))).isTrue();
        assertThat(l.covers(d("2026-04-01"))).isFalse();
        assertThat(l.lists(PersonId.of("P1"))).isTrue();
        assertThat(l.lists(PersonId.of("P2"))).isTrue();
        assertThat(l.lists(PersonId.of("P9"))).isFalse();
        assertThat(l.subletPermitted()).isFalse();
    }

    @Test
    void employmentAndEnrollment_coverBothEndDays_orOpenEnded() {
        ImmutableEmployment.Builder e = ImmutableEmployment.builder().id(EmploymentId.of("E1")).person(PersonId.of("P1"))
                .employer(OrganizationId.of("O1")).start(d("2026-03-01"));
        Employment open = e.build();
        Employment closed = e.end(d("2026-03-31")).build();
        assertThat(open.covers(d("2026-02-28"))).isFalse();
        assertThat(open.covers(d("2026-03-01"))).isTrue();
        assertThat(open.covers(d("2999-01-01"))).isTrue();
        assertThat(closed.covers(d("2026-03-31"))).isTrue();
        assertThat(closed.covers(d("2026-04-01"))).isFalse();
        ImmutableEnrollment.Builder s = ImmutableEnrollment.builder().id(EnrollmentId.of("S1")).person(PersonId.of("P1"))
                .school(OrganizationId.of("O1")).start(d("2026-03-01"));
        Enrollment studying = s.build();
        Enrollment finished = s.end(d("2026-03-31")).build();
        assertThat(studying.covers(d("2026-02-28"))).isFalse();
        assertThat(studying.covers(d("2027-01-01"))).isTrue();
        assertThat(finished.covers(d("2026-03-01"))).isTrue();
        assertThat(finished.covers(d("2026-03-31"))).isTrue();
        assertThat(finished.covers(d("2026-04-01"))).isFalse();
    }

    // -----------------------------------------------------------------------------------------
    // Persons, rooms, premises, parties

    @ParameterizedTest
    @EnumSource(RoomKind.class)
    void room_habitableKinds_areBedroomsLivingRoomsAndOther(RoomKind kind) {
        boolean habitable = kind == RoomKind.BEDROOM || kind == RoomKind.LIVING_ROOM || kind == RoomKind.OTHER;
        assertThat(ImmutableRoom.builder().id(RoomId.of("H1-1")).kind(kind).build().isHabitableKind()).isEqualTo(habitable);
    }

    @Test
    void premises_findRooms_whetherFewOrMany() {
        for (int n : new int[] {0, 1, 8, 9, 500}) {
            ImmutablePremises.Builder b = ImmutablePremises.builder().id(PremisesId.of("H1"))
                    .address(ImmutableAddress.builder().division("650203").line("l").build()).kind(PremisesKind.HOTEL)
                    .use(PremisesUse.NON_RESIDENTIAL);
            for (int i = 0; i < n; i++) {
                b.addRooms(ImmutableRoom.builder().id(RoomId.of("H1-" + i)).kind(RoomKind.BEDROOM).build());
            }
            Premises p = b.build();
            for (int i = 0; i < n; i++) {
                assertThat(p.room(RoomId.of("H1-" + i))).get().extracting(Room::id).isEqualTo(RoomId.of("H1-" + i));
            }
            assertThat(p.room(RoomId.of("H1-" + n))).isEmpty();
            assertThat(p.room(RoomId.of("H2-0"))).isEmpty();
            assertThat(p.inResidentialCompound()).isFalse();
        }
    }

    @Test
    void party_idIsThePersonOrTheOrganization() {
        assertThat(Party.of(PersonId.of("P1")).id()).isEqualTo(PersonId.of("P1"));
        assertThat(Party.of(OrganizationId.of("O1")).id()).isEqualTo(OrganizationId.of("O1"));
        assertThatThrownBy(() -> ImmutableParty.builder().build()).isInstanceOf(MissingFieldsException.class);
        assertThatThrownBy(() -> ImmutableParty.builder().person(PersonId.of("P1")).organization(OrganizationId.of("O1"))
                .build()).isInstanceOf(InvalidFieldException.class);
    }

    @Test
    void labelCheck_isValidOnlyForValid() {
        for (LabelCheckStatus s : LabelCheckStatus.values()) {
            assertThat(new LabelCheck(s, null).isValid()).isEqualTo(s == LabelCheckStatus.VALID);
        }
    }
}
