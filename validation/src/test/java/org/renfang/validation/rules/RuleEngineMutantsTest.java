package org.renfang.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.renfang.validation.Fixtures.AS_OF;
import static org.renfang.validation.Fixtures.apartment;
import static org.renfang.validation.Fixtures.check;
import static org.renfang.validation.Fixtures.lease;
import static org.renfang.validation.Fixtures.person;
import static org.renfang.validation.Fixtures.registry;
import static org.renfang.validation.Fixtures.residence;
import static org.renfang.validation.Fixtures.room;
import static org.renfang.validation.Fixtures.visit;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.renfang.model.Basis;
import org.renfang.model.DocumentType;
import org.renfang.model.IdentityDocument;
import org.renfang.model.ImmutableIdentityDocument;
import org.renfang.model.ImmutablePremises;
import org.renfang.model.ImmutableRegistryDocument;
import org.renfang.model.ImmutableRoom;
import org.renfang.model.LeaseId;
import org.renfang.model.PersonId;
import org.renfang.model.RegistryDocument;
import org.renfang.model.RoomId;
import org.renfang.model.RoomKind;
import org.renfang.registry.Registry;
import org.renfang.validation.Fixtures;
import org.renfang.validation.Report;
import org.renfang.validation.Validator;
import org.renfang.validation.finding.Finding;
import org.renfang.validation.finding.RuleCode;
import org.renfang.validation.profile.Profiles;

/**
 * Cases the rule tests left open, found by mutation testing (docs/reliability.md, "Mutation
 * testing"): each kills mutants that survived the first PIT run of the rule engine.
 */
class RuleEngineMutantsTest {

    private static Report validate(String profile, RegistryDocument payload, RegistryDocument context) {
        return Validator.of(Profiles.load(profile)).validate(payload, Registry.of(context), AS_OF);
    }

    private static List<Finding> findings(Report r, RuleCode rule) {
        return r.findings(rule);
    }

    // -----------------------------------------------------------------------------------------
    // VISIT_LABEL_INVALID without a verifier: Base45 checked group by group

