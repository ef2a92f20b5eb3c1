package org.renfang.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.renfang.validation.Fixtures.AS_OF;
import static org.renfang.validation.Fixtures.apartment;
import static org.renfang.validation.Fixtures.check;
import static org.renfang.validation.Fixtures.employment;
import static org.renfang.validation.Fixtures.enrollment;
import static org.renfang.validation.Fixtures.lease;
import static org.renfang.validation.Fixtures.org;
import static org.renfang.validation.Fixtures.person;
import static org.renfang.validation.Fixtures.registry;
import static org.renfang.validation.Fixtures.residence;
import static org.renfang.validation.Fixtures.room;
import static org.renfang.validation.Fixtures.validate;
import static org.renfang.validation.Fixtures.visit;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.renfang.model.Basis;
import org.renfang.model.ImmutableLease;
import org.renfang.model.ImmutablePremises;
import org.renfang.model.ImmutableRegistryDocument;
import org.renfang.model.ImmutableResidence;
import org.renfang.model.LeaseId;
import org.renfang.model.OrganizationId;
import org.renfang.model.OrganizationKind;
import org.renfang.model.Party;
import org.renfang.model.PersonId;
import org.renfang.model.RegistryDocument;
import org.renfang.model.RoomId;
import org.renfang.model.RoomKind;
import org.renfang.registry.Registry;
import org.renfang.validation.Report;
import org.renfang.validation.Validator;
import org.renfang.validation.finding.Finding;
import org.renfang.validation.finding.RuleCode;
import org.renfang.validation.profile.Profile;
import org.renfang.validation.profile.Profiles;

class ReferenceRulesTest {

    // -----------------------------------------------------------------------------------------
    // A clean registry in which every reference resolves; each test breaks one.

    private static ImmutableRegistryDocument.Builder clean(ImmutablePremises premises, ImmutableLease lease,
            ImmutableResidence... residences) {
        ImmutableRegistryDocument.Builder b = registry()
                .addPersons(person("P1").build(), person("P2").build(), person("P3").build())
                .addOrganizations(org("O1", OrganizationKind.EMPLOYER).build(),
                        org("O2", OrganizationKind.SCHOOL).build(), org("O3", OrganizationKind.AGENCY).build())
                .addPremises(premises)
                .addLeases(lease)
                .addEmployments(employment("E1", "P2", "O1", "2026-01-01").build())
                .addEnrollments(enrollment("S1", "P3", "O2", "2025-09-01").build())
                .addVisits(visit("V1", "H1", "O3", "2026-04-01").build());
        if (residences.length == 0) {
            b.addResidences(residence("R1", "P2", "H1", Basis.lease(LeaseId.of("L1")), "2026-03-01")
                            .room(RoomId.of("H1-1")).build(),
                    residence("R2", "P3", "H1", Basis.familyMemberOf(PersonId.of("P2")), "2026-03-01").build());
        } else {
            b.addResidences(residences);
        }
        return b;
    }

    private static ImmutablePremises flat() {
        return apartment("H1", "P1").build();
    }

    private static ImmutableLease roomLease() {
        return lease("L1", "H1", "P1", "P2", "2026-03-01", "2027-02-28").rooms(List.of(RoomId.of("H1-1")))
                .addOccupants(PersonId.of("P3")).build();
    }

    private static List<Finding> references(Report report) {
        return report.findings(RuleCode.REFERENCE_UNKNOWN);
    }

    private static List<Finding> references(RegistryDocument doc) {
        return references(check("CN", doc));
    }

    /** The parameters of a REFERENCE_UNKNOWN finding: the field holding the reference, the record it names. */
    private static Map<String, String> dangling(String field, String ref) {
        return Map.of("field", field, "ref", ref);
    }

    @Test
    void cleanRegistry_reportsNoReference() {
        Report r = check("CN", clean(flat(), roomLease()).build());
        assertThat(references(r)).isEmpty();
    }

    // -----------------------------------------------------------------------------------------
    // Premises

    @Test
    void premisesOwner_unknownPerson_reportsAtOwnerPerson() {
        List<Finding> f = references(clean(apartment("H1", "P9").build(), roomLease()).build());
        assertThat(f).extracting(Finding::path, Finding::subjects, Finding::params).containsExactly(
                tuple("/premises/0/owner/person", List.of("premises:H1"), dangling("owner", "person:P9")));
    }

    @Test
    void premisesOwner_unknownOrganization_reportsAtOwnerOrganization() {
        ImmutablePremises h = flat().withOwner(Party.of(OrganizationId.of("O9")));
        List<Finding> f = references(clean(h, roomLease()).build());
        assertThat(f).extracting(Finding::path, Finding::params).containsExactly(
                tuple("/premises/0/owner/organization", dangling("owner", "organization:O9")));
    }

