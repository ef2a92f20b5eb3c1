package org.renfang.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.renfang.validation.Fixtures.AS_OF;
import static org.renfang.validation.Fixtures.apartment;
import static org.renfang.validation.Fixtures.assertFinding;
import static org.renfang.validation.Fixtures.check;
import static org.renfang.validation.Fixtures.lease;
import static org.renfang.validation.Fixtures.person;
import static org.renfang.validation.Fixtures.registry;
import static org.renfang.validation.Fixtures.residence;
import static org.renfang.validation.Fixtures.room;
import static org.renfang.validation.rules.ResidenceTesting.findings;
import static org.renfang.validation.rules.ResidenceTesting.single;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.renfang.model.Basis;
import org.renfang.model.ImmutablePremises;
import org.renfang.model.ImmutableRegistryDocument;
import org.renfang.model.ImmutableRoom;
import org.renfang.model.LeaseId;
import org.renfang.model.RegistryDocument;
import org.renfang.model.RoomId;
import org.renfang.model.RoomKind;
import org.renfang.registry.Registry;
import org.renfang.validation.Report;
import org.renfang.validation.Validator;
import org.renfang.validation.finding.Finding;
import org.renfang.validation.finding.RuleCode;
import org.renfang.validation.profile.Profiles;

class RoomRulesTest {

    /** The fixture apartment H plus a partition H-5 cut from H-1 and a partitioned storage room H-6. */
    private static ImmutablePremises.Builder premises() {
        return apartment("H", "P9").addRooms(partition("H-5", RoomKind.BEDROOM, "H-1"),
                partition("H-6", RoomKind.STORAGE, "H-2"));
    }

    private static ImmutableRoom partition(String id, RoomKind kind, String from) {
        return ImmutableRoom.builder().from(room(id, kind, "5")).partitionedFrom(RoomId.of(from)).build();
    }

    private static ImmutableRegistryDocument.Builder base() {
        return registry().addPersons(person("P1").build(), person("P2").build(), person("P9").build())
                .addPremises(premises().build());
    }

    private static Report leaseOf(String... rooms) {
        org.renfang.model.ImmutableLease.Builder l = lease("L1", "H", "P9", "P1", "2026-01-01", "2026-12-31");
        for (String r : rooms) {
            l.addRooms(RoomId.of(r));
        }
        return check("CN", base().addLeases(l.build()).build());
    }

    private static Report residenceIn(String room) {
        return check("CN", base().addResidences(residence("R1", "P1", "H", Basis.owner(), "2026-01-01")
                .room(RoomId.of(room)).build()).build());
    }

    // -----------------------------------------------------------------------------------------
    // ROOM_NOT_HABITABLE

    @Test
    void leaseOfBedroomAndLivingRoom_passes() {
        Report r = leaseOf("H-1", "H-3");
        assertThat(findings(r, RuleCode.ROOM_NOT_HABITABLE)).isEmpty();
        assertThat(findings(r, RuleCode.ROOM_PARTITIONED)).isEmpty();
    }

    @Test
    void wholePremisesLease_includingKitchen_passes() {
        Report r = leaseOf();
        assertThat(findings(r, RuleCode.ROOM_NOT_HABITABLE)).isEmpty();
    }

    @Test
    void leaseOfKitchen_reportsRoomNotHabitable() {
        Finding f = single(leaseOf("H-1", "H-4"), RuleCode.ROOM_NOT_HABITABLE);
        assertFinding(f, "/leases/0", List.of("lease:L1", "premises:H"), "record", "lease:L1", "room", "H-4", "kind",
                "KITCHEN");
    }

