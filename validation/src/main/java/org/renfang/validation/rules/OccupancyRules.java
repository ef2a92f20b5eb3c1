package org.renfang.validation.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.renfang.model.BasisType;
import org.renfang.model.Premises;
import org.renfang.model.Residence;
import org.renfang.model.Room;
import org.renfang.model.RoomId;
import org.renfang.model.RoomKind;
import org.renfang.validation.finding.RuleCode;
import org.renfang.validation.profile.Parameter;

/**
 * Occupancy limits of premises, checked on every day through the change points of the
 * residences (never day by day).
 *
 * <ul>
 * <li>{@code OCCUPANCY_AREA}: the habitable area divided by the occupants is below
 *     {@code minAreaPerPerson} on some day, compared exactly ({@code area < min × occupants}).
 *     The habitable area is the sum of the areas of the BEDROOM and LIVING_ROOM rooms that are
 *     not partitioned from another room (a partition's area is part of its original room);
 *     where no such room has an area, the premises' {@code floorArea}; where neither is known
 *     the rule cannot apply and nothing is reported. Rooms of those kinds without an area add
 *     nothing.
 * <li>{@code OCCUPANCY_PER_ROOM}: more than {@code maxPersonsPerRoom} residences name one room
 *     on some day. A LIVING_ROOM counts as a room only where {@code livingRoomCountsAsRoom} is
 *     true (the default); otherwise the residents of a living room are not limited per room
 *     (they still count towards {@code OCCUPANCY_AREA}). Residences naming a room the premises do
 *     not list are left to {@code REFERENCE_UNKNOWN}.
 * </ul>
 *
 * <p>Occupants on a day are the residences at the premises covering that day (move-in up to the
 * day before move-out), hotel stays left out. Residences are counted, not distinct persons: one
 * person with two overlapping residences is {@code RESIDENCE_OVERLAP}'s concern. Families are
 * never exempt from {@code OCCUPANCY_AREA}. Where the profile sets {@code familyMembersExempt},
 * one family counts as one person in {@code OCCUPANCY_PER_ROOM}: FAMILY_MEMBER residences are left
 * out (the family member they name is counted), and the residences in the room that rest on one
 * lease with {@code household: true} count as one on every day one of them covers; {@code persons}
 * is then the number of such heads.
 *
 * <p>Findings are addressed to the housing provider the residences of the run share
 * ({@link Duties#providerOf}): their lessor, the dormitory's employer, or the owner.
 *
 * <p>Each rule reports at most one finding per premises (per room for the per-room rule): the
 * first maximal run of violating days, with {@code from} and {@code to} (its last day; absent
 * when the run has no end because residences without move-out keep it going) and the largest
 * head count in the run. The finding is carried by the premises; its subjects are the premises
 * and the counted residences covering some day of the run, ordered by id. In a payload
 * validation it is reported only if the premises are in the payload or some counted residence
 * of the run is, and the run reported is the first one that involves such a record.
 *
 * <p>This class is immutable and thread-safe.
 */
final class OccupancyRules implements RuleFamily {
    private static final long OPEN = Long.MAX_VALUE;
    private static final BigDecimal INT_MAX = BigDecimal.valueOf(Integer.MAX_VALUE);
    private static final Comparator<Residence> BY_ID = Comparator.comparing(Residence::id);

    @Override
    public void premises(Premises premises, String path, RuleContext ctx) {
        boolean area = ctx.isOn(RuleCode.OCCUPANCY_AREA);
        boolean perRoom = ctx.isOn(RuleCode.OCCUPANCY_PER_ROOM);
        if (!area && !perRoom) {
            return;
        }
        List<Residence> all = ctx.view().residencesAt(premises.id());
        if (all.isEmpty()) {
            return;
        }
        boolean exempt = ctx.profile().flag(Parameter.FAMILY_MEMBERS_EXEMPT, false);
        boolean anyPremises = ctx.isSubject(premises);
        List<Residence> counted = new ArrayList<>(all.size());
        boolean anySubject = anyPremises;
        for (int i = 0, n = all.size(); i < n; i++) {
            Residence r = all.get(i);
            if (counts(r)) {
                counted.add(r);
                if (!anySubject && ctx.isSubject(r)) {
                    anySubject = true;
                }
            }
        }
        if (counted.isEmpty() || !anySubject) {
            return;
        }
        if (area) {
            area(premises, counted, anyPremises, path, ctx);
        }
        if (perRoom) {
            perRoom(premises, counted, exempt, anyPremises, path, ctx);
        }
    }

