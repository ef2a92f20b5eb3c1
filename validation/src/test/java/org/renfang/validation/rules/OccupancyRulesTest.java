package org.renfang.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.renfang.validation.Fixtures.AS_OF;
import static org.renfang.validation.Fixtures.apartment;
import static org.renfang.validation.Fixtures.assertFinding;
import static org.renfang.validation.Fixtures.check;
import static org.renfang.validation.Fixtures.d;
import static org.renfang.validation.Fixtures.person;
import static org.renfang.validation.Fixtures.registry;
import static org.renfang.validation.Fixtures.residence;
import static org.renfang.validation.Fixtures.room;
import static org.renfang.validation.Fixtures.validate;
import static org.renfang.validation.rules.ResidenceTesting.findings;
import static org.renfang.validation.rules.ResidenceTesting.single;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.renfang.model.Basis;
import org.renfang.model.ImmutablePremises;
import org.renfang.model.ImmutableRegistryDocument;
import org.renfang.model.ImmutableResidence;
import org.renfang.model.ImmutableRoom;
import org.renfang.model.PersonId;
import org.renfang.model.Premises;
import org.renfang.model.RegistryDocument;
import org.renfang.model.Residence;
import org.renfang.model.RoomId;
import org.renfang.model.RoomKind;
import org.renfang.registry.Registry;
import org.renfang.validation.Report;
import org.renfang.validation.Validator;
import org.renfang.validation.finding.Finding;
import org.renfang.validation.finding.RuleCode;
import org.renfang.validation.profile.HolidayCalendar;
import org.renfang.validation.profile.Profile;
import org.renfang.validation.profile.Profiles;

class OccupancyRulesTest {

    // -----------------------------------------------------------------------------------------
    // helpers

    /** Asserts one finding of a rule under CN-11 and CN-31, and none under CN, CN-4403 and DE. */
    private static void assertOnInBeijingAndShanghaiOnly(RegistryDocument doc, RuleCode rule) {
        for (String on : List.of("CN-11", "CN-31")) {
            assertThat(findings(check(on, doc), rule)).as(on).hasSize(1);
        }
        for (String off : List.of("CN", "CN-4403", "DE")) {
            assertThat(findings(check(off, doc), rule)).as(off).isEmpty();
        }
    }

