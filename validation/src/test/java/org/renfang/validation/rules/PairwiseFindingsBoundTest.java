package org.renfang.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.renfang.validation.Fixtures.apartment;
import static org.renfang.validation.Fixtures.check;
import static org.renfang.validation.Fixtures.lease;
import static org.renfang.validation.Fixtures.person;
import static org.renfang.validation.Fixtures.registry;
import static org.renfang.validation.Fixtures.residence;
import static org.renfang.validation.Fixtures.visit;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.renfang.model.Basis;
import org.renfang.model.ImmutableRegistryDocument;
import org.renfang.model.OrganizationKind;
import org.renfang.validation.Fixtures;
import org.renfang.validation.Report;
import org.renfang.validation.finding.Finding;
import org.renfang.validation.finding.RuleCode;

/**
 * The bound on pairwise findings (found by the hostile-input tests, docs/reliability.md): n records
 * that all pair up used to give n(n-1)/2 findings (2 000 overlapping leases: two million findings,
 * a 1 MiB payload: tens of millions), so a report grew with the square of the document. Now each
 * record carries at most {@link RuleContext#MAX_FINDINGS_PER_RECORD} findings of one rule, every
 * record involved still carries at least one, and the check stays near-linear.
 */
class PairwiseFindingsBoundTest {

    /** The pairwise rules and, for n, a registry of n records that all pair up under that rule. */
    enum Pairwise {
        LEASE_OVERLAP(RuleCode.LEASE_OVERLAP, n -> {
            ImmutableRegistryDocument.Builder b = base();
            for (int i = 0; i < n; i++) {
                b.addLeases(lease("L" + i, "H1", "P9", "P1", "2026-01-01", "2026-12-31").build());
            }
            return b;
        }),
        RESIDENCE_OVERLAP(RuleCode.RESIDENCE_OVERLAP, n -> {
            ImmutableRegistryDocument.Builder b = base();
            for (int i = 0; i < n; i++) {
                b.addResidences(residence("R" + i, "P1", "H1", Basis.other(), "2026-01-01").build());
            }
            return b;
        }),
        VISIT_REDUNDANT(RuleCode.VISIT_REDUNDANT, n -> {
            ImmutableRegistryDocument.Builder b = base();
            for (int i = 0; i < n; i++) {
                // every visit by another agency, so that every two visits are a pair
                b.addOrganizations(Fixtures.org("A" + i, OrganizationKind.AGENCY).build());
                b.addVisits(visit("V" + i, "H1", "A" + i, "2026-11-20").build());
            }
            return b;
        }),
        PERSON_DUPLICATE_DOCUMENT(RuleCode.PERSON_DUPLICATE_DOCUMENT, n -> {
            ImmutableRegistryDocument.Builder b = base();
            for (int i = 0; i < n; i++) {
                b.addPersons(person("Q" + i, Fixtures.RESIDENT_ID).build());
            }
            return b;
        });

        final RuleCode rule;
        final IntFunction<ImmutableRegistryDocument.Builder> registry;

        Pairwise(RuleCode rule, IntFunction<ImmutableRegistryDocument.Builder> registry) {
            this.rule = rule;
            this.registry = registry;
        }

        private static ImmutableRegistryDocument.Builder base() {
            return registry().addPersons(person("P1").build(), person("P9").build())
                    .addPremises(apartment("H1", "P9").build());
        }
    }

    private static Map<String, Integer> perPath(Report r, RuleCode rule) {
        Map<String, Integer> m = new TreeMap<>();
        for (Finding f : r.findings(rule)) {
            m.merge(f.path(), 1, Integer::sum);
        }
        return m;
    }

    @ParameterizedTest
    @EnumSource(Pairwise.class)
    void upToTheBound_everyPairIsReported(Pairwise p) {
        int n = RuleContext.MAX_FINDINGS_PER_RECORD + 1;
        Report r = check("CN", p.registry.apply(n).build());
        // the record last in the rule's order pairs with all n - 1 = MAX others
        assertThat(r.findings(p.rule)).hasSize(n * (n - 1) / 2);
        assertThat(perPath(r, p.rule).values()).contains(RuleContext.MAX_FINDINGS_PER_RECORD);
    }

    @ParameterizedTest
    @EnumSource(Pairwise.class)
    void overTheBound_eachRecordCarriesAtMostTheBound_andEveryRecordInvolvedCarriesOne(Pairwise p) {
        int n = RuleContext.MAX_FINDINGS_PER_RECORD + 5;
        Report r = check("CN", p.registry.apply(n).build());
        Map<String, Integer> counts = perPath(r, p.rule);
        assertThat(counts).hasSize(n - 1);
        assertThat(counts.values()).allSatisfy(c -> assertThat(c).isBetween(1, RuleContext.MAX_FINDINGS_PER_RECORD));
        assertThat(counts.values().stream().mapToInt(Integer::intValue).sum())
                .isEqualTo(sumOfMin(n, RuleContext.MAX_FINDINGS_PER_RECORD));
    }

    /** Record k (0-based, in the rule's order) carries min(k, max) findings. */
    private static int sumOfMin(int n, int max) {
        int s = 0;
        for (int k = 0; k < n; k++) {
            s += Math.min(k, max);
        }
        return s;
    }

    @ParameterizedTest
    @EnumSource(Pairwise.class)
    void thousandsOfRecordsThatAllPairUp_stayLinear(Pairwise p) {
        int n = 3_000;
        var doc = p.registry.apply(n).build();
        Report r = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> check("CN", doc));
        assertThat(r.findings(p.rule)).hasSize(sumOfMin(n, RuleContext.MAX_FINDINGS_PER_RECORD));
    }

    @Test
    void otherRulesAtOnePath_areNotLimited() {
        // a lease naming 30 unknown lessees: one REFERENCE_UNKNOWN per reference, each at its own path
        var b = Pairwise.RESIDENCE_OVERLAP.registry.apply(0);
        var l = lease("L1", "H1", "P9", "P1", "2026-01-01", "2026-12-31");
        for (int i = 0; i < 30; i++) {
            l.addLessees(org.renfang.model.Party.of(org.renfang.model.PersonId.of("X" + i)));
        }
        Report r = check("CN", b.addLeases(l.build()).build());
        assertThat(r.findings(RuleCode.REFERENCE_UNKNOWN)).hasSize(30);
        assertThat(List.copyOf(perPath(r, RuleCode.REFERENCE_UNKNOWN).values())).containsOnly(1);
    }
}
