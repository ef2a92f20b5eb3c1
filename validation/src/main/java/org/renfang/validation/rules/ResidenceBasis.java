package org.renfang.validation.rules;

import java.time.LocalDate;
import java.util.List;
import org.renfang.model.BasisType;
import org.renfang.model.Employment;
import org.renfang.model.Lease;
import org.renfang.model.OrganizationId;
import org.renfang.model.Party;
import org.renfang.model.PersonId;
import org.renfang.model.Premises;
import org.renfang.model.Residence;
import org.renfang.model.Room;
import org.renfang.model.RoomId;
import org.renfang.registry.RegistryView;
import org.renfang.validation.finding.RuleCode;
import org.renfang.validation.rules.Reasons.BasisMissing;

/**
 * The basis checks of {@link ResidenceRules}: RESIDENCE_BASIS_MISSING and RESIDENCE_OUTLIVES_BASIS.
 *
 * <p>RESIDENCE_BASIS_MISSING checks the basis on the move-in day and reports the first reason
 * that fails, in the order listed:
 * <ul>
 * <li>LEASE: {@code LEASE_OTHER_PREMISES} (the lease lets other premises),
 *     {@code LEASE_NOT_ACTIVE} (its term does not cover the move-in day),
 *     {@code LEASE_OTHER_ROOM} (both name rooms and the residence's room is not among the
 *     lease's rooms; a room partitioned from a let room counts as let, its partition being
 *     ROOM_PARTITIONED's concern; a residence without a room under a rooms-only lease is
 *     accepted, since the resident may live in any of the let rooms; a residence in a room of
 *     a whole-premises lease is accepted), {@code NOT_LISTED_ON_LEASE} (the person is neither
 *     lessee nor occupant). A lease that names no record is REFERENCE_UNKNOWN, not reported
 *     here.</li>
 * <li>OWNER: {@code OWNER_NOT_RECORDED} (the premises have no recorded owner, so the basis
 *     cannot be shown), {@code NOT_OWNER} (the owner is another person or an organization).
 *     Ownership has no dates in the model, so the recorded owner is taken as the owner on the
 *     move-in day.</li>
 * <li>EMPLOYER_DORMITORY: {@code NOT_A_DORMITORY_OF_EMPLOYER} (the premises are not the
 *     employer's dormitory, {@code dormitoryOf}, and the employer is not a lessee of a lease of
 *     them covering the move-in day: an employer may house employees in premises it rents),
 *     {@code NO_ACTIVE_EMPLOYMENT} (no employment
 *     of the person with that employer covers the move-in day).</li>
 * <li>FAMILY_MEMBER: {@code FAMILY_MEMBER_IS_SELF} (the basis names the resident),
 *     {@code FAMILY_MEMBER_NOT_RESIDENT} (the named person has no residence at the same
 *     premises, other than a hotel stay, covering the move-in day), or
 *     {@code FAMILY_MEMBER_CYCLE}: following family-member bases from residence to residence
 *     (each to the family member's home residence covering its move-in day) comes back to a
 *     residence already passed, so the chain never reaches a resident with a basis of their
 *     own; the persons of the cycle are in the parameter {@code cycle} ({@code P1 → P2}). A
 *     chain that reaches a resident with another basis holds here (that basis is checked on
 *     that residence); one that breaks is reported where it breaks.</li>
 * <li>HOTEL_STAY, OTHER: nothing to check.</li>
 * </ul>
 * Nothing is checked when the residence's premises, the lease, the employer or the family
 * member name no record: REFERENCE_UNKNOWN reports that, and is not doubled here.
 *
 * <p>RESIDENCE_OUTLIVES_BASIS reports a residence that still covers the day after its basis
 * ended, the end lying before the as-of date:
 * <ul>
 * <li>LEASE: the named lease's end. A residence that moved in after the lease had already
 *     ended is only RESIDENCE_BASIS_MISSING (LEASE_NOT_ACTIVE), not also this. A renewal is a
 *     new lease; the residence must then name it, so the old lease's end still counts.</li>
 * <li>EMPLOYER_DORMITORY: the end of the person's employment with that employer that covered
 *     the move-in day, followed through employments with the same employer that continue it
 *     without a gap (a renewed contract does not end the basis). No employment covering the
 *     move-in day: RESIDENCE_BASIS_MISSING only.</li>
 * <li>Other bases have no end the records show.</li>
 * </ul>
 *
 * <p>This class is stateless and thread-safe.
 */
