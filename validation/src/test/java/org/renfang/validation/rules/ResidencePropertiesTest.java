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
import org.junit.jupiter.api.Test;
import org.renfang.model.Basis;
import org.renfang.model.Employment;
import org.renfang.model.ImmutableEmployment;
import org.renfang.model.ImmutableResidence;
import org.renfang.model.OrganizationId;
import org.renfang.model.Residence;
import org.renfang.testing.Gen;
import org.renfang.testing.PropertyCheck;
import org.renfang.validation.Report;
import org.renfang.validation.finding.Finding;
import org.renfang.validation.finding.RuleCode;

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

    @Test
    void overlap_reportsEveryOverlappingPairOnce() {
        PropertyCheck.forAll(300, s -> assertOverlapsMatchDayWalk(s.draw("residences", residences())));
    }

    @Test
    void overlap_throughIndex_reportsEveryOverlappingPairOnce() {
        PropertyCheck.forAll(30, s -> {
            List<Residence> residences = s.draw("residences", manyResidences());
            assertThat(residences.size()).isGreaterThan(ResidenceIndex.THRESHOLD);
            assertOverlapsMatchDayWalk(residences);
        });
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

    static Gen<List<Residence>> residences() {
        return residenceLists(1, 6, 40, 40);
    }

    static Gen<List<Residence>> manyResidences() {
        return residenceLists(ResidenceIndex.THRESHOLD + 1, ResidenceIndex.THRESHOLD + 16, 90, 12);
    }

    private static Gen<List<Residence>> residenceLists(int min, int max, int spread, int longest) {
        Gen<Integer> in = Gen.ints(0, spread);
        Gen<Integer> length = Gen.ints(-1, longest).injectNull(0.3);
        Gen<Boolean> hotel = Gen.of(true, false, false, false);
        Gen<Residence> one = r -> {
            int i = in.next(r);
            Integer len = length.next(r);
            boolean h = hotel.next(r);
            ImmutableResidence.Builder b = residence("R", "P1", h ? "H2" : "H1", h ? Basis.hotelStay() : Basis.other(),
                    DAY0.plusDays(i).toString());
            if (len != null) {
                b.movedOut(DAY0.plusDays(i + len));
            }
            return (Residence) b.build();
        };
        return one.list(min, max).map(list -> {
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

    @Test
    void lastContinuing_endsWhereTheDayWalkEnds() {
        PropertyCheck.forAll(1000, s -> lastContinuing_endsWhereTheDayWalkEnds(
                s.draw("employments", employments()), s.draw("dayOffset", Gen.ints(0, 50))));
    }

    private static void lastContinuing_endsWhereTheDayWalkEnds(List<Employment> employments, int dayOffset) {
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

    static Gen<List<Employment>> employments() {
        Gen<Integer> start = Gen.ints(0, 50);
        Gen<Integer> length = Gen.ints(-3, 25).injectNull(0.15);
        Gen<String> employer = Gen.of("O1", "O1", "O1", "O2");
        Gen<Employment> one = r -> {
            int s = start.next(r);
            Integer len = length.next(r);
            String o = employer.next(r);
            ImmutableEmployment.Builder b = ImmutableEmployment.builder()
                    .id(org.renfang.model.EmploymentId.of("E" + s + "-" + len)).person(org.renfang.model.PersonId.of("P1"))
                    .employer(OrganizationId.of(o)).start(DAY0.plusDays(s));
            if (len != null) {
                b.end(DAY0.plusDays(s + len));
            }
            return (Employment) b.build();
        };
        return one.list(0, 6);
    }
}