    @Test
    void premisesOwner_knownOrganization_passes() {
        ImmutablePremises h = flat().withOwner(Party.of(OrganizationId.of("O1")));
        assertThat(references(clean(h, roomLease()).build())).isEmpty();
    }

    @Test
    void dormitoryOf_unknownEmployer_reportsAtDormitoryOf() {
        ImmutablePremises h = flat().withDormitoryOf(OrganizationId.of("O9"));
        assertThat(references(clean(h, roomLease()).build())).extracting(Finding::path, Finding::params).containsExactly(
                tuple("/premises/0/dormitoryOf", dangling("dormitoryOf", "organization:O9")));
        ImmutablePremises known = flat().withDormitoryOf(OrganizationId.of("O1"));
        assertThat(references(clean(known, roomLease()).build())).isEmpty();
    }

    @Test
    void partitionedFrom_roomOfNoSuchId_reportsAtRoom() {
        ImmutablePremises h = apartment("H1", "P1")
                .addRooms(room("H1-5", RoomKind.BEDROOM, "6").withPartitionedFrom(RoomId.of("H1-3")))
                .addRooms(room("H1-6", RoomKind.BEDROOM, "6").withPartitionedFrom(RoomId.of("H1-99")))
                .build();
        assertThat(references(clean(h, roomLease()).build())).extracting(Finding::path, Finding::subjects, Finding::params)
                .containsExactly(tuple("/premises/0/rooms/5/partitionedFrom", List.of("premises:H1"),
                        dangling("partitionedFrom", "room:H1-99")));
    }

    @Test
    void partitionedFrom_manyRooms_usesEveryRoomOfThePremises() {
        ImmutablePremises.Builder b = apartment("H1", "P1");
        for (int i = 5; i <= 40; i++) {
            b.addRooms(room("H1-" + i, RoomKind.BEDROOM, "5").withPartitionedFrom(RoomId.of("H1-" + (i - 1))));
        }
        b.addRooms(room("H1-X", RoomKind.BEDROOM, "5").withPartitionedFrom(RoomId.of("H1-41")));
        assertThat(references(clean(b.build(), roomLease()).build())).extracting(Finding::path)
                .containsExactly("/premises/0/rooms/40/partitionedFrom");
    }

    // -----------------------------------------------------------------------------------------
    // Lease

    @Test
    void leasePremises_unknown_reportsPremisesOnly_notItsRooms() {
        ImmutableLease l = roomLease().withPremises(org.renfang.model.PremisesId.of("H9"));
        List<Finding> f = references(clean(flat(), l,
                residence("R1", "P2", "H1", Basis.other(), "2026-03-01").build()).build());
        assertThat(f).extracting(Finding::path, Finding::subjects, Finding::params).containsExactly(
                tuple("/leases/0/premises", List.of("lease:L1"), dangling("premises", "premises:H9")));
    }

    @Test
    void leaseRooms_roomOfAnotherPremises_reportsEachUnknownRoom() {
        ImmutableLease l = roomLease().withRooms(RoomId.of("H1-1"), RoomId.of("H2-1"), RoomId.of("H1-2"), RoomId.of("X"));
        List<Finding> f = references(clean(flat(), l).build());
        assertThat(f).extracting(Finding::path, Finding::subjects, Finding::params).containsExactly(
                tuple("/leases/0/rooms/1", List.of("lease:L1", "premises:H1"), dangling("rooms", "room:H2-1")),
                tuple("/leases/0/rooms/3", List.of("lease:L1", "premises:H1"), dangling("rooms", "room:X")));
    }

    @Test
    void leaseRooms_manyRoomsOnLargePremises_findsTheOneUnknown() {
        ImmutablePremises.Builder b = apartment("H1", "P1");
        List<RoomId> rooms = new ArrayList<>();
        for (int i = 5; i <= 60; i++) {
            b.addRooms(room("H1-" + i, RoomKind.BEDROOM, "8"));
            rooms.add(RoomId.of("H1-" + i));
        }
        rooms.add(20, RoomId.of("H1-61"));
        ImmutableLease l = roomLease().withRooms(rooms);
        assertThat(references(clean(b.build(), l).build())).extracting(Finding::path, Finding::params)
                .containsExactly(tuple("/leases/0/rooms/20", dangling("rooms", "room:H1-61")));
    }