    /** Whether a residence is an occupant on some day: not a hotel stay, not empty. */
    private static boolean counts(Residence r) {
        if (r.basis().type() == BasisType.HOTEL_STAY) {
            return false;
        }
        return r.movedOut().isEmpty() || r.movedOut().get().isAfter(r.movedIn());
    }

    // -----------------------------------------------------------------------------------------
    // OCCUPANCY_AREA

    private static void area(Premises premises, List<Residence> counted, boolean anyPremises, String path,
            RuleContext ctx) {
        Optional<BigDecimal> minParam = ctx.profile().decimal(Parameter.MIN_AREA_PER_PERSON);
        BigDecimal area = habitableArea(premises);
        if (minParam.isEmpty() || area == null) {
            return;
        }
        BigDecimal min = minParam.get();
        // area < min × c  ⇔  c > floor(area / min), for whole c
        BigDecimal most = area.divideToIntegralValue(min);
        if (most.compareTo(INT_MAX) >= 0 || counted.size() <= most.intValue()) {
            return;
        }
        Run run = firstRun(counted, most.intValue(), anyPremises, ctx);
        if (run != null) {
            ctx.report(RuleCode.OCCUPANCY_AREA, path, subjects(premises, counted, run),
                    RuleParams.of().and("premises", premises.id()).and("from", run.from()).and("to", run.to())
                            .and("occupants", run.max).and("area", plain(area)).and("min", plain(min)).map(),
                    Duties.providerOf(in(counted, run), premises, ctx));
        }
    }

    /**
     * Returns the habitable area of premises: the areas of their unpartitioned BEDROOM and
     * LIVING_ROOM rooms, else their floor area, else null.
     */
    static BigDecimal habitableArea(Premises premises) {
        BigDecimal sum = null;
        List<Room> rooms = premises.rooms();
        for (int i = 0, n = rooms.size(); i < n; i++) {
            Room room = rooms.get(i);
            RoomKind kind = room.kind();
            if ((kind == RoomKind.BEDROOM || kind == RoomKind.LIVING_ROOM) && room.partitionedFrom().isEmpty()
                    && room.area().isPresent()) {
                sum = sum == null ? room.area().get() : sum.add(room.area().get());
            }
        }
        return sum != null ? sum : premises.floorArea().orElse(null);
    }

    private static String plain(BigDecimal d) {
        return d.stripTrailingZeros().toPlainString();
    }

    // -----------------------------------------------------------------------------------------
    // OCCUPANCY_PER_ROOM

    private static void perRoom(Premises premises, List<Residence> counted, boolean familiesExempt,
            boolean anyPremises, String path, RuleContext ctx) {
        OptionalInt maxParam = ctx.profile().count(Parameter.MAX_PERSONS_PER_ROOM);
        if (maxParam.isEmpty()) {
            return;
        }
        int max = maxParam.getAsInt();
        Map<RoomId, List<Residence>> byRoom = null;
        for (int i = 0, n = counted.size(); i < n; i++) {
            Residence r = counted.get(i);
            if (r.room().isPresent()) {
                if (byRoom == null) {
                    byRoom = new HashMap<>();
                }
                byRoom.computeIfAbsent(r.room().get(), k -> new ArrayList<>(2)).add(r);
            }
        }
        if (byRoom == null) {
            return;
        }
        boolean livingRoomCounts = ctx.profile().flag(Parameter.LIVING_ROOM_COUNTS_AS_ROOM, true);
        List<Room> rooms = premises.rooms();
        for (int i = 0, n = rooms.size(); i < n; i++) {
            Room room = rooms.get(i);
            List<Residence> in = byRoom.remove(room.id());
            if (in == null || in.size() <= max || (room.kind() == RoomKind.LIVING_ROOM && !livingRoomCounts)) {
                continue;
            }
            Run run = familiesExempt ? firstFamilyRun(in, max, anyPremises, ctx) : firstRun(in, max, anyPremises, ctx);
            if (run != null) {
                ctx.report(RuleCode.OCCUPANCY_PER_ROOM, path, subjects(premises, in, run),
                        RuleParams.of().and("premises", premises.id()).and("room", room.id()).and("from", run.from())
                                .and("to", run.to()).and("persons", run.max).and("max", max).map(),
                        Duties.providerOf(in(in, run), premises, ctx));
            }
        }
    }

