package org.renfang.validation.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.renfang.model.Filing;
import org.renfang.model.Lease;
import org.renfang.model.LeaseId;
import org.renfang.model.Party;
import org.renfang.model.Person;
import org.renfang.model.PersonId;
import org.renfang.model.Premises;
import org.renfang.model.PremisesFlag;
import org.renfang.model.PremisesId;
import org.renfang.model.Residence;
import org.renfang.model.RoomId;
import org.renfang.registry.RegistryView;
import org.renfang.validation.finding.RuleCode;
import org.renfang.validation.profile.Parameter;
import org.renfang.validation.rules.Reasons.LeaseTerm;
import org.renfang.validation.rules.Reasons.LessorNotEntitled;

/**
 * Rules on leases: their term, overlaps between leases of the same premises, the lessor's
 * entitlement to let, the filing deadline, and premises that may not be let.
 *
 * <ul>
 * <li>{@code LEASE_TERM_INVALID} (DATA): the start is after the end (reason
 *     {@code START_AFTER_END}).
 * <li>{@code LEASE_TERM_EXCESS} (on where the profile sets {@code maxLeaseYears}): the term is
 *     longer than that: a term of {@code n} years from {@code start} ends at the latest on
 *     {@code start + n years − 1 day}; the days from {@code voidFrom = start + n years} on are void
 *     and the lease stands for the rest (民法典 art. 705). Params {@code lease}, {@code start},
 *     {@code end}, {@code maxYears}, {@code voidFrom}. Not checked when the start is after the end.
 * <li>{@code SUBLEASE_OUTLIVES_PARENT}: a lease with a parent ends after its parent lease ends
 *     (民法典 art. 717: the excess does not bind the lessor of the parent lease). Params
 *     {@code lease}, {@code parent}, {@code end}, {@code parentEnd}; subjects the lease, the parent,
 *     the premises. A parent that cannot be found, or either lease with its start after its end, is
 *     left to the rules that report those.
 * <li>{@code OCCUPANT_NOT_REGISTERED} (以房找人; on where {@code residenceRegistrationDays} is set):
 *     on the as-of day the lease is active and the registration deadline counted from its start
 *     has passed ({@code asOf > start + residenceRegistrationDays}, holidays applied), and a person
 *     on it is registered nowhere it should be: an occupant without a residence (not a hotel stay) at
 *     the lease's premises covering the as-of day, or a person lessee without such a residence
 *     anywhere (a lessee may let the home to others and live elsewhere). A person listed twice, or
 *     both as lessee and occupant, is looked at once, as a lessee. Persons the records do not hold
 *     (REFERENCE_UNKNOWN) and persons outside the profile's registration scope
 *     ({@link Jurisdiction#registrationApplies}: locals in the Chinese profiles) are not reported;
 *     organization lessees have no registration. One finding per person, params {@code lease},
 *     {@code person}, {@code premises}, {@code deadline}; subjects the lease, the person, the
 *     premises.
 * <li>{@code LEASE_OVERLAP}: two leases of the same premises whose closed terms share a day,
 *     where both name rooms only if their room sets intersect (a whole-premises lease overlaps
 *     every lease of those premises), unless one is a sublease of the other through the parent
 *     chain (followed at most {@value #MAX_CHAIN} steps, so a cycle ends). Leases whose start is
 *     after their end cover no day and overlap nothing. Reported once per pair, by the lease that
 *     comes later by start then id (or by the payload lease when the other is in the context).
 *     Premises with more than {@value DateSweep#THRESHOLD} leases are swept by date
 *     ({@link DateSweep}), with the same findings.
 * <li>{@code LEASE_LESSOR_NOT_ENTITLED}: the lessor is neither the recorded owner of the
 *     premises nor entitled through a parent lease. A lease with a parent is entitled through it
 *     when the lessor (a person, or an organization such as a letting company) is a lessee of the parent ({@code NOT_PARENT_LESSEE} otherwise), the
 *     parent lets the same premises and every room the sublease lets (a parent naming rooms does
 *     not cover a whole-premises sublease; {@code PARENT_OTHER_PREMISES} otherwise) and the
 *     parent permits subletting ({@code PARENT_NOT_SUBLETTABLE} otherwise); the first failing
 *     reason in that order is reported. When all three hold, the parent chain must still end:
 *     a chain that runs into a cycle (leases that are each other's parents, through any number
 *     of steps) is {@code PARENT_CYCLE}, with the leases of the cycle in the parameter
 *     {@code cycle} ({@code LA → LB}); every lease whose chain leads into it is reported. Judgements: a lease without a parent on premises with no
 *     recorded owner is not reported (there is no evidence against the lessor); a lease that names
 *     a parent is entitled only through that parent, even when its lessor is the owner (otherwise
 *     an owner could let the same rooms twice by naming the first lease as "parent", and the
 *     overlap rule, which spares subleases, would not see it); a lease whose premises or parent lease
 *     cannot be found is left to {@code REFERENCE_UNKNOWN}.
 * <li>{@code LEASE_FILING_LATE}: the last on-time day is {@code leaseFilingDays} after
 *     {@code signedOn} (or {@code start} when not signed on a known day), moved past holidays;
 *     the lease was filed after it, or is not filed although {@code asOf} is past it (the deadline
 *     day itself is on time; ended leases are reported too, the duty arose while they ran). Off
 *     where the profile has no {@code leaseFilingDays}.
 * <li>{@code PREMISES_NOT_RENTABLE}: the premises carry a flag that forbids letting them
 *     (illegal structure, unsafe, illegal change of use). Judgement: flags carry no date, so only
 *     leases that have not ended before {@code asOf} ({@code end ≥ asOf}) are reported; a lease
 *     that ended earlier may well predate the flag.
 * </ul>
 *
 * <p>Every finding is carried by the lease (its path) and names the lease first and its premises
 * among the subjects, so that findings can be grouped by premises. Every COMPLIANCE finding is
 * addressed to the lease's lessor (for a sublease, the sublessor).
 *
 * <p>This class is immutable and thread-safe.
 */
