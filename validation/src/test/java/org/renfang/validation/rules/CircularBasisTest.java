package org.renfang.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.renfang.validation.Fixtures.apartment;
import static org.renfang.validation.Fixtures.check;
import static org.renfang.validation.Fixtures.lease;
import static org.renfang.validation.Fixtures.person;
import static org.renfang.validation.Fixtures.registry;
import static org.renfang.validation.Fixtures.residence;
import static org.renfang.validation.rules.ResidenceTesting.findings;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.renfang.model.Basis;
import org.renfang.model.Lease;
import org.renfang.model.LeaseId;
import org.renfang.model.Party;
import org.renfang.model.Person;
import org.renfang.model.PersonId;
import org.renfang.model.Residence;
import org.renfang.validation.Report;
import org.renfang.validation.finding.Finding;
import org.renfang.validation.finding.RuleCode;

/**
 * Issue #16, item 1: circular bases — subleases that are each other's parents, and persons who
 * are each other's family-member basis — are reported with the cycle named.
 */
class CircularBasisTest {

    /** LA and LB: subleases of H, by M1 to M2 and by M2 to M1, each the other's parent. */
    private static final Lease LA = lease("LA", "H", "M1", "M2", "2026-01-01", "2026-12-31").subletPermitted(true)
            .parent(LeaseId.of("LB")).build();
    private static final Lease LB = lease("LB", "H", "M2", "M1", "2026-01-01", "2026-12-31").subletPermitted(true)
            .parent(LeaseId.of("LA")).build();

    /** Asserts two findings of a cycle of two, a and b, each with the reason and the cycle from either end. */
    private static void assertCycleOfTwo(List<Finding> fs, String reason, String a, String b) {
        assertThat(fs).hasSize(2);
        assertThat(fs).allSatisfy(f -> assertThat(f.params()).containsEntry("reason", reason));
        assertThat(fs).allSatisfy(f -> assertThat(f.params().get("cycle")).isIn(a + " \u2192 " + b, b + " \u2192 " + a));
    }

    /** M1 and M2, neither the owner P9, sublet H to each other: LA by M1 to M2 (parent LB), LB by M2 to M1 (parent LA). */
    @Test
    void twoNonOwnersSublettingToEachOther_areNotEntitled_withTheCycleNamed() {
        Report r = check("CN", registry().addPersons(person("M1").build(), person("M2").build(), person("P9").build())
                .addPremises(apartment("H", "P9").build()).addLeases(LA, LB)
                .addResidences(residence("R1", "M1", "H", Basis.lease(LeaseId.of("LB")), "2026-02-01").build(),
                        residence("R2", "M2", "H", Basis.lease(LeaseId.of("LA")), "2026-02-01").build())
                .build());
        List<Finding> fs = findings(r, RuleCode.LEASE_LESSOR_NOT_ENTITLED);
        assertCycleOfTwo(fs, "PARENT_CYCLE", "LA", "LB");
        assertThat(r.isValid()).isFalse();
        assertThat(fs.get(0).message(java.util.Locale.ENGLISH)).contains("runs in a circle").doesNotContain("PARENT_CYCLE");
        assertThat(fs.get(0).message(java.util.Locale.SIMPLIFIED_CHINESE)).contains("循环").doesNotContain("PARENT_CYCLE");
    }

