package org.renfang.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.renfang.validation.Fixtures.AS_OF;
import static org.renfang.validation.Fixtures.apartment;
import static org.renfang.validation.Fixtures.assertFinding;
import static org.renfang.validation.Fixtures.check;
import static org.renfang.validation.Fixtures.d;
import static org.renfang.validation.Fixtures.lease;
import static org.renfang.validation.Fixtures.org;
import static org.renfang.validation.Fixtures.person;
import static org.renfang.validation.Fixtures.registry;
import static org.renfang.validation.Fixtures.validate;
import static org.renfang.validation.rules.ResidenceTesting.findings;
import static org.renfang.validation.rules.ResidenceTesting.single;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.renfang.model.Filing;
import org.renfang.model.ImmutableFiling;
import org.renfang.model.ImmutableLease;
import org.renfang.model.ImmutableRegistryDocument;
import org.renfang.model.Lease;
import org.renfang.model.LeaseId;
import org.renfang.model.OrganizationId;
import org.renfang.model.OrganizationKind;
import org.renfang.model.Party;
import org.renfang.model.PersonId;
import org.renfang.model.PremisesFlag;
import org.renfang.model.RegistryDocument;
import org.renfang.model.RoomId;
import org.renfang.registry.Registry;
import org.renfang.validation.Report;
import org.renfang.validation.Validator;
import org.renfang.validation.finding.Finding;
import org.renfang.validation.finding.RuleCode;
import org.renfang.validation.profile.HolidayCalendar;
import org.renfang.validation.profile.Profiles;

class LeaseRulesTest {

    // -----------------------------------------------------------------------------------------
    // helpers

    /** Owner P9, lessees P1..P4, letting agent O1, apartments H and G. */
    private static ImmutableRegistryDocument.Builder base() {
        return registry()
                .addPersons(person("P1").build(), person("P2").build(), person("P3").build(),
                        person("P4").build(), person("P9").build())
                .addOrganizations(org("O1", OrganizationKind.LETTING_AGENT).build())
                .addPremises(apartment("H", "P9").build(), apartment("G", "P9").build());
    }

    private static ImmutableLease.Builder whole(String id, String lessee, String start, String end) {
        return lease(id, "H", "P9", lessee, start, end);
    }

    private static ImmutableLease.Builder rooms(String id, String lessee, String start, String end, String... rooms) {
        ImmutableLease.Builder b = whole(id, lessee, start, end);
        for (String r : rooms) {
            b.addRooms(RoomId.of(r));
        }
        return b;
    }

    private static Report checkLeases(String profile, Lease... leases) {
        return check(profile, base().addLeases(leases).build());
    }

    // -----------------------------------------------------------------------------------------
    // LEASE_TERM_INVALID

    @Test
    void oneYearLease_reportsNoTermProblem() {
        Report r = checkLeases("CN", whole("L1", "P1", "2026-03-01", "2027-02-28").build());
        assertThat(findings(r, RuleCode.LEASE_TERM_INVALID)).isEmpty();
    }

    @Test
    void oneDayLease_startEqualsEnd_passes() {
        Report r = checkLeases("CN", whole("L1", "P1", "2026-03-01", "2026-03-01").build());
        assertThat(findings(r, RuleCode.LEASE_TERM_INVALID)).isEmpty();
    }

    @Test
    void startAfterEnd_reportsLeaseTermInvalid() {
        Report r = checkLeases("CN", whole("L1", "P1", "2026-03-02", "2026-03-01").build());
        Finding f = single(r, RuleCode.LEASE_TERM_INVALID);
        assertFinding(f, "/leases/0", List.of("lease:L1", "premises:H"), "lease", "L1", "start", "2026-03-02", "end",
                "2026-03-01", "reason", "START_AFTER_END");
        assertThat(f.category()).isEqualTo(org.renfang.validation.finding.Category.DATA);
        assertThat(f.responsible()).isEqualTo(org.renfang.validation.finding.Responsible.of(org.renfang.validation.finding.Role.RECORDER));
        assertThat(findings(r, RuleCode.LEASE_TERM_EXCESS)).isEmpty();
    }

    @Test
    void startAfterEnd_withoutMaximumTerm_reportsLeaseTermInvalidInDe() {
        Report r = checkLeases("DE", whole("L1", "P1", "2026-03-02", "2026-03-01").build());
        Finding f = single(r, RuleCode.LEASE_TERM_INVALID);
        assertThat(f.params()).containsEntry("reason", "START_AFTER_END").doesNotContainKey("maxYears");
    }