final class LeaseRules implements RuleFamily {
    /** The longest parent chain followed; deeper chains, and cycles, stop there. */
    static final int MAX_CHAIN = 64;

    /** Rooms sets larger than this are compared through a hash set. */
    private static final int SMALL = 8;

    /** The order that decides which lease of an overlapping pair carries the finding. */
    static final Comparator<Lease> ORDER = Comparator.comparing(Lease::start)
            .thenComparing(Lease::id);

    @Override
    public void lease(Lease lease, String path, RuleContext ctx) {
        term(lease, path, ctx);
        if (ctx.isOn(RuleCode.SUBLEASE_OUTLIVES_PARENT)) {
            outlivesParent(lease, path, ctx);
        }
        if (ctx.isOn(RuleCode.OCCUPANT_NOT_REGISTERED)) {
            occupants(lease, path, ctx);
        }
        RegistryView view = ctx.view();
        Premises premises = view.premises(lease.premises()).orElse(null);
        if (ctx.isOn(RuleCode.LEASE_OVERLAP)) {
            overlap(lease, path, ctx);
        }
        if (premises != null && ctx.isOn(RuleCode.LEASE_LESSOR_NOT_ENTITLED)) {
            lessor(lease, premises, path, ctx);
        }
        if (ctx.isOn(RuleCode.LEASE_FILING_LATE)) {
            filing(lease, path, ctx);
        }
        if (premises != null && ctx.isOn(RuleCode.PREMISES_NOT_RENTABLE)) {
            rentable(lease, premises, path, ctx);
        }
    }

    // -----------------------------------------------------------------------------------------
    // LEASE_TERM_INVALID