    @ParameterizedTest
    @EnumSource(value = RoomKind.class, names = {"KITCHEN", "BATHROOM", "BALCONY", "STORAGE", "BASEMENT"})
    void residenceInUninhabitableRoom_reportsRoomNotHabitable(RoomKind kind) {
        Report r = check("CN", registry().addPersons(person("P1").build(), person("P9").build())
                .addPremises(apartment("H", "P9").addRooms(room("H-9", kind, "8")).build())
                .addResidences(residence("R1", "P1", "H", Basis.owner(), "2026-01-01").room(RoomId.of("H-9")).build())
                .build());
        Finding f = single(r, RuleCode.ROOM_NOT_HABITABLE);
        assertFinding(f, "/residences/0", List.of("residence:R1", "premises:H"), "record", "residence:R1", "room",
                "H-9", "kind", kind.name());
    }

    @ParameterizedTest
    @EnumSource(value = RoomKind.class, names = {"BEDROOM", "LIVING_ROOM", "OTHER"})
    void residenceInHabitableRoom_passes(RoomKind kind) {
        Report r = check("CN", registry().addPersons(person("P1").build(), person("P9").build())
                .addPremises(apartment("H", "P9").addRooms(room("H-9", kind, "8")).build())
                .addResidences(residence("R1", "P1", "H", Basis.owner(), "2026-01-01").room(RoomId.of("H-9")).build())
                .build());
        assertThat(findings(r, RuleCode.ROOM_NOT_HABITABLE)).isEmpty();
    }

    @Test
    void residenceWithoutRoom_passes() {
        Report r = check("CN", base().addResidences(residence("R1", "P1", "H", Basis.owner(), "2026-01-01").build())
                .build());
        assertThat(findings(r, RuleCode.ROOM_NOT_HABITABLE)).isEmpty();
        assertThat(findings(r, RuleCode.ROOM_PARTITIONED)).isEmpty();
    }

    @Test
    void hotelStayInBasement_isNotExempt() {
        Report r = check("CN", registry().addPersons(person("P1").build(), person("P9").build())
                .addPremises(apartment("H", "P9").addRooms(room("H-9", RoomKind.BASEMENT, "8")).build())
                .addResidences(residence("R1", "P1", "H", Basis.hotelStay(), "2026-01-01").room(RoomId.of("H-9"))
                        .build())
                .build());
        assertThat(single(r, RuleCode.ROOM_NOT_HABITABLE).params()).containsEntry("kind", "BASEMENT");
    }

    @Test
    void leaseOfTwoBadRooms_reportsOnePerRoom_repeatedRoomOnce() {
        Report r = leaseOf("H-4", "H-6", "H-4");
        assertThat(findings(r, RuleCode.ROOM_NOT_HABITABLE)).extracting(f -> f.params().get("room"))
                .containsExactlyInAnyOrder("H-4", "H-6");
    }

    @Test
    void unknownRoom_isLeftToReferenceRules() {
        Report r = leaseOf("H-404");
        assertThat(findings(r, RuleCode.ROOM_NOT_HABITABLE)).isEmpty();
        assertThat(findings(residenceIn("H-404"), RuleCode.ROOM_NOT_HABITABLE)).isEmpty();
    }

    @Test
    void unknownPremises_isLeftToReferenceRules() {
        Report r = check("CN", base().addLeases(lease("L1", "NOWHERE", "P9", "P1", "2026-01-01", "2026-12-31")
                .addRooms(RoomId.of("H-4")).build())
                .addResidences(residence("R1", "P1", "NOWHERE", Basis.owner(), "2026-01-01").room(RoomId.of("H-4"))
                        .build())
                .build());
        assertThat(findings(r, RuleCode.ROOM_NOT_HABITABLE)).isEmpty();
    }

    @Test
    void premisesWithManyRooms_lookedUpThroughMap() {
        ImmutablePremises.Builder p = apartment("H", "P9");
        for (int i = 10; i < 40; i++) {
            p.addRooms(room("H-" + i, i == 33 ? RoomKind.BALCONY : RoomKind.BEDROOM, "10"));
        }
        Report r = check("CN", registry().addPersons(person("P1").build(), person("P9").build())
                .addPremises(p.build())
                .addLeases(lease("L1", "H", "P9", "P1", "2026-01-01", "2026-12-31")
                        .addRooms(RoomId.of("H-12"), RoomId.of("H-33"), RoomId.of("H-4"), RoomId.of("H-99")).build())
                .build());
        assertThat(findings(r, RuleCode.ROOM_NOT_HABITABLE)).extracting(f -> f.params().get("room"))
                .containsExactlyInAnyOrder("H-33", "H-4");
    }