    @Test
    void twentyYearsLessOneDay_passes() {
        Report r = checkLeases("CN", whole("L1", "P1", "2026-03-01", "2046-02-28").build());
        assertThat(findings(r, RuleCode.LEASE_TERM_INVALID)).isEmpty();
        assertThat(findings(r, RuleCode.LEASE_TERM_EXCESS)).isEmpty();
    }

    @Test
    void twentyYearsToTheDay_reportsTermExcess_aWarningForTheLessor_notAnInvalidTerm() {
        for (String profile : List.of("CN", "CN-11", "CN-31", "CN-4403")) {
            Report r = checkLeases(profile, whole("L1", "P1", "2026-03-01", "2046-03-01").build());
            assertThat(findings(r, RuleCode.LEASE_TERM_INVALID)).isEmpty();
            Finding f = single(r, RuleCode.LEASE_TERM_EXCESS);
            assertThat(f.severity()).isEqualTo(org.renfang.validation.finding.Severity.WARNING);
            assertThat(f.category()).isEqualTo(org.renfang.validation.finding.Category.COMPLIANCE);
            assertThat(f.params()).containsExactly(Map.entry("lease", "L1"), Map.entry("start", "2026-03-01"),
                    Map.entry("end", "2046-03-01"), Map.entry("maxYears", "20"), Map.entry("voidFrom", "2046-03-01"));
            assertThat(f.responsible()).hasToString("LESSOR:person:P9");
            assertThat(f.legalBasis(java.util.Locale.ENGLISH)).contains("Civil Code of the PRC, art. 705");
            assertThat(r.isAccepted()).isTrue();
        }
    }

    @Test
    void leapDayStart_boundaryIsDayBeforeAnniversary() {
        // 2024-02-29 + 20 years = 2044-02-29 (a leap year): the last allowed day is 2044-02-28
        assertThat(findings(checkLeases("CN", whole("L1", "P1", "2024-02-29", "2044-02-28").build()),
                RuleCode.LEASE_TERM_EXCESS)).isEmpty();
        assertThat(findings(checkLeases("CN", whole("L1", "P1", "2024-02-29", "2044-02-29").build()),
                RuleCode.LEASE_TERM_EXCESS)).hasSize(1);
    }

    @Test
    void longTerm_withoutMaximumTerm_passesInDe() {
        Report r = checkLeases("DE", whole("L1", "P1", "2026-03-01", "2066-03-01").build());
        assertThat(findings(r, RuleCode.LEASE_TERM_INVALID)).isEmpty();
        assertThat(findings(r, RuleCode.LEASE_TERM_EXCESS)).isEmpty();
    }

    // -----------------------------------------------------------------------------------------
    // LEASE_OVERLAP

    @Test
    void consecutiveLeases_doNotOverlap() {
        Report r = checkLeases("CN", whole("L1", "P1", "2026-01-01", "2026-06-30").build(),
                whole("L2", "P2", "2026-07-01", "2026-12-31").build());
        assertThat(findings(r, RuleCode.LEASE_OVERLAP)).isEmpty();
    }

    @Test
    void overlappingLeases_oneSharedDay_reportsLeaseOverlapOnce() {
        Report r = checkLeases("CN", whole("L1", "P1", "2026-01-01", "2026-06-30").build(),
                whole("L2", "P2", "2026-06-30", "2026-12-31").build());
        Finding f = single(r, RuleCode.LEASE_OVERLAP);
        assertFinding(f, "/leases/1", List.of("lease:L2", "lease:L1", "premises:H"), "lease", "L2", "other", "L1",
                "premises", "H", "from", "2026-06-30", "to", "2026-06-30");
    }

    @Test
    void overlappingLeases_carriedByLaterStartWhateverTheDocumentOrder() {
        Report r = checkLeases("CN", whole("L2", "P2", "2026-03-01", "2026-04-30").build(),
                whole("L1", "P1", "2026-01-01", "2026-12-31").build());
        Finding f = single(r, RuleCode.LEASE_OVERLAP);
        assertThat(f.path()).isEqualTo("/leases/0");
        assertThat(f.params()).containsEntry("lease", "L2").containsEntry("other", "L1")
                .containsEntry("from", "2026-03-01").containsEntry("to", "2026-04-30");
    }

    @Test
    void overlappingLeases_sameStart_carriedByGreaterIdInNaturalOrder() {
        Report r = checkLeases("CN", whole("L10", "P1", "2026-01-01", "2026-12-31").build(),
                whole("L2", "P2", "2026-01-01", "2026-12-31").build());
        Finding f = single(r, RuleCode.LEASE_OVERLAP);
        assertThat(f.params()).containsEntry("lease", "L10").containsEntry("other", "L2");
        assertThat(f.path()).isEqualTo("/leases/0");
    }

