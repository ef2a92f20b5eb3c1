package org.renfang.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.renfang.validation.Fixtures.check;
import static org.renfang.validation.Fixtures.residence;
import static org.renfang.validation.rules.ResidenceTesting.base;
import static org.renfang.validation.rules.ResidenceTesting.findings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.renfang.model.Basis;
import org.renfang.model.Employment;
import org.renfang.model.ImmutableEmployment;
import org.renfang.model.ImmutableResidence;
import org.renfang.model.OrganizationId;
import org.renfang.model.Residence;
import org.renfang.validation.Finding;
import org.renfang.validation.Report;
import org.renfang.validation.RuleCode;

/**
 * Properties of the interval logic of the residence rules, each against a day-by-day walk
 * (fine in a test, never in the rules).
 */
class ResidencePropertiesTest {
    private static final LocalDate DAY0 = LocalDate.of(2026, 3, 1);
    private static final OrganizationId O1 = OrganizationId.of("O1");
    private static final int HORIZON = 120;

    // -----------------------------------------------------------------------------------------
    // RESIDENCE_OVERLAP: every overlapping pair exactly once, with the right days.

    @Property(tries = 300)
    void overlap_reportsEveryOverlappingPairOnce(@ForAll("residences") List<Residence> residences) {
        assertOverlapsMatchDayWalk(residences);
    }

    @Property(tries = 30)
    void overlap_throughIndex_reportsEveryOverlappingPairOnce(@ForAll("manyResidences") List<Residence> residences) {
        assertThat(residences.size()).isGreaterThan(ResidenceIndex.THRESHOLD);
        assertOverlapsMatchDayWalk(residences);
    }

    private static void assertOverlapsMatchDayWalk(List<Residence> residences) {
        Report report = check("CN", base().addAllResidences(residences).build());
        Set<String> expected = new HashSet<>();
        for (int i = 0; i < residences.size(); i++) {
            for (int j = 0; j < residences.size(); j++) {
                Residence a = residences.get(i);
                Residence b = residences.get(j);
                if (i == j || a.isHotelStay() || b.isHotelStay() || ResidenceRules.ORDER.compare(a, b) < 0) {
                    continue;
                }
                LocalDate first = null;
                LocalDate last = null;
                for (LocalDate d = DAY0; d.isBefore(DAY0.plusDays(HORIZON)); d = d.plusDays(1)) {
                    if (a.covers(d) && b.covers(d)) {
                        first = first == null ? d : first;
                        last = d;
                    }
                }
                if (first != null) {
                    boolean open = a.movedOut().isEmpty() && b.movedOut().isEmpty();
                    expected.add("/residences/" + i + " " + a.id() + ">" + b.id() + " " + first + ".."
                            + (open ? "open" : last.toString()));
                }
            }
        }
        Set<String> actual = new HashSet<>();
        List<Finding> found = findings(report, RuleCode.RESIDENCE_OVERLAP);
        for (Finding f : found) {
            actual.add(f.path() + " " + f.params().get("residence") + ">" + f.params().get("other") + " "
                    + f.params().get("from") + ".." + f.params().get("to"));
        }
        assertThat(found).hasSameSizeAs(actual);
        // Every pair found is a true overlap; each residence carries all of its pairs, up to
        // RuleContext.MAX_FINDINGS_PER_RECORD (the bound that keeps hostile documents linear).
        assertThat(expected).containsAll(actual);
        java.util.Map<String, Integer> want = new java.util.TreeMap<>();
        expected.forEach(e -> want.merge(e.substring(0, e.indexOf(' ')), 1, Integer::sum));
        want.replaceAll((path, n) -> Math.min(n, RuleContext.MAX_FINDINGS_PER_RECORD));
        java.util.Map<String, Integer> got = new java.util.TreeMap<>();
        actual.forEach(e -> got.merge(e.substring(0, e.indexOf(' ')), 1, Integer::sum));
        assertThat(got).isEqualTo(want);
    }