    @ParameterizedTest
    @ValueSource(strings = {"RF1:a00", "RF1:0a0", "RF1:00a", "RF1:a0", "RF1:0a", "RF1:\u008000", "RF1:0\u00800",
        "RF1:\u00ff\u00ff", "RF1:GGW", "RF1:V5"})
    void labelWithOneBadCharacterOrGroup_isMalformedAtBase45(String label) {
        Report r = check("CN", registry().addPersons(person("P9").build()).addPremises(apartment("H1", "P9").build())
                .addOrganizations(Fixtures.org("O5").build())
                .addVisits(visit("V1", "H1", "O5", "2026-11-20").label(label).build()).build());
        assertThat(findings(r, RuleCode.VISIT_LABEL_INVALID)).singleElement()
                .satisfies(f -> assertThat(f.params()).containsEntry("stage", "BASE45"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"RF1:000", "RF1:00", "RF1:FGW", "RF1:", "RF1:6BFOXN*TS0BI$ZDFRH"})
    void wellFormedBase45_withoutAVerifier_isNotReported(String label) {
        Report r = check("CN", registry().addPersons(person("P9").build()).addPremises(apartment("H1", "P9").build())
                .addOrganizations(Fixtures.org("O5").build())
                .addVisits(visit("V1", "H1", "O5", "2026-11-20").label(label).build()).build());
        assertThat(findings(r, RuleCode.VISIT_LABEL_INVALID)).isEmpty();
    }

    // -----------------------------------------------------------------------------------------
    // Payload validation: a payload record that changes old premises reports them

    @Test
    void payloadResidence_intoAFullRoomOfContextPremises_reportsOccupancyPerRoom() {
        RegistryDocument context = registry().addPersons(person("P1").build(), person("P2").build(),
                person("P3").build(), person("P9").build()).addPremises(apartment("H1", "P9").build())
                .addResidences(residence("R1", "P1", "H1", Basis.other(), "2026-11-01").room(RoomId.of("H1-1")).build(),
                        residence("R2", "P2", "H1", Basis.other(), "2026-11-01").room(RoomId.of("H1-1")).build())
                .build();
        RegistryDocument payload = RegistryDocument.registration()
                .addResidences(residence("R3", "P3", "H1", Basis.other(), "2026-11-20").room(RoomId.of("H1-1")).build())
                .build();
        assertThat(findings(validate("CN-31", payload, context), RuleCode.OCCUPANCY_PER_ROOM)).singleElement()
                .satisfies(f -> assertThat(f.path()).isEqualTo("/residences/0"));
        assertThat(findings(check("CN-31", context), RuleCode.OCCUPANCY_PER_ROOM)).isEmpty();
    }

    @Test
    void payloadLease_ofTheTenthRoom_reportsGroupRental() {
        RegistryDocument context = tenBedroomsLet(9);
        RegistryDocument payload = RegistryDocument.registration().addLeases(lease("L10", "H1", "P9", "P1",
                "2026-01-01", "2026-12-31").addRooms(RoomId.of("H1-10")).build()).build();
        assertThat(findings(validate("CN-31", payload, context), RuleCode.GROUP_RENTAL_REGISTER)).singleElement()
                .satisfies(f -> assertThat(f.params()).containsEntry("rooms", "10"));
        assertThat(findings(check("CN-31", context), RuleCode.GROUP_RENTAL_REGISTER)).isEmpty();
    }

    @Test
    void payloadRecord_thatLetsNoRoom_doesNotReportOldGroupRental() {
        RegistryDocument context = tenBedroomsLet(10);
        // the old problem is there; a whole-premises lease in the payload lets no single room
        assertThat(findings(check("CN-31", context), RuleCode.GROUP_RENTAL_REGISTER)).hasSize(1);
        RegistryDocument payload = RegistryDocument.registration().addLeases(lease("L20", "H1", "P9", "P1",
                "2026-01-01", "2026-12-31").build()).build();
        assertThat(findings(validate("CN-31", payload, context), RuleCode.GROUP_RENTAL_REGISTER)).isEmpty();
    }

    /** Flat H1 of P9 with ten bedrooms H1-1 to H1-10, the first {@code let} of them let to P1 one by one. */
    private static RegistryDocument tenBedroomsLet(int let) {
        ImmutablePremises.Builder p = ImmutablePremises.builder().from(apartment("H1", "P9").build()).rooms(List.of());
        for (int i = 1; i <= 10; i++) {
            p.addRooms(room("H1-" + i, RoomKind.BEDROOM, "10"));
        }
        ImmutableRegistryDocument.Builder context = registry().addPersons(person("P9").build(), person("P1").build())
                .addPremises(p.build());
        for (int i = 1; i <= let; i++) {
            context.addLeases(lease("L" + i, "H1", "P9", "P1", "2026-01-01", "2026-12-31").addRooms(RoomId.of("H1-" + i))
                    .build());
        }
        return context.build();
    }

    // -----------------------------------------------------------------------------------------
    // RESIDENCE_BASIS_MISSING: a let room covers the rooms partitioned from it, 8 levels deep

    private static Report partitionedChain(int depth) {
        ImmutablePremises.Builder p = ImmutablePremises.builder().from(apartment("H1", "P9").build());
        for (int k = 1; k <= depth; k++) {
            p.addRooms(ImmutableRoom.builder().id(RoomId.of("H1-1-" + k)).kind(RoomKind.BEDROOM)
                    .partitionedFrom(RoomId.of(k == 1 ? "H1-1" : "H1-1-" + (k - 1))).build());
        }
        return check("CN", registry().addPersons(person("P1").build(), person("P9").build()).addPremises(p.build())
                .addLeases(lease("L1", "H1", "P9", "P1", "2026-01-01", "2026-12-31").addRooms(RoomId.of("H1-1")).build())
                .addResidences(residence("R1", "P1", "H1", Basis.lease(LeaseId.of("L1")), "2026-03-01")
                        .room(RoomId.of("H1-1-" + depth)).build())
                .build());
    }

    @Test
    void roomPartitioned8LevelsBelowTheLetRoom_isCoveredByTheLease_9LevelsIsNot() {
        assertThat(findings(partitionedChain(8), RuleCode.RESIDENCE_BASIS_MISSING)).isEmpty();
        assertThat(findings(partitionedChain(9), RuleCode.RESIDENCE_BASIS_MISSING)).hasSize(1);
        assertThat(findings(partitionedChain(9), RuleCode.ROOM_PARTITIONED)).isNotEmpty();
    }

    // -----------------------------------------------------------------------------------------
    // PERSON_DUPLICATE_DOCUMENT

    private static IdentityDocument doc(DocumentType type, String number, String country) {
        ImmutableIdentityDocument.Builder b = ImmutableIdentityDocument.builder().type(type).number(number);
        if (country != null) {
            b.country(country);
        }
        return b.build();
    }

    @Test
    void aPairSharingTwoDocuments_isReportedOnce_evenWithABlankOrUniqueDocumentBetween() {
        IdentityDocument shared1 = doc(DocumentType.PASSPORT, "E1234567", "DEU");
        IdentityDocument shared2 = doc(DocumentType.OTHER, "X-77", null);
        for (IdentityDocument between : List.of(doc(DocumentType.OTHER, " ", null),
                doc(DocumentType.PASSPORT, "UNIQUE1", "DEU"))) {
            Report r = check("CN", registry().addPersons(
                    person("P1").addDocuments(shared1, shared2).build(),
                    person("P2").addDocuments(shared1, between, shared2).build()).build());
            assertThat(findings(r, RuleCode.PERSON_DUPLICATE_DOCUMENT)).singleElement()
                    .satisfies(f -> assertThat(f.path()).isEqualTo("/persons/1/documents/0"));
        }
    }

    @Test
    void countries_separatePassports_butNotResidentIds() {
        Report passports = check("CN", registry().addPersons(
                person("P1").addDocuments(doc(DocumentType.PASSPORT, "E1234567", "DEU")).build(),
                person("P2").addDocuments(doc(DocumentType.PASSPORT, "E1234567", "AUT")).build()).build());
        assertThat(findings(passports, RuleCode.PERSON_DUPLICATE_DOCUMENT)).isEmpty();
        Report residentIds = check("CN", registry().addPersons(
                person("P1").addDocuments(doc(DocumentType.CN_RESIDENT_ID, Fixtures.RESIDENT_ID, "CHN")).build(),
                person("P2").addDocuments(doc(DocumentType.CN_RESIDENT_ID, Fixtures.RESIDENT_ID, "HKG")).build()).build());
        assertThat(findings(residentIds, RuleCode.PERSON_DUPLICATE_DOCUMENT)).hasSize(1);
    }

    // -----------------------------------------------------------------------------------------
    // ROOM_NOT_HABITABLE: a room named twice by one lease is reported once

    @Test
    void kitchenNamedTwiceByOneLease_isReportedOnce() {
        Report r = check("CN", registry().addPersons(person("P1").build(), person("P9").build())
                .addPremises(apartment("H1", "P9").build())
                .addLeases(lease("L1", "H1", "P9", "P1", "2026-01-01", "2026-12-31")
                        .addRooms(RoomId.of("H1-4"), RoomId.of("H1-1"), RoomId.of("H1-4")).build())
                .build());
        assertThat(findings(r, RuleCode.ROOM_NOT_HABITABLE)).singleElement()
                .satisfies(f -> assertThat(f.params()).containsEntry("room", "H1-4"));
    }

    // -----------------------------------------------------------------------------------------
    // FAMILY_MEMBER through the residence index (a family member with more than 64 residences)

    /** How the family member P2 lives at H1, R1's premises, around R1's move-in on 2026-03-01. */
    enum AtHome {
        /** From 2025-12-01, open-ended; a stay elsewhere from 2026-01-01 covers the day too. */
        YES(true, "2025-12-01", null),
        /** Moves in the day after R1: not there yet. */
        FROM_THE_DAY_AFTER(false, "2026-03-02", null),
        /** Moved out on R1's move-in day: no longer there. */
        MOVED_OUT_THAT_DAY(false, "2025-12-01", "2026-03-01"),
        /** Never at H1. */
        NO(false, null, null);

        final boolean home;
        final String in;
        final String out;

        AtHome(boolean home, String in, String out) {
            this.home = home;
            this.in = in;
            this.out = out;
        }
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.EnumSource(AtHome.class)
    void familyMember_withManyResidences_isFoundAtHomeExactlyWhenTheyLiveThereThatDay(AtHome case_) {
        ImmutableRegistryDocument.Builder b = registry().addPersons(person("P1").build(), person("P2").build(),
                person("P9").build()).addPremises(apartment("H1", "P9").build(), apartment("H2", "P9").build());
        // many short past stays elsewhere put P2's residences through the residence index
        for (int i = 0; i < ResidenceIndex.THRESHOLD + 6; i++) {
            LocalDate in = LocalDate.of(2020, 1, 1).plusDays(2L * i);
            b.addResidences(residence("Q" + i, "P2", "H2", Basis.other(), in.toString()).movedOut(in.plusDays(1))
                    .build());
        }
        // stays elsewhere that also cover R1's move-in, in other subtrees of the index than the stay at H1
        b.addResidences(residence("Q-H2", "P2", "H2", Basis.other(), "2026-01-01").build());
        b.addResidences(residence("Q-H2b", "P2", "H2", Basis.other(), "2026-02-01").build());
        b.addResidences(residence("Q-H2c", "P2", "H2", Basis.other(), "2026-02-02").build());
        if (case_.in != null) {
            var home = residence("Q-H1", "P2", "H1", Basis.owner(), case_.in);
            if (case_.out != null) {
                home.movedOut(LocalDate.parse(case_.out));
            }
            b.addResidences(home.build());
        }
        b.addResidences(residence("R1", "P1", "H1", Basis.familyMemberOf(PersonId.of("P2")), "2026-03-01").build());
        Report r = check("CN", b.build());
        List<Finding> missing = findings(r, RuleCode.RESIDENCE_BASIS_MISSING).stream()
                .filter(f -> f.subjects().get(0).equals("residence:R1")).toList();
        assertThat(missing).hasSize(case_.home ? 0 : 1);
    }

    // -----------------------------------------------------------------------------------------
    // EMPLOYER_DORMITORY through the employment runs (more than 64 employments)

    @ParameterizedTest
    @ValueSource(strings = {"2020-01-01", "2020-01-02", "2020-01-03", "2020-05-10"})
    void dormitoryResident_withManyEmployments_isEmployedOnTheDaysTheyCover(String movedIn) {
        ImmutableRegistryDocument.Builder b = registry().addPersons(person("P1").build(), person("P9").build())
                .addOrganizations(Fixtures.org("O1", org.renfang.model.OrganizationKind.EMPLOYER).build())
                .addPremises(ImmutablePremises.builder().from(apartment("H6", "P9").build())
                        .kind(org.renfang.model.PremisesKind.DORMITORY)
                        .dormitoryOf(org.renfang.model.OrganizationId.of("O1")).build());
        // 70 two-day employments with a day between: 70 runs; the first covers 2020-01-01 and -02
        for (int i = 0; i < ResidenceIndex.THRESHOLD + 6; i++) {
            LocalDate start = LocalDate.of(2020, 1, 1).plusDays(3L * i);
            b.addEmployments(Fixtures.employment("E" + i, "P1", "O1", start.toString()).end(start.plusDays(1)).build());
        }
        b.addResidences(residence("R1", "P1", "H6", Basis.employerDormitory(org.renfang.model.OrganizationId.of("O1")),
                movedIn).movedOut(LocalDate.parse(movedIn).plusDays(1)).build());
        Report r = check("CN", b.build());
        LocalDate day = LocalDate.parse(movedIn);
        boolean employed = ((day.toEpochDay() - LocalDate.of(2020, 1, 1).toEpochDay()) % 3) != 2;
        assertThat(findings(r, RuleCode.RESIDENCE_BASIS_MISSING)).hasSize(employed ? 0 : 1);
    }
}