    /** A CN-31 variant in which family members count and a living room is not a room. */
    private static Profile strict() {
        String json = "{\"code\": \"X-TEST\", \"parent\": \"CN-31\", \"parameters\": "
                + "{\"familyMembersExempt\": false, \"livingRoomCountsAsRoom\": false}}";
        return Profiles.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    /** Residence {@code R<i>} of person {@code P<i>} at H, owner basis. */
    private static ImmutableResidence.Builder res(int i, String movedIn) {
        return residence("R" + i, "P" + i, "H", Basis.owner(), movedIn);
    }

    /** Residences R1..Rn moved in on a day, open-ended. */
    private static List<Residence> residents(int from, int to, String movedIn) {
        List<Residence> out = new ArrayList<>();
        for (int i = from; i <= to; i++) {
            out.add(res(i, movedIn).build());
        }
        return out;
    }

    /** Persons P1..P30, P9 owning H (40 m² habitable) and G. */
    private static ImmutableRegistryDocument.Builder base(Premises h) {
        ImmutableRegistryDocument.Builder b = registry();
        for (int i = 1; i <= 30; i++) {
            b.addPersons(person("P" + i).build());
        }
        return b.addPremises(h, apartment("G", "P9").build());
    }

    private static ImmutableRegistryDocument.Builder base() {
        return base(apartment("H", "P9").build());
    }

    private static Report check31(ImmutableRegistryDocument.Builder b) {
        return check("CN-31", b.build());
    }

    // -----------------------------------------------------------------------------------------
    // OCCUPANCY_AREA

    @Test
    void eightOccupantsOnFortySquareMetres_passes() {
        Report r = check31(base().addAllResidences(residents(1, 8, "2026-01-01")));
        assertThat(findings(r, RuleCode.OCCUPANCY_AREA)).isEmpty();
    }

    @Test
    void nineOccupantsForAMonth_reportsOccupancyArea() {
        Report r = check31(base().addAllResidences(residents(1, 8, "2026-01-01"))
                .addResidences(res(9, "2026-03-01").movedOut(d("2026-04-01")).build()));
        Finding f = single(r, RuleCode.OCCUPANCY_AREA);
        assertFinding(f, "/premises/0",
                List.of("premises:H", "residence:R1", "residence:R2", "residence:R3", "residence:R4", "residence:R5", "residence:R6", "residence:R7", "residence:R8", "residence:R9"),
                "premises", "H", "from", "2026-03-01", "to", "2026-03-31", "occupants", "9", "area", "40", "min", "5");
    }

    @Test
    void violationWithoutEnd_hasNoLastDay() {
        Report r = check31(base().addAllResidences(residents(1, 9, "2026-01-01")));
        Finding f = single(r, RuleCode.OCCUPANCY_AREA);
        assertThat(f.params()).containsEntry("from", "2026-01-01").doesNotContainKey("to");
    }

    @Test
    void run_reportsTheLargestHeadCount() {
        Report r = check31(base().addAllResidences(residents(1, 8, "2026-01-01"))
                .addResidences(res(9, "2026-03-01").movedOut(d("2026-04-01")).build(),
                        res(10, "2026-03-10").movedOut(d("2026-03-20")).build()));
        Finding f = single(r, RuleCode.OCCUPANCY_AREA);
        assertThat(f.params()).containsEntry("from", "2026-03-01").containsEntry("to", "2026-03-31")
                .containsEntry("occupants", "10");
    }

    @Test
    void twoRuns_reportsOnlyTheFirst() {
        Report r = check31(base().addAllResidences(residents(1, 8, "2026-01-01"))
                .addResidences(res(10, "2026-06-01").movedOut(d("2026-07-01")).build(),
                        res(9, "2026-03-01").movedOut(d("2026-04-01")).build()));
        Finding f = single(r, RuleCode.OCCUPANCY_AREA);
        assertThat(f.params()).containsEntry("from", "2026-03-01").containsEntry("to", "2026-03-31");
        assertThat(f.subjects()).doesNotContain("residence:R10");
    }

    @Test
    void moveInOnAnotherResidentsMoveOutDay_doesNotOverlap() {
        Report r = check31(base().addAllResidences(residents(1, 7, "2026-01-01"))
                .addResidences(res(8, "2026-01-01").movedOut(d("2026-03-01")).build(),
                        res(9, "2026-03-01").build()));
        assertThat(findings(r, RuleCode.OCCUPANCY_AREA)).isEmpty();
    }

    @Test
    void moveInOnDayBeforeMoveOut_reportsThatOneDay() {
        Report r = check31(base().addAllResidences(residents(1, 7, "2026-01-01"))
                .addResidences(res(8, "2026-01-01").movedOut(d("2026-03-01")).build(),
                        res(9, "2026-02-28").build()));
        Finding f = single(r, RuleCode.OCCUPANCY_AREA);
        assertThat(f.params()).containsEntry("from", "2026-02-28").containsEntry("to", "2026-02-28")
                .containsEntry("occupants", "9");
    }

    @Test
    void residenceMovingOutOnMoveInDay_coversNoDay() {
        Report r = check31(base().addAllResidences(residents(1, 8, "2026-01-01"))
                .addResidences(res(9, "2026-03-01").movedOut(d("2026-03-01")).build()));
        assertThat(findings(r, RuleCode.OCCUPANCY_AREA)).isEmpty();
    }

    @Test
    void hotelStays_areNotOccupants() {
        Report r = check31(base().addAllResidences(residents(1, 8, "2026-01-01"))
                .addResidences(residence("R9", "P9", "H", Basis.hotelStay(), "2026-03-01").build()));
        assertThat(findings(r, RuleCode.OCCUPANCY_AREA)).isEmpty();
    }

    @Test
    void familyMembers_neverExemptFromTheAreaRule() {
        RegistryDocument doc = base().addAllResidences(residents(1, 8, "2026-01-01"))
                .addResidences(residence("R9", "P9", "H", Basis.familyMemberOf(PersonId.of("P1")), "2026-03-01")
                        .build())
                .build();
        assertThat(single(check("CN-31", doc), RuleCode.OCCUPANCY_AREA).params()).containsEntry("occupants", "9");
        assertThat(single(check("CN-11", doc), RuleCode.OCCUPANCY_AREA).params()).containsEntry("occupants", "9");
        Report strict = Validator.of(strict()).check(Registry.of(doc), AS_OF);
        assertThat(single(strict, RuleCode.OCCUPANCY_AREA).params()).containsEntry("occupants", "9");
    }

    @Test
    void areaLimit_onInBeijingAndShanghai_offElsewhere() {
        RegistryDocument doc = base().addAllResidences(residents(1, 9, "2026-01-01")).build();
        assertOnInBeijingAndShanghaiOnly(doc, RuleCode.OCCUPANCY_AREA);
    }

    @Test
    void partition_isNotAddedToTheArea() {
        ImmutableRoom partition = ImmutableRoom.builder().from(room("H-5", RoomKind.BEDROOM, "6"))
                .partitionedFrom(RoomId.of("H-1")).build();
        Premises h = apartment("H", "P9").addRooms(partition).build();
        assertThat(OccupancyRules.habitableArea(h)).isEqualByComparingTo("40");
        Report r = check31(base(h).addAllResidences(residents(1, 9, "2026-01-01")));
        assertThat(single(r, RuleCode.OCCUPANCY_AREA).params()).containsEntry("area", "40");
    }

    @Test
    void unpartitionedExtraBedroom_addsToTheArea() {
        Premises h = apartment("H", "P9").addRooms(room("H-5", RoomKind.BEDROOM, "6")).build();
        assertThat(OccupancyRules.habitableArea(h)).isEqualByComparingTo("46");
        Report r = check31(base(h).addAllResidences(residents(1, 9, "2026-01-01")));
        assertThat(findings(r, RuleCode.OCCUPANCY_AREA)).isEmpty();
    }

    private static Premises bare(String floorArea, boolean roomsWithoutArea) {
        ImmutablePremises.Builder b = ImmutablePremises.builder().from(apartment("H", "P9").build()).rooms(List.of());
        if (roomsWithoutArea) {
            b.addRooms(room("H-1", RoomKind.BEDROOM, null), room("H-3", RoomKind.LIVING_ROOM, null),
                    room("H-4", RoomKind.KITCHEN, "6"));
        }
        b.floorArea(new BigDecimal(floorArea));
        return b.build();
    }

    @Test
    void roomsWithoutArea_fallBackToFloorArea() {
        Premises h = bare("60", true);
        assertThat(findings(check31(base(h).addAllResidences(residents(1, 12, "2026-01-01"))), RuleCode.OCCUPANCY_AREA))
                .isEmpty();
        Report r = check31(base(h).addAllResidences(residents(1, 13, "2026-01-01")));
        assertThat(single(r, RuleCode.OCCUPANCY_AREA).params()).containsEntry("area", "60")
                .containsEntry("occupants", "13");
    }

    @Test
    void noAreaKnown_ruleCannotApply() {
        Premises h = ImmutablePremises.builder().from(bare("1", true)).floorArea(Optional.empty()).build();
        assertThat(OccupancyRules.habitableArea(h)).isNull();
        Report r = check31(base(h).addAllResidences(residents(1, 30, "2026-01-01")));
        assertThat(findings(r, RuleCode.OCCUPANCY_AREA)).isEmpty();
    }

    @Test
    void areaComparedExactly_justUnderNinePersonsWorth() {
        // 45 m² holds 9 persons at 5 m²; 44.99 m² holds only 8
        assertThat(findings(check31(base(bare("45", false)).addAllResidences(residents(1, 9, "2026-01-01"))),
                RuleCode.OCCUPANCY_AREA)).isEmpty();
        Report r = check31(base(bare("44.99", false)).addAllResidences(residents(1, 9, "2026-01-01")));
        assertThat(single(r, RuleCode.OCCUPANCY_AREA).params()).containsEntry("area", "44.99")
                .containsEntry("occupants", "9");
    }

    @Test
    void payload_oldViolationInContext_isNotReported() {
        Registry context = Registry.of(base().addAllResidences(residents(1, 9, "2026-01-01")).build());
        RegistryDocument payload = RegistryDocument.registration()
                .addResidences(residence("R20", "P20", "G", Basis.owner(), "2026-05-01").build()).build();
        Report r = validate("CN-31", payload, context);
        assertThat(findings(r, RuleCode.OCCUPANCY_AREA)).isEmpty();
    }

    @Test
    void payload_residenceOutsideTheViolation_isNotReported() {
        Registry context = Registry.of(base().addAllResidences(residents(1, 9, "2026-01-01")).build());
        RegistryDocument payload = RegistryDocument.registration()
                .addResidences(res(20, "2025-01-01").movedOut(d("2025-06-01")).build()).build();
        Report r = validate("CN-31", payload, context);
        assertThat(findings(r, RuleCode.OCCUPANCY_AREA)).isEmpty();
    }

    @Test
    void payload_newResidentCausingLaterViolation_reportsTheRunItTakesPartIn() {
        Registry context = Registry.of(base().addAllResidences(residents(1, 8, "2025-01-01"))
                .addResidences(res(9, "2025-03-01").movedOut(d("2025-04-01")).build()).build());
        RegistryDocument payload = RegistryDocument.registration().addResidences(res(20, "2026-06-01").build())
                .build();
        Report r = validate("CN-31", payload, context);
        Finding f = single(r, RuleCode.OCCUPANCY_AREA);
        assertThat(f.path()).isEqualTo("/residences/0");
        assertThat(f.params()).containsEntry("from", "2026-06-01").doesNotContainKey("to")
                .containsEntry("occupants", "9");
        assertThat(f.subjects()).contains("premises:H", "residence:R20").doesNotContain("residence:R9");
    }

    @Test
    void payload_premisesThemselves_reportTheFirstRun() {
        // In the context the premises have a large extra bedroom; the payload records them as they are.
        Registry context = Registry.of(base(apartment("H", "P9").addRooms(room("H-9", RoomKind.BEDROOM, "100")).build())
                .addAllResidences(residents(1, 8, "2025-01-01"))
                .addResidences(res(9, "2025-03-01").movedOut(d("2025-04-01")).build()).build());
        RegistryDocument payload = RegistryDocument.registration().addPremises(apartment("H", "P9").build()).build();
        Report r = validate("CN-31", payload, context);
        Finding f = single(r, RuleCode.OCCUPANCY_AREA);
        assertThat(f.path()).isEqualTo("/premises/0");
        assertThat(f.params()).containsEntry("from", "2025-03-01").containsEntry("to", "2025-03-31");
    }

    @Test
    void payload_moveOutEndingTheViolation_isNotReported() {
        Registry context = Registry.of(base().addAllResidences(residents(1, 9, "2026-01-01")).build());
        // R9 moves out before the others moved in: it no longer takes part in any violation
        RegistryDocument payload = RegistryDocument.registration()
                .addResidences(res(9, "2026-01-01").movedOut(d("2026-01-01")).deregisteredOn(d("2026-01-02")).build())
                .build();
        Report r = validate("CN-31", payload, context);
        assertThat(findings(r, RuleCode.OCCUPANCY_AREA)).isEmpty();
    }

    // -----------------------------------------------------------------------------------------
    // OCCUPANCY_PER_ROOM

    private static ImmutableResidence.Builder in(int i, String room, String movedIn) {
        return res(i, movedIn).room(RoomId.of(room));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "two persons in one room|H-1|H-1|H-2",
        "three in an unknown room, left to the reference rules|H-9|H-9|H-9"})
    void perRoom_threeResidences_notReported(String what, String first, String second, String third) {
        Report r = check31(base().addResidences(in(1, first, "2026-01-01").build(), in(2, second, "2026-01-01").build(),
                in(3, third, "2026-01-01").build()));
        assertThat(findings(r, RuleCode.OCCUPANCY_PER_ROOM)).isEmpty();
    }