    @Test
    void overlappingLeases_sameRoom_reportsLeaseOverlap() {
        Report r = checkLeases("CN", rooms("L1", "P1", "2026-01-01", "2026-12-31", "H-1", "H-2").build(),
                rooms("L2", "P2", "2026-05-01", "2027-04-30", "H-2").build());
        Finding f = single(r, RuleCode.LEASE_OVERLAP);
        assertThat(f.params()).containsEntry("from", "2026-05-01").containsEntry("to", "2026-12-31");
    }

    @Test
    void overlappingLeases_differentRooms_pass() {
        Report r = checkLeases("CN", rooms("L1", "P1", "2026-01-01", "2026-12-31", "H-1").build(),
                rooms("L2", "P2", "2026-01-01", "2026-12-31", "H-2").build());
        assertThat(findings(r, RuleCode.LEASE_OVERLAP)).isEmpty();
    }

    @Test
    void overlappingLeases_manyRooms_comparedThroughSet() {
        String[] a = {"H-1", "X1", "X2", "X3", "X4", "X5", "X6", "X7", "X8", "X9"};
        Report disjoint = checkLeases("CN", rooms("L1", "P1", "2026-01-01", "2026-12-31", a).build(),
                rooms("L2", "P2", "2026-01-01", "2026-12-31", "H-2", "H-3").build());
        assertThat(findings(disjoint, RuleCode.LEASE_OVERLAP)).isEmpty();
        Report shared = checkLeases("CN", rooms("L1", "P1", "2026-01-01", "2026-12-31", a).build(),
                rooms("L2", "P2", "2026-01-01", "2026-12-31", "H-2", "X9").build());
        assertThat(findings(shared, RuleCode.LEASE_OVERLAP)).hasSize(1);
    }

    @Test
    void wholePremisesLease_overlapsRoomLease() {
        Report r = checkLeases("CN", rooms("L1", "P1", "2026-01-01", "2026-12-31", "H-1").build(),
                whole("L2", "P2", "2026-02-01", "2026-02-28").build());
        Finding f = single(r, RuleCode.LEASE_OVERLAP);
        assertThat(f.params()).containsEntry("lease", "L2").containsEntry("other", "L1");
    }

    @Test
    void leasesOfDifferentPremises_doNotOverlap() {
        Report r = checkLeases("CN", whole("L1", "P1", "2026-01-01", "2026-12-31").build(),
                lease("L2", "G", "P9", "P2", "2026-01-01", "2026-12-31").build());
        assertThat(findings(r, RuleCode.LEASE_OVERLAP)).isEmpty();
    }

    @Test
    void threeOverlappingLeases_reportEachPairOnce() {
        Report r = checkLeases("CN", whole("L1", "P1", "2026-01-01", "2026-12-31").build(),
                whole("L2", "P2", "2026-02-01", "2026-12-31").build(),
                whole("L3", "P3", "2026-03-01", "2026-12-31").build());
        assertThat(findings(r, RuleCode.LEASE_OVERLAP)).extracting(f -> f.params().get("lease") + "/" + f.params().get("other"))
                .containsExactlyInAnyOrder("L2/L1", "L3/L1", "L3/L2");
    }

    @Test
    void sublease_doesNotOverlapItsParent() {
        Report r = checkLeases("CN", whole("L1", "P1", "2026-01-01", "2026-12-31").subletPermitted(true).build(),
                rooms("L2", "P2", "2026-02-01", "2026-06-30", "H-1").lessor(Party.of(pid("P1")))
                        .parent(LeaseId.of("L1")).build());
        assertThat(findings(r, RuleCode.LEASE_OVERLAP)).isEmpty();
    }

    @Test
    void subSublease_doesNotOverlapItsGrandparent() {
        Report r = checkLeases("CN", whole("L1", "P1", "2026-01-01", "2026-12-31").subletPermitted(true).build(),
                rooms("L2", "P2", "2026-02-01", "2026-06-30", "H-1").lessor(Party.of(pid("P1")))
                        .subletPermitted(true).parent(LeaseId.of("L1")).build(),
                rooms("L3", "P3", "2026-03-01", "2026-03-31", "H-1").lessor(Party.of(pid("P2")))
                        .parent(LeaseId.of("L2")).build());
        assertThat(findings(r, RuleCode.LEASE_OVERLAP)).isEmpty();
    }

