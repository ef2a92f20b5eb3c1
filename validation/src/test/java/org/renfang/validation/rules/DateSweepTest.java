package org.renfang.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.renfang.validation.Fixtures.apartment;
import static org.renfang.validation.Fixtures.check;
import static org.renfang.validation.Fixtures.lease;
import static org.renfang.validation.Fixtures.org;
import static org.renfang.validation.Fixtures.person;
import static org.renfang.validation.Fixtures.registry;
import static org.renfang.validation.Fixtures.visit;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.renfang.model.ImmutableLease;
import org.renfang.model.Lease;
import org.renfang.model.LeaseId;
import org.renfang.model.OrganizationKind;
import org.renfang.model.PremisesId;
import org.renfang.model.RegistryDocument;
import org.renfang.model.RoomId;
import org.renfang.model.Visit;
import org.renfang.model.VisitId;
import org.renfang.registry.Registry;
import org.renfang.validation.Fixtures;
import org.renfang.validation.Report;
import org.renfang.validation.finding.RuleCode;
import org.renfang.validation.profile.HolidayCalendar;
import org.renfang.validation.profile.Profiles;

/**
 * Issue #16, item 3: VISIT_REDUNDANT and LEASE_OVERLAP swept by date give exactly the findings
 * of the pairwise scan, and 120 000 records on one premises finish.
 */
class DateSweepTest {
    private static final PremisesId H = PremisesId.of("H");

    private static RuleContext context(RegistryDocument doc, Set<Object> subjects) {
        return new RuleContext(Registry.of(doc), Profiles.load("CN"), Fixtures.AS_OF, HolidayCalendar.NONE, null,
                subjects == null ? r -> true : subjects::contains);
    }