    private static void term(Lease lease, String path, RuleContext ctx) {
        if (lease.start().isAfter(lease.end())) {
            ctx.report(RuleCode.LEASE_TERM_INVALID, path, List.of(lease.id().subject(), lease.premises().subject()),
                    RuleParams.of().and("lease", lease.id()).and("start", lease.start()).and("end", lease.end())
                            .reason(LeaseTerm.START_AFTER_END).map());
            return;
        }
        if (!ctx.isOn(RuleCode.LEASE_TERM_EXCESS)) {
            return;
        }
        int max = ctx.profile().count(Parameter.MAX_LEASE_YEARS).getAsInt();
        LocalDate voidFrom = lease.start().plusYears(max);
        if (!lease.end().isBefore(voidFrom)) {
            ctx.report(RuleCode.LEASE_TERM_EXCESS, path, List.of(lease.id().subject(), lease.premises().subject()),
                    RuleParams.of().and("lease", lease.id()).and("start", lease.start()).and("end", lease.end())
                            .and("maxYears", max).and("voidFrom", voidFrom).map(), Duties.lessor(lease));
        }
    }

    // -----------------------------------------------------------------------------------------
    // SUBLEASE_OUTLIVES_PARENT

    private static void outlivesParent(Lease lease, String path, RuleContext ctx) {
        if (lease.parent().isEmpty() || lease.start().isAfter(lease.end())) {
            return;
        }
        Lease parent = ctx.view().lease(lease.parent().get()).orElse(null);
        if (parent == null || parent.id().equals(lease.id()) || parent.start().isAfter(parent.end())
                || !lease.end().isAfter(parent.end())) {
            return;
        }
        ctx.report(RuleCode.SUBLEASE_OUTLIVES_PARENT, path,
                List.of(lease.id().subject(), parent.id().subject(), lease.premises().subject()),
                RuleParams.of().and("lease", lease.id()).and("parent", parent.id()).and("end", lease.end())
                        .and("parentEnd", parent.end()).map(), Duties.lessor(lease));
    }

    // -----------------------------------------------------------------------------------------
    // OCCUPANT_NOT_REGISTERED

    private static void occupants(Lease lease, String path, RuleContext ctx) {
        LocalDate asOf = ctx.asOf();
        if (!lease.covers(asOf)) {
            return;
        }
        int days = ctx.profile().days(Parameter.RESIDENCE_REGISTRATION_DAYS).getAsInt();
        LocalDate deadline = ctx.deadline(lease.start(), days);
        if (!asOf.isAfter(deadline)) {
            return;
        }
        Premises premises = ctx.view().premises(lease.premises()).orElse(null);
        List<Party> lessees = lease.lessees();
        Set<PersonId> seen = null;
        for (int i = 0, n = lessees.size(); i < n; i++) {
            PersonId person = lessees.get(i).person().orElse(null);
            if (person == null) {
                continue;
            }
            if (seen == null) {
                seen = new HashSet<>();
            }
            if (seen.add(person) && !livesAt(person, null, asOf, ctx)) {
                notRegistered(lease, person, premises, deadline, path, ctx);
            }
        }
        List<PersonId> occupants = lease.occupants();
        for (int i = 0, n = occupants.size(); i < n; i++) {
            PersonId person = occupants.get(i);
            if (seen == null) {
                seen = new HashSet<>();
            }
            if (seen.add(person) && !livesAt(person, lease.premises(), asOf, ctx)) {
                notRegistered(lease, person, premises, deadline, path, ctx);
            }
        }
    }

