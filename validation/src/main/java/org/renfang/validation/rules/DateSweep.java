package org.renfang.validation.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.renfang.model.Lease;
import org.renfang.model.LeaseId;
import org.renfang.model.OrganizationId;
import org.renfang.model.RoomId;
import org.renfang.model.Visit;
import org.renfang.model.VisitId;

/**
 * The pairwise rules VISIT_REDUNDANT and LEASE_OVERLAP for all records of one premises at once,
 * by date, in O((n + p) log n) for n records and p pairs reported (p ≤ 10 n), instead of comparing
 * every record with every other.
 *
 * <p>Both give exactly what the per-record scans in {@link VisitRules} and {@link LeaseRules} give:
 * for each record that carries findings (a query), the other records that pair with it, the first
 * {@value RuleContext#MAX_FINDINGS_PER_RECORD} in the order of the premises' list. They get there
 * the other way round: the other records are taken in list order, and each is handed to every
 * query it pairs with that still has room, found in a segment tree over the queries sorted by
 * date whose nodes say exactly whether they hold such a query (so no branch is entered in vain,
 * except for sublease pairs, which LEASE_OVERLAP spares and of which a lease has at most
 * {@value LeaseRules#MAX_CHAIN} above it). A query that is full leaves the tree.
 *
 * <p>This class is stateless and thread-safe.
 */
final class DateSweep {
    /** Lists of records on one premises longer than this are swept; shorter ones are scanned. */
    static final int THRESHOLD = 64;

    private static final int CAP = RuleContext.MAX_FINDINGS_PER_RECORD;

    private DateSweep() {
    }

    // -----------------------------------------------------------------------------------------
    // VISIT_REDUNDANT