    @Test
    void threePersonsInOneRoom_reportsOccupancyPerRoom() {
        Report r = check31(base().addResidences(in(1, "H-1", "2026-01-01").build(), in(2, "H-1", "2026-01-01").build(),
                in(3, "H-1", "2026-02-01").movedOut(d("2026-02-15")).build(), in(4, "H-2", "2026-01-01").build()));
        Finding f = single(r, RuleCode.OCCUPANCY_PER_ROOM);
        assertFinding(f, "/premises/0", List.of("premises:H", "residence:R1", "residence:R2", "residence:R3"),
                "premises", "H", "room", "H-1", "from", "2026-02-01", "to", "2026-02-14", "persons", "3", "max", "2");
    }

    @Test
    void perRoomLimit_onInBeijingAndShanghai_offElsewhere() {
        RegistryDocument doc = base().addResidences(in(1, "H-1", "2026-01-01").build(),
                in(2, "H-1", "2026-01-01").build(), in(3, "H-1", "2026-01-01").build()).build();
        assertOnInBeijingAndShanghaiOnly(doc, RuleCode.OCCUPANCY_PER_ROOM);
    }

    @Test
    void livingRoom_countsAsRoomInShanghai_notWhereTheProfileSaysNo() {
        RegistryDocument doc = base().addResidences(in(1, "H-3", "2026-01-01").build(),
                in(2, "H-3", "2026-01-01").build(), in(3, "H-3", "2026-01-01").build()).build();
        assertThat(single(check("CN-31", doc), RuleCode.OCCUPANCY_PER_ROOM).params()).containsEntry("room", "H-3");
        assertThat(findings(Validator.of(strict()).check(Registry.of(doc), AS_OF), RuleCode.OCCUPANCY_PER_ROOM)).isEmpty();
    }