    // -----------------------------------------------------------------------------------------
    // The sweep

    /**
     * A maximal run of days with a head count over the limit: [start, until), until OPEN if endless.
     *
     * @param start the first day, as an epoch day
     * @param until the day after the last, as an epoch day, or OPEN
     * @param max   the largest head count in the run
     */
    private record Run(long start, long until, int max) {

        LocalDate from() {
            return LocalDate.ofEpochDay(start);
        }

        /** @return the last day, or null if the run has no end */
        LocalDate to() {
            return until == OPEN ? null : LocalDate.ofEpochDay(until - 1);
        }

        boolean overlaps(Residence r) {
            return r.movedIn().toEpochDay() < until && (r.movedOut().isEmpty() || r.movedOut().get().toEpochDay() > start);
        }
    }

    /**
     * Finds the first maximal run of days on which more than {@code limit} of the residences
     * cover the day; unless {@code any}, only a run that some subject residence covers counts.
     *
     * @return the run, or null if there is none
     */
    static Run firstRun(List<Residence> residences, int limit, boolean any, RuleContext ctx) {
        int n = residences.size();
        long[] starts = new long[n];
        long[] ends = new long[n];
        for (int i = 0; i < n; i++) {
            Residence r = residences.get(i);
            starts[i] = r.movedIn().toEpochDay();
            ends[i] = end(r);
        }
        return firstRun(starts, ends, subjects(residences, any, ctx), limit);
    }

    private static long end(Residence r) {
        return r.movedOut().isPresent() ? r.movedOut().get().toEpochDay() : OPEN;
    }

    /** The subject residences among some, or null when every run counts ({@code any}). */
    private static List<Residence> subjects(List<Residence> residences, boolean any, RuleContext ctx) {
        if (any) {
            return null;
        }
        List<Residence> subjects = new ArrayList<>(2);
        for (int i = 0, n = residences.size(); i < n; i++) {
            if (ctx.isSubject(residences.get(i))) {
                subjects.add(residences.get(i));
            }
        }
        return subjects;
    }

    /**
     * As {@link #firstRun(List, int, boolean, RuleContext)}, where one family counts as one person:
     * FAMILY_MEMBER residences are left out (their family member is counted), and the residences
     * resting on one lease with {@code household: true} count as one, on the days any of them
     * covers.
     */
    static Run firstFamilyRun(List<Residence> residences, int limit, boolean any, RuleContext ctx) {
        List<long[]> intervals = new ArrayList<>(residences.size());
        Map<org.renfang.model.LeaseId, List<long[]>> households = null;
        for (int i = 0, n = residences.size(); i < n; i++) {
            Residence r = residences.get(i);
            if (r.basis().type() == BasisType.FAMILY_MEMBER) {
                continue;
            }
            long[] interval = {r.movedIn().toEpochDay(), end(r)};
            org.renfang.model.LeaseId household = household(r, ctx);
            if (household == null) {
                intervals.add(interval);
            } else {
                if (households == null) {
                    households = new java.util.TreeMap<>();
                }
                households.computeIfAbsent(household, k -> new ArrayList<>(4)).add(interval);
            }
        }
        if (households != null) {
            for (List<long[]> family : households.values()) {
                intervals.addAll(union(family));
            }
        }
        int n = intervals.size();
        if (n <= limit) {
            return null;
        }
        long[] starts = new long[n];
        long[] ends = new long[n];
        for (int i = 0; i < n; i++) {
            starts[i] = intervals.get(i)[0];
            ends[i] = intervals.get(i)[1];
        }
        return firstRun(starts, ends, subjects(residences, any, ctx), limit);
    }