    @Provide
    Arbitrary<List<Residence>> residences() {
        return residenceLists(1, 6, 40, 40);
    }

    @Provide
    Arbitrary<List<Residence>> manyResidences() {
        return residenceLists(ResidenceIndex.THRESHOLD + 1, ResidenceIndex.THRESHOLD + 16, 90, 12);
    }

    private static Arbitrary<List<Residence>> residenceLists(int min, int max, int spread, int longest) {
        Arbitrary<Integer> in = Arbitraries.integers().between(0, spread);
        Arbitrary<Integer> length = Arbitraries.integers().between(-1, longest).injectNull(0.3);
        Arbitrary<Boolean> hotel = Arbitraries.of(true, false, false, false);
        Arbitrary<Residence> one = Combinators.combine(in, length, hotel).as((i, len, h) -> {
            ImmutableResidence.Builder b = residence("R", "P1", h ? "H2" : "H1", h ? Basis.hotelStay() : Basis.other(),
                    DAY0.plusDays(i).toString());
            if (len != null) {
                b.movedOut(DAY0.plusDays(i + len));
            }
            return (Residence) b.build();
        });
        return one.list().ofMinSize(min).ofMaxSize(max).map(list -> {
            List<Residence> named = new ArrayList<>();
            for (int k = 0; k < list.size(); k++) {
                named.add(ImmutableResidence.copyOf(list.get(k))
                        .withId(org.renfang.model.ResidenceId.of("R" + (k * 7 % 10) + "-" + k)));
            }
            return named;
        });
    }

    // -----------------------------------------------------------------------------------------
    // The continuous employment run behind a dormitory residence.

    @Property(tries = 1000)
    void lastContinuing_endsWhereTheDayWalkEnds(@ForAll("employments") List<Employment> employments,
            @ForAll("offsets") int dayOffset) {
        LocalDate day = DAY0.plusDays(dayOffset);
        Employment found = ResidenceBasis.lastContinuing(employments, O1, day);
        LocalDate walk = day;
        while (coveredByO1(employments, walk) && walk.isBefore(DAY0.plusDays(HORIZON))) {
            walk = walk.plusDays(1);
        }
        if (walk.equals(day)) {
            assertThat(found).as("no O1 employment covers the day").isNull();
        } else if (!walk.isBefore(DAY0.plusDays(HORIZON))) {
            assertThat(found).as("open-ended run").isNull();
        } else {
            assertThat(found).isNotNull();
            assertThat(found.employer()).isEqualTo(O1);
            assertThat(found.end()).contains(walk.minusDays(1));
        }
    }

    private static boolean coveredByO1(List<Employment> employments, LocalDate day) {
        for (Employment e : employments) {
            if (e.employer().equals(O1) && e.covers(day)) {
                return true;
            }
        }
        return false;
    }

    @Provide
    Arbitrary<Integer> offsets() {
        return Arbitraries.integers().between(0, 50);
    }

    @Provide
    Arbitrary<List<Employment>> employments() {
        Arbitrary<Integer> start = Arbitraries.integers().between(0, 50);
        Arbitrary<Integer> length = Arbitraries.integers().between(-3, 25).injectNull(0.15);
        Arbitrary<String> employer = Arbitraries.of("O1", "O1", "O1", "O2");
        return Combinators.combine(start, length, employer).as((s, len, o) -> {
            ImmutableEmployment.Builder b = ImmutableEmployment.builder()
                    .id(org.renfang.model.EmploymentId.of("E" + s + "-" + len)).person(org.renfang.model.PersonId.of("P1"))
                    .employer(OrganizationId.of(o)).start(DAY0.plusDays(s));
            if (len != null) {
                b.end(DAY0.plusDays(s + len));
            }
            return (Employment) b.build();
        }).list().ofMaxSize(6);
    }
}