final class ResidenceBasis {
    /** Partition chains longer than this are not followed (hostile data). */
    private static final int MAX_PARTITION_DEPTH = 8;

    private ResidenceBasis() {
    }

    // -----------------------------------------------------------------------------------------
    // RESIDENCE_BASIS_MISSING

    /**
     * Checks that the basis holds on the move-in day.
     *
     * @param r        the residence, not a hotel stay, not null
     * @param premises its premises, or null if unknown (then nothing is checked)
     * @param path     its pointer, not null
     * @param ctx      the context, not null
     */
    static void checkBasis(Residence r, Premises premises, String path, RuleContext ctx) {
        if (premises == null) {
            return;
        }
        switch (r.basis().type()) {
            case LEASE:
                lease(r, premises, path, ctx);
                break;
            case OWNER:
                owner(r, premises, path, ctx);
                break;
            case EMPLOYER_DORMITORY:
                dormitory(r, premises, path, ctx);
                break;
            case FAMILY_MEMBER:
                familyMember(r, path, ctx);
                break;
            default:
                break;
        }
    }

    private static void lease(Residence r, Premises premises, String path, RuleContext ctx) {
        Lease lease = ctx.view().lease(r.basis().lease().get()).orElse(null);
        if (lease == null) {
            return;
        }
        BasisMissing reason;
        if (!lease.premises().equals(r.premises())) {
            reason = BasisMissing.LEASE_OTHER_PREMISES;
        } else if (!lease.covers(r.movedIn())) {
            reason = BasisMissing.LEASE_NOT_ACTIVE;
        } else if (r.room().isPresent() && !lease.rooms().isEmpty()
                && !coversRoom(lease.rooms(), r.room().get(), premises)) {
            reason = BasisMissing.LEASE_OTHER_ROOM;
        } else if (!ResidenceIndex.lists(lease, r.person(), ctx)) {
            reason = BasisMissing.NOT_LISTED_ON_LEASE;
        } else {
            return;
        }
        missing(r, reason, path, ctx, lease.id().subject());
    }

    /** Whether a room is let: one of the rooms, or partitioned (at any depth) from one. */
    private static boolean coversRoom(List<RoomId> let, RoomId room, Premises premises) {
        RoomId at = room;
        for (int depth = 0; depth <= MAX_PARTITION_DEPTH; depth++) {
            if (let.contains(at)) {
                return true;
            }
            Room found = premises.room(at).orElse(null);
            if (found == null || found.partitionedFrom().isEmpty()) {
                return false;
            }
            at = found.partitionedFrom().get();
        }
        return false;
    }

    private static void owner(Residence r, Premises premises, String path, RuleContext ctx) {
        Party owner = premises.owner().orElse(null);
        BasisMissing reason;
        if (owner == null) {
            reason = BasisMissing.OWNER_NOT_RECORDED;
        } else if (!owner.person().isPresent() || !owner.person().get().equals(r.person())) {
            reason = BasisMissing.NOT_OWNER;
        } else {
            return;
        }
        missing(r, reason, path, ctx, premises.id().subject());
    }

    private static void dormitory(Residence r, Premises premises, String path, RuleContext ctx) {
        OrganizationId employer = r.basis().employer().get();
        if (ctx.view().organization(employer).isEmpty()) {
            return;
        }
        BasisMissing reason;
        if (!(premises.dormitoryOf().isPresent() && premises.dormitoryOf().get().equals(employer))
                && !leasedBy(employer, premises, r.movedIn(), ctx)) {
            reason = BasisMissing.NOT_A_DORMITORY_OF_EMPLOYER;
        } else if (!employedOn(ctx.view(), r.person(), employer, r.movedIn(), ctx)) {
            reason = BasisMissing.NO_ACTIVE_EMPLOYMENT;
        } else {
            return;
        }
        missing(r, reason, path, ctx, premises.id().subject(), employer.subject());
    }