    /**
     * Finds, for every subject visit, the other visits it reports as redundant: a different
     * agency, local days at most {@code days} apart, and carried by it ({@link RuleContext#carries}).
     *
     * @param visits the visits to one premises, in list order, not null
     * @param days   the window in days, zero or more
     * @param order  the order that decides which visit of a pair carries it, not null
     * @param ctx    the context, not null
     * @return for each subject visit (by id) the others in list order, at most the cap; absent: none
     */
    static Map<VisitId, List<Visit>> redundantVisits(List<Visit> visits, int days, Comparator<Visit> order,
            RuleContext ctx) {
        int n = visits.size();
        Visit[] byOrder = visits.toArray(new Visit[0]);
        Arrays.sort(byOrder, order);
        Map<Visit, Integer> rank = new IdentityHashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            rank.put(byOrder[i], i);
        }
        Map<OrganizationId, Integer> agencyIds = new HashMap<>();
        int[] agency = new int[n];
        long[] day = new long[n];
        List<Integer> queryList = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Visit v = visits.get(i);
            agency[i] = agencyIds.computeIfAbsent(v.agency(), k -> agencyIds.size());
            day[i] = v.at().toLocalDate().toEpochDay();
            if (ctx.isSubject(v)) {
                queryList.add(i);
            }
        }
        Integer[] q = queryList.toArray(new Integer[0]);
        Arrays.sort(q, Comparator.<Integer>comparingLong(i -> day[i]).thenComparingInt(i -> i));
        int m = q.length;
        long[] qDay = new long[m];
        int[] qRank = new int[m];
        int[] qAgency = new int[m];
        for (int k = 0; k < m; k++) {
            qDay[k] = day[q[k]];
            qRank[k] = rank.get(visits.get(q[k]));
            qAgency[k] = agency[q[k]];
        }
        AgencyTree tree = new AgencyTree(qRank, qAgency);
        int[][] hits = new int[m][];
        int[] counts = new int[m];
        for (int o = 0; o < n; o++) {
            Visit other = visits.get(o);
            int lo = lowerBound(qDay, day[o] - days);
            int hi = lowerBound(qDay, day[o] + days + 1);
            int ro = ctx.isSubject(other) ? rank.get(other) : -1;
            int oo = o;
            tree.visit(lo, hi, ro, agency[o], k -> {
                if (hits[k] == null) {
                    hits[k] = new int[CAP];
                }
                hits[k][counts[k]++] = oo;
                return counts[k] < CAP;
            });
        }
        Map<VisitId, List<Visit>> out = new HashMap<>();
        for (int k = 0; k < m; k++) {
            if (counts[k] > 0) {
                List<Visit> l = new ArrayList<>(counts[k]);
                for (int j = 0; j < counts[k]; j++) {
                    l.add(visits.get(hits[k][j]));
                }
                out.put(visits.get(q[k]).id(), l);
            }
        }
        return out;
    }

    /** A hit handler: takes the query's position, returns false when the query is now full. */
    private interface Hit {
        boolean take(int query);
    }

    /**
     * Queries with a rank and an agency; each node keeps the highest rank and its agency, and the
     * highest rank among the other agencies, which decides exactly whether the node holds a query
     * of rank over r and an agency other than a.
     */
    private static final class AgencyTree {
        private final int size;
        private final int[] r1;
        private final int[] a1;
        private final int[] r2;
        private final int[] a2;

        AgencyTree(int[] rank, int[] agency) {
            int s = 1;
            while (s < Math.max(1, rank.length)) {
                s <<= 1;
            }
            size = s;
            r1 = new int[2 * s];
            a1 = new int[2 * s];
            r2 = new int[2 * s];
            a2 = new int[2 * s];
            Arrays.fill(r1, -1);
            Arrays.fill(a1, -1);
            Arrays.fill(r2, -1);
            Arrays.fill(a2, -1);
            for (int i = 0; i < rank.length; i++) {
                r1[s + i] = rank[i];
                a1[s + i] = agency[i];
            }
            for (int x = s - 1; x >= 1; x--) {
                pull(x);
            }
        }

        private void pull(int x) {
            int l = 2 * x;
            int r = l + 1;
            int br = r1[l];
            int ba = a1[l];
            if (r1[r] > br) {
                br = r1[r];
                ba = a1[r];
            }
            int sr = -1;
            int sa = -1;
            int[] cr = {r1[l], r2[l], r1[r], r2[r]};
            int[] ca = {a1[l], a2[l], a1[r], a2[r]};
            for (int i = 0; i < 4; i++) {
                if (cr[i] > sr && ca[i] != ba) {
                    sr = cr[i];
                    sa = ca[i];
                }
            }
            r1[x] = br;
            a1[x] = ba;
            r2[x] = sr;
            a2[x] = sa;
        }

        private boolean holds(int x, int rank, int agency) {
            return a1[x] != agency ? r1[x] > rank : r2[x] > rank;
        }

        void visit(int lo, int hi, int rank, int agency, Hit hit) {
            if (lo < hi) {
                visit(1, 0, size, lo, hi, rank, agency, hit);
            }
        }

        private void visit(int x, int nodeLo, int nodeHi, int lo, int hi, int rank, int agency, Hit hit) {
            if (hi <= nodeLo || nodeHi <= lo || !holds(x, rank, agency)) {
                return;
            }
            if (x >= size) {
                if (!hit.take(x - size)) {
                    r1[x] = -1;
                    a1[x] = -1;
                    for (int p = x >> 1; p >= 1; p >>= 1) {
                        pull(p);
                    }
                }
                return;
            }
            int mid = (nodeLo + nodeHi) >>> 1;
            visit(2 * x, nodeLo, mid, lo, hi, rank, agency, hit);
            visit(2 * x + 1, mid, nodeHi, lo, hi, rank, agency, hit);
        }
    }

    // -----------------------------------------------------------------------------------------
    // LEASE_OVERLAP

    /**
     * Finds, for every subject lease with a term, the other leases it reports as overlapping: a
     * shared day, a shared room unless one lets the whole premises, carried by it
     * ({@link RuleContext#carries}) and not a sublease of it nor it of them.
     *
     * @param leases the leases of one premises, in list order, not null
     * @param order  the order that decides which lease of a pair carries it, not null
     * @param ctx    the context, not null
     * @return for each subject lease (by id) the others in list order, at most the cap; absent: none
     */
    static Map<LeaseId, List<Lease>> overlappingLeases(List<Lease> leases, Comparator<Lease> order, RuleContext ctx) {
        List<Lease> queries = new ArrayList<>();
        for (Lease l : leases) {
            if (!l.start().isAfter(l.end()) && ctx.isSubject(l)) {
                queries.add(l);
            }
        }
        queries.sort(order);
        Map<Lease, Integer> index = new IdentityHashMap<>();
        for (int i = 0; i < queries.size(); i++) {
            index.put(queries.get(i), i);
        }
        EndTree all = new EndTree(queries, order);
        List<Lease> wholes = new ArrayList<>();
        Map<RoomId, List<Lease>> byRoom = new HashMap<>();
        for (Lease l : queries) {
            if (l.rooms().isEmpty()) {
                wholes.add(l);
            } else {
                for (RoomId r : new LinkedHashSet<>(l.rooms())) {
                    byRoom.computeIfAbsent(r, k -> new ArrayList<>()).add(l);
                }
            }
        }
        EndTree whole = new EndTree(wholes, order);
        Map<RoomId, EndTree> roomTrees = new HashMap<>();
        for (Map.Entry<RoomId, List<Lease>> e : byRoom.entrySet()) {
            EndTree t = new EndTree(e.getValue(), order);
            roomTrees.put(e.getKey(), t);
        }
        int m = queries.size();
        Lease[][] hits = new Lease[m][];
        int[] counts = new int[m];
        int[] stamp = new int[m];
        Arrays.fill(stamp, -1);
        @SuppressWarnings("unchecked")
        List<LeaseId>[] ancestors = new List[m];
        Map<Lease, List<LeaseId>> otherAncestors = new IdentityHashMap<>();
        for (int oi = 0; oi < leases.size(); oi++) {
            Lease other = leases.get(oi);
            if (other.start().isAfter(other.end())) {
                continue;
            }
            boolean subject = ctx.isSubject(other);
            int stampNow = oi;
            EndTree.Hit hit = (tree, k) -> {
                Lease l = tree.leases.get(k);
                int q = index.get(l);
                if (stamp[q] == stampNow || l == other) {
                    return true;
                }
                stamp[q] = stampNow;
                if (ancestors[q] == null) {
                    ancestors[q] = LeaseRules.ancestors(l, ctx.view());
                }
                if (ancestors[q].contains(other.id())
                        || otherAncestors.computeIfAbsent(other, o -> LeaseRules.ancestors(o, ctx.view())).contains(l.id())) {
                    return true;
                }
                if (hits[q] == null) {
                    hits[q] = new Lease[CAP];
                }
                hits[q][counts[q]++] = other;
                if (counts[q] == CAP) {
                    all.remove(l);
                    if (l.rooms().isEmpty()) {
                        whole.remove(l);
                    } else {
                        for (RoomId r : l.rooms()) {
                            roomTrees.get(r).remove(l);
                        }
                    }
                }
                return true;
            };
            if (other.rooms().isEmpty()) {
                all.visit(other, subject, hit);
            } else {
                whole.visit(other, subject, hit);
                for (RoomId r : new LinkedHashSet<>(other.rooms())) {
                    EndTree t = roomTrees.get(r);
                    if (t != null) {
                        t.visit(other, subject, hit);
                    }
                }
            }
            otherAncestors.remove(other);
        }
        Map<LeaseId, List<Lease>> out = new HashMap<>();
        for (int q = 0; q < m; q++) {
            if (counts[q] > 0) {
                out.put(queries.get(q).id(), List.of(Arrays.copyOf(hits[q], counts[q])));
            }
        }
        return out;
    }

    /**
     * Leases sorted by the carrying order; each node keeps the latest end among its leases still
     * looking for pairs, which decides exactly whether it holds one that is still running on a day.
     */
    private static final class EndTree {
        /** A hit handler: takes the tree and the lease's position in it. */
        interface Hit {
            boolean take(EndTree tree, int position);
        }

        final List<Lease> leases;
        private final Comparator<Lease> order;
        private final long[] start;
        private final Map<Lease, Integer> position = new IdentityHashMap<>();
        private final int size;
        private final long[] maxEnd;

        EndTree(List<Lease> sorted, Comparator<Lease> order) {
            this.leases = sorted;
            this.order = order;
            int n = sorted.size();
            start = new long[n];
            int s = 1;
            while (s < Math.max(1, n)) {
                s <<= 1;
            }
            size = s;
            maxEnd = new long[2 * s];
            Arrays.fill(maxEnd, Long.MIN_VALUE);
            for (int i = 0; i < n; i++) {
                Lease l = sorted.get(i);
                start[i] = l.start().toEpochDay();
                maxEnd[s + i] = l.end().toEpochDay();
                position.put(l, i);
            }
            for (int x = s - 1; x >= 1; x--) {
                maxEnd[x] = Math.max(maxEnd[2 * x], maxEnd[2 * x + 1]);
            }
        }

        void remove(Lease l) {
            Integer p = position.get(l);
            if (p == null) {
                return;
            }
            int x = size + p;
            maxEnd[x] = Long.MIN_VALUE;
            for (x >>= 1; x >= 1; x >>= 1) {
                maxEnd[x] = Math.max(maxEnd[2 * x], maxEnd[2 * x + 1]);
            }
        }

        /**
         * Hands {@code other} to every lease here that starts no later than it ends, is still
         * running on its start, and, when it is a subject, comes after it in the order.
         */
        void visit(Lease other, boolean subject, Hit hit) {
            int n = leases.size();
            int lo = 0;
            if (subject) {
                int a = 0;
                int b = n;
                while (a < b) {
                    int mid = (a + b) >>> 1;
                    if (order.compare(leases.get(mid), other) > 0) {
                        b = mid;
                    } else {
                        a = mid + 1;
                    }
                }
                lo = a;
            }
            int hi = lowerBound(start, other.end().toEpochDay() + 1);
            if (lo < hi) {
                visit(1, 0, size, lo, hi, other.start().toEpochDay(), hit);
            }
        }

        private void visit(int x, int nodeLo, int nodeHi, int lo, int hi, long from, Hit hit) {
            if (hi <= nodeLo || nodeHi <= lo || maxEnd[x] < from) {
                return;
            }
            if (x >= size) {
                hit.take(this, x - size);
                return;
            }
            int mid = (nodeLo + nodeHi) >>> 1;
            visit(2 * x, nodeLo, mid, lo, hi, from, hit);
            visit(2 * x + 1, mid, nodeHi, lo, hi, from, hit);
        }
    }

    /** The first index whose value is at least {@code key} in an ascending array. */
    private static int lowerBound(long[] a, long key) {
        int lo = 0;
        int hi = a.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] < key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