    /** The household lease a residence rests on, or null when it rests on none. */
    private static org.renfang.model.LeaseId household(Residence r, RuleContext ctx) {
        if (r.basis().type() != BasisType.LEASE) {
            return null;
        }
        org.renfang.model.Lease lease = ctx.view().lease(r.basis().lease().get()).orElse(null);
        return lease != null && lease.household() ? lease.id() : null;
    }

    /** The union of half-open day intervals, as disjoint intervals. */
    private static List<long[]> union(List<long[]> intervals) {
        intervals.sort((a, b) -> Long.compare(a[0], b[0]));
        List<long[]> out = new ArrayList<>(2);
        long[] cur = null;
        for (long[] i : intervals) {
            if (cur != null && i[0] <= cur[1]) {
                cur[1] = Math.max(cur[1], i[1]);
            } else {
                cur = new long[] {i[0], i[1]};
                out.add(cur);
            }
        }
        return out;
    }

    /** The run over sorted copies of interval starts and ends; subjects null: any run counts. */
    private static Run firstRun(long[] starts, long[] ends, List<Residence> subjects, int limit) {
        int n = starts.length;
        if (subjects != null && subjects.isEmpty()) {
            return null;
        }
        Arrays.sort(starts);
        Arrays.sort(ends);
        int i = 0;
        int j = 0;
        int count = 0;
        long runStart = 0;
        int runMax = 0;
        boolean inRun = false;
        while (i < n || (j < n && ends[j] != OPEN)) {
            long p = i < n ? starts[i] : OPEN;
            if (j < n && ends[j] < p) {
                p = ends[j];
            }
            while (i < n && starts[i] == p) {
                count++;
                i++;
            }
            while (j < n && ends[j] == p) {
                count--;
                j++;
            }
            if (count > limit) {
                if (!inRun) {
                    inRun = true;
                    runStart = p;
                    runMax = count;
                } else if (count > runMax) {
                    runMax = count;
                }
            } else if (inRun) {
                inRun = false;
                Run run = new Run(runStart, p, runMax);
                if (involves(run, subjects)) {
                    return run;
                }
            }
        }
        if (inRun) {
            Run run = new Run(runStart, OPEN, runMax);
            if (involves(run, subjects)) {
                return run;
            }
        }
        return null;
    }

    private static boolean involves(Run run, List<Residence> subjects) {
        if (subjects == null) {
            return true;
        }
        for (int k = 0, n = subjects.size(); k < n; k++) {
            if (run.overlaps(subjects.get(k))) {
                return true;
            }
        }
        return false;
    }

    /** The residences covering some day of a run. */
    private static List<Residence> in(List<Residence> residences, Run run) {
        List<Residence> in = new ArrayList<>();
        for (int i = 0, n = residences.size(); i < n; i++) {
            if (run.overlaps(residences.get(i))) {
                in.add(residences.get(i));
            }
        }
        return in.isEmpty() ? residences : in;
    }

    private static List<String> subjects(Premises premises, List<Residence> residences, Run run) {
        List<Residence> in = new ArrayList<>();
        for (int i = 0, n = residences.size(); i < n; i++) {
            Residence r = residences.get(i);
            if (run.overlaps(r)) {
                in.add(r);
            }
        }
        in.sort(BY_ID);
        List<String> out = new ArrayList<>(in.size() + 1);
        out.add(premises.id().subject());
        for (int i = 0, n = in.size(); i < n; i++) {
            out.add(in.get(i).id().subject());
        }
        return out;
    }
}