    @Test
    void twoCrowdedRooms_reportOneFindingEach_inRoomOrder() {
        Report r = check31(base().addResidences(in(1, "H-2", "2026-01-01").build(), in(2, "H-2", "2026-01-01").build(),
                in(3, "H-2", "2026-01-01").build(), in(4, "H-1", "2026-05-01").build(),
                in(5, "H-1", "2026-05-01").build(), in(6, "H-1", "2026-05-01").build(),
                in(7, "H-1", "2026-08-01").movedOut(d("2026-09-01")).build()));
        List<Finding> fs = findings(r, RuleCode.OCCUPANCY_PER_ROOM);
        assertThat(fs).extracting(f -> f.params().get("room")).containsExactlyInAnyOrder("H-1", "H-2");
        Finding h1 = fs.stream().filter(f -> f.params().get("room").equals("H-1")).findFirst().orElseThrow();
        assertThat(h1.params()).containsEntry("from", "2026-05-01").containsEntry("persons", "4")
                .doesNotContainKey("to");
    }

    @Test
    void perRoom_familyMembersAndHotelStaysAndRoomlessResidences_notCounted() {
        RegistryDocument doc = base().addResidences(in(1, "H-1", "2026-01-01").build(),
                in(2, "H-1", "2026-01-01").build(),
                residence("R3", "P3", "H", Basis.familyMemberOf(PersonId.of("P1")), "2026-01-01")
                        .room(RoomId.of("H-1")).build(),
                residence("R4", "P4", "H", Basis.hotelStay(), "2026-01-01").room(RoomId.of("H-1")).build(),
                res(5, "2026-01-01").build()).build();
        assertThat(findings(check("CN-31", doc), RuleCode.OCCUPANCY_PER_ROOM)).isEmpty();
        Report strict = Validator.of(strict()).check(Registry.of(doc), AS_OF);
        assertThat(single(strict, RuleCode.OCCUPANCY_PER_ROOM).params()).containsEntry("persons", "3");
    }

