package org.renfang.validation.rating;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.renfang.label.LabelVerifier;
import org.renfang.model.LabelCondition;
import org.renfang.model.Lease;
import org.renfang.model.Premises;
import org.renfang.model.PremisesFlag;
import org.renfang.model.PremisesId;
import org.renfang.model.RecordType;
import org.renfang.model.RegistryDocument;
import org.renfang.model.Residence;
import org.renfang.model.Visit;
import org.renfang.registry.RegistryView;
import org.renfang.validation.Report;
import org.renfang.validation.Validator;
import org.renfang.validation.finding.Finding;
import org.renfang.validation.finding.RuleCode;
import org.renfang.validation.profile.Profile;
import org.renfang.validation.rating.PremisesRating.Cause;
import org.renfang.validation.rating.PremisesRating.Criterion;
import org.renfang.validation.rating.PremisesRating.CriterionResult;
import org.renfang.validation.rating.PremisesRating.Note;
import org.renfang.validation.rating.PremisesRating.Outcome;

/**
 * Premises compliance rating (星级评定): 1 to 5 stars for one premises from the findings of its own
 * records over the year up to the as-of date. It rates premises, never people.
 *
 * <pre>{@code
 * PremisesRating r = PremisesRatings.rate(registry, PremisesId.of("H1"), LocalDate.of(2026, 11, 26),
 *         Profiles.load("CN-31"), LabelReader.of(keyRing, RevocationList.empty()));   // a LabelVerifier from renfang-qr, or null
 * System.out.println(r.stars().orElse(0) + " stars");
 * r.lostStars().forEach(c -> System.out.println(c.criterion() + " " + c.causes()));
 * }</pre>
 *
 * <p><b>Records rated.</b> The premises and the records of the period {@code [asOf − 1 year, asOf]}:
 * its leases that end on or after the period start (later ones included); the residences at it that
 * cover a day on or after the period start, or are still not deregistered, or were deregistered in or
 * after the period (hotel stays included); and the visits to it whose day (in the visit's own offset)
 * lies in the period. The rule engine runs on them as a registration payload against the whole
 * registry ({@link Validator#checkRecords(RegistryDocument, RegistryView, LocalDate)}), so exactly the
 * findings that involve these records are reported. The payload holds the premises at
 * {@code /premises/0}, then the leases and residences in id order and the visits in time order (then
 * id); the paths of {@link Cause} point into it. OCCUPANCY_AREA and OCCUPANCY_PER_ROOM findings whose
 * {@code to} day lies before the period are left out.
 *
 * <p><b>Scale.</b> Start at 5 stars; lose one per criterion not met, never below 1:
 * <ol type="a">
 * <li>LEASES_FILED: any LEASE_FILING_LATE.</li>
 * <li>OCCUPANTS_REGISTERED: any RESIDENCE_REGISTRATION_LATE, RESIDENCE_DEREGISTRATION_LATE,
 *     FOREIGNER_REGISTRATION_LATE, HOTEL_REGISTRATION_LATE or RESIDENCE_BASIS_MISSING.</li>
 * <li>OCCUPANCY: any OCCUPANCY_AREA, OCCUPANCY_PER_ROOM, ROOM_NOT_HABITABLE, ROOM_PARTITIONED or
 *     GROUP_RENTAL_REGISTER (concentrated letting without the landlord's register; a
 *     {@code rentalRegister} kept by the as-of day clears it).</li>
 * <li>SAFETY: the premises carry a flag (UNSAFE, ILLEGAL_STRUCTURE, ILLEGAL_CHANGE_OF_USE), or any
 *     PREMISES_NOT_RENTABLE. A SAFETY failure on premises that are let or lived in on the as-of day
 *     (a lease or a residence covers it) caps the rating at {@value PremisesRating#MIN_STARS} star,
 *     whatever the other criteria: an unsafe or illegal home that people live in is not a 4-star home.</li>
 * <li>LABEL: the door label itself, at the last visit of the period (by instant, then id): the
 *     inspector found it MISSING or DAMAGED ({@code labelCondition}), or the label scanned there did
 *     not verify (VISIT_LABEL_INVALID). A visit that did not scan the label costs nothing.</li>
 * </ol>
 * A criterion cannot be assessed, and costs no star, when the profile switches off all of its rules
 * (LEASES_FILED in DE), when there was no visit in the period (LABEL), when the last visit neither
 * scanned the label nor recorded its condition (LABEL), or when a label was scanned at the last
 * visit but no {@link LabelVerifier} was supplied to check it and its condition was not MISSING or
 * DAMAGED (LABEL: a label that is not well-formed still fails). A criterion without records to judge
 * (no lease, no residence) is met.
 *
 * <p><b>Unknown premises</b> give a rating with status {@link PremisesRating.Status#NOT_FOUND}, no
 * stars and no criteria; nothing throws for bad data, only for null arguments.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PremisesRatings {
    /** The length of the rated period in months, ending on the as-of date. */
    public static final int PERIOD_MONTHS = 12;

    /** The payload code of a premises flag cause. */
    static final String PREMISES_FLAG = "PREMISES_FLAG";
    /** The payload code of a label the inspector found missing or damaged at the last visit. */
    static final String LABEL_CONDITION = "LABEL_CONDITION";

    private static final Map<RuleCode, Criterion> CRITERIA = criteria();
    /** Finding parameters that may appear in causes: dates, codes, numbers and room ids. */
    private static final Set<String> SAFE_PARAMS = Set.of("deadline", "filedOn", "registeredOn", "deregisteredOn",
            "from", "to", "status", "flags", "room", "kind", "partitionedFrom", "area", "occupants", "persons", "min",
            "max", "basis", "stage");

    private PremisesRatings() {
    }

    private static Map<RuleCode, Criterion> criteria() {
        Map<RuleCode, Criterion> m = new EnumMap<>(RuleCode.class);
        m.put(RuleCode.LEASE_FILING_LATE, Criterion.LEASES_FILED);
        m.put(RuleCode.RESIDENCE_REGISTRATION_LATE, Criterion.OCCUPANTS_REGISTERED);
        m.put(RuleCode.RESIDENCE_DEREGISTRATION_LATE, Criterion.OCCUPANTS_REGISTERED);
        m.put(RuleCode.FOREIGNER_REGISTRATION_LATE, Criterion.OCCUPANTS_REGISTERED);
        m.put(RuleCode.HOTEL_REGISTRATION_LATE, Criterion.OCCUPANTS_REGISTERED);
        m.put(RuleCode.RESIDENCE_BASIS_MISSING, Criterion.OCCUPANTS_REGISTERED);
        m.put(RuleCode.OCCUPANCY_AREA, Criterion.OCCUPANCY);
        m.put(RuleCode.OCCUPANCY_PER_ROOM, Criterion.OCCUPANCY);
        m.put(RuleCode.ROOM_NOT_HABITABLE, Criterion.OCCUPANCY);
        m.put(RuleCode.ROOM_PARTITIONED, Criterion.OCCUPANCY);
        m.put(RuleCode.GROUP_RENTAL_REGISTER, Criterion.OCCUPANCY);
        m.put(RuleCode.PREMISES_NOT_RENTABLE, Criterion.SAFETY);
        m.put(RuleCode.VISIT_LABEL_INVALID, Criterion.LABEL);
        return m;
    }

    /**
     * Rates premises without a label verifier: a label scanned at the last visit cannot be verified
     * and the LABEL criterion is then not assessable (unless the label is not well-formed).
     *
     * @param view     the registry, not null
     * @param premises the premises, not null
     * @param asOf     the as-of date, the last day of the period, not null
     * @param profile  the jurisdiction profile, not null
     * @return the rating, not null; status NOT_FOUND if no such premises is registered
     * @throws NullPointerException if an argument is null
     */
    public static PremisesRating rate(RegistryView view, PremisesId premises, LocalDate asOf, Profile profile) {
        return rate(view, premises, asOf, profile, null);
    }

    /**
     * Rates premises, verifying the labels scanned at visits.
     *
     * @param view     the registry, not null
     * @param premises the premises, not null
     * @param asOf     the as-of date, the last day of the period, not null
     * @param profile  the jurisdiction profile, not null
     * @param verifier the door-label verifier, may be null for none
     * @return the rating, not null; status NOT_FOUND if no such premises is registered
     * @throws NullPointerException if {@code view}, {@code premises}, {@code asOf} or {@code profile} is null
     */
    public static PremisesRating rate(RegistryView view, PremisesId premises, LocalDate asOf, Profile profile,
            LabelVerifier verifier) {
        Objects.requireNonNull(view, "view");
        Objects.requireNonNull(premises, "premises");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(profile, "profile");
        LocalDate periodStart;
        try {
            periodStart = asOf.minusMonths(PERIOD_MONTHS);
        } catch (DateTimeException e) {
            periodStart = LocalDate.MIN;
        }
        Premises p = view.premises(premises).orElse(null);
        if (p == null) {
            return new PremisesRating(premises, profile.code(), asOf, periodStart, PremisesRating.Status.NOT_FOUND,
                    List.of(), false);
        }

        // The records of the period, in payload order.
        List<Lease> leases = new ArrayList<>();
        for (Lease l : view.leasesOf(premises)) {
            if (premises.equals(l.premises()) && !l.end().isBefore(periodStart)) {
                leases.add(l);
            }
        }
        leases.sort(Comparator.comparing(Lease::id));
        List<Residence> residences = new ArrayList<>();
        for (Residence r : view.residencesAt(premises)) {
            if (premises.equals(r.premises()) && inPeriod(r, periodStart)) {
                residences.add(r);
            }
        }
        residences.sort(Comparator.comparing(Residence::id));
        List<Visit> visits = new ArrayList<>();
        for (Visit v : view.visitsTo(premises)) {
            LocalDate day = v.at().toLocalDate();
            if (premises.equals(v.premises()) && !day.isBefore(periodStart) && !day.isAfter(asOf)) {
                visits.add(v);
            }
        }
        visits.sort(Comparator.comparing((Visit v) -> v.at().toInstant()).thenComparing(Visit::id));
        RegistryDocument payload = RegistryDocument.registration().addPremises(p).addAllLeases(leases)
                .addAllResidences(residences).addAllVisits(visits).build();

        Validator validator = Validator.builder().profile(profile).labelVerifier(verifier).fieldConstraints(false)
                .build();
        Report report = validator.checkRecords(payload, view, asOf);

        String lastVisit = visits.isEmpty() ? null : "/visits/" + (visits.size() - 1);
        EnumMap<Criterion, List<Cause>> causes = new EnumMap<>(Criterion.class);
        for (Criterion c : Criterion.values()) {
            causes.put(c, new ArrayList<>());
        }
        List<PremisesFlag> flags = new ArrayList<>(p.flags());
        for (int i = 0; i < flags.size(); i++) {
            Map<String, String> params = new LinkedHashMap<>();
            params.put("flag", flags.get(i).name());
            causes.get(Criterion.SAFETY).add(new Cause(PREMISES_FLAG, premises.subject(), "/premises/0/flags/" + i,
                    params));
        }
        for (Finding f : report.findings()) {
            Criterion c = CRITERIA.get(f.rule());
            if (c == null) {
                continue;
            }
            if ((f.rule() == RuleCode.OCCUPANCY_AREA || f.rule() == RuleCode.OCCUPANCY_PER_ROOM)
                    && endsBefore(f.params().get("to"), periodStart)) {
                continue;
            }
            if (c == Criterion.LABEL && (lastVisit == null || !isAt(f.path(), lastVisit))) {
                continue;
            }
            Map<String, String> params = new LinkedHashMap<>();
            for (Map.Entry<String, String> e : f.params().entrySet()) {
                if (SAFE_PARAMS.contains(e.getKey())) {
                    params.put(e.getKey(), e.getValue());
                }
            }
            causes.get(c).add(new Cause(f.rule().name(), record(f.path(), payload), f.path(), params));
        }
        Visit last = visits.isEmpty() ? null : visits.get(visits.size() - 1);
        LabelCondition condition = last == null ? null : last.labelCondition().orElse(null);
        if (condition == LabelCondition.MISSING || condition == LabelCondition.DAMAGED) {
            Map<String, String> params = new LinkedHashMap<>();
            params.put("condition", condition.name());
            causes.get(Criterion.LABEL).add(new Cause(LABEL_CONDITION, last.id().subject(),
                    lastVisit + "/labelCondition", params));
        }

        List<CriterionResult> results = new ArrayList<>();
        for (Criterion c : Criterion.values()) {
            List<Cause> list = causes.get(c);
            if (!list.isEmpty()) {
                results.add(new CriterionResult(c, Outcome.FAIL, Optional.empty(), list));
            } else if (!assessable(c, profile)) {
                results.add(new CriterionResult(c, Outcome.NOT_ASSESSABLE, Optional.of(Note.RULES_OFF), List.of()));
            } else if (c == Criterion.LABEL && lastVisit == null) {
                results.add(new CriterionResult(c, Outcome.NOT_ASSESSABLE, Optional.of(Note.NO_VISIT), List.of()));
            } else if (c == Criterion.LABEL && last.label().isEmpty() && condition == null) {
                results.add(new CriterionResult(c, Outcome.NOT_ASSESSABLE, Optional.of(Note.LABEL_NOT_SEEN), List.of()));
            } else if (c == Criterion.LABEL && last.label().isPresent() && verifier == null) {
                results.add(new CriterionResult(c, Outcome.NOT_ASSESSABLE, Optional.of(Note.LABEL_NOT_VERIFIED), List.of()));
            } else {
                results.add(new CriterionResult(c, Outcome.PASS, Optional.empty(), List.of()));
            }
        }
        boolean capped = !causes.get(Criterion.SAFETY).isEmpty() && inUse(leases, residences, asOf);
        return new PremisesRating(premises, profile.code(), asOf, periodStart, PremisesRating.Status.RATED, results,
                capped);
    }

    /** Whether premises are let or lived in on a day: a lease or a residence (hotel stays included) covers it. */
    private static boolean inUse(List<Lease> leases, List<Residence> residences, LocalDate day) {
        for (Lease l : leases) {
            if (l.covers(day)) {
                return true;
            }
        }
        for (Residence r : residences) {
            if (r.covers(day)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a residence belongs to the period: covers a day in or after it, or is still on the books. */
    private static boolean inPeriod(Residence r, LocalDate periodStart) {
        if (r.movedOut().isEmpty() || r.movedOut().get().isAfter(periodStart)) {
            return true;
        }
        return r.deregisteredOn().isEmpty() || !r.deregisteredOn().get().isBefore(periodStart);
    }

    /** Whether a criterion has a rule the profile runs; SAFETY always has the premises flags. */
    private static boolean assessable(Criterion c, Profile profile) {
        if (c == Criterion.SAFETY) {
            return true;
        }
        for (Map.Entry<RuleCode, Criterion> e : CRITERIA.entrySet()) {
            if (e.getValue() == c && profile.isOn(e.getKey())) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsBefore(String isoDay, LocalDate periodStart) {
        if (isoDay == null) {
            return false;
        }
        try {
            return LocalDate.parse(isoDay).isBefore(periodStart);
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static boolean isAt(String path, String record) {
        return path.equals(record) || (path.startsWith(record) && path.charAt(record.length()) == '/');
    }

    /**
     * The record at the start of a payload pointer ({@code /leases/2/filing} → {@code lease:L7}); the
     * premises for a pointer that names no record of the payload.
     */
    private static String record(String path, RegistryDocument payload) {
        String fallback = payload.premises().get(0).id().subject();
        if (path.length() < 2 || path.charAt(0) != '/') {
            return fallback;
        }
        int slash = path.indexOf('/', 1);
        if (slash < 0) {
            return fallback;
        }
        String collection = path.substring(1, slash);
        int end = path.indexOf('/', slash + 1);
        String number = path.substring(slash + 1, end < 0 ? path.length() : end);
        int index = 0;
        if (number.isEmpty() || number.length() > 9) {
            return fallback;
        }
        for (int i = 0; i < number.length(); i++) {
            char ch = number.charAt(i);
            if (ch < '0' || ch > '9') {
                return fallback;
            }
            index = index * 10 + (ch - '0');
        }
        RecordType type = RecordType.ofJsonName(collection);
        if (type == null) {
            return fallback;
        }
        List<? extends org.renfang.model.Record<?>> list = type.records(payload);
        return index < list.size() ? list.get(index).id().subject() : fallback;
    }
}
