package org.renfang.validation.rules;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.renfang.model.Employment;
import org.renfang.model.Lease;
import org.renfang.model.LeaseId;
import org.renfang.model.OrganizationId;
import org.renfang.model.PersonId;
import org.renfang.model.Residence;

/**
 * Lookups that keep the residence rules near-linear on hostile data: when one lease lists many
 * persons, or one person has many residences or employments, the rules would otherwise rescan
 * the same long list for every residence that needs it. Above {@link #THRESHOLD} entries the
 * list is indexed once per run (a hash set of listed persons; a timeline of a person's
 * residences with a max-tree over move-out days; a person's employments with an employer merged
 * into continuous runs) and queried in logarithmic time plus the size of the answer. Shorter
 * lists are scanned directly.
 *
 * <p>The index of a run is kept in the run's {@link RuleContext} ({@link RuleContext#memo}),
 * so it is dropped with the context and never shared between threads.
 */
final class ResidenceIndex {
    /** Lists longer than this are indexed. */
    static final int THRESHOLD = 64;

    private final Map<LeaseId, Set<PersonId>> listed = new HashMap<>();
    private final Map<PersonId, Timeline> timelines = new HashMap<>();
    private final Map<RunKey, Runs> runs = new HashMap<>();

    /** A person's employments with one employer. */
    private record RunKey(PersonId person, OrganizationId employer) {
    }

    private ResidenceIndex() {
    }

    private static ResidenceIndex of(RuleContext ctx) {
        return ctx.memo(ResidenceIndex.class, ResidenceIndex::new);
    }

    /**
     * Returns whether a lease names a person as lessee or occupant.
     *
     * @param lease  the lease, not null
     * @param person the person, not null
     * @param ctx    the run, not null
     * @return true if listed
     */
    static boolean lists(Lease lease, PersonId person, RuleContext ctx) {
        if (lease.lessees().size() + lease.occupants().size() <= THRESHOLD) {
            return lease.lists(person);
        }
        Set<PersonId> set = of(ctx).listed.computeIfAbsent(lease.id(), id -> {
            Set<PersonId> s = new HashSet<>(lease.occupants());
            for (org.renfang.model.Party p : lease.lessees()) {
                if (p.person().isPresent()) {
                    s.add(p.person().get());
                }
            }
            return s;
        });
        return set.contains(person);
    }

    /**
     * Returns the continuous employment runs of a person with an employer, built on first use
     * in the run. For lists above {@link #THRESHOLD}; shorter ones are best built or scanned
     * by the caller.
     *
     * @param person      the person, not null
     * @param employer    the employer, not null
     * @param employments the person's employments in the run's view, not null
     * @param ctx         the run, not null
     * @return the runs, not null
     */
    static Runs runs(PersonId person, OrganizationId employer, List<Employment> employments, RuleContext ctx) {
        return of(ctx).runs.computeIfAbsent(new RunKey(person, employer), k -> new Runs(employments, employer));
    }

    /** Receives the residences a query finds; returns false to stop. */
    @FunctionalInterface
    interface Visitor {
        boolean visit(Residence residence);
    }

    /**
     * Visits the residences of a person, hotel stays excluded, that cover some day of
     * {@code [from, until)}, in no particular order, through the person's timeline (built on
     * first use in the run). Residences covering no day are never visited. For lists above
     * {@link #THRESHOLD}; shorter ones are best scanned by the caller.
     *
     * @param person the person, not null
     * @param all    the person's residences in the run's view, not null
     * @param from   the first day, not null
     * @param until  the first day after, after {@code from}, or null for open-ended
     * @param ctx    the run, not null
     * @param v      the visitor, not null
     */
    static void covering(PersonId person, List<Residence> all, LocalDate from, LocalDate until, RuleContext ctx,
            Visitor v) {
        ResidenceIndex index = of(ctx);
        Timeline t = index.timelines.get(person);
        if (t == null) {
            t = new Timeline(all);
            index.timelines.put(person, t);
        }
        t.covering(from.toEpochDay(), until == null ? Long.MAX_VALUE : until.toEpochDay(), v);
    }

    /**
     * A person's residences (hotel stays and empty ones left out) sorted by move-in day, with
     * a max-tree over move-out days: the residences covering a day of {@code [a, b)} are those
     * of the prefix moving in before {@code b} whose move-out is after {@code a}.
     */
    static final class Timeline {
        private final Residence[] residences;
        private final long[] in;
        private final long[] tree;
        private final int size;

