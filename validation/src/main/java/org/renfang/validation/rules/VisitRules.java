package org.renfang.validation.rules;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.renfang.label.LabelCheck;
import org.renfang.label.LabelCheckStatus;
import org.renfang.label.LabelVerifier;
import org.renfang.model.Lease;
import org.renfang.model.PersonId;
import org.renfang.model.Premises;
import org.renfang.model.Residence;
import org.renfang.model.Visit;
import org.renfang.validation.finding.Responsible;
import org.renfang.validation.finding.Role;
import org.renfang.validation.finding.RuleCode;
import org.renfang.validation.profile.Parameter;

/**
 * Visit rules: VISIT_LABEL_INVALID, VISIT_OCCUPANCY_MISMATCH and VISIT_REDUNDANT.
 *
 * <ul>
 * <li>VISIT_LABEL_INVALID: a visit with a scanned {@code label}. With the host's
 *     {@link LabelVerifier}, the label is verified for the visit's premises at the visit's
 *     instant and any status but VALID is reported. Without one, only text that cannot be a
 *     label at all is reported, as status MALFORMED: over {@value #MAX_LABEL_LENGTH} characters
 *     or not starting {@code RF1:} (stage PREFIX), or a body that is not canonical Base45 of
 *     RFC 9285 (a character outside the alphabet, a length of 1 modulo 3, or a group whose
 *     value overflows; stage BASE45), the same stages the qr-codec reader reports. Params
 *     {@code visit}, {@code premises}, {@code status}, {@code stage} (only for MALFORMED);
 *     subjects the visit, then the premises; addressed to the visiting agency.</li>
 * <li>VISIT_OCCUPANCY_MISMATCH: {@code observedOccupants} differs from the number of persons
 *     registered at the premises on the visit's local day ({@code at} in its own offset):
 *     distinct persons with a residence there covering that day, hotel stays excluded: hotel
 *     guests are never registered occupants. A person counts once even with two overlapping
 *     residences there. A negative count is left to FIELD_INVALID. Addressed to the lessor of the
 *     leases of the premises covering the day (the role alone when they name different lessors), else
 *     the housing provider of the residents, else the owner. Params
 *     {@code visit}, {@code premises}, {@code observed}, {@code registered}, {@code day}.</li>
 * <li>VISIT_REDUNDANT (on where {@code visitRedundancyDays} is set): another visit to the same
 *     premises by a different agency, whose local day is at most {@code visitRedundancyDays}
 *     days from this visit's (0 = the same day). Reported once per pair, on the later visit
 *     (by instant, then id), or on the payload visit when the other is an old one. Params
 *     {@code visit}, {@code other}, {@code premises}, {@code days} (the window); subjects the
 *     visit, the other visit, the premises. Visits by the same agency never count: coordinating
 *     with oneself is not the point. Premises with more than {@value DateSweep#THRESHOLD} visits
 *     are swept by date ({@link DateSweep}), with the same findings.</li>
 * </ul>
 *
 * <p>This class is immutable and thread-safe.
 */
final class VisitRules implements RuleFamily {

    /** The longest label text, in characters (docs/door-label.md). */
    static final int MAX_LABEL_LENGTH = 1024;
    /** The prefix of every label text. */
    static final String LABEL_PREFIX = "RF1:";
    private static final String BASE45 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";
    private static final byte[] BASE45_VALUES = new byte[128];

    static {
        java.util.Arrays.fill(BASE45_VALUES, (byte) -1);
        for (int i = 0; i < BASE45.length(); i++) {
            BASE45_VALUES[BASE45.charAt(i)] = (byte) i;
        }
    }

    static final Comparator<Visit> ORDER = Comparator.comparing((Visit v) -> v.at().toInstant())
            .thenComparing(Visit::id);

    @Override
    public void visit(Visit visit, String path, RuleContext ctx) {
        label(visit, path, ctx);
        occupancy(visit, path, ctx);
        redundant(visit, path, ctx);
    }

    // -----------------------------------------------------------------------------------------
    // VISIT_LABEL_INVALID

    private static void label(Visit visit, String path, RuleContext ctx) {
        if (visit.label().isEmpty() || !ctx.isOn(RuleCode.VISIT_LABEL_INVALID)) {
            return;
        }
        String text = visit.label().get();
        LabelVerifier verifier = ctx.labelVerifier();
        LabelCheckStatus status;
        String stage;
        if (verifier != null) {
            LabelCheck check = verifier.verify(text, visit.premises(), visit.at().toInstant());
            if (check == null || check.isValid()) {
                return;
            }
            status = check.status();
            stage = status == LabelCheckStatus.MALFORMED ? check.stage() : null;
        } else {
            stage = malformedStage(text);
            if (stage == null) {
                return;
            }
            status = LabelCheckStatus.MALFORMED;
        }
        ctx.report(RuleCode.VISIT_LABEL_INVALID, path, List.of(visit.id().subject(), visit.premises().subject()),
                RuleParams.of().and("visit", visit.id().value()).and("premises", visit.premises().value())
                        .and("status", status).and("stage", stage).map(), Responsible.of(Role.AGENCY, visit.agency()));
    }

    /**
     * Returns the stage at which text fails to be a label without any key: PREFIX, BASE45, or
     * null when the text is well-formed up to Base45.
     *
     * @param text the label text, not null
     * @return the failing stage, or null
     */
    static String malformedStage(String text) {
        if (text.length() > MAX_LABEL_LENGTH || !text.startsWith(LABEL_PREFIX)) {
            return "PREFIX";
        }
        int from = LABEL_PREFIX.length();
        int end = text.length();
        if ((end - from) % 3 == 1) {
            return "BASE45";
        }
        int i = from;
        for (; i + 2 < end; i += 3) {
            int c = base45(text.charAt(i));
            int d = base45(text.charAt(i + 1));
            int e = base45(text.charAt(i + 2));
            if ((c | d | e) < 0 || c + d * 45 + e * 2025 > 0xffff) {
                return "BASE45";
            }
        }
        if (i < end) {
            int c = base45(text.charAt(i));
            int d = base45(text.charAt(i + 1));
            if ((c | d) < 0 || c + d * 45 > 0xff) {
                return "BASE45";
            }
        }
        return null;
    }

