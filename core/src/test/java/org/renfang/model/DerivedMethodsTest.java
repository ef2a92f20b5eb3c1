package org.renfang.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
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
    void residence_isHotelStay_onlyForThatBasis() {
        assertThat(residence(Basis.hotelStay()).build().isHotelStay()).isTrue();
        assertThat(residence(Basis.owner()).build().isHotelStay()).isFalse();
        assertThat(residence(Basis.other()).build().isHotelStay()).isFalse();
    }

    @Test
    void lease_listsLesseesAndOccupants() {
        Lease l = ImmutableLease.builder().id(LeaseId.of("L1")).premises(PremisesId.of("H1"))
                .lessor(Party.of(PersonId.of("P9"))).addLessees(org.renfang.model.Party.of(org.renfang.model.PersonId.of("P1"))).addOccupants(PersonId.of("P2"))
                .start(d("2026-03-01")).end(d("2026-03-31")).build();
        assertThat(l.lists(PersonId.of("P1"))).isTrue();
        assertThat(l.lists(PersonId.of("P2"))).isTrue();
        assertThat(l.lists(PersonId.of("P9"))).isFalse();
        assertThat(l.subletPermitted()).isFalse();
    }

    /**
     * The covers test of each record with a term, by name: a residence from 2026-03-01 (open, or
     * moved out on 2026-03-10), a lease from 2026-03-01 to 2026-03-31, and an employment and an
     * enrollment from 2026-03-01 (open, or to 2026-03-31).
     */
    private static Map<String, Predicate<LocalDate>> termsByName() {
        ImmutableEmployment.Builder e = ImmutableEmployment.builder().id(EmploymentId.of("E1")).person(PersonId.of("P1"))
                .employer(OrganizationId.of("O1")).start(d("2026-03-01"));
        ImmutableEnrollment.Builder s = ImmutableEnrollment.builder().id(EnrollmentId.of("S1")).person(PersonId.of("P1"))
                .school(OrganizationId.of("O1")).start(d("2026-03-01"));
        Map<String, Predicate<LocalDate>> terms = new LinkedHashMap<>();
        terms.put("residence", residence(Basis.owner()).build()::covers);
        terms.put("moved-out residence", residence(Basis.owner()).movedOut(d("2026-03-10")).build()::covers);
        terms.put("lease", ImmutableLease.builder().id(LeaseId.of("L1")).premises(PremisesId.of("H1"))
                .lessor(Party.of(PersonId.of("P9"))).start(d("2026-03-01")).end(d("2026-03-31")).build()::covers);
        terms.put("employment", e.build()::covers);
        terms.put("ended employment", e.end(d("2026-03-31")).build()::covers);
        terms.put("enrollment", s.build()::covers);
        terms.put("ended enrollment", s.end(d("2026-03-31")).build()::covers);
        return terms;
    }

    /**
     * A residence covers its move-in day but not its move-out day; a lease, an employment and an
     * enrollment cover both end days; without an end, every later day is covered.
     */
    @ParameterizedTest(name = "{0} on {1}: {2}")
    @CsvSource({
        "residence, 2026-02-28, false", "residence, 2026-03-01, true", "residence, 2999-12-31, true",
        "moved-out residence, 2026-03-09, true", "moved-out residence, 2026-03-10, false",
        "moved-out residence, 2026-02-28, false",
        "lease, 2026-02-28, false", "lease, 2026-03-01, true", "lease, 2026-03-31, true", "lease, 2026-04-01, false",
        "employment, 2026-02-28, false", "employment, 2026-03-01, true", "employment, 2999-01-01, true",
        "ended employment, 2026-03-31, true", "ended employment, 2026-04-01, false",
        "enrollment, 2026-02-28, false", "enrollment, 2027-01-01, true",
        "ended enrollment, 2026-03-01, true", "ended enrollment, 2026-03-31, true",
        "ended enrollment, 2026-04-01, false",
    })
    void covers_theDaysOfItsTerm(String term, LocalDate day, boolean covered) {
        assertThat(termsByName().get(term).test(day)).isEqualTo(covered);
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