        Timeline(List<Residence> all) {
            Residence[] rs = new Residence[all.size()];
            int n = 0;
            for (int i = 0, m = all.size(); i < m; i++) {
                Residence r = all.get(i);
                if (!r.isHotelStay() && (r.movedOut().isEmpty() || r.movedIn().isBefore(r.movedOut().get()))) {
                    rs[n++] = r;
                }
            }
            rs = Arrays.copyOf(rs, n);
            Arrays.sort(rs, (x, y) -> x.movedIn().compareTo(y.movedIn()));
            residences = rs;
            size = n;
            in = new long[n];
            int leaves = 1;
            while (leaves < Math.max(n, 1)) {
                leaves <<= 1;
            }
            tree = new long[2 * leaves];
            Arrays.fill(tree, Long.MIN_VALUE);
            for (int i = 0; i < n; i++) {
                in[i] = rs[i].movedIn().toEpochDay();
                tree[leaves + i] = rs[i].movedOut().isPresent() ? rs[i].movedOut().get().toEpochDay() : Long.MAX_VALUE;
            }
            for (int i = leaves - 1; i >= 1; i--) {
                tree[i] = Math.max(tree[2 * i], tree[2 * i + 1]);
            }
        }

        void covering(long a, long b, Visitor v) {
            // prefix: residences moving in before b
            int lo = 0;
            int hi = size;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (in[mid] < b) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            if (lo > 0) {
                visit(1, 0, tree.length / 2, lo, a, v);
            }
        }

        /** Visits leaves below {@code node} (spanning [nodeLo, nodeHi)) with index < prefix and out > a. */
        private boolean visit(int node, int nodeLo, int nodeHi, int prefix, long a, Visitor v) {
            if (nodeLo >= prefix || tree[node] <= a) {
                return true;
            }
            if (nodeHi - nodeLo == 1) {
                return v.visit(residences[nodeLo]);
            }
            int mid = (nodeLo + nodeHi) >>> 1;
            return visit(2 * node, nodeLo, mid, prefix, a, v) && visit(2 * node + 1, mid, nodeHi, prefix, a, v);
        }
    }

    /**
     * A person's employments with one employer merged into maximal continuous runs: employments
     * that overlap or follow each other without a gap day form one run. Employments ending
     * before they start cover no day and are left out.
     */
    static final class Runs {
        private final long[] start;
        private final long[] end;
        private final Employment[] last;
        private final int size;

        Runs(List<Employment> employments, OrganizationId employer) {
            Employment[] same = new Employment[employments.size()];
            int n = 0;
            for (int i = 0, m = employments.size(); i < m; i++) {
                Employment e = employments.get(i);
                if (e.employer().equals(employer) && (e.end().isEmpty() || !e.end().get().isBefore(e.start()))) {
                    same[n++] = e;
                }
            }
            if (n > 1) {
                Arrays.sort(same, 0, n, (x, y) -> x.start().compareTo(y.start()));
            }
            start = new long[n];
            end = new long[n];
            last = new Employment[n];
            int runs = 0;
            for (int i = 0; i < n; i++) {
                Employment e = same[i];
                long s = e.start().toEpochDay();
                long t = e.end().isPresent() ? e.end().get().toEpochDay() : Long.MAX_VALUE;
                if (runs > 0 && (end[runs - 1] == Long.MAX_VALUE || s <= end[runs - 1] + 1)) {
                    if (t > end[runs - 1]) {
                        end[runs - 1] = t;
                        last[runs - 1] = e;
                    }
                } else {
                    start[runs] = s;
                    end[runs] = t;
                    last[runs] = e;
                    runs++;
                }
            }
            size = runs;
        }

        /**
         * Returns the run covering a day.
         *
         * @param day the day, not null
         * @return the index of the run, or -1 if no employment covers the day
         */
        private int indexAt(LocalDate day) {
            long d = day.toEpochDay();
            int lo = 0;
            int hi = size;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (start[mid] <= d) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo > 0 && end[lo - 1] >= d ? lo - 1 : -1;
        }

        /**
         * Returns an employment of the run covering a day.
         *
         * @param day the day, not null
         * @return the employment that ends that run (open-ended or not), or null if none covers the day
         */
        Employment runAt(LocalDate day) {
            int i = indexAt(day);
            return i < 0 ? null : last[i];
        }

        /**
         * Returns the employment whose end ends the run covering a day.
         *
         * @param day the day, not null
         * @return the employment, or null if no employment covers the day or the run is open-ended
         */
        Employment lastOfRunAt(LocalDate day) {
            int i = indexAt(day);
            return i < 0 || end[i] == Long.MAX_VALUE ? null : last[i];
        }
    }
}