    /** A random subset of the records, each in it by a coin toss, as a set by identity. */
    private static Set<Object> someOf(List<?> records, Random rnd) {
        Set<Object> some = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Object r : records) {
            if (rnd.nextBoolean()) {
                some.add(r);
            }
        }
        return some;
    }

    private static List<Visit> visits(Random rnd, int n, int days, int agencies, int idSpace) {
        List<Visit> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        while (out.size() < n) {
            String id = "V" + rnd.nextInt(idSpace);
            if (!ids.add(id)) {
                continue;
            }
            LocalDate day = LocalDate.of(2026, 1, 1).plusDays(rnd.nextInt(days));
            int offset = rnd.nextInt(3) - 1;
            out.add(visit(id, "H", "A" + rnd.nextInt(agencies), day.toString())
                    .at(OffsetDateTime.of(day.atTime(rnd.nextInt(3) * 11, 0), ZoneOffset.ofHours(8 + offset * 9))).build());
        }
        return out;
    }

    private static List<Lease> leases(Random rnd, int n, int days, int rooms, boolean chains) {
        List<Lease> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            LocalDate start = LocalDate.of(2026, 1, 1).plusDays(rnd.nextInt(days));
            LocalDate end = start.plusDays(rnd.nextInt(days / 2 + 1) - (rnd.nextInt(20) == 0 ? days : 0));
            ImmutableLease.Builder b = lease("L" + i, "H", "P9", "P1", start.toString(), end.toString());
            int k = rnd.nextInt(4) == 0 ? 0 : 1 + rnd.nextInt(3);
            for (int j = 0; j < k; j++) {
                RoomId r = RoomId.of("r" + rnd.nextInt(rooms));
                if (!b.build().rooms().contains(r)) {
                    b.addRooms(r);
                }
            }
            if (chains && i > 0 && rnd.nextInt(3) == 0) {
                b.parent(LeaseId.of("L" + rnd.nextInt(i)));
            }
            out.add(b.build());
        }
        return out;
    }

    @Test
    void visits_sweepEqualsScan_onRandomPremises() {
        Random rnd = new Random(16);
        for (int round = 0; round < 40; round++) {
            int n = 70 + rnd.nextInt(300);
            List<Visit> vs = visits(rnd, n, 1 + rnd.nextInt(90), 1 + rnd.nextInt(6), n * 3);
            RegistryDocument doc = registry().addPremises(apartment("H", "P9").build()).addAllVisits(vs).build();
            RuleContext ctx = context(doc, round % 3 == 2 ? someOf(Registry.of(doc).visitsTo(H), rnd) : null);
            List<Visit> list = ctx.view().visitsTo(H);
            int days = rnd.nextInt(4) == 0 ? 0 : rnd.nextInt(30);
            Map<VisitId, List<Visit>> swept = DateSweep.redundantVisits(list, days, VisitRules.ORDER, ctx);
            for (Visit v : list) {
                if (!ctx.isSubject(v)) {
                    assertThat(swept).doesNotContainKey(v.id());
                    continue;
                }
                List<Visit> scan = VisitRules.redundantByScan(v, list, days, ctx);
                assertThat(swept.getOrDefault(v.id(), List.of())).as("round %d visit %s", round, v.id())
                        .containsExactlyElementsOf(scan);
            }
        }
    }

    @Test
    void leases_sweepEqualsScan_onRandomPremises() {
        Random rnd = new Random(61);
        for (int round = 0; round < 40; round++) {
            int n = 70 + rnd.nextInt(250);
            List<Lease> ls = leases(rnd, n, 1 + rnd.nextInt(400), 1 + rnd.nextInt(12), round % 2 == 0);
            RegistryDocument doc = registry().addPersons(person("P1").build(), person("P9").build())
                    .addPremises(apartment("H", "P9").build()).addAllLeases(ls).build();
            RuleContext ctx = context(doc, round % 3 == 2 ? someOf(Registry.of(doc).leasesOf(H), rnd) : null);
            List<Lease> list = ctx.view().leasesOf(H);
            Map<LeaseId, List<Lease>> swept = DateSweep.overlappingLeases(list, LeaseRules.ORDER, ctx);
            for (Lease l : list) {
                if (!ctx.isSubject(l) || l.start().isAfter(l.end())) {
                    assertThat(swept).doesNotContainKey(l.id());
                    continue;
                }
                List<Lease> scan = LeaseRules.overlapsByScan(l, list, ctx);
                assertThat(swept.getOrDefault(l.id(), List.of())).as("round %d lease %s", round, l.id())
                        .containsExactlyElementsOf(scan == null ? List.of() : scan);
            }
        }
    }

    @Test
    void sweptPremises_giveTheSameReportAsScannedOnes() {
        // the same 80 pairing visits, on one premises (swept) and split over two (scanned): same findings per visit
        Random rnd = new Random(3);
        List<Visit> vs = visits(rnd, 80, 5, 3, 1000);
        Report swept = check("CN", registry().addOrganizations(org("A0", OrganizationKind.AGENCY).build())
                .addPremises(apartment("H", "P9").build()).addAllVisits(vs).build());
        long findings = swept.findings().stream().filter(f -> f.rule() == RuleCode.VISIT_REDUNDANT).count();
        RuleContext ctx = context(registry().addPremises(apartment("H", "P9").build()).addAllVisits(vs).build(), null);
        long scanned = 0;
        for (Visit v : ctx.view().visitsTo(H)) {
            scanned += VisitRules.redundantByScan(v, ctx.view().visitsTo(H), 30, ctx).size();
        }
        assertThat(findings).isEqualTo(scanned).isPositive();
    }

    private static List<Visit> spreadVisits(String premises, int n, int agencies, int days, Random rnd) {
        List<Visit> vs = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            vs.add(visit(premises + "V" + i, premises, "A" + rnd.nextInt(agencies),
                    LocalDate.of(2026, 1, 1).plusDays(rnd.nextInt(days)).toString()).build());
        }
        return vs;
    }

    private static List<Lease> spreadLeases(String premises, int n, Random rnd) {
        List<Lease> ls = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            LocalDate start = LocalDate.of(2026, 1, 1).plusDays(rnd.nextInt(365));
            ImmutableLease.Builder b = lease(premises + "L" + i, premises, "P9", "P1", start.toString(),
                    start.plusDays(rnd.nextInt(365)).toString());
            if (i % 2 == 0) {
                b.addRooms(RoomId.of("r" + rnd.nextInt(n / 2)));
            }
            ls.add(b.build());
        }
        return ls;
    }

    /**
     * 120 000 records on one premises: the scan compared about 7 billion pairs (80 000 visits took
     * 111 s, 80 000 leases 66 s); the sweep is bounded by the pairs reported. The bound asserted is
     * generous for a loaded machine; the JMH benchmark {@code PairwiseRuleBenchmark} shows the slope.
     */
    @Test
    void onePremises_120kRecords_sweepWithinAGenerousBound() {
        int n = 120_000;
        Random rnd = new Random(120);
        // within one 30-day window, four agencies: every visit pairs with tens of thousands of others
        List<Visit> vs = spreadVisits("H", n, 4, 20, rnd);
        // one agency only: nothing pairs, and nothing may be compared in vain
        List<Visit> same = spreadVisits("G", n, 1, 1, rnd);
        List<Lease> ls = spreadLeases("K", n, rnd);
        RegistryDocument doc = registry().addPersons(person("P1").build(), person("P9").build())
                .addPremises(apartment("H", "P9").build(), apartment("G", "P9").build(), apartment("K", "P9").build())
                .addAllVisits(vs).addAllVisits(same).addAllLeases(ls).build();
        RuleContext ctx = context(doc, null);
        Map<VisitId, List<Visit>> h = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> DateSweep.redundantVisits(ctx.view().visitsTo(H), 30, VisitRules.ORDER, ctx));
        long pairs = h.values().stream().mapToLong(List::size).sum();
        assertThat(pairs).isBetween((long) (n - 100) * RuleContext.MAX_FINDINGS_PER_RECORD,
                (long) n * RuleContext.MAX_FINDINGS_PER_RECORD);
        Map<VisitId, List<Visit>> g = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> DateSweep.redundantVisits(ctx.view().visitsTo(PremisesId.of("G")), 30, VisitRules.ORDER, ctx));
        assertThat(g).isEmpty();
        Map<LeaseId, List<Lease>> k = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> DateSweep.overlappingLeases(ctx.view().leasesOf(PremisesId.of("K")), LeaseRules.ORDER, ctx));
        assertThat(k.values().stream().mapToLong(List::size).sum()).isPositive()
                .isLessThanOrEqualTo((long) n * RuleContext.MAX_FINDINGS_PER_RECORD);
    }

    @Test
    void onePremises_30kRecords_throughTheWholeCheck() {
        int n = 30_000;
        Random rnd = new Random(30);
        RegistryDocument doc = registry().addPersons(person("P1").build(), person("P9").build())
                .addPremises(apartment("H", "P9").build(), apartment("K", "P9").build())
                .addAllVisits(spreadVisits("H", n, 4, 20, rnd)).addAllLeases(spreadLeases("K", n, rnd)).build();
        Report r = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(120),
                () -> check("CN", doc));
        assertThat(r.findings().stream().filter(f -> f.rule() == RuleCode.VISIT_REDUNDANT).count())
                .isGreaterThan((long) (n - 100) * RuleContext.MAX_FINDINGS_PER_RECORD);
        assertThat(r.findings().stream().filter(f -> f.rule() == RuleCode.LEASE_OVERLAP).count()).isPositive();
    }
}