    /** Whether an employer is a lessee of a lease of the premises covering a day (a rented dormitory). */
    private static boolean leasedBy(OrganizationId employer, Premises premises, LocalDate day, RuleContext ctx) {
        Party lessee = Party.of(employer);
        List<Lease> leases = ctx.view().leasesOf(premises.id());
        for (int i = 0, n = leases.size(); i < n; i++) {
            Lease l = leases.get(i);
            if (l.covers(day) && l.hasLessee(lessee)) {
                return true;
            }
        }
        return false;
    }

    private static boolean employedOn(RegistryView view, PersonId person, OrganizationId employer, LocalDate day,
            RuleContext ctx) {
        List<Employment> employments = view.employmentsOf(person);
        if (employments.size() > ResidenceIndex.THRESHOLD) {
            return ResidenceIndex.runs(person, employer, employments, ctx).runAt(day) != null;
        }
        for (int i = 0, n = employments.size(); i < n; i++) {
            Employment e = employments.get(i);
            if (e.employer().equals(employer) && e.covers(day)) {
                return true;
            }
        }
        return false;
    }

    private static void familyMember(Residence r, String path, RuleContext ctx) {
        PersonId of = r.basis().of().get();
        if (ctx.view().person(of).isEmpty()) {
            return;
        }
        if (of.equals(r.person())) {
            missing(r, BasisMissing.FAMILY_MEMBER_IS_SELF, path, ctx, of.subject());
            return;
        }
        if (homeOf(r, of, ctx) == null) {
            missing(r, BasisMissing.FAMILY_MEMBER_NOT_RESIDENT, path, ctx, of.subject());
            return;
        }
        List<PersonId> cycle = familyCycle(r, ctx);
        if (cycle != null) {
            missing(r, BasisMissing.FAMILY_MEMBER_CYCLE, path, ctx, RuleParams.of()
                    .and("cycle", LeaseRules.chain(cycle)).map(),
                    of.subject());
        }
    }

    /**
     * The residence of {@code of} at r's premises, not a hotel stay, covering r's move-in day (the
     * first found), or null.
     */
    private static Residence homeOf(Residence r, PersonId of, RuleContext ctx) {
        List<Residence> theirs = ctx.view().residencesOf(of);
        if (theirs.size() <= ResidenceIndex.THRESHOLD) {
            for (int i = 0, n = theirs.size(); i < n; i++) {
                Residence t = theirs.get(i);
                if (isHome(t, r) && t.covers(r.movedIn())) {
                    return t;
                }
            }
            return null;
        }
        Residence[] found = new Residence[1];
        ResidenceIndex.covering(of, theirs, r.movedIn(), r.movedIn().plusDays(1), ctx, t -> {
            if (isHome(t, r)) {
                found[0] = t;
                return false;
            }
            return true;
        });
        return found[0];
    }

    /** The memo key of {@link #familyCycle}. */
    private static final Object FAMILY_CYCLES = new Object();

    /**
     * Returns the cycle a FAMILY_MEMBER basis runs into, or null if the chain ends at a resident
     * with a basis of their own (or breaks, which is reported where it breaks). Each step goes from
     * a residence to the home residence of its family member covering its move-in day. Two persons
     * who are each other's family-member basis each find the other at home, yet neither has a
     * basis: the chain must lead to a resident who has one. Results are kept for the run, so all
     * chains together are walked once.
     *
     * @return the persons of the cycle in chain order (the same list for every residence on the
     *         cycle or leading into it, starting where the first walk met it), or null
     */
    private static List<PersonId> familyCycle(Residence r, RuleContext ctx) {
        java.util.Map<Residence, List<PersonId>> known = ctx.memo(FAMILY_CYCLES, java.util.IdentityHashMap::new);
        return Chains.cycle(r, known, new java.util.IdentityHashMap<>(), cur -> cur, Residence::person, cur -> {
            if (cur.basis().type() == BasisType.FAMILY_MEMBER && !cur.isHotelStay()) {
                PersonId of = cur.basis().of().get();
                if (!of.equals(cur.person())) {
                    return homeOf(cur, of, ctx);
                }
            }
            return null;
        });
    }