    @Test
    void siblingSubleases_sameRoom_reportLeaseOverlap() {
        Report r = checkLeases("CN", whole("L1", "P1", "2026-01-01", "2026-12-31").subletPermitted(true).build(),
                rooms("L2", "P2", "2026-02-01", "2026-06-30", "H-1").lessor(Party.of(pid("P1")))
                        .parent(LeaseId.of("L1")).build(),
                rooms("L3", "P3", "2026-03-01", "2026-03-31", "H-1").lessor(Party.of(pid("P1")))
                        .parent(LeaseId.of("L1")).build());
        Finding f = single(r, RuleCode.LEASE_OVERLAP);
        assertThat(f.params()).containsEntry("lease", "L3").containsEntry("other", "L2");
    }

    @Test
    void parentCycle_terminates() {
        Report r = checkLeases("CN", whole("L1", "P1", "2026-01-01", "2026-12-31").parent(LeaseId.of("L2")).build(),
                whole("L2", "P2", "2026-01-01", "2026-12-31").parent(LeaseId.of("L1")).build(),
                whole("L3", "P3", "2026-01-01", "2026-12-31").parent(LeaseId.of("L3")).build());
        // L1 and L2 are each other's ancestors; L3 is its own parent and overlaps both
        assertThat(findings(r, RuleCode.LEASE_OVERLAP)).extracting(f -> f.params().get("lease") + "/" + f.params().get("other"))
                .containsExactlyInAnyOrder("L3/L1", "L3/L2");
    }

    @Test
    void ancestors_stopAtTheBound() {
        ImmutableRegistryDocument.Builder b = base();
        int n = LeaseRules.MAX_CHAIN + 10;
        for (int i = 0; i < n; i++) {
            ImmutableLease.Builder l = whole("C" + i, "P1", "2026-01-01", "2026-12-31");
            if (i > 0) {
                l.parent(LeaseId.of("C" + (i - 1)));
            }
            b.addLeases(l.build());
        }
        Registry reg = Registry.of(b.build());
        Lease last = reg.lease(LeaseId.of("C" + (n - 1))).orElseThrow();
        List<LeaseId> up = LeaseRules.ancestors(last, reg);
        assertThat(up).hasSize(LeaseRules.MAX_CHAIN);
        assertThat(up.get(0)).isEqualTo(LeaseId.of("C" + (n - 2)));
    }

    @Test
    void leaseWithStartAfterEnd_overlapsNothing() {
        Report r = checkLeases("CN", whole("L1", "P1", "2026-01-01", "2026-12-31").build(),
                whole("L2", "P2", "2026-06-01", "2026-05-01").build());
        assertThat(findings(r, RuleCode.LEASE_OVERLAP)).isEmpty();
    }

    @Test
    void payload_oldOverlapInContext_isNotReported() {
        Registry context = Registry.of(base().addLeases(whole("L1", "P1", "2026-01-01", "2026-12-31").build(),
                whole("L2", "P2", "2026-01-01", "2026-12-31").build()).build());
        RegistryDocument payload = RegistryDocument.registration()
                .addLeases(lease("L3", "G", "P9", "P3", "2026-01-01", "2026-12-31").build()).build();
        Report r = validate("CN", payload, context);
        assertThat(findings(r, RuleCode.LEASE_OVERLAP)).isEmpty();
    }

    @Test
    void payload_newLeaseOverlappingContextLease_isReportedByThePayloadLease() {
        Registry context = Registry.of(base().addLeases(whole("L5", "P1", "2026-03-01", "2026-12-31").build()).build());
        // L3 starts earlier than L5, yet the payload lease carries the finding
        RegistryDocument payload = RegistryDocument.registration()
                .addLeases(whole("L3", "P3", "2026-01-01", "2026-06-30").build()).build();
        Report r = validate("CN", payload, context);
        Finding f = single(r, RuleCode.LEASE_OVERLAP);
        assertThat(f.path()).isEqualTo("/leases/0");
        assertThat(f.params()).containsEntry("lease", "L3").containsEntry("other", "L5")
                .containsEntry("from", "2026-03-01").containsEntry("to", "2026-06-30");
    }

    @Test
    void payload_twoOverlappingNewLeases_reportedOnce() {
        Registry context = Registry.of(base().build());
        RegistryDocument payload = RegistryDocument.registration()
                .addLeases(whole("L3", "P3", "2026-02-01", "2026-06-30").build(),
                        whole("L4", "P4", "2026-01-01", "2026-06-30").build())
                .build();
        Report r = validate("CN", payload, context);
        Finding f = single(r, RuleCode.LEASE_OVERLAP);
        assertThat(f.path()).isEqualTo("/leases/0");
        assertThat(f.params()).containsEntry("lease", "L3").containsEntry("other", "L4");
    }

