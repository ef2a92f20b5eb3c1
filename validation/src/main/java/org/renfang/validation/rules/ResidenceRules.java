package org.renfang.validation.rules;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.renfang.model.BasisType;
import org.renfang.model.Person;
import org.renfang.model.Premises;
import org.renfang.model.PremisesUse;
import org.renfang.model.ProviderConfirmation;
import org.renfang.model.Residence;
import org.renfang.registry.RegistryView;
import org.renfang.validation.finding.Responsible;
import org.renfang.validation.finding.Role;
import org.renfang.validation.finding.RuleCode;
import org.renfang.validation.profile.Parameter;
import org.renfang.validation.profile.PersonStatus;
import org.renfang.validation.profile.Profile;

/**
 * The residence rules: where a person may reside, on what basis, without overlapping
 * residences, and whether move-in and move-out were registered in time.
 *
 * <ul>
 * <li>{@code PREMISES_NOT_RESIDENTIAL}: a residence that is not a hotel stay on premises whose
 *     use is NON_RESIDENTIAL (MIXED use is accepted). Unknown premises are left to
 *     REFERENCE_UNKNOWN.</li>
 * <li>{@code RESIDENCE_BASIS_MISSING}: the basis does not hold on the move-in day; see
 *     {@link ResidenceBasis} for each basis type and its reason codes.</li>
 * <li>{@code RESIDENCE_OUTLIVES_BASIS}: the lease or employment behind the residence ended
 *     before the as-of date and the residence still covers the day after that end; see
 *     {@link ResidenceBasis}.</li>
 * <li>{@code RESIDENCE_OVERLAP}: one person has two residences, neither a hotel stay, covering a
 *     common day. Reported once per pair, by the residence that comes later in the order
 *     move-in day, then id ({@link RuleContext#carries}); in a payload validation a payload
 *     residence overlapping a context residence always carries it. {@code from} is the later
 *     move-in day, {@code to} the last common day (the earlier move-out day minus one), or
 *     {@code open} when neither residence has a move-out day.</li>
 * <li>{@code RESIDENCE_REGISTRATION_LATE}: a national (Person.isNational; a person missing from
 *     the records is treated as a national, the general duty being the one that applies to
 *     everybody not shown to be foreign) not in a hotel registered after
 *     {@code movedIn + residenceRegistrationDays}, counted by {@link RuleContext#deadline}
 *     (event day excluded, a deadline on a holiday moves to the next working day).</li>
 * <li>{@code FOREIGNER_REGISTRATION_LATE}: a non-national not in a hotel registered after
 *     {@code movedIn + ceil(foreignerRegistrationHours / 24)} days (24 h: the next day). The
 *     deadline is counted in hours by the law (出境入境管理法 art. 39), so it does not move for
 *     holidays. Non-nationals are checked by this rule <em>instead of</em>
 *     RESIDENCE_REGISTRATION_LATE, never by both: the general registration duty of the
 *     residence-permit rules applies to citizens, foreigners have their own; a profile that
 *     switches this rule off has decided not to check foreigners' registration.</li>
 * <li>{@code HOTEL_REGISTRATION_LATE}: a hotel stay registered after
 *     {@code movedIn + ceil(hotelRegistrationToleranceHours / 24)} days (0 h: the check-in day
 *     itself); hour deadlines do not move for holidays. Where
 *     {@code hotelRegistrationForeignGuestsOnly} is true (DE, Bundesmeldegesetz §29–30) only
 *     non-nationals are checked; a person missing from the records is then treated as a
 *     national and not checked.</li>
 * <li>{@code RESIDENCE_DEREGISTRATION_LATE}: a residence with a move-out day, not a hotel stay,
 *     deregistered after {@code movedOut + deregistrationDays} (holiday calendar applies), or
 *     not deregistered although the as-of date is past that deadline ({@code deregisteredOn}
 *     is then {@code none}). Applies to nationals and non-nationals alike.</li>
 * <li>{@code PROVIDER_CONFIRMATION_LATE} (on where {@code providerConfirmationDays} is set: DE,
 *     Bundesmeldegesetz §19): a residence that is neither a hotel stay nor on an OWNER basis (an
 *     owner moving into their own home has no provider to confirm it) whose
 *     {@code providerConfirmation} is dated after {@code movedIn + providerConfirmationDays}
 *     (holiday calendar applies), or is missing although the as-of date is past that deadline
 *     ({@code confirmedOn} is then {@code none}). Params {@code residence}, {@code premises},
 *     {@code deadline}, {@code confirmedOn}; subjects the residence, then the premises. Who
 *     confirmed is not compared with the provider the records show.</li>
 * </ul>
 *
 * <p>Who must act ({@link Duties}): the registration and deregistration duty falls on the
 * profile's {@code registrationDutyBearer} (the resident, or the lessor or dormitory employer);
 * PREMISES_NOT_RESIDENTIAL and PROVIDER_CONFIRMATION_LATE on the housing provider; a late foreigner
 * registration and a residence outliving its basis on the resident; a late hotel registration on
 * the hotel operator (the owner of the hotel premises, where recorded).
 *
 * <p>Every finding is carried by the residence (path = its JSON Pointer, first subject = the
 * residence). In a payload validation the rules run on payload residences only; a payload
 * lease, employment, person or premises that changes the outcome for a context residence does
 * not re-report that residence, because an updated record cannot be told from a re-submitted
 * one and old problems must not block a new registration. The next whole-registry check
 * reports it.
 *
 * <p>Cost per residence: a few id lookups plus one pass over the person's residences (and, for
 * the bases that need them, over the person's employments or the family member's residences,
 * and the lease's lists); no allocation unless a finding is reported. Where such a list is
 * long (hostile data: one lease listing thousands, one person with thousands of residences)
 * {@link ResidenceIndex} indexes it once per run, so a whole check stays near-linear.
 *
 * <p>This class is stateless, immutable and thread-safe.
 */