    @Test
    void leaseLessor_unknownPersonOrOrganization_reportsAtLessorField() {
        assertThat(references(clean(flat(), roomLease().withLessor(Party.of(PersonId.of("P9")))).build()))
                .extracting(Finding::path, Finding::params)
                .containsExactly(tuple("/leases/0/lessor/person", dangling("lessor", "person:P9")));
        assertThat(references(clean(flat(), roomLease().withLessor(Party.of(OrganizationId.of("O9")))).build()))
                .extracting(Finding::path, Finding::params).containsExactly(
                        tuple("/leases/0/lessor/organization", dangling("lessor", "organization:O9")));
    }

    @Test
    void leaseLesseesAndOccupants_unknownPersons_reportOnePerDanglingValue() {
        ImmutableLease l = roomLease().withLessees(Party.of(PersonId.of("P2")), Party.of(PersonId.of("P8")), Party.of(PersonId.of("P8")))
                .withOccupants(PersonId.of("P7"), PersonId.of("P3"));
        List<Finding> f = references(clean(flat(), l).build());
        assertThat(f).extracting(Finding::path, Finding::params).containsExactly(
                tuple("/leases/0/lessees/1", dangling("lessees", "person:P8")),
                tuple("/leases/0/lessees/2", dangling("lessees", "person:P8")),
                tuple("/leases/0/occupants/0", dangling("occupants", "person:P7")));
    }

    @Test
    void leaseParent_unknownLease_reportsAtParent() {
        ImmutableLease l = roomLease().withParent(LeaseId.of("L0"));
        assertThat(references(clean(flat(), l).build())).extracting(Finding::path, Finding::params)
                .containsExactly(tuple("/leases/0/parent", dangling("parent", "lease:L0")));
    }

    @Test
    void leaseParent_knownLease_passes() {
        RegistryDocument doc = clean(flat(), roomLease())
                .addLeases(lease("L2", "H1", "P2", "P3", "2026-04-01", "2026-12-31").parent(LeaseId.of("L1")).build())
                .build();
        assertThat(references(doc)).isEmpty();
    }

    // -----------------------------------------------------------------------------------------
    // Employment, enrollment

    @Test
    void employment_unknownPersonAndEmployer_reportBoth() {
        RegistryDocument doc = clean(flat(), roomLease())
                .addEmployments(employment("E2", "P9", "O9", "2026-01-01").build()).build();
        assertThat(references(doc)).extracting(Finding::path, Finding::subjects, Finding::params).containsExactly(
                tuple("/employments/1/employer", List.of("employment:E2"), dangling("employer", "organization:O9")),
                tuple("/employments/1/person", List.of("employment:E2"), dangling("person", "person:P9")));
    }

    @Test
    void enrollment_unknownPersonAndSchool_reportBoth() {
        RegistryDocument doc = clean(flat(), roomLease())
                .addEnrollments(enrollment("S2", "P9", "O9", "2026-01-01").build()).build();
        assertThat(references(doc)).extracting(Finding::path, Finding::params).containsExactly(
                tuple("/enrollments/1/person", dangling("person", "person:P9")),
                tuple("/enrollments/1/school", dangling("school", "organization:O9")));
    }

    // -----------------------------------------------------------------------------------------
    // Residence

    @Test
    void residence_unknownPersonAndPremises_reportBoth_notTheRoom() {
        List<Finding> f = references(clean(flat(), roomLease(),
                residence("R1", "P9", "H9", Basis.owner(), "2026-03-01").room(RoomId.of("H9-1")).build()).build());
        assertThat(f).extracting(Finding::path, Finding::params).containsExactly(
                tuple("/residences/0/person", dangling("person", "person:P9")),
                tuple("/residences/0/premises", dangling("premises", "premises:H9")));
    }

    @Test
    void residenceRoom_notARoomOfThePremises_reportsAtRoom() {
        List<Finding> f = references(clean(flat(), roomLease(),
                residence("R1", "P2", "H1", Basis.owner(), "2026-03-01").room(RoomId.of("H2-1")).build()).build());
        assertThat(f).extracting(Finding::path, Finding::subjects, Finding::params).containsExactly(
                tuple("/residences/0/room", List.of("residence:R1", "premises:H1"), dangling("room", "room:H2-1")));
    }