    @Test
    void payload_replacingALeaseById_doesNotOverlapItsOldVersion() {
        Registry context = Registry.of(base().addLeases(whole("L1", "P1", "2026-01-01", "2026-12-31").build()).build());
        RegistryDocument payload = RegistryDocument.registration()
                .addLeases(whole("L1", "P1", "2026-01-01", "2027-06-30").build()).build();
        Report r = validate("CN", payload, context);
        assertThat(findings(r, RuleCode.LEASE_OVERLAP)).isEmpty();
    }

    // -----------------------------------------------------------------------------------------
    // LEASE_LESSOR_NOT_ENTITLED

    @Test
    void ownerLets_isEntitled() {
        Report r = checkLeases("CN", whole("L1", "P1", "2026-01-01", "2026-12-31").build());
        assertThat(findings(r, RuleCode.LEASE_LESSOR_NOT_ENTITLED)).isEmpty();
    }

    @Test
    void ownerNamingAParentLease_isNotEntitledThroughOwnership_reportsNotParentLessee() {
        Report r = checkLeases("CN", whole("L1", "P1", "2026-01-01", "2026-12-31").subletPermitted(true).build(),
                rooms("L2", "P2", "2026-02-01", "2026-06-30", "H-1").parent(LeaseId.of("L1")).build());
        Finding f = single(r, RuleCode.LEASE_LESSOR_NOT_ENTITLED);
        assertThat(f.path()).isEqualTo("/leases/1");
        assertThat(f.params()).containsEntry("reason", "NOT_PARENT_LESSEE").containsEntry("lessor", "person:P9");
        assertThat(findings(r, RuleCode.LEASE_OVERLAP)).isEmpty();
    }

    @Test
    void strangerLets_reportsNotOwner() {
        Report r = checkLeases("CN", lease("L1", "H", "P4", "P1", "2026-01-01", "2026-12-31").build());
        Finding f = single(r, RuleCode.LEASE_LESSOR_NOT_ENTITLED);
        assertFinding(f, "/leases/0", List.of("lease:L1", "premises:H", "person:P4"), "lease", "L1", "lessor",
                "person:P4", "reason", "NOT_OWNER");
    }

    @Test
    void organizationOwnerLets_isEntitled_andOtherOrganizationIsNot() {
        ImmutableRegistryDocument.Builder b = registry()
                .addPersons(person("P1").build())
                .addOrganizations(org("O1", OrganizationKind.LETTING_AGENT).build(),
                        org("O2", OrganizationKind.OTHER).build())
                .addPremises(apartment("H", "P9").owner(Party.of(OrganizationId.of("O1"))).build());
        Report ok = check("CN", b.addLeases(whole("L1", "P1", "2026-01-01", "2026-06-30")
                .lessor(Party.of(OrganizationId.of("O1"))).build()).build());
        assertThat(findings(ok, RuleCode.LEASE_LESSOR_NOT_ENTITLED)).isEmpty();
        Report bad = check("CN", b.addLeases(whole("L2", "P1", "2026-07-01", "2026-12-31")
                .lessor(Party.of(OrganizationId.of("O2"))).build()).build());
        assertThat(single(bad, RuleCode.LEASE_LESSOR_NOT_ENTITLED).params()).containsEntry("lessor", "organization:O2")
                .containsEntry("reason", "NOT_OWNER");
    }

    @Test
    void personWithOrganizationsIdIsNotTheOwner() {
        ImmutableRegistryDocument.Builder b = registry()
                .addPersons(person("P1").build(), person("O1").build())
                .addOrganizations(org("O1", OrganizationKind.LETTING_AGENT).build())
                .addPremises(apartment("H", "P9").owner(Party.of(OrganizationId.of("O1"))).build());
        Report r = check("CN", b.addLeases(whole("L1", "P1", "2026-01-01", "2026-06-30")
                .lessor(Party.of(pid("O1"))).build()).build());
        assertThat(single(r, RuleCode.LEASE_LESSOR_NOT_ENTITLED).params()).containsEntry("lessor", "person:O1");
    }

    @Test
    void noRecordedOwner_noParent_isNotReported() {
        ImmutableRegistryDocument.Builder b = registry().addPersons(person("P1").build(), person("P4").build())
                .addPremises(apartment("H", "P9").owner(Optional.empty()).build());
        Report r = check("CN", b.addLeases(lease("L1", "H", "P4", "P1", "2026-01-01", "2026-12-31").build()).build());
        assertThat(findings(r, RuleCode.LEASE_LESSOR_NOT_ENTITLED)).isEmpty();
    }