    @Test
    void aSubleaseLeadingIntoACycle_isReported_andAChainEndingAtTheOwner_isNot() {
        Lease lc = lease("LC", "H", "M1", "M3", "2026-01-01", "2026-12-31").parent(LeaseId.of("LB")).build();
        Lease l1 = lease("L1", "G", "P9", "M1", "2026-01-01", "2026-12-31").subletPermitted(true).build();
        Lease l2 = lease("L2", "G", "M1", "M2", "2026-01-01", "2026-12-31").subletPermitted(true)
                .parent(LeaseId.of("L1")).build();
        Lease l3 = lease("L3", "G", "M2", "M3", "2026-01-01", "2026-12-31").parent(LeaseId.of("L2")).build();
        Report r = check("CN", registry().addPersons(person("M1").build(), person("M2").build(), person("M3").build(),
                person("P9").build()).addPremises(apartment("H", "P9").build(), apartment("G", "P9").build())
                .addLeases(LA, LB, lc, l1, l2, l3).build());
        List<Finding> fs = findings(r, RuleCode.LEASE_LESSOR_NOT_ENTITLED);
        assertThat(fs.stream().map(f -> f.params().get("lease")).toList()).containsExactlyInAnyOrder("LA", "LB", "LC");
        assertThat(fs.stream().filter(f -> f.params().get("lease").equals("LC")).findFirst().orElseThrow().params())
                .containsEntry("reason", "PARENT_CYCLE").containsKey("cycle");
        assertThat(fs.stream().map(f -> f.params().get("cycle")).distinct().toList()).singleElement()
                .isIn("LA \u2192 LB", "LB \u2192 LA");
    }

    @Test
    void aLeaseThatIsItsOwnParent_isACycleOfOne() {
        Lease self = ImmutableLeaseOf.selfParent();
        Report r = check("CN", registry().addPersons(person("M1").build(), person("P9").build())
                .addPremises(apartment("H", "P9").build()).addLeases(self).build());
        List<Finding> fs = findings(r, RuleCode.LEASE_LESSOR_NOT_ENTITLED);
        assertThat(fs).hasSize(1);
        assertThat(fs.get(0).params()).containsEntry("reason", "PARENT_CYCLE").containsEntry("cycle", "LS");
    }

    /** Helper for a lease whose lessor is one of its own lessees and its own parent. */
    private static final class ImmutableLeaseOf {
        static Lease selfParent() {
            return lease("LS", "H", "M1", "M1", "2026-01-01", "2026-12-31").subletPermitted(true)
                    .parent(LeaseId.of("LS")).build();
        }
    }

    @Test
    void twoPersonsWhoAreEachOthersFamilyMemberBasis_areReported_withTheCycleNamed() {
        Report r = check("CN", registry().addPersons(person("A").build(), person("B").build(), person("P9").build())
                .addPremises(apartment("H", "P9").build())
                .addResidences(residence("RA", "A", "H", Basis.familyMemberOf(PersonId.of("B")), "2026-02-01").build(),
                        residence("RB", "B", "H", Basis.familyMemberOf(PersonId.of("A")), "2026-02-01").build())
                .build());
        List<Finding> fs = findings(r, RuleCode.RESIDENCE_BASIS_MISSING);
        assertCycleOfTwo(fs, "FAMILY_MEMBER_CYCLE", "A", "B");
        assertThat(fs.get(0).message(java.util.Locale.ENGLISH)).contains("in a circle").doesNotContain("FAMILY_MEMBER_CYCLE");
        assertThat(fs.get(0).message(java.util.Locale.SIMPLIFIED_CHINESE)).contains("循环");
    }

