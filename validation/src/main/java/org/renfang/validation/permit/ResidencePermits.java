package org.renfang.validation.permit;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.function.Function;
import org.renfang.model.BasisType;
import org.renfang.model.Employment;
import org.renfang.model.Enrollment;
import org.renfang.model.Lease;
import org.renfang.model.OrganizationId;
import org.renfang.model.Party;
import org.renfang.model.Person;
import org.renfang.model.PersonId;
import org.renfang.model.Premises;
import org.renfang.model.PremisesFlag;
import org.renfang.model.PremisesUse;
import org.renfang.model.Residence;
import org.renfang.registry.RegistryView;
import org.renfang.validation.permit.PermitAssessment.Condition;
import org.renfang.validation.permit.PermitAssessment.Housing;
import org.renfang.validation.permit.PermitAssessment.Permit;
import org.renfang.validation.profile.DivisionCodes;
import org.renfang.validation.profile.Parameter;
import org.renfang.validation.profile.PersonStatus;
import org.renfang.validation.profile.Profile;
import org.renfang.validation.rules.Days;
import org.renfang.validation.rules.Jurisdiction;
import org.renfang.validation.rules.RuleParams;

/**
 * Residence-permit eligibility by the letter of 居住证暂行条例 (2016) art. 2 and 9 and, for
 * residents of Hong Kong, Macao and Taiwan, 港澳台居民居住证申领发放办法 (2018) art. 2: a person may
 * apply on a date when they have resided continuously in one city for at least the permit's
 * months, counted from their residence registration (居住登记), and at least one of stable
 * employment, stable residence or continuous study holds on that date.
 *
 * <pre>{@code
 * PermitAssessment a = ResidencePermits.assess(registry, PersonId.of("P1"), LocalDate.of(2026, 9, 1),
 *         Profiles.load("CN-31"));
 * a.permit();                                   // RESIDENCE_PERMIT, HMT_RESIDENCE_PERMIT or empty
 * if (!a.isEligible()) {
 *     a.earliestDate().ifPresent(d -> System.out.println("eligible from " + d));
 * }
 * System.out.print(a.toText(Locale.SIMPLIFIED_CHINESE));
 * }</pre>
 *
 * <p>How the records are read:
 * <ul>
 * <li><b>Who is assessed</b>: the person's status comes from {@link Jurisdiction#status}. A
 *     NATIONAL is assessed for the {@link Permit#RESIDENCE_PERMIT} with the profile's
 *     {@code residencePermitMonths}, an HMT_RESIDENT for the {@link Permit#HMT_RESIDENCE_PERMIT}
 *     with {@code hmtResidencePermitMonths} (the same conditions). A FOREIGNER is not eligible
 *     ({@link PermitReason.Code#FOREIGNER_NOT_ELIGIBLE}); a national whose residence covering the
 *     date lies in the city of their household registration ({@link Jurisdiction#isLocal}) is not
 *     eligible ({@link PermitReason.Code#LOCAL_RESIDENT}); neither gets an earliest date. A profile
 *     without the permit's parameter gives {@link PermitReason.Code#NOT_APPLICABLE}.</li>
 * <li><b>Jurisdiction</b>: premises whose address division starts with the profile's
 *     {@code divisionPrefix}; every premises when the profile has none. A residence at premises
 *     that are not in the registry cannot be placed and does not count; nor do hotel stays.</li>
 * <li><b>City</b>: {@link DivisionCodes#city} of the premises' division with the profile's
 *     {@code municipalities} (the first four digits, the first two in a municipality).</li>
 * <li><b>Continuous residence in one city</b>: the person's residences in one city, each covering
 *     {@code movedIn} up to the day before {@code movedOut}, merged where one moves in on or before
 *     the day the previous one moves out. A move within the city keeps the stretch; a move to
 *     another city ends it, and one in the new city begins (reason
 *     {@link PermitReason.Code#RESIDENCE_CITY_CHANGED} while the new one is too short).</li>
 * <li><b>Counted from the registration</b>: a stretch counts from the first day on which one of its
 *     residences is both lived in and registered, the latest of {@code movedIn} and
 *     {@code registeredOn} (a registration dated on or after the move-out counts for nothing). The
 *     stretch must start counting on or before {@code date.minusMonths(months)}: with 6 months, a
 *     registration on 2026-03-01 qualifies on 2026-09-01 and not on 2026-08-31, one on 2026-08-31
 *     from 2027-03-01 (2027-02-28 minus 6 months is 2026-08-28).</li>
 * <li><b>Stable employment</b>: an employment of the person covers the date (no place of work is
 *     recorded, so any employment counts).</li>
 * <li><b>Stable residence</b> (合法稳定住所): a residence in the city of the stretch covering the date,
 *     on lawful residential premises (no flag ILLEGAL_STRUCTURE, UNSAFE or ILLEGAL_CHANGE_OF_USE,
 *     use not NON_RESIDENTIAL), that is one of ({@link Housing}):
 *     <ul>
 *     <li>OWNED: basis OWNER on premises whose recorded owner is the person;</li>
 *     <li>LEASED: basis LEASE on a lease of the same premises that lists the person, covers the
 *         date and was filed (备案) on or before it;</li>
 *     <li>EMPLOYER_DORMITORY: basis EMPLOYER_DORMITORY on premises recorded as that employer's
 *         dormitory ({@code dormitoryOf}), which the employer certifies (art. 9: 用人单位出具的住宿证明);</li>
 *     <li>SCHOOL_HOUSING: a residence of any basis on premises that are the dormitory of, or are
 *         owned by, the school of an enrollment of the person covering the date (art. 9:
 *         就读学校出具的住宿证明).</li>
 *     </ul>
 *     A family member's home or an OTHER basis is not a stable residence here.</li>
 * <li><b>Continuous study</b>: an enrollment of the person covers the date.</li>
 * <li><b>Earliest date</b>: the first date on or after the assessment date on which both parts hold
 *     in one city, taking the records as they stand (open-ended ones continue, ended ones stay
 *     ended, later ones count from their start). Empty when no such date follows from the records,
 *     and for foreigners, locals and profiles without the permit.</li>
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
     * A residence placed at known premises.
     *
     * @param residence the residence
     * @param premises  its premises
     * @param city      the city of the premises
     * @param span      the days lived in
     * @param counted   the first day lived in and registered, or null if the registration covers no day lived in
     */
    private record Home(Residence residence, Premises premises, String city, Span span, LocalDate counted) {

        static Home of(Residence residence, Premises premises, String city) {
            Span span = new Span(residence.movedIn(), residence.movedOut().orElse(null));
            LocalDate c = Days.later(residence.movedIn(), residence.registeredOn());
            return new Home(residence, premises, city, span, span.contains(c) ? c : null);
        }
    }

    /** Residences in one city without an uncovered day between them. */
    private static final class Stretch {
        final String city;
        final List<Home> homes = new ArrayList<>();
        final Span span;
        /** The first counted day of its residences, or null. */
        LocalDate start;

        Stretch(Home first) {
            this.city = first.city;
            this.span = new Span(first.span.from, first.span.to);
            add(first);
        }

        void add(Home h) {
            homes.add(h);
            if (h.counted != null && (start == null || h.counted.isBefore(start))) {
                start = h.counted;
            }
        }
    }

    /** A span in which a home is a stable residence, and of which kind. */
    private record Stable(Span span, Housing housing, OrganizationId provider) {
    }

    /**
     * Assesses whether a person is eligible for a residence permit on a date.
     *
     * @param view    the registry, not null
     * @param person  the person, not null; an unknown person gives an assessment with reason
     *                {@link PermitReason.Code#PERSON_UNKNOWN}
     * @param on      the date of the assessment, not null
     * @param profile the jurisdiction profile, not null; one without the permit's months parameter
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
        Person who = view.person(person).orElse(null);
        boolean anyPermit = profile.has(Parameter.RESIDENCE_PERMIT_MONTHS)
                || profile.has(Parameter.HMT_RESIDENCE_PERMIT_MONTHS);
        if (who == null) {
            reasons.add(reason(PermitReason.Code.PERSON_UNKNOWN, RuleParams.of().and("person", person.value())));
        }
        if (!anyPermit) {
            reasons.add(reason(PermitReason.Code.NOT_APPLICABLE, RuleParams.of().and("profile", profile.code())));
        }
        if (who == null || !anyPermit) {
            return notAssessed(person, on, profile, reasons);
        }
        PersonStatus status = Jurisdiction.status(who, profile);
        if (status == PersonStatus.FOREIGNER) {
            reasons.add(reason(PermitReason.Code.FOREIGNER_NOT_ELIGIBLE, RuleParams.of()
                    .and("profile", profile.code())));
            return notAssessed(person, on, profile, reasons);
        }
        Permit permit = status == PersonStatus.HMT_RESIDENT ? Permit.HMT_RESIDENCE_PERMIT : Permit.RESIDENCE_PERMIT;
        OptionalInt monthsParam = profile.count(permit.parameter());
        if (monthsParam.isEmpty()) {
            reasons.add(reason(PermitReason.Code.NOT_APPLICABLE, RuleParams.of().and("profile", profile.code())));
            return notAssessed(person, on, profile, reasons);
        }
        int months = monthsParam.getAsInt();

        // The person's homes (hotel stays, empty intervals and unknown premises left out), all of
        // them for the city-change explanation, those in the jurisdiction for the stretches.
        List<String> municipalities = profile.codes(Parameter.MUNICIPALITIES);
        String prefix = profile.text(Parameter.DIVISION_PREFIX).orElse(null);
        List<Home> all = new ArrayList<>();
        Map<String, List<Home>> byCity = new TreeMap<>();
        for (Residence r : view.residencesOf(person)) {
            if (r.isHotelStay() || !person.equals(r.person())
                    || (r.movedOut().isPresent() && !r.movedOut().get().isAfter(r.movedIn()))) {
                continue;
            }
            Premises p = view.premises(r.premises()).orElse(null);
            if (p == null) {
                continue;
            }
            String division = p.address().division();
            Home h = Home.of(r, p, DivisionCodes.city(division, municipalities));
            all.add(h);
            if (prefix == null || division.startsWith(prefix)) {
                byCity.computeIfAbsent(h.city, c -> new ArrayList<>()).add(h);
            }
        }

        // Stretches per city; a stretch with no registered day counts for nothing.
        List<Stretch> stretches = new ArrayList<>();
        for (List<Home> homes : byCity.values()) {
            homes.sort(Comparator.comparing((Home h) -> h.residence.movedIn()).thenComparing(h -> h.residence.id()));
            Stretch last = null;
            for (Home h : homes) {
                if (last != null && (last.span.to == null || !h.span.from.isAfter(last.span.to))) {
                    if (last.span.to != null && (h.span.to == null || h.span.to.isAfter(last.span.to))) {
                        last.span.to = h.span.to;
                    }
                    last.add(h);
                } else {
                    last = new Stretch(h);
                    stretches.add(last);
                }
            }
        }
        stretches.removeIf(s -> s.start == null);

        // The stretch covering the date: a non-local one, the earliest counted; else a local one.
        Stretch current = null;
        Stretch local = null;
        List<Stretch> assessable = new ArrayList<>();
        for (Stretch s : stretches) {
            boolean isLocal = Jurisdiction.isLocal(who, s.homes.get(0).premises, profile);
            if (!isLocal) {
                assessable.add(s);
            }
            if (!s.span.contains(on)) {
                continue;
            }
            if (isLocal) {
                local = local == null ? s : local;
            } else if (current == null || s.start.isBefore(current.start)) {
                current = s;
            }
        }
        if (current == null && local != null) {
            Home h = covering(local, on).get(0);
            reasons.add(reason(PermitReason.Code.LOCAL_RESIDENT, RuleParams.of()
                    .and("residence", h.residence.id().value()).and("city", local.city).and("on", on)));
            return notAssessed(person, on, profile, reasons);
        }

        // The residence part on the date.
        boolean residenceOk = false;
        if (current == null) {
            reasons.add(reason(PermitReason.Code.RESIDENCE_NONE, RuleParams.of().and("profile", profile.code())
                    .and("on", on)));
        } else {
            LocalDate t = threshold(current.start, months);
            residenceOk = t != null && !on.isBefore(t);
            if (residenceOk) {
                reasons.add(reason(PermitReason.Code.RESIDENCE_MET, RuleParams.of().and("since", current.start)
                        .and("months", months).and("city", current.city)));
            } else {
                reasons.add(reason(PermitReason.Code.RESIDENCE_TOO_SHORT, RuleParams.of().and("since", current.start)
                        .and("months", months).and("on", on).and("reachedOn", t).and("city", current.city)));
                PermitReason moved = cityChange(current, all);
                if (moved != null) {
                    reasons.add(moved);
                }
            }
        }

        // Conditions that hold anywhere (employment, study), and their spans.
        EnumSet<Condition> met = EnumSet.noneOf(Condition.class);
        List<Span> everywhere = new ArrayList<>();
        List<PermitReason> employmentReasons = new ArrayList<>();
        List<PermitReason> residenceReasons = new ArrayList<>();
        List<PermitReason> studyReasons = new ArrayList<>();
        List<PermitReason> homeReasons = new ArrayList<>();

        for (Employment e : byId(view.employmentsOf(person), Employment::id)) {
            Span s = person.equals(e.person()) ? term(e.start(), e.end()) : null;
            if (s == null) {
                continue;
            }
            everywhere.add(s);
            if (s.contains(on)) {
                met.add(Condition.EMPLOYMENT);
                employmentReasons.add(reason(PermitReason.Code.EMPLOYMENT_MET, RuleParams.of()
                        .and("employment", e.id().value()).and("on", on)));
            }
        }

        List<Enrollment> enrollments = new ArrayList<>();
        for (Enrollment e : byId(view.enrollmentsOf(person), Enrollment::id)) {
            Span s = person.equals(e.person()) ? term(e.start(), e.end()) : null;
            if (s == null) {
                continue;
            }
            enrollments.add(e);
            everywhere.add(s);
            if (s.contains(on)) {
                met.add(Condition.STUDY);
                studyReasons.add(reason(PermitReason.Code.STUDY_MET, RuleParams.of().and("enrollment", e.id().value())
                        .and("on", on)));
            }
        }

        // Stable residence in the city of the stretch covering the date.
        if (current != null) {
            for (Home h : covering(current, on)) {
                Stable hit = null;
                for (Stable st : stable(view, person, h, enrollments)) {
                    if (st.span().contains(on)) {
                        hit = st;
                        break;
                    }
                }
                if (hit != null) {
                    met.add(Condition.STABLE_RESIDENCE);
                    residenceReasons.add(reason(PermitReason.Code.STABLE_RESIDENCE_MET, RuleParams.of()
                            .and("residence", h.residence.id().value()).and("basis", h.residence.basis().type().name())
                            .and("housing", hit.housing().name())
                            .and("provider", hit.provider() == null ? null : hit.provider().value()).and("on", on)));
                } else {
                    PermitReason why = whyNotStable(view, person, h, on);
                    if (why != null) {
                        homeReasons.add(why);
                    }
                }
            }
        }

        reasons.addAll(employmentReasons);
        reasons.addAll(residenceReasons);
        reasons.addAll(studyReasons);
        reasons.addAll(homeReasons);
        if (met.isEmpty()) {
            reasons.add(reason(PermitReason.Code.NO_CONDITION, RuleParams.of().and("on", on)));
        }

        // The earliest day on or after the date on which both parts hold in one city.
        LocalDate earliest = null;
        for (Stretch s : assessable) {
            LocalDate t = threshold(s.start, months);
            if (t == null || (s.span.to != null && !t.isBefore(s.span.to))) {
                continue;
            }
            Span residenceHolds = new Span(t, s.span.to);
            List<Span> conditions = new ArrayList<>(everywhere);
            for (Home h : s.homes) {
                for (Stable st : stable(view, person, h, enrollments)) {
                    conditions.add(st.span());
                }
            }
            for (Span c : conditions) {
                LocalDate a = Days.later(on, Days.later(residenceHolds.from, c.from));
                LocalDate b = Days.earlierEnd(residenceHolds.to, c.to);
                if ((b == null || a.isBefore(b)) && (earliest == null || a.isBefore(earliest))) {
                    earliest = a;
                }
            }
        }
        boolean eligible = residenceOk && !met.isEmpty();
        return new PermitAssessment(person, on, profile.code(), profile.name("en"), profile.name("zh-CN"),
                Optional.of(permit), eligible, Optional.ofNullable(earliest),
                Optional.ofNullable(current == null ? null : current.start),
                Optional.ofNullable(current == null ? null : current.city), OptionalInt.of(months), met, reasons);
    }

    private static PermitAssessment notAssessed(PersonId person, LocalDate on, Profile profile,
            List<PermitReason> reasons) {
        return new PermitAssessment(person, on, profile.code(), profile.name("en"), profile.name("zh-CN"),
                Optional.empty(), false, Optional.empty(), Optional.empty(), Optional.empty(), OptionalInt.empty(),
                EnumSet.noneOf(Condition.class), reasons);
    }

    /** The homes of a stretch that cover a day, in residence id order. */
    private static List<Home> covering(Stretch s, LocalDate on) {
        List<Home> out = new ArrayList<>();
        for (Home h : s.homes) {
            if (h.span.contains(on)) {
                out.add(h);
            }
        }
        out.sort(Comparator.comparing(h -> h.residence.id()));
        return out;
    }

    /**
     * The move between cities that began a stretch: the latest home in another city that moved in
     * before the stretch began and still covered the day before it; null if there is none.
     */
    private static PermitReason cityChange(Stretch s, List<Home> all) {
        LocalDate begin = s.span.from;
        Home before = null;
        for (Home h : all) {
            if (h.city.equals(s.city) || !h.span.from.isBefore(begin)
                    || (h.span.to != null && h.span.to.isBefore(begin))) {
                continue;
            }
            if (before == null || h.span.from.isAfter(before.span.from)) {
                before = h;
            }
        }
        if (before == null) {
            return null;
        }
        Home first = s.homes.get(0);
        return reason(PermitReason.Code.RESIDENCE_CITY_CHANGED, RuleParams.of()
                .and("residence", first.residence.id().value()).and("from", before.city).and("to", s.city)
                .and("on", begin));
    }

    /** Whether premises are lawful residential premises: no flag, use not NON_RESIDENTIAL. */
    private static boolean lawful(Premises p) {
        return p.flags().isEmpty() && p.use() != PremisesUse.NON_RESIDENTIAL;
    }

    /** The spans in which a home is a stable residence, each with its kind, in {@link Housing} order. */
    private static List<Stable> stable(RegistryView view, PersonId person, Home h, List<Enrollment> enrollments) {
        List<Stable> out = new ArrayList<>();
        if (!lawful(h.premises)) {
            return out;
        }
        Residence r = h.residence;
        BasisType type = r.basis().type();
        if (type == BasisType.OWNER && ownedBy(h.premises, person)) {
            out.add(new Stable(h.span, Housing.OWNED, null));
        } else if (type == BasisType.LEASE) {
            Lease lease = validLease(view, person, r);
            if (lease != null && lease.filing().isPresent()) {
                Span s = intersect(intersect(h.span, new Span(lease.start(), next(lease.end()))),
                        new Span(lease.filing().get().filedOn(), null));
                if (s != null) {
                    out.add(new Stable(s, Housing.LEASED, null));
                }
            }
        } else if (type == BasisType.EMPLOYER_DORMITORY && r.basis().employer().isPresent()
                && h.premises.dormitoryOf().equals(r.basis().employer())) {
            out.add(new Stable(h.span, Housing.EMPLOYER_DORMITORY, r.basis().employer().get()));
        }
        for (Enrollment e : enrollments) {
            if (housedBy(h.premises, e.school())) {
                Span s = intersect(h.span, new Span(e.start(), e.end().map(ResidencePermits::next).orElse(null)));
                if (s != null) {
                    out.add(new Stable(s, Housing.SCHOOL_HOUSING, e.school()));
                }
            }
        }
        return out;
    }

    /** Why a home covering the date is not a stable residence on it; null when its basis claims none. */
    private static PermitReason whyNotStable(RegistryView view, PersonId person, Home h, LocalDate on) {
        Residence r = h.residence;
        String id = r.id().value();
        Premises p = h.premises;
        if (!p.flags().isEmpty()) {
            StringJoiner flags = new StringJoiner(",");
            for (PremisesFlag f : EnumSet.copyOf(p.flags())) {
                flags.add(f.name());
            }
            return reason(PermitReason.Code.HOME_FLAGGED, RuleParams.of().and("residence", id)
                    .and("premises", p.id().value()).and("flags", flags.toString()).and("on", on));
        }
        if (p.use() == PremisesUse.NON_RESIDENTIAL) {
            return reason(PermitReason.Code.HOME_NOT_RESIDENTIAL, RuleParams.of().and("residence", id)
                    .and("premises", p.id().value()).and("on", on));
        }
        switch (r.basis().type()) {
            case OWNER:
                return reason(PermitReason.Code.OWNERSHIP_NOT_SHOWN, RuleParams.of().and("residence", id)
                        .and("premises", p.id().value()).and("on", on));
            case LEASE: {
                String leaseId = r.basis().lease().map(l -> l.value()).orElse(null);
                Lease lease = validLease(view, person, r);
                if (lease == null || !lease.covers(on)) {
                    return reason(PermitReason.Code.LEASE_NOT_VALID, RuleParams.of().and("residence", id)
                            .and("lease", leaseId).and("on", on));
                }
                return reason(PermitReason.Code.LEASE_NOT_FILED, RuleParams.of().and("residence", id)
                        .and("lease", leaseId).and("on", on));
            }
            case EMPLOYER_DORMITORY:
                return reason(PermitReason.Code.DORMITORY_NOT_SHOWN, RuleParams.of().and("residence", id)
                        .and("premises", p.id().value())
                        .and("employer", r.basis().employer().map(o -> o.value()).orElse(null)).and("on", on));
            default:
                return null;
        }
    }

    /** The lease of a LEASE residence if it lets the same premises, lists the person and is not empty. */
    private static Lease validLease(RegistryView view, PersonId person, Residence r) {
        if (r.basis().lease().isEmpty()) {
            return null;
        }
        Lease lease = view.lease(r.basis().lease().get()).orElse(null);
        boolean valid = lease != null && lease.premises().equals(r.premises()) && lease.lists(person)
                && !lease.end().isBefore(lease.start());
        return valid ? lease : null;
    }

    private static boolean ownedBy(Premises p, PersonId person) {
        return p.owner().flatMap(Party::person).map(person::equals).orElse(false);
    }

    /** Whether premises are the dormitory of, or are owned by, an organization. */
    private static boolean housedBy(Premises p, OrganizationId org) {
        return p.dormitoryOf().map(org::equals).orElse(false)
                || p.owner().flatMap(Party::organization).map(org::equals).orElse(false);
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

    /** A copy of records sorted by id. */
    private static <R, I extends Comparable<? super I>> List<R> byId(List<R> records, Function<R, I> id) {
        List<R> sorted = new ArrayList<>(records);
        sorted.sort(Comparator.comparing(id));
        return sorted;
    }

    /**
     * The days of an employment or an enrollment: from its start to its end day included (open-ended
     * without an end), or null if it ends before it starts.
     */
    private static Span term(LocalDate start, Optional<LocalDate> end) {
        if (end.isPresent() && end.get().isBefore(start)) {
            return null;
        }
        return new Span(start, end.map(ResidencePermits::next).orElse(null));
    }

    private static Span intersect(Span a, Span b) {
        if (a == null || b == null) {
            return null;
        }
        LocalDate from = Days.later(a.from, b.from);
        LocalDate to = Days.earlierEnd(a.to, b.to);
        return to == null || from.isBefore(to) ? new Span(from, to) : null;
    }

    private static PermitReason reason(PermitReason.Code code, RuleParams params) {
        return new PermitReason(code, params.map());
    }
}