    @Test
    void sublease_byParentLessee_ofLetRoom_isEntitled() {
        Report r = checkLeases("CN",
                rooms("L1", "P1", "2026-01-01", "2026-12-31", "H-1", "H-2").subletPermitted(true).build(),
                rooms("L2", "P2", "2026-02-01", "2026-06-30", "H-2").lessor(Party.of(pid("P1")))
                        .parent(LeaseId.of("L1")).build());
        assertThat(findings(r, RuleCode.LEASE_LESSOR_NOT_ENTITLED)).isEmpty();
    }

    @Test
    void sublease_ofRoomUnderWholePremisesParent_isEntitled() {
        Report r = checkLeases("CN", whole("L1", "P1", "2026-01-01", "2026-12-31").subletPermitted(true).build(),
                rooms("L2", "P2", "2026-02-01", "2026-06-30", "H-3").lessor(Party.of(pid("P1")))
                        .parent(LeaseId.of("L1")).build());
        assertThat(findings(r, RuleCode.LEASE_LESSOR_NOT_ENTITLED)).isEmpty();
    }

    @Test
    void sublease_parentForbidsSubletting_reportsParentNotSublettable() {
        Report r = checkLeases("CN", whole("L1", "P1", "2026-01-01", "2026-12-31").build(),
                rooms("L2", "P2", "2026-02-01", "2026-06-30", "H-1").lessor(Party.of(pid("P1")))
                        .parent(LeaseId.of("L1")).build());
        Finding f = single(r, RuleCode.LEASE_LESSOR_NOT_ENTITLED);
        assertFinding(f, "/leases/1", List.of("lease:L2", "lease:L1", "premises:H", "person:P1"), "lease", "L2",
                "lessor", "person:P1", "reason", "PARENT_NOT_SUBLETTABLE");
    }

    @Test
    void sublease_byNonLesseeOfParent_reportsNotParentLessee() {
        Report r = checkLeases("CN", whole("L1", "P1", "2026-01-01", "2026-12-31").subletPermitted(true).build(),
                rooms("L2", "P2", "2026-02-01", "2026-06-30", "H-1").lessor(Party.of(pid("P3")))
                        .parent(LeaseId.of("L1")).build());
        assertThat(single(r, RuleCode.LEASE_LESSOR_NOT_ENTITLED).params()).containsEntry("reason", "NOT_PARENT_LESSEE")
                .containsEntry("lessor", "person:P3");
    }

    @Test
    void sublease_byOrganization_reportsNotParentLessee() {
        Report r = checkLeases("CN", whole("L1", "P1", "2026-01-01", "2026-12-31").subletPermitted(true).build(),
                rooms("L2", "P2", "2026-02-01", "2026-06-30", "H-1").lessor(Party.of(OrganizationId.of("O1")))
                        .parent(LeaseId.of("L1")).build());
        assertThat(single(r, RuleCode.LEASE_LESSOR_NOT_ENTITLED).params()).containsEntry("reason", "NOT_PARENT_LESSEE")
                .containsEntry("lessor", "organization:O1");
    }

    @Test
    void sublease_ofRoomTheParentDoesNotLet_reportsParentOtherPremises() {
        Report r = checkLeases("CN", rooms("L1", "P1", "2026-01-01", "2026-12-31", "H-1").subletPermitted(true).build(),
                rooms("L2", "P2", "2026-02-01", "2026-06-30", "H-2").lessor(Party.of(pid("P1")))
                        .parent(LeaseId.of("L1")).build());
        assertThat(single(r, RuleCode.LEASE_LESSOR_NOT_ENTITLED).params()).containsEntry("reason", "PARENT_OTHER_PREMISES");
    }

    @Test
    void wholePremisesSublease_underRoomParent_reportsParentOtherPremises() {
        Report r = checkLeases("CN", rooms("L1", "P1", "2026-01-01", "2026-12-31", "H-1").subletPermitted(true).build(),
                whole("L2", "P2", "2026-02-01", "2026-06-30").lessor(Party.of(pid("P1")))
                        .parent(LeaseId.of("L1")).build());
        assertThat(single(r, RuleCode.LEASE_LESSOR_NOT_ENTITLED).params()).containsEntry("reason", "PARENT_OTHER_PREMISES");
    }