    private static boolean isHome(Residence t, Residence r) {
        return t.premises().equals(r.premises()) && !t.isHotelStay() && !t.id().equals(r.id());
    }

    private static void missing(Residence r, BasisMissing reason, String path, RuleContext ctx, String... others) {
        missing(r, reason, path, ctx, java.util.Map.of(), others);
    }

    private static void missing(Residence r, BasisMissing reason, String path, RuleContext ctx,
            java.util.Map<String, String> extra, String... others) {
        String[] subjects = new String[others.length + 1];
        subjects[0] = r.id().subject();
        System.arraycopy(others, 0, subjects, 1, others.length);
        java.util.Map<String, String> params = RuleParams.of().and("residence", r.id()).and("basis", r.basis().type())
                .reason(reason).map();
        params.putAll(extra);
        ctx.report(RuleCode.RESIDENCE_BASIS_MISSING, path, List.of(subjects), params);
    }

    // -----------------------------------------------------------------------------------------
    // RESIDENCE_OUTLIVES_BASIS

    /**
     * Checks that the residence does not outlive the lease or employment behind it.
     *
     * @param r    the residence, not a hotel stay, not null
     * @param path its pointer, not null
     * @param ctx  the context, not null
     */
    static void checkOutlives(Residence r, String path, RuleContext ctx) {
        BasisType type = r.basis().type();
        if (type == BasisType.LEASE) {
            Lease lease = ctx.view().lease(r.basis().lease().get()).orElse(null);
            if (lease != null && !r.movedIn().isAfter(lease.end())) {
                outlives(r, lease.end(), lease.id().subject(), path, ctx);
            }
        } else if (type == BasisType.EMPLOYER_DORMITORY) {
            OrganizationId employer = r.basis().employer().get();
            if (ctx.view().organization(employer).isEmpty()) {
                return;
            }
            List<Employment> employments = ctx.view().employmentsOf(r.person());
            ResidenceIndex.Runs runs = employments.size() > ResidenceIndex.THRESHOLD
                    ? ResidenceIndex.runs(r.person(), employer, employments, ctx)
                    : new ResidenceIndex.Runs(employments, employer);
            Employment last = runs.lastOfRunAt(r.movedIn());
            if (last != null) {
                outlives(r, last.end().get(), last.id().subject(), path, ctx);
            }
        }
    }

    private static void outlives(Residence r, LocalDate ended, String basisSubject, String path, RuleContext ctx) {
        if (!ended.isBefore(ctx.asOf())) {
            return;
        }
        LocalDate dayAfter = ended.plusDays(1);
        if (r.movedOut().isPresent() && !r.movedOut().get().isAfter(dayAfter)) {
            return;
        }
        ctx.report(RuleCode.RESIDENCE_OUTLIVES_BASIS, path, List.of(r.id().subject(), basisSubject),
                RuleParams.of().and("residence", r.id()).and("basis", r.basis().type()).and("ended", ended)
                        .map(), Duties.resident(r));
    }

    /**
     * Finds the employment that ends a person's continuous employment with an employer from a
     * day on: the run starts with the employments covering the day and goes on through every
     * employment with that employer beginning no later than the day after the run's current end.
     *
     * @param employments the person's employments, not null
     * @param employer    the employer, not null
     * @param day         the day, not null
     * @return the employment whose end ends the run; null if none covers the day or the run is open-ended
     */
    static Employment lastContinuing(List<Employment> employments, OrganizationId employer, LocalDate day) {
        return new ResidenceIndex.Runs(employments, employer).lastOfRunAt(day);
    }
}