final class ResidenceRules implements RuleFamily {

    /** The order deciding which residence of an overlapping pair carries the finding. */
    static final Comparator<Residence> ORDER = (a, b) -> {
        int c = a.movedIn().compareTo(b.movedIn());
        return c != 0 ? c : a.id().compareTo(b.id());
    };

    @Override
    public void residence(Residence residence, String path, RuleContext ctx) {
        RegistryView view = ctx.view();
        if (residence.isHotelStay()) {
            hotelRegistration(residence, path, ctx);
            return;
        }
        boolean notResidential = ctx.isOn(RuleCode.PREMISES_NOT_RESIDENTIAL);
        boolean basis = ctx.isOn(RuleCode.RESIDENCE_BASIS_MISSING);
        if (notResidential || basis) {
            Premises premises = view.premises(residence.premises()).orElse(null);
            if (notResidential && premises != null && premises.use() == PremisesUse.NON_RESIDENTIAL) {
                ctx.report(RuleCode.PREMISES_NOT_RESIDENTIAL, path,
                        List.of(residence.id().subject(), premises.id().subject()),
                        RuleParams.of().and("residence", residence.id()).and("premises", premises.id()).map(),
                        Duties.provider(residence, premises, ctx));
            }
            if (basis) {
                ResidenceBasis.checkBasis(residence, premises, path, ctx);
            }
        }
        if (ctx.isOn(RuleCode.RESIDENCE_OUTLIVES_BASIS)) {
            ResidenceBasis.checkOutlives(residence, path, ctx);
        }
        if (ctx.isOn(RuleCode.RESIDENCE_OVERLAP)) {
            overlap(residence, path, ctx);
        }
        registration(residence, path, ctx);
        deregistration(residence, path, ctx);
        if (ctx.isOn(RuleCode.PROVIDER_CONFIRMATION_LATE)) {
            confirmation(residence, path, ctx);
        }
    }

    // -----------------------------------------------------------------------------------------
    // Overlap

    private static void overlap(Residence self, String path, RuleContext ctx) {
        List<Residence> others = ctx.view().residencesOf(self.person());
        LocalDate out = self.movedOut().orElse(null);
        if (others.size() < 2 || (out != null && !self.movedIn().isBefore(out))) {
            return;
        }
        if (others.size() <= ResidenceIndex.THRESHOLD) {
            for (int i = 0, n = others.size(); i < n; i++) {
                Residence other = others.get(i);
                if (!other.isHotelStay()) {
                    pair(self, other, path, ctx);
                }
            }
        } else {
            ResidenceIndex.covering(self.person(), others, self.movedIn(), out, ctx, other -> {
                pair(self, other, path, ctx);
                return !ctx.isFull(RuleCode.RESIDENCE_OVERLAP, path);
            });
        }
    }