    @Test
    void sublease_ofOtherPremises_reportsParentOtherPremises() {
        Report r = checkLeases("CN", lease("L1", "G", "P9", "P1", "2026-01-01", "2026-12-31").subletPermitted(true).build(),
                whole("L2", "P2", "2026-02-01", "2026-06-30").lessor(Party.of(pid("P1")))
                        .parent(LeaseId.of("L1")).build());
        assertThat(single(r, RuleCode.LEASE_LESSOR_NOT_ENTITLED).params()).containsEntry("reason", "PARENT_OTHER_PREMISES");
    }

    @Test
    void sublease_ofManyRooms_coveredThroughSet() {
        String[] parentRooms = {"H-1", "H-2", "H-3", "X1", "X2", "X3", "X4", "X5", "X6", "X7"};
        Report ok = checkLeases("CN", rooms("L1", "P1", "2026-01-01", "2026-12-31", parentRooms).subletPermitted(true).build(),
                rooms("L2", "P2", "2026-02-01", "2026-06-30", "H-2", "X7").lessor(Party.of(pid("P1")))
                        .parent(LeaseId.of("L1")).build());
        assertThat(findings(ok, RuleCode.LEASE_LESSOR_NOT_ENTITLED)).isEmpty();
        Report bad = checkLeases("CN", rooms("L1", "P1", "2026-01-01", "2026-12-31", parentRooms).subletPermitted(true).build(),
                rooms("L2", "P2", "2026-02-01", "2026-06-30", "H-2", "X8").lessor(Party.of(pid("P1")))
                        .parent(LeaseId.of("L1")).build());
        assertThat(single(bad, RuleCode.LEASE_LESSOR_NOT_ENTITLED).params()).containsEntry("reason", "PARENT_OTHER_PREMISES");
    }

    @Test
    void sublease_ofUnknownParent_isLeftToReferenceRules() {
        Report r = checkLeases("CN", rooms("L2", "P2", "2026-02-01", "2026-06-30", "H-1").lessor(Party.of(pid("P1")))
                .parent(LeaseId.of("L404")).build());
        assertThat(findings(r, RuleCode.LEASE_LESSOR_NOT_ENTITLED)).isEmpty();
    }

    @Test
    void leaseOfUnknownPremises_isLeftToReferenceRules() {
        Report r = checkLeases("CN", lease("L1", "NOWHERE", "P4", "P1", "2026-01-01", "2026-12-31").build());
        assertThat(findings(r, RuleCode.LEASE_LESSOR_NOT_ENTITLED)).isEmpty();
        assertThat(findings(r, RuleCode.PREMISES_NOT_RENTABLE)).isEmpty();
    }

    // -----------------------------------------------------------------------------------------
    // LEASE_FILING_LATE

    /** Signed 2026-02-20: 30 days later is 2026-03-22. */
    private static ImmutableLease.Builder signed() {
        return whole("L1", "P1", "2026-03-01", "2027-02-28").signedOn(d("2026-02-20"));
    }

    private static Filing filedOn(String day) {
        return ImmutableFiling.builder().number("F-1").filedOn(d(day)).build();
    }

    @Test
    void filedOnDeadlineDay_passes() {
        Report r = checkLeases("CN", signed().filing(filedOn("2026-03-22")).build());
        assertThat(findings(r, RuleCode.LEASE_FILING_LATE)).isEmpty();
    }

    @Test
    void filedDayAfterDeadline_reportsLeaseFilingLate() {
        Report r = checkLeases("CN", signed().filing(filedOn("2026-03-23")).build());
        Finding f = single(r, RuleCode.LEASE_FILING_LATE);
        assertFinding(f, "/leases/0", List.of("lease:L1", "premises:H"), "lease", "L1", "deadline", "2026-03-22",
                "filedOn", "2026-03-23");
    }

    @Test
    void notFiled_asOfDeadlineDay_passes() {
        Report r = check("CN", base().addLeases(signed().filing(Optional.empty()).build()).build(),
                d("2026-03-22"));
        assertThat(findings(r, RuleCode.LEASE_FILING_LATE)).isEmpty();
    }

    @Test
    void notFiled_asOfDayAfterDeadline_reportsLeaseFilingLate() {
        Report r = check("CN", base().addLeases(signed().filing(Optional.empty()).build()).build(),
                d("2026-03-23"));
        assertThat(single(r, RuleCode.LEASE_FILING_LATE).params()).containsEntry("deadline", "2026-03-22")
                .containsEntry("filedOn", "none");
    }