    // -----------------------------------------------------------------------------------------
    // ROOM_PARTITIONED

    @Test
    void leaseOfPartition_reportsRoomPartitioned() {
        Finding f = single(leaseOf("H-5"), RuleCode.ROOM_PARTITIONED);
        assertFinding(f, "/leases/0", List.of("lease:L1", "premises:H"), "record", "lease:L1", "room", "H-5",
                "partitionedFrom", "H-1");
        assertThat(findings(leaseOf("H-5"), RuleCode.ROOM_NOT_HABITABLE)).isEmpty();
    }

    @Test
    void residenceInPartition_reportsRoomPartitioned() {
        Finding f = single(residenceIn("H-5"), RuleCode.ROOM_PARTITIONED);
        assertThat(f.path()).isEqualTo("/residences/0");
        assertThat(f.params()).containsExactly(Map.entry("record", "residence:R1"), Map.entry("room", "H-5"),
                Map.entry("partitionedFrom", "H-1"));
    }

    @Test
    void residenceInOriginalRoom_passes() {
        assertThat(findings(residenceIn("H-1"), RuleCode.ROOM_PARTITIONED)).isEmpty();
    }

    @Test
    void partitionedStorageRoom_reportsBothRules() {
        Report r = residenceIn("H-6");
        assertThat(single(r, RuleCode.ROOM_NOT_HABITABLE).params()).containsEntry("kind", "STORAGE");
        assertThat(single(r, RuleCode.ROOM_PARTITIONED).params()).containsEntry("partitionedFrom", "H-2");
    }

    // -----------------------------------------------------------------------------------------
    // Profiles and payload scope

    /** The room rules are Chinese law (商品房屋租赁管理办法 art. 8); German law has none of the kind. */
    @Test
    void roomRules_applyUnderEveryChineseProfile_notUnderDE() {
        RegistryDocument doc = base().addLeases(lease("L1", "H", "P9", "P1", "2026-01-01", "2026-12-31")
                .addRooms(RoomId.of("H-4"), RoomId.of("H-5")).build()).build();
        for (String profile : Profiles.SHIPPED) {
            Report r = check(profile, doc);
            int expected = profile.equals("DE") ? 0 : 1;
            assertThat(findings(r, RuleCode.ROOM_NOT_HABITABLE)).as(profile).hasSize(expected);
            assertThat(findings(r, RuleCode.ROOM_PARTITIONED)).as(profile).hasSize(expected);
        }
    }

    @Test
    void payload_oldLeaseOfKitchenInContext_isNotReported_newResidenceInKitchenIs() {
        Registry context = Registry.of(base().addLeases(lease("L1", "H", "P9", "P1", "2026-01-01", "2026-12-31")
                .addRooms(RoomId.of("H-4")).build()).build());
        Validator v = Validator.of(Profiles.load("CN-31"));
        RegistryDocument clean = RegistryDocument.registration()
                .addResidences(residence("R1", "P2", "H", Basis.lease(LeaseId.of("L1")), "2026-02-01")
                        .room(RoomId.of("H-1")).build())
                .build();
        Report ok = v.validate(clean, context, AS_OF);
        assertThat(findings(ok, RuleCode.ROOM_NOT_HABITABLE)).isEmpty();
        RegistryDocument bad = RegistryDocument.registration()
                .addResidences(residence("R1", "P2", "H", Basis.lease(LeaseId.of("L1")), "2026-02-01")
                        .room(RoomId.of("H-4")).build())
                .build();
        Finding f = single(v.validate(bad, context, AS_OF), RuleCode.ROOM_NOT_HABITABLE);
        assertThat(f.path()).isEqualTo("/residences/0");
        assertThat(f.params()).containsEntry("record", "residence:R1");
    }
}