    private static void pair(Residence self, Residence other, String path, RuleContext ctx) {
        if (other == self || other.id().equals(self.id())) {
            return;
        }
        if ((self.isSecondary() || other.isSecondary())
                && ctx.profile().flag(Parameter.SECONDARY_RESIDENCES_ALLOWED, false)) {
            return;
        }
        LocalDate from = Days.later(self.movedIn(), other.movedIn());
        LocalDate until = Days.earlierEnd(self.movedOut().orElse(null), other.movedOut().orElse(null));
        if (until != null && !from.isBefore(until) || !ctx.carries(self, other, ORDER)) {
            return;
        }
        ctx.report(RuleCode.RESIDENCE_OVERLAP, path, List.of(self.id().subject(), other.id().subject()),
                RuleParams.of().and("residence", self.id()).and("other", other.id()).and("from", from)
                        .and("to", until == null ? "open" : until.minusDays(1).toString()).map());
    }

    // -----------------------------------------------------------------------------------------
    // Registration deadlines

    private static void registration(Residence residence, String path, RuleContext ctx) {
        Profile profile = ctx.profile();
        Person person = ctx.view().person(residence.person()).orElse(null);
        PersonStatus status = Jurisdiction.status(person, profile);
        if (status == PersonStatus.FOREIGNER && profile.has(Parameter.FOREIGNER_REGISTRATION_HOURS)) {
            if (ctx.isOn(RuleCode.FOREIGNER_REGISTRATION_LATE)) {
                int hours = profile.hours(Parameter.FOREIGNER_REGISTRATION_HOURS).getAsInt();
                late(RuleCode.FOREIGNER_REGISTRATION_LATE, residence,
                        residence.movedIn().plusDays(hoursToDays(hours)), path, ctx, Duties.resident(residence));
            }
        } else if (status == PersonStatus.HMT_RESIDENT && profile.has(Parameter.HMT_REGISTRATION_HOURS)) {
            if (ctx.isOn(RuleCode.HMT_REGISTRATION_LATE)) {
                int hours = profile.hours(Parameter.HMT_REGISTRATION_HOURS).getAsInt();
                late(RuleCode.HMT_REGISTRATION_LATE, residence,
                        residence.movedIn().plusDays(hoursToDays(hours)), path, ctx, Duties.resident(residence));
            }
        } else if (ctx.isOn(RuleCode.RESIDENCE_REGISTRATION_LATE)
                && Jurisdiction.registrationApplies(person, premisesOf(residence, ctx), profile)) {
            int days = profile.days(Parameter.RESIDENCE_REGISTRATION_DAYS).getAsInt();
            late(RuleCode.RESIDENCE_REGISTRATION_LATE, residence, ctx.deadline(residence.movedIn(), days), path, ctx,
                    Duties.registrant(residence, ctx));
        }
    }

    private static Premises premisesOf(Residence residence, RuleContext ctx) {
        return ctx.view().premises(residence.premises()).orElse(null);
    }

    private static void hotelRegistration(Residence residence, String path, RuleContext ctx) {
        if (!ctx.isOn(RuleCode.HOTEL_REGISTRATION_LATE)) {
            return;
        }
        int hours = ctx.profile().hours(Parameter.HOTEL_REGISTRATION_TOLERANCE_HOURS).getAsInt();
        LocalDate deadline = residence.movedIn().plusDays(hoursToDays(hours));
        if (!residence.registeredOn().isAfter(deadline)) {
            return;
        }
        if (ctx.profile().flag(Parameter.HOTEL_REGISTRATION_FOREIGN_GUESTS_ONLY, false)
                && Jurisdiction.status(ctx.view().person(residence.person()).orElse(null), ctx.profile())
                        != PersonStatus.FOREIGNER) {
            return;
        }
        Premises hotel = ctx.view().premises(residence.premises()).orElse(null);
        late(RuleCode.HOTEL_REGISTRATION_LATE, residence, deadline, path, ctx, Responsible.of(Role.HOTEL_OPERATOR,
                hotel == null ? null : hotel.owner().orElse(null)));
    }