    @Test
    void residenceBasis_unknownLeaseEmployerOrPerson_reportsAtBasisField() {
        List<Finding> f = references(clean(flat(), roomLease(),
                residence("R1", "P2", "H1", Basis.lease(LeaseId.of("L9")), "2026-03-01").build(),
                residence("R2", "P2", "H1", Basis.employerDormitory(OrganizationId.of("O9")), "2026-03-01").build(),
                residence("R3", "P3", "H1", Basis.familyMemberOf(PersonId.of("P9")), "2026-03-01").build(),
                residence("R4", "P3", "H1", Basis.employerDormitory(OrganizationId.of("O1")), "2026-03-01").build())
                .build());
        assertThat(f).extracting(Finding::path, Finding::params).containsExactly(
                tuple("/residences/0/basis/lease", dangling("basis.lease", "lease:L9")),
                tuple("/residences/1/basis/employer", dangling("basis.employer", "organization:O9")),
                tuple("/residences/2/basis/of", dangling("basis.of", "person:P9")));
    }

    // -----------------------------------------------------------------------------------------
    // Visit

    @Test
    void visit_unknownPremisesAndAgency_reportBoth() {
        RegistryDocument doc = clean(flat(), roomLease()).addVisits(visit("V2", "H9", "O9", "2026-05-01").build())
                .build();
        assertThat(references(doc)).extracting(Finding::path, Finding::subjects, Finding::params).containsExactly(
                tuple("/visits/1/agency", List.of("visit:V2"), dangling("agency", "organization:O9")),
                tuple("/visits/1/premises", List.of("visit:V2"), dangling("premises", "premises:H9")));
    }

    // -----------------------------------------------------------------------------------------
    // Severity and profile

    @Test
    void danglingReference_isAnError_andOffWhenTheProfileSwitchesItOff() {
        RegistryDocument doc = clean(flat(), roomLease().withParent(LeaseId.of("L0"))).build();
        Report cn = check("CN", doc);
        assertThat(references(cn)).extracting(Finding::severity).containsExactly(org.renfang.validation.finding.Severity.ERROR);
        assertThat(cn.isValid()).isFalse();
        Profile off = Profiles.read(new ByteArrayInputStream(
                "{\"code\":\"X\",\"parent\":\"CN\",\"severities\":{\"REFERENCE_UNKNOWN\":\"OFF\"}}"
                        .getBytes(StandardCharsets.UTF_8)));
        assertThat(references(Validator.of(off).check(Registry.of(doc), AS_OF))).isEmpty();
    }

    // -----------------------------------------------------------------------------------------
    // Payload scope

    @Test
    void payload_oldDanglingReferenceInContext_isNotReported_newOneIs() {
        Registry context = Registry.of(clean(apartment("H1", "P9").build(),
                roomLease().withLessees(Party.of(PersonId.of("P2")), Party.of(PersonId.of("P8")))).build());
        RegistryDocument payload = RegistryDocument.registration()
                .addResidences(residence("R5", "P3", "H1", Basis.lease(LeaseId.of("L7")), "2026-06-01").build())
                .build();
        Report r = validate("CN", payload, context);
        assertThat(references(r)).extracting(Finding::path, Finding::params).containsExactly(
                tuple("/residences/0/basis/lease", dangling("basis.lease", "lease:L7")));
    }

    @Test
    void payload_referenceToRecordOfTheSamePayloadOrTheContext_passes() {
        Registry context = Registry.of(clean(flat(), roomLease()).build());
        RegistryDocument payload = RegistryDocument.registration()
                .addPersons(person("P20").build())
                .addLeases(lease("L20", "H1", "P1", "P20", "2027-03-01", "2028-02-28").build())
                .addResidences(residence("R20", "P20", "H1", Basis.lease(LeaseId.of("L20")), "2027-03-01").build())
                .build();
        Report r = validate("CN", payload, context);
        assertThat(references(r)).isEmpty();
    }

    @Test
    void payload_premisesInPayloadWithUnknownOwner_isReported() {
        Registry context = Registry.of(clean(flat(), roomLease()).build());
        RegistryDocument payload = RegistryDocument.registration().addPremises(apartment("H5", "P55").build()).build();
        Report r = validate("CN", payload, context);
        assertThat(references(r)).extracting(Finding::path).containsExactly("/premises/0/owner/person");
    }

    @Test
    void payload_leaseTouchingContextPremisesWithUnknownOwner_reportsOnlyTheLease() {
        Registry context = Registry.of(clean(apartment("H1", "P9").build(), roomLease()).build());
        RegistryDocument payload = RegistryDocument.registration()
                .addLeases(lease("L30", "H1", "P1", "P2", "2027-03-01", "2028-02-28").addLessees(Party.of(PersonId.of("P31")))
                        .build())
                .build();
        Report r = validate("CN", payload, context);
        assertThat(references(r)).extracting(Finding::path, Finding::params).containsExactly(
                tuple("/leases/0/lessees/1", dangling("lessees", "person:P31")));
    }
}