    @Test
    void payload_perRoom_oldCrowdingElsewhereNotReported_newCrowdingIs() {
        Registry context = Registry.of(base().addResidences(in(1, "H-1", "2026-01-01").build(),
                in(2, "H-1", "2026-01-01").build(), in(3, "H-1", "2026-01-01").build(),
                in(4, "H-2", "2026-01-01").build(), in(5, "H-2", "2026-01-01").build()).build());
        Validator v = Validator.of(Profiles.load("CN-31"));
        RegistryDocument quiet = RegistryDocument.registration().addResidences(in(6, "H-3", "2026-05-01").build())
                .build();
        assertThat(findings(v.validate(quiet, context, AS_OF), RuleCode.OCCUPANCY_PER_ROOM)).isEmpty();
        RegistryDocument crowding = RegistryDocument.registration().addResidences(in(6, "H-2", "2026-05-01").build())
                .build();
        Finding f = single(v.validate(crowding, context, AS_OF), RuleCode.OCCUPANCY_PER_ROOM);
        assertThat(f.path()).isEqualTo("/residences/0");
        assertThat(f.params()).containsEntry("room", "H-2").containsEntry("from", "2026-05-01")
                .containsEntry("persons", "3");
    }

    // -----------------------------------------------------------------------------------------
    // scale

    @Test
    void manyResidences_sweepIsExact() {
        // 20 000 one-night stays in one premises, 8 a night, then a 9th person for one night
        List<Residence> rs = new ArrayList<>();
        LocalDate start = d("2000-01-01");
        for (int i = 0; i < 20_000; i++) {
            LocalDate night = start.plusDays(i / 8);
            rs.add(residence("S" + i, "P" + i, "H", Basis.other(), night.toString()).movedOut(night.plusDays(1))
                    .build());
        }
        LocalDate last = start.plusDays(1000);
        rs.add(residence("S-extra", "P-extra", "H", Basis.other(), last.toString()).movedOut(last.plusDays(1))
                .build());
        Premises h = apartment("H", "P9").build();
        Registry reg = Registry.of(registry().addPremises(h).addAllResidences(rs).build());
        RuleContext ctx = new RuleContext(reg, Profiles.load("CN-31"), AS_OF, HolidayCalendar.NONE, null, x -> true);
        long t0 = System.nanoTime();
        new OccupancyRules().premises(h, "/premises/0", ctx);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertThat(ctx.findings()).hasSize(1);
        Finding f = ctx.findings().get(0);
        assertThat(f.rule()).isEqualTo(RuleCode.OCCUPANCY_AREA);
        assertThat(f.params()).containsEntry("from", last.toString()).containsEntry("to", last.toString())
                .containsEntry("occupants", "9");
        assertThat(f.subjects()).hasSize(10);
        assertThat(ms).as("sweep time in ms").isLessThan(5_000);
    }
}
