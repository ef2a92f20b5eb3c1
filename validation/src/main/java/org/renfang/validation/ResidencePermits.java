package org.renfang.validation;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import org.renfang.model.BasisType;
import org.renfang.model.Employment;
import org.renfang.model.Enrollment;
import org.renfang.model.Lease;
import org.renfang.model.PersonId;
import org.renfang.model.Premises;
import org.renfang.model.Residence;
import org.renfang.registry.RegistryView;
import org.renfang.validation.PermitAssessment.Condition;
import org.renfang.validation.profile.Parameter;
import org.renfang.validation.profile.Profile;

/**
 * Residence-permit eligibility (居住证暂行条例 2016, art. 2): a person may apply on a date when they
 * have resided continuously in the jurisdiction for at least the profile's
 * {@code residencePermitMonths} up to that date and at least one of stable employment, stable
 * residence or continuous study holds on that date.
 *
 * <pre>{@code
 * PermitAssessment a = ResidencePermits.assess(registry, PersonId.of("P1"), LocalDate.of(2026, 9, 1),
 *         Profiles.load("CN-31"));
 * if (!a.isEligible()) {
 *     a.earliestDate().ifPresent(d -> System.out.println("eligible from " + d));
 * }
 * System.out.print(a.toText(Locale.SIMPLIFIED_CHINESE));
 * }</pre>
 *
 * <p>How the records are read:
 * <ul>
 * <li><b>Jurisdiction</b>: premises whose address division starts with the profile's
 *     {@code divisionPrefix}; every premises when the profile has none (nationwide). A residence at
 *     premises that are not in the registry cannot be placed and does not count.</li>
 * <li><b>Continuous residence</b>: the person's residences in the jurisdiction, hotel stays excluded,
 *     each covering {@code movedIn} up to the day before {@code movedOut}, merged where one moves in
 *     on or before the day the previous one moves out (no uncovered day between them). The stretch that
 *     covers the date must start on or before {@code date.minusMonths(months)}: with 6 months, a
 *     stretch from 2026-03-01 qualifies on 2026-09-01 and not on 2026-08-31, and one from 2026-08-31
 *     qualifies from 2027-03-01 (2027-02-28 minus 6 months is 2026-08-28).</li>
 * <li><b>Stable employment</b>: an employment of the person covers the date (no place of work is
 *     recorded, so any employment counts).</li>
 * <li><b>Stable residence</b>: a residence in the jurisdiction covers the date with basis OWNER, or
 *     with basis LEASE on a lease of the same premises that lists the person, covers the date and was
 *     filed (备案) on or before it. Employer dormitories, family members and other bases are not stable
 *     residence under this service; the person may qualify by employment or study instead.</li>
 * <li><b>Continuous study</b>: an enrollment of the person covers the date.</li>
 * <li><b>Earliest date</b>: the first date on or after the assessment date on which both parts hold,
 *     taking the records as they stand (open-ended ones continue, ended ones stay ended). Empty when no
 *     such date follows from the records.</li>
 * </ul>
 *
 * <p>Never throws for bad data: intervals that end before they start are ignored, dates at the end of
 * the calendar are treated as open-ended. Throws only for null arguments.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ResidencePermits {

    private ResidencePermits() {
    }

    /** A half-open interval of days [from, to); {@code to} null means open-ended. */
    private static final class Span {
        final LocalDate from;
        LocalDate to;

        Span(LocalDate from, LocalDate to) {
            this.from = from;
            this.to = to;
        }

        boolean contains(LocalDate d) {
            return !d.isBefore(from) && (to == null || d.isBefore(to));
        }
    }

    /**
     * Assesses whether a person is eligible for a residence permit on a date.
     *
     * @param view    the registry, not null
     * @param person  the person, not null; an unknown person gives an assessment with reason
     *                {@link PermitReason.Code#PERSON_UNKNOWN}
     * @param on      the date of the assessment, not null
     * @param profile the jurisdiction profile, not null; one without {@code residencePermitMonths}
     *                gives an assessment with reason {@link PermitReason.Code#NOT_APPLICABLE}
     * @return the assessment, not null
     * @throws NullPointerException if an argument is null
     */
    public static PermitAssessment assess(RegistryView view, PersonId person, LocalDate on, Profile profile) {
        Objects.requireNonNull(view, "view");
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(on, "on");
        Objects.requireNonNull(profile, "profile");
        List<PermitReason> reasons = new ArrayList<>();
        boolean known = view.person(person).isPresent();
        OptionalInt monthsParam = profile.days(Parameter.RESIDENCE_PERMIT_MONTHS);
        Integer monthsRequired = monthsParam.isPresent() ? monthsParam.getAsInt() : null;
        if (!known) {
            reasons.add(reason(PermitReason.Code.PERSON_UNKNOWN, "person", person.value()));
        }
        if (monthsRequired == null) {
            reasons.add(reason(PermitReason.Code.NOT_APPLICABLE, "profile", profile.code()));
        }
        if (!known || monthsRequired == null) {
            return new PermitAssessment(person, on, profile.code(), false, null, null, monthsRequired,
                    EnumSet.noneOf(Condition.class), reasons);
        }
        int months = monthsRequired;
        String prefix = profile.text(Parameter.DIVISION_PREFIX).orElse(null);

        // Residences in the jurisdiction, hotel stays and empty intervals left out.
        List<Residence> local = new ArrayList<>();
        for (Residence r : view.residencesOf(person)) {
            if (r.isHotelStay() || !person.equals(r.person())
                    || (r.movedOut().isPresent() && !r.movedOut().get().isAfter(r.movedIn()))) {
                continue;
            }
            Premises p = view.premises(r.premises()).orElse(null);
            if (p == null || (prefix != null && !p.address().division().startsWith(prefix))) {
                continue;
            }
            local.add(r);
        }
        local.sort(Comparator.comparing(Residence::movedIn).thenComparing(Residence::id));

        // Continuous stretches, and the days on which the residence part holds.
        List<Span> stretches = new ArrayList<>();
        for (Residence r : local) {
            LocalDate to = r.movedOut().orElse(null);
            Span last = stretches.isEmpty() ? null : stretches.get(stretches.size() - 1);
            if (last != null && (last.to == null || !r.movedIn().isAfter(last.to))) {
                if (last.to != null && (to == null || to.isAfter(last.to))) {
                    last.to = to;
                }
            } else {
                stretches.add(new Span(r.movedIn(), to));
            }
        }
        List<Span> residenceHolds = new ArrayList<>();
        Span current = null;
        for (Span s : stretches) {
            if (s.contains(on)) {
                current = s;
            }
            LocalDate t = threshold(s.from, months);
            if (t != null && (s.to == null || t.isBefore(s.to))) {
                residenceHolds.add(new Span(t, s.to));
            }
        }
        boolean residenceOk = false;
        if (current == null) {
            reasons.add(reason(PermitReason.Code.RESIDENCE_NONE, "profile", profile.code(), "on", on));
        } else {
            LocalDate t = threshold(current.from, months);
            residenceOk = t != null && !on.isBefore(t);
            if (residenceOk) {
                reasons.add(reason(PermitReason.Code.RESIDENCE_MET, "since", current.from, "months", months));
            } else {
                reasons.add(reason(PermitReason.Code.RESIDENCE_TOO_SHORT, "since", current.from, "months", months,
                        "on", on, "reachedOn", t));
            }
        }

        // Conditions: the days each holds, and which hold on the date.
        EnumSet<Condition> met = EnumSet.noneOf(Condition.class);
        List<Span> conditionHolds = new ArrayList<>();
        List<PermitReason> employmentReasons = new ArrayList<>();
        List<PermitReason> residenceReasons = new ArrayList<>();
        List<PermitReason> studyReasons = new ArrayList<>();
        List<PermitReason> leaseReasons = new ArrayList<>();

        List<Employment> employments = new ArrayList<>(view.employmentsOf(person));
        employments.sort(Comparator.comparing(Employment::id));
        for (Employment e : employments) {
            if (!person.equals(e.person()) || (e.end().isPresent() && e.end().get().isBefore(e.start()))) {
                continue;
            }
            Span s = new Span(e.start(), e.end().map(ResidencePermits::next).orElse(null));
            conditionHolds.add(s);
            if (s.contains(on)) {
                met.add(Condition.EMPLOYMENT);
                employmentReasons.add(reason(PermitReason.Code.EMPLOYMENT_MET, "employment", e.id().value(), "on", on));
            }
        }

        List<Residence> byId = new ArrayList<>(local);
        byId.sort(Comparator.comparing(Residence::id));
        for (Residence r : byId) {
            Span home = new Span(r.movedIn(), r.movedOut().orElse(null));
            BasisType type = r.basis().type();
            if (type == BasisType.OWNER) {
                conditionHolds.add(home);
                if (home.contains(on)) {
                    met.add(Condition.STABLE_RESIDENCE);
                    residenceReasons.add(reason(PermitReason.Code.STABLE_RESIDENCE_MET, "residence", r.id().value(),
                            "basis", type.name(), "on", on));
                }
            } else if (type == BasisType.LEASE && r.basis().lease().isPresent()) {
                Lease lease = view.lease(r.basis().lease().get()).orElse(null);
                boolean valid = lease != null && lease.premises().equals(r.premises()) && lease.lists(person)
                        && !lease.end().isBefore(lease.start());
                Span stable = null;
                if (valid && lease.filing().isPresent()) {
                    stable = intersect(intersect(home, new Span(lease.start(), next(lease.end()))),
                            new Span(lease.filing().get().filedOn(), null));
                }
                if (stable != null) {
                    conditionHolds.add(stable);
                }
                if (home.contains(on)) {
                    String leaseId = r.basis().lease().get().value();
                    if (stable != null && stable.contains(on)) {
                        met.add(Condition.STABLE_RESIDENCE);
                        residenceReasons.add(reason(PermitReason.Code.STABLE_RESIDENCE_MET, "residence",
                                r.id().value(), "basis", type.name(), "on", on));
                    } else if (!valid || !lease.covers(on)) {
                        leaseReasons.add(reason(PermitReason.Code.LEASE_NOT_VALID, "residence", r.id().value(),
                                "lease", leaseId, "on", on));
                    } else {
                        leaseReasons.add(reason(PermitReason.Code.LEASE_NOT_FILED, "residence", r.id().value(),
                                "lease", leaseId, "on", on));
                    }
                }
            }
        }

        List<Enrollment> enrollments = new ArrayList<>(view.enrollmentsOf(person));
        enrollments.sort(Comparator.comparing(Enrollment::id));
        for (Enrollment e : enrollments) {
            if (!person.equals(e.person()) || (e.end().isPresent() && e.end().get().isBefore(e.start()))) {
                continue;
            }
            Span s = new Span(e.start(), e.end().map(ResidencePermits::next).orElse(null));
            conditionHolds.add(s);
            if (s.contains(on)) {
                met.add(Condition.STUDY);
                studyReasons.add(reason(PermitReason.Code.STUDY_MET, "enrollment", e.id().value(), "on", on));
            }
        }

        reasons.addAll(employmentReasons);
        reasons.addAll(residenceReasons);
        reasons.addAll(studyReasons);
        reasons.addAll(leaseReasons);
        if (met.isEmpty()) {
            reasons.add(reason(PermitReason.Code.NO_CONDITION, "on", on));
        }

        // The earliest day on or after the date on which both parts hold.
        LocalDate earliest = null;
        for (Span r : residenceHolds) {
            for (Span c : conditionHolds) {
                LocalDate a = max(on, max(r.from, c.from));
                LocalDate b = minEnd(r.to, c.to);
                if ((b == null || a.isBefore(b)) && (earliest == null || a.isBefore(earliest))) {
                    earliest = a;
                }
            }
        }
        boolean eligible = residenceOk && !met.isEmpty();
        return new PermitAssessment(person, on, profile.code(), eligible, earliest,
                current == null ? null : current.from, monthsRequired, met, reasons);
    }

    /**
     * The first day d with {@code d.minusMonths(months)} on or after the start; null past the calendar.
     */
    private static LocalDate threshold(LocalDate start, int months) {
        try {
            LocalDate t = start.plusMonths(months);
            if (t.minusMonths(months).isBefore(start)) {
                t = t.plusDays(1);
            }
            return t;
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The day after a last day, as an exclusive end; null (open) at the end of the calendar. */
    private static LocalDate next(LocalDate last) {
        return last.equals(LocalDate.MAX) ? null : last.plusDays(1);
    }

    private static Span intersect(Span a, Span b) {
        if (a == null || b == null) {
            return null;
        }
        LocalDate from = max(a.from, b.from);
        LocalDate to = minEnd(a.to, b.to);
        return to == null || from.isBefore(to) ? new Span(from, to) : null;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate minEnd(LocalDate a, LocalDate b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return a.isBefore(b) ? a : b;
    }

    private static PermitReason reason(PermitReason.Code code, Object... kv) {
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 0; i + 1 < kv.length; i += 2) {
            if (kv[i + 1] != null) {
                params.put(String.valueOf(kv[i]), String.valueOf(kv[i + 1]));
            }
        }
        return new PermitReason(code, params);
    }
}