    @Test
    void aFamilyChainEndingAtAResidentWithABasis_holds_andOneLeadingIntoACycle_doesNot() {
        Report ok = check("CN", registry().addPersons(person("A").build(), person("B").build(), person("C").build(),
                person("P9").build()).addPremises(apartment("H", "P9").build())
                .addResidences(residence("R9", "P9", "H", Basis.owner(), "2026-01-01").build(),
                        residence("RC", "C", "H", Basis.familyMemberOf(PersonId.of("P9")), "2026-01-15").build(),
                        residence("RB", "B", "H", Basis.familyMemberOf(PersonId.of("C")), "2026-02-01").build(),
                        residence("RA", "A", "H", Basis.familyMemberOf(PersonId.of("B")), "2026-03-01").build())
                .build());
        assertThat(findings(ok, RuleCode.RESIDENCE_BASIS_MISSING)).isEmpty();
        Report bad = check("CN", registry().addPersons(person("A").build(), person("B").build(), person("C").build(),
                person("P9").build()).addPremises(apartment("H", "P9").build())
                .addResidences(residence("RB", "B", "H", Basis.familyMemberOf(PersonId.of("C")), "2026-02-01").build(),
                        residence("RC", "C", "H", Basis.familyMemberOf(PersonId.of("B")), "2026-02-01").build(),
                        residence("RA", "A", "H", Basis.familyMemberOf(PersonId.of("B")), "2026-03-01").build())
                .build());
        List<Finding> fs = findings(bad, RuleCode.RESIDENCE_BASIS_MISSING);
        assertThat(fs.stream().map(f -> f.params().get("residence")).toList()).containsExactlyInAnyOrder("RA", "RB", "RC");
        assertThat(fs).allSatisfy(f -> assertThat(f.params()).containsEntry("reason", "FAMILY_MEMBER_CYCLE"));
    }

    @Test
    void deepChains_stayFast_andLongCyclesAreFound() {
        int n = 5_000;
        List<Person> persons = new ArrayList<>();
        List<Residence> residences = new ArrayList<>();
        List<Lease> leases = new ArrayList<>();
        persons.add(person("P9").build());
        leases.add(lease("L0", "H", "P9", "Q0", "2026-01-01", "2026-12-31").subletPermitted(true).build());
        residences.add(residence("R0", "Q0", "H", Basis.owner(), "2026-01-01").build());
        for (int i = 0; i < n; i++) {
            persons.add(person("Q" + i).build());
            if (i > 0) {
                residences.add(residence("R" + i, "Q" + i, "H", Basis.familyMemberOf(PersonId.of("Q" + (i - 1))),
                        "2026-01-01").build());
                leases.add(lease("L" + i, "H", "Q" + (i - 1), "Q" + i, "2026-01-01", "2026-12-31").subletPermitted(true)
                        .lessor(Party.of(PersonId.of("Q" + (i - 1)))).parent(LeaseId.of("L" + (i - 1))).build());
            }
        }
        // chains ending at the owner: the family chain ends at R0 (OWNER basis; P9 owns H, so R0 itself is NOT_OWNER)
        Report r = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(60), () -> check("CN",
                registry().addAllPersons(persons).addPremises(apartment("H", "P9").build()).addAllLeases(leases)
                        .addAllResidences(residences).build()));
        assertThat(findings(r, RuleCode.LEASE_LESSOR_NOT_ENTITLED)).isEmpty();
        assertThat(findings(r, RuleCode.RESIDENCE_BASIS_MISSING).stream().map(f -> f.params().get("reason")).distinct().toList())
                .containsExactly("NOT_OWNER");
        // close both chains into cycles of 5 000
        leases.set(0, lease("L0", "H", "Q" + (n - 1), "Q0", "2026-01-01", "2026-12-31").subletPermitted(true)
                .parent(LeaseId.of("L" + (n - 1))).build());
        residences.set(0, residence("R0", "Q0", "H", Basis.familyMemberOf(PersonId.of("Q" + (n - 1))), "2026-01-01").build());
        Report cyc = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(60), () -> check("CN",
                registry().addAllPersons(persons).addPremises(apartment("H", "P9").build()).addAllLeases(leases)
                        .addAllResidences(residences).build()));
        assertThat(findings(cyc, RuleCode.LEASE_LESSOR_NOT_ENTITLED)).hasSize(n)
                .allSatisfy(f -> assertThat(f.params()).containsEntry("reason", "PARENT_CYCLE"));
        assertThat(findings(cyc, RuleCode.RESIDENCE_BASIS_MISSING)).hasSize(n)
                .allSatisfy(f -> assertThat(f.params()).containsEntry("reason", "FAMILY_MEMBER_CYCLE"));
    }
}