    private static int base45(char c) {
        return c < 128 ? BASE45_VALUES[c] : -1;
    }

    // -----------------------------------------------------------------------------------------
    // VISIT_OCCUPANCY_MISMATCH

    private static void occupancy(Visit visit, String path, RuleContext ctx) {
        if (visit.observedOccupants().isEmpty() || visit.observedOccupants().get() < 0
                || !ctx.isOn(RuleCode.VISIT_OCCUPANCY_MISMATCH)) {
            return;
        }
        LocalDate day = visit.at().toLocalDate();
        List<Residence> residences = ctx.view().residencesAt(visit.premises());
        Set<PersonId> persons = null;
        for (int i = 0; i < residences.size(); i++) {
            Residence r = residences.get(i);
            if (!r.isHotelStay() && r.covers(day)) {
                if (persons == null) {
                    persons = new HashSet<>();
                }
                persons.add(r.person());
            }
        }
        int registered = persons == null ? 0 : persons.size();
        int observed = visit.observedOccupants().get();
        if (observed != registered) {
            ctx.report(RuleCode.VISIT_OCCUPANCY_MISMATCH, path,
                    List.of(visit.id().subject(), visit.premises().subject()),
                    RuleParams.of().and("visit", visit.id().value()).and("premises", visit.premises().value())
                            .and("observed", observed).and("registered", registered).and("day", day).map(),
                    provider(visit, day, residences, ctx));
        }
    }

    /**
     * Who must account for the occupants: the lessor of the leases of the premises covering the day,
     * else the housing provider of the residences covering it, else the owner.
     */
    private static Responsible provider(Visit visit, LocalDate day, List<Residence> residences, RuleContext ctx) {
        List<Lease> leases = new ArrayList<>(2);
        for (Lease l : ctx.view().leasesOf(visit.premises())) {
            if (l.covers(day)) {
                leases.add(l);
            }
        }
        if (!leases.isEmpty()) {
            return Duties.lessorOf(leases);
        }
        Premises premises = ctx.view().premises(visit.premises()).orElse(null);
        List<Residence> living = new ArrayList<>(2);
        for (int i = 0; i < residences.size(); i++) {
            Residence r = residences.get(i);
            if (!r.isHotelStay() && r.covers(day)) {
                living.add(r);
            }
        }
        if (!living.isEmpty()) {
            return Duties.providerOf(living, premises, ctx);
        }
        return Responsible.of(Role.OWNER, premises == null ? null : premises.owner().orElse(null));
    }

    // -----------------------------------------------------------------------------------------
    // VISIT_REDUNDANT

    private static void redundant(Visit visit, String path, RuleContext ctx) {
        if (!ctx.isOn(RuleCode.VISIT_REDUNDANT)) {
            return;
        }
        OptionalInt window = ctx.profile().days(Parameter.VISIT_REDUNDANCY_DAYS);
        if (window.isEmpty()) {
            return;
        }
        int days = window.getAsInt();
        List<Visit> visits = ctx.view().visitsTo(visit.premises());
        if (visits.size() < 2) {
            return;
        }
        if (visits.size() > DateSweep.THRESHOLD) {
            List<Visit> swept = ctx.memo(new SweepKey(RuleCode.VISIT_REDUNDANT, visit.premises()),
                    () -> DateSweep.redundantVisits(visits, days, ORDER, ctx)).get(visit.id());
            if (swept != null) {
                for (Visit other : swept) {
                    reportRedundant(visit, other, days, path, ctx);
                }
            }
            return;
        }
        List<Visit> found = redundantByScan(visit, visits, days, ctx);
        for (Visit other : found) {
            reportRedundant(visit, other, days, path, ctx);
        }
    }

    /**
     * The visits to the same premises that a visit reports as redundant, the first
     * {@value RuleContext#MAX_FINDINGS_PER_RECORD} in list order, by comparing it with each.
     *
     * @return the visits, not null
     */
    static List<Visit> redundantByScan(Visit visit, List<Visit> visits, int days, RuleContext ctx) {
        List<Visit> found = new java.util.ArrayList<>(2);
        LocalDate day = visit.at().toLocalDate();
        for (int i = 0; i < visits.size(); i++) {
            Visit other = visits.get(i);
            if (other.id().equals(visit.id()) || other.agency().equals(visit.agency())) {
                continue;
            }
            long between = Math.abs(ChronoUnit.DAYS.between(day, other.at().toLocalDate()));
            if (between > days || !ctx.carries(visit, other, ORDER)) {
                continue;
            }
            found.add(other);
            if (found.size() >= RuleContext.MAX_FINDINGS_PER_RECORD) {
                break;
            }
        }
        return found;
    }

    private static void reportRedundant(Visit visit, Visit other, int days, String path, RuleContext ctx) {
        ctx.report(RuleCode.VISIT_REDUNDANT, path,
                List.of(visit.id().subject(), other.id().subject(), visit.premises().subject()),
                RuleParams.of().and("visit", visit.id().value()).and("other", other.id().value())
                        .and("premises", visit.premises().value()).and("days", days).map(),
                Responsible.of(Role.AGENCY, visit.agency()));
    }

    /** The memo key of a premises' swept pairs for one rule. */
    record SweepKey(RuleCode rule, Object premises) {
    }
}
