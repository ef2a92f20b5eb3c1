package org.renfang.validation.rules;

import java.util.List;
import org.renfang.model.Lease;
import org.renfang.model.Premises;
import org.renfang.model.Residence;
import org.renfang.validation.finding.Responsible;
import org.renfang.validation.finding.Role;
import org.renfang.validation.profile.DutyBearer;

/**
 * Resolves who must act on a finding from the records (the "responsible" column of the rule
 * catalog, docs/rules.md "Who must act"):
 * <ul>
 * <li>a lease's duties fall on its lessor (LESSOR; for a sublease the sublessor);</li>
 * <li>a residence's housing provider is the lessor of the lease it rests on (LESSOR), the employer
 *     of a dormitory (EMPLOYER), for a family member the provider of the family member's own
 *     residence there on the move-in day (the first {@value ResidenceIndex#THRESHOLD} of their
 *     residences are looked at), or else the owner of the premises (OWNER);</li>
 * <li>the registration duty falls on the resident, or where the profile's
 *     {@code registrationDutyBearer} is PROVIDER on the lessor or the dormitory's employer (the
 *     resident where neither exists: an owner, a family member);</li>
 * <li>a finding about several residences or leases names the party they share, or only the role
 *     when they name different parties.</li>
 * </ul>
 * A party is named only where the records name one: a lease or premises that cannot be found
 * gives the role alone.
 *
 * <p>This class is stateless and thread-safe.
 */
final class Duties {

    private Duties() {
    }

    /** The lessor of a lease. */
    static Responsible lessor(Lease lease) {
        return Responsible.of(Role.LESSOR, lease.lessor());
    }

    /** The resident of a residence. */
    static Responsible resident(Residence r) {
        return Responsible.of(Role.RESIDENT, r.person());
    }

    /**
     * The housing provider of a residence: the lessor of its lease, the employer of its dormitory,
     * else the owner of its premises.
     *
     * @param r        the residence, not null
     * @param premises its premises, or null if unknown
     * @param ctx      the run, not null
     * @return the provider, not null
     */
    static Responsible provider(Residence r, Premises premises, RuleContext ctx) {
        Responsible landlord = landlord(r, ctx);
        if (landlord != null) {
            return landlord;
        }
        if (r.basis().type() == org.renfang.model.BasisType.FAMILY_MEMBER) {
            Residence home = familyHome(r, ctx);
            if (home != null) {
                return provider(home, premises, ctx);
            }
        }
        return owner(premises);
    }

    /**
     * The provider a residence's basis names itself: the lessor of its lease (the role alone when
     * the lease is unknown), the employer of its dormitory; null for any other basis.
     */
    private static Responsible landlord(Residence r, RuleContext ctx) {
        switch (r.basis().type()) {
            case LEASE: {
                Lease lease = ctx.view().lease(r.basis().lease().get()).orElse(null);
                return lease != null ? lessor(lease) : Responsible.of(Role.LESSOR);
            }
            case EMPLOYER_DORMITORY:
                return Responsible.of(Role.EMPLOYER, r.basis().employer().get());
            default:
                return null;
        }
    }

    private static Responsible owner(Premises premises) {
        return Responsible.of(Role.OWNER, premises == null ? null : premises.owner().orElse(null));
    }

    /**
     * The residence, not on a family-member basis, of the family member a FAMILY_MEMBER residence
     * names, at the same premises and covering its move-in day; null if none.
     */
    private static Residence familyHome(Residence r, RuleContext ctx) {
        List<Residence> theirs = ctx.view().residencesOf(r.basis().of().get());
        for (int i = 0, n = Math.min(theirs.size(), ResidenceIndex.THRESHOLD); i < n; i++) {
            Residence t = theirs.get(i);
            if (t.premises().equals(r.premises()) && !t.isHotelStay() && t.covers(r.movedIn())
                    && t.basis().type() != org.renfang.model.BasisType.FAMILY_MEMBER) {
                return t;
            }
        }
        return null;
    }

    /**
     * The bearer of the registration and deregistration duty of a residence under the profile.
     *
     * @param r   the residence, not null
     * @param ctx the run, not null
     * @return the bearer, not null
     */
    static Responsible registrant(Residence r, RuleContext ctx) {
        if (ctx.profile().registrationDutyBearer() == DutyBearer.PROVIDER) {
            Responsible landlord = landlord(r, ctx);
            if (landlord != null) {
                return landlord;
            }
        }
        return resident(r);
    }

    /**
     * The provider shared by some residences: their common provider, or the role alone (LESSOR
     * unless all share another role) when they name different parties.
     *
     * @param residences the residences, not null, not empty
     * @param premises   their premises, or null if unknown
     * @param ctx        the run, not null
     * @return the provider, not null
     */
    static Responsible providerOf(List<Residence> residences, Premises premises, RuleContext ctx) {
        Responsible common = null;
        boolean sameRole = true;
        for (int i = 0, n = residences.size(); i < n; i++) {
            Responsible p = provider(residences.get(i), premises, ctx);
            if (common == null) {
                common = p;
            } else if (!common.equals(p)) {
                sameRole &= common.role() == p.role();
                common = Responsible.of(sameRole ? common.role() : Role.LESSOR);
            }
        }
        return common != null ? common : Responsible.of(Role.LESSOR);
    }

    /**
     * The lessor shared by some leases, or the role LESSOR alone when they name different lessors.
     *
     * @param leases the leases, not null, not empty
     * @return the lessor, not null
     */
    static Responsible lessorOf(List<Lease> leases) {
        Responsible common = null;
        for (int i = 0, n = leases.size(); i < n; i++) {
            Responsible p = lessor(leases.get(i));
            if (common == null) {
                common = p;
            } else if (!common.equals(p)) {
                return Responsible.of(Role.LESSOR);
            }
        }
        return common != null ? common : Responsible.of(Role.LESSOR);
    }
}