    /** Whether a person has a residence (not a hotel stay) covering a day, at the premises or (null) anywhere. */
    private static boolean livesAt(PersonId person, PremisesId at, LocalDate day, RuleContext ctx) {
        List<Residence> theirs = ctx.view().residencesOf(person);
        if (theirs.size() > ResidenceIndex.THRESHOLD) {
            boolean[] found = new boolean[1];
            ResidenceIndex.covering(person, theirs, day, day.plusDays(1), ctx, r -> {
                found[0] = at == null || r.premises().equals(at);
                return !found[0];
            });
            return found[0];
        }
        for (int i = 0, n = theirs.size(); i < n; i++) {
            Residence r = theirs.get(i);
            if (!r.isHotelStay() && r.covers(day) && (at == null || r.premises().equals(at))) {
                return true;
            }
        }
        return false;
    }

    private static void notRegistered(Lease lease, PersonId personId, Premises premises, LocalDate deadline,
            String path, RuleContext ctx) {
        Person person = ctx.view().person(personId).orElse(null);
        if (person == null || !Jurisdiction.registrationApplies(person, premises, ctx.profile())) {
            return;
        }
        ctx.report(RuleCode.OCCUPANT_NOT_REGISTERED, path,
                List.of(lease.id().subject(), personId.subject(), lease.premises().subject()),
                RuleParams.of().and("lease", lease.id()).and("person", personId).and("premises", lease.premises())
                        .and("deadline", deadline).map(), Duties.lessor(lease));
    }

    // -----------------------------------------------------------------------------------------
    // LEASE_OVERLAP

    private static void overlap(Lease lease, String path, RuleContext ctx) {
        if (lease.start().isAfter(lease.end())) {
            return;
        }
        RegistryView view = ctx.view();
        List<Lease> others = view.leasesOf(lease.premises());
        if (others.size() < 2) {
            return;
        }
        List<Lease> found;
        if (others.size() > DateSweep.THRESHOLD) {
            found = ctx.memo(new VisitRules.SweepKey(RuleCode.LEASE_OVERLAP, lease.premises()),
                    () -> DateSweep.overlappingLeases(others, ORDER, ctx)).get(lease.id());
            if (found != null) {
                found = new ArrayList<>(found);
            }
        } else {
            found = overlapsByScan(lease, others, ctx);
        }
        if (found == null) {
            return;
        }
        found.sort(ORDER);
        for (Lease other : found) {
            LocalDate from = lease.start().isAfter(other.start()) ? lease.start() : other.start();
            LocalDate to = lease.end().isBefore(other.end()) ? lease.end() : other.end();
            ctx.report(RuleCode.LEASE_OVERLAP, path,
                    List.of(lease.id().subject(), other.id().subject(), lease.premises().subject()),
                    RuleParams.of().and("lease", lease.id()).and("other", other.id()).and("premises", lease.premises())
                            .and("from", from).and("to", to).map());
        }
    }

    /**
     * The leases of the same premises that overlap one and whose pair it carries, the first
     * {@value RuleContext#MAX_FINDINGS_PER_RECORD} in list order, by comparing it with each.
     *
     * @return the leases, or null if none
     */
    static List<Lease> overlapsByScan(Lease lease, List<Lease> others, RuleContext ctx) {
        RegistryView view = ctx.view();
        List<Lease> found = null;
        Set<RoomId> rooms = null;
        List<LeaseId> ancestors = null;
        for (int i = 0, n = others.size(); i < n; i++) {
            Lease other = others.get(i);
            if (other.id().equals(lease.id()) || other.start().isAfter(other.end())
                    || other.start().isAfter(lease.end()) || lease.start().isAfter(other.end())) {
                continue;
            }
            if (!lease.rooms().isEmpty() && !other.rooms().isEmpty()) {
                if (rooms == null && lease.rooms().size() > SMALL) {
                    rooms = new HashSet<>(lease.rooms());
                }
                if (!intersects(lease.rooms(), rooms, other.rooms())) {
                    continue;
                }
            }
            if (!ctx.carries(lease, other, ORDER)) {
                continue;
            }
            if (ancestors == null) {
                ancestors = ancestors(lease, view);
            }
            if (ancestors.contains(other.id()) || ancestors(other, view).contains(lease.id())) {
                continue;
            }
            if (found == null) {
                found = new ArrayList<>(2);
            }
            found.add(other);
            if (found.size() >= RuleContext.MAX_FINDINGS_PER_RECORD) {
                break;
            }
        }
        return found;
    }