    @Test
    void notSignedOnKnownDay_deadlineCountsFromStart() {
        Report ok = checkLeases("CN-31", signed().signedOn(Optional.empty()).filing(filedOn("2026-03-31")).build());
        assertThat(findings(ok, RuleCode.LEASE_FILING_LATE)).isEmpty();
        Report late = checkLeases("CN-31", signed().signedOn(Optional.empty()).filing(filedOn("2026-04-01")).build());
        assertThat(single(late, RuleCode.LEASE_FILING_LATE).params()).containsEntry("deadline", "2026-03-31");
    }

    @Test
    void deadlineOnHoliday_movesToNextWorkingDay() {
        HolidayCalendar holidays = day -> day.equals(LocalDate.of(2026, 3, 22));
        Validator v = Validator.builder().profile("CN").holidays(holidays).build();
        Report ok = v.check(Registry.of(base().addLeases(signed().filing(filedOn("2026-03-23")).build()).build()),
                AS_OF);
        assertThat(findings(ok, RuleCode.LEASE_FILING_LATE)).isEmpty();
        Report late = v.check(Registry.of(base().addLeases(signed().filing(filedOn("2026-03-24")).build()).build()),
                AS_OF);
        assertThat(single(late, RuleCode.LEASE_FILING_LATE).params()).containsEntry("deadline", "2026-03-23");
    }

    @Test
    void noFilingDeadline_inDe_neverReportsFiling() {
        Report r = checkLeases("DE", signed().filing(Optional.empty()).build());
        assertThat(findings(r, RuleCode.LEASE_FILING_LATE)).isEmpty();
    }

    @Test
    void payload_oldUnfiledLeaseInContext_isNotReported_newOneIs() {
        Registry context = Registry.of(base().addLeases(signed().filing(Optional.empty()).build()).build());
        RegistryDocument unrelated = RegistryDocument.registration()
                .addLeases(lease("L3", "G", "P9", "P3", "2026-01-01", "2026-12-31").build()).build();
        Validator v = Validator.of(Profiles.load("CN"));
        assertThat(findings(v.validate(unrelated, context, AS_OF), RuleCode.LEASE_FILING_LATE)).isEmpty();
        RegistryDocument late = RegistryDocument.registration()
                .addLeases(lease("L3", "G", "P9", "P3", "2026-01-01", "2026-12-31")
                        .filing(Optional.empty()).build()).build();
        Finding f = single(v.validate(late, context, AS_OF), RuleCode.LEASE_FILING_LATE);
        assertThat(f.path()).isEqualTo("/leases/0");
        assertThat(f.params()).containsEntry("lease", "L3");
    }

    // -----------------------------------------------------------------------------------------
    // PREMISES_NOT_RENTABLE

    private static Report flagged(String end, PremisesFlag... flags) {
        return check("CN", registry().addPersons(person("P1").build(), person("P9").build())
                .addPremises(apartment("H", "P9").addFlags(flags).build())
                .addLeases(whole("L1", "P1", "2026-01-01", end).build()).build());
    }

    @Test
    void unflaggedPremises_areRentable() {
        assertThat(findings(flagged("2027-12-31"), RuleCode.PREMISES_NOT_RENTABLE)).isEmpty();
    }

    @Test
    void flaggedPremises_reportPremisesNotRentable_flagsInEnumOrder() {
        Report r = flagged("2027-12-31", PremisesFlag.UNSAFE, PremisesFlag.ILLEGAL_STRUCTURE);
        Finding f = single(r, RuleCode.PREMISES_NOT_RENTABLE);
        assertFinding(f, "/leases/0", List.of("lease:L1", "premises:H"), "lease", "L1", "premises", "H", "flags",
                "ILLEGAL_STRUCTURE,UNSAFE");
    }

    @Test
    void illegalChangeOfUse_reportsPremisesNotRentable() {
        Report r = flagged("2027-12-31", PremisesFlag.ILLEGAL_CHANGE_OF_USE);
        assertThat(single(r, RuleCode.PREMISES_NOT_RENTABLE).params()).containsEntry("flags", "ILLEGAL_CHANGE_OF_USE");
    }

    @Test
    void flaggedPremises_leaseEndingOnAsOf_isReported() {
        assertThat(findings(flagged("2026-11-26", PremisesFlag.UNSAFE), RuleCode.PREMISES_NOT_RENTABLE)).hasSize(1);
    }

    @Test
    void flaggedPremises_leaseEndedDayBeforeAsOf_isNotReported() {
        assertThat(findings(flagged("2026-11-25", PremisesFlag.UNSAFE), RuleCode.PREMISES_NOT_RENTABLE)).isEmpty();
    }

    private static PersonId pid(String id) {
        return PersonId.of(id);
    }
}