    private static void late(RuleCode rule, Residence residence, LocalDate deadline, String path, RuleContext ctx,
            Responsible responsible) {
        if (residence.registeredOn().isAfter(deadline)) {
            ctx.report(rule, path, List.of(residence.id().subject()), RuleParams.of().and("residence", residence.id())
                    .and("deadline", deadline).and("registeredOn", residence.registeredOn()).map(),
                    responsible);
        }
    }

    /** Whole days an hour deadline allows after the event day: ceil(hours / 24). */
    static int hoursToDays(int hours) {
        return (hours + 23) / 24;
    }

    private static void deregistration(Residence residence, String path, RuleContext ctx) {
        if (residence.movedOut().isEmpty() || !ctx.isOn(RuleCode.RESIDENCE_DEREGISTRATION_LATE)) {
            return;
        }
        Profile profile = ctx.profile();
        if (!Jurisdiction.registrationApplies(ctx.view().person(residence.person()).orElse(null),
                premisesOf(residence, ctx), profile)) {
            return;
        }
        LocalDate out = residence.movedOut().get();
        if (profile.flag(Parameter.DEREGISTRATION_ONLY_WITHOUT_NEW_RESIDENCE, false) && newResidenceFollows(residence, out, ctx)) {
            return;
        }
        int days = profile.days(Parameter.DEREGISTRATION_DAYS).getAsInt();
        LocalDate deadline = ctx.deadline(out, days);
        LocalDate deregistered = residence.deregisteredOn().orElse(null);
        if (deregistered != null ? deregistered.isAfter(deadline) : ctx.asOf().isAfter(deadline)) {
            ctx.report(RuleCode.RESIDENCE_DEREGISTRATION_LATE, path, List.of(residence.id().subject()),
                    RuleParams.of().and("residence", residence.id()).and("deadline", deadline)
                            .and("deregisteredOn", deregistered != null ? deregistered.toString() : "none").map(),
                    Duties.registrant(residence, ctx));
        }
    }

    // -----------------------------------------------------------------------------------------
    // PROVIDER_CONFIRMATION_LATE

    private static void confirmation(Residence residence, String path, RuleContext ctx) {
        if (residence.basis().type() == BasisType.OWNER) {
            return;
        }
        int days = ctx.profile().days(Parameter.PROVIDER_CONFIRMATION_DAYS).getAsInt();
        LocalDate deadline = ctx.deadline(residence.movedIn(), days);
        ProviderConfirmation confirmed = residence.providerConfirmation().orElse(null);
        if (confirmed != null ? !confirmed.on().isAfter(deadline) : !ctx.asOf().isAfter(deadline)) {
            return;
        }
        Premises premises = ctx.view().premises(residence.premises()).orElse(null);
        ctx.report(RuleCode.PROVIDER_CONFIRMATION_LATE, path,
                List.of(residence.id().subject(), residence.premises().subject()),
                RuleParams.of().and("residence", residence.id()).and("premises", residence.premises())
                        .and("deadline", deadline).and("confirmedOn", confirmed != null ? confirmed.on() : null).map(),
                Duties.provider(residence, premises, ctx));
    }

    /**
     * Whether the person moves into a new residence (not a hotel stay) in the jurisdiction when
     * leaving this one: another residence whose move-in day is after this one's and no later than
     * the day after the move-out (BMG §17 (2): whoever moves into a new dwelling in Germany
     * registers there, and that registration replaces the deregistration).
     */
    private static boolean newResidenceFollows(Residence self, LocalDate out, RuleContext ctx) {
        LocalDate last = out.plusDays(1);
        List<Residence> others = ctx.view().residencesOf(self.person());
        if (others.size() <= ResidenceIndex.THRESHOLD) {
            for (Residence other : others) {
                if (follows(self, other, last)) {
                    return true;
                }
            }
            return false;
        }
        // A following residence covers its own move-in day, which lies in (movedIn, last].
        boolean[] found = {false};
        ResidenceIndex.covering(self.person(), others, self.movedIn().plusDays(1), last.plusDays(1), ctx, other -> {
            found[0] |= follows(self, other, last);
            return !found[0];
        });
        return found[0];
    }

    private static boolean follows(Residence self, Residence other, LocalDate last) {
        return other != self && !other.id().equals(self.id()) && !other.isHotelStay()
                && other.movedIn().isAfter(self.movedIn()) && !other.movedIn().isAfter(last);
    }
}