    private static boolean intersects(List<RoomId> a, Set<RoomId> aSet, List<RoomId> b) {
        for (int i = 0, n = b.size(); i < n; i++) {
            RoomId r = b.get(i);
            if (aSet != null ? aSet.contains(r) : a.contains(r)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Returns the ids of the leases above a lease in its parent chain, nearest first, at most
     * {@value #MAX_CHAIN} of them; the chain stops at a lease that cannot be found or at a repeat.
     */
    static List<LeaseId> ancestors(Lease lease, RegistryView view) {
        Optional<LeaseId> next = lease.parent();
        if (next.isEmpty()) {
            return List.of();
        }
        List<LeaseId> out = new ArrayList<>(4);
        while (next.isPresent() && out.size() < MAX_CHAIN) {
            LeaseId id = next.get();
            if (id.equals(lease.id()) || out.contains(id)) {
                break;
            }
            out.add(id);
            Lease parent = view.lease(id).orElse(null);
            if (parent == null) {
                break;
            }
            next = parent.parent();
        }
        return out;
    }

    // -----------------------------------------------------------------------------------------
    // LEASE_LESSOR_NOT_ENTITLED

    private static void lessor(Lease lease, Premises premises, String path, RuleContext ctx) {
        Party lessor = lease.lessor();
        Optional<Party> owner = premises.owner();
        if (lease.parent().isEmpty() && owner.isPresent() && owner.get().id().equals(lessor.id())) {
            return;
        }
        LessorNotEntitled reason;
        Lease parent = null;
        List<LeaseId> cycle = null;
        if (lease.parent().isPresent()) {
            parent = ctx.view().lease(lease.parent().get()).orElse(null);
            if (parent == null) {
                return;
            }
            reason = throughParent(lease, lessor, parent);
            if (reason == null) {
                cycle = parentCycle(lease, ctx);
                if (cycle == null) {
                    return;
                }
                reason = LessorNotEntitled.PARENT_CYCLE;
            }
        } else if (owner.isEmpty()) {
            return;
        } else {
            reason = LessorNotEntitled.NOT_OWNER;
        }
        List<String> subjects = new ArrayList<>(4);
        subjects.add(lease.id().subject());
        if (parent != null && !parent.id().equals(lease.id())) {
            subjects.add(parent.id().subject());
        }
        subjects.add(premises.id().subject());
        subjects.add(lessor.id().subject());
        ctx.report(RuleCode.LEASE_LESSOR_NOT_ENTITLED, path, subjects,
                RuleParams.of().and("lease", lease.id()).and("lessor", lessor.id().subject()).reason(reason)
                        .and("cycle", cycle == null ? null : chain(cycle)).map(),
                Duties.lessor(lease));
    }

    /** The ids of a cycle, as the parameter shows them: {@code LA → LB}. */
    static String chain(List<?> ids) {
        StringBuilder sb = new StringBuilder();
        for (Object id : ids) {
            if (sb.length() > 0) {
                sb.append(" \u2192 ");
            }
            sb.append(id);
        }
        return sb.toString();
    }

    /** The memo key of {@link #parentCycle}. */
    private static final Object PARENT_CYCLES = new Object();

    /**
     * Returns the cycle the parent chain above a lease runs into, or null if the chain ends (at a
     * lease without a parent, or at one that cannot be found). Two non-owners who sublet to each
     * other (LA by M1 with parent LB, LB by M2 with parent LA) are each entitled through the other
     * one step up, yet nobody entitled ever let either: the chain must end at a lease let by the
     * owner. Results are kept for the run, so all chains together are walked once (a 5 000-deep
     * chain costs 5 000 steps, not 5 000 squared).
     *
     * @return the ids of the leases on the cycle in chain order (the same list for every lease on the
     *         cycle or leading into it, starting where the first walk met it), or null
     */
    static List<LeaseId> parentCycle(Lease lease, RuleContext ctx) {
        java.util.Map<LeaseId, List<LeaseId>> known = ctx.memo(PARENT_CYCLES, java.util.HashMap::new);
        return Chains.cycle(lease, known, new java.util.HashMap<>(), Lease::id, Lease::id,
                l -> l.parent().isPresent() ? ctx.view().lease(l.parent().get()).orElse(null) : null);
    }

    /** Returns why the lessor is not entitled through the parent lease, or null if entitled. */
    private static LessorNotEntitled throughParent(Lease lease, Party lessor, Lease parent) {
        if (!parent.hasLessee(lessor)) {
            return LessorNotEntitled.NOT_PARENT_LESSEE;
        }
        if (!parent.premises().equals(lease.premises()) || !covers(parent.rooms(), lease.rooms())) {
            return LessorNotEntitled.PARENT_OTHER_PREMISES;
        }
        if (!parent.subletPermitted()) {
            return LessorNotEntitled.PARENT_NOT_SUBLETTABLE;
        }
        return null;
    }

    /** Whether a parent letting {@code parentRooms} (empty: all) covers {@code rooms} (empty: all). */
    private static boolean covers(List<RoomId> parentRooms, List<RoomId> rooms) {
        if (parentRooms.isEmpty()) {
            return true;
        }
        if (rooms.isEmpty()) {
            return false;
        }
        Set<RoomId> set = parentRooms.size() > SMALL ? new HashSet<>(parentRooms) : null;
        for (int i = 0, n = rooms.size(); i < n; i++) {
            RoomId r = rooms.get(i);
            if (!(set != null ? set.contains(r) : parentRooms.contains(r))) {
                return false;
            }
        }
        return true;
    }

    // -----------------------------------------------------------------------------------------
    // LEASE_FILING_LATE

    private static void filing(Lease lease, String path, RuleContext ctx) {
        OptionalInt days = ctx.profile().days(Parameter.LEASE_FILING_DAYS);
        if (days.isEmpty()) {
            return;
        }
        LocalDate event = lease.signedOn().orElse(lease.start());
        LocalDate deadline = ctx.deadline(event, days.getAsInt());
        Optional<Filing> filing = lease.filing();
        String filedOn;
        if (filing.isPresent()) {
            if (!filing.get().filedOn().isAfter(deadline)) {
                return;
            }
            filedOn = filing.get().filedOn().toString();
        } else {
            if (!ctx.asOf().isAfter(deadline)) {
                return;
            }
            filedOn = "none";
        }
        ctx.report(RuleCode.LEASE_FILING_LATE, path, List.of(lease.id().subject(), lease.premises().subject()),
                RuleParams.of().and("lease", lease.id()).and("deadline", deadline).and("filedOn", filedOn).map(),
                Duties.lessor(lease));
    }

    // -----------------------------------------------------------------------------------------
    // PREMISES_NOT_RENTABLE

    private static void rentable(Lease lease, Premises premises, String path, RuleContext ctx) {
        Set<PremisesFlag> flags = premises.flags();
        if (flags.isEmpty() || lease.end().isBefore(ctx.asOf())) {
            return;
        }
        StringBuilder sb = new StringBuilder(48);
        for (PremisesFlag f : PremisesFlag.values()) {
            if (flags.contains(f)) {
                if (sb.length() > 0) {
                    sb.append(',');
                }
                sb.append(f.name());
            }
        }
        ctx.report(RuleCode.PREMISES_NOT_RENTABLE, path, List.of(lease.id().subject(), premises.id().subject()),
                RuleParams.of().and("lease", lease.id()).and("premises", premises.id()).and("flags", sb.toString())
                        .map(),
                Duties.lessor(lease));
    }
}
