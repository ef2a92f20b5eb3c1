package org.renfang.validation.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import org.renfang.label.LabelVerifier;
import org.renfang.registry.RegistryView;
import org.renfang.validation.finding.Finding;
import org.renfang.validation.finding.Responsible;
import org.renfang.validation.finding.RuleCode;
import org.renfang.validation.profile.HolidayCalendar;
import org.renfang.validation.profile.Profile;

/**
 * What a rule sees while it runs: the records (context ⊕ payload), the profile, the as-of
 * date, the holiday calendar, the optional label verifier, which records are subjects, and
 * where to report findings.
 *
 * <p>One context serves one run on one thread.
 */
public final class RuleContext {
    /**
     * The most findings of one rule one record carries. Pairwise rules (two overlapping leases or
     * residences, two visits, two persons with one document) report once per pair, so a document
     * with thousands of records that all pair up would otherwise give a report that grows with the
     * square of its size; past this many, the later pairs of the same record are left out (each
     * record involved still carries its own findings).
     */
    public static final int MAX_FINDINGS_PER_RECORD = 10;

    private final RegistryView view;
    private final Profile profile;
    private final LocalDate asOf;
    private final HolidayCalendar holidays;
    private final LabelVerifier labelVerifier;
    private final Predicate<Object> subjects;
    private final List<Finding> findings = new ArrayList<>();
    private final Map<Object, Object> memo = new java.util.HashMap<>();
    /** The rule and path of the last finding reported, and how many of them came in a row. */
    private RuleCode lastRule;
    private String lastPath;
    private int run;

    /**
     * Creates a context.
     *
     * @param view          the records, not null
     * @param profile       the profile, not null
     * @param asOf          the as-of date, not null
     * @param holidays      the holiday calendar, not null
     * @param labelVerifier the label verifier, or null when none is supplied
     * @param subjects      tells whether a record (by identity) is a subject of this run, not null
     */
    public RuleContext(RegistryView view, Profile profile, LocalDate asOf, HolidayCalendar holidays,
            LabelVerifier labelVerifier, Predicate<Object> subjects) {
        this.view = Objects.requireNonNull(view, "view");
        this.profile = Objects.requireNonNull(profile, "profile");
        this.asOf = Objects.requireNonNull(asOf, "asOf");
        this.holidays = Objects.requireNonNull(holidays, "holidays");
        this.labelVerifier = labelVerifier;
        this.subjects = Objects.requireNonNull(subjects, "subjects");
    }

    /** @return the records, context with the payload applied, not null */
    public RegistryView view() {
        return view;
    }

    /** @return the profile, not null */
    public Profile profile() {
        return profile;
    }

    /** @return the as-of date, not null */
    public LocalDate asOf() {
        return asOf;
    }

    /** @return the label verifier, or null when the host supplied none */
    public LabelVerifier labelVerifier() {
        return labelVerifier;
    }

    /**
     * Returns whether a rule runs under the profile.
     *
     * @param rule the rule, not null
     * @return true if on
     */
    public boolean isOn(RuleCode rule) {
        return profile.isOn(rule);
    }

    /**
     * Returns whether a record is a subject of this run: every record in a whole-registry
     * check, only payload records in a payload validation.
     *
     * @param record the record, not null
     * @return true if the record is a subject
     */
    public boolean isSubject(Object record) {
        return subjects.test(record);
    }

    /**
     * Decides which of two records involved in one pairwise finding carries it, so that the
     * finding is reported once: {@code self} carries it if {@code other} is not a subject, or
     * if {@code self} comes after {@code other} in {@code order}.
     *
     * @param <R>   the record type
     * @param self  the record being checked, not null
     * @param other the other record, not null
     * @param order a total order of the records, not null
     * @return true if {@code self} should report the finding
     */
    public <R> boolean carries(R self, R other, Comparator<? super R> order) {
        return !isSubject(other) || order.compare(self, other) > 0;
    }

    /**
     * Returns the last on-time day of a deadline of some days after an event (event day
     * excluded; a last day on a holiday moves to the next working day).
     *
     * @param event the event day, not null
     * @param days  the deadline in days, not negative
     * @return the last on-time day, not null
     */
    public LocalDate deadline(LocalDate event, int days) {
        return holidays.deadline(event, days);
    }

    /**
     * Reports a finding if the rule is on, with the profile's severity, unless the record at the
     * path has just carried {@link #MAX_FINDINGS_PER_RECORD} findings of the rule (a rule reports
     * the findings of one record together).
     *
     * @param rule     the rule, not null
     * @param path     the JSON Pointer of the carrier, not null
     * @param subjects the records involved as {@code kind:id}, not null
     * @param params   the parameters, not null
     */
    public void report(RuleCode rule, String path, List<String> subjects, Map<String, String> params) {
        report(rule, path, subjects, params, null);
    }

    /**
     * Reports a finding as {@link #report(RuleCode, String, List, Map)} does, addressed to a
     * responsible party the rule resolved from the records; a COMPLIANCE finding carries the
     * profile's legal basis of the rule.
     *
     * @param rule        the rule, not null
     * @param path        the JSON Pointer of the carrier, not null
     * @param subjects    the records involved as {@code kind:id}, not null
     * @param params      the parameters, not null
     * @param responsible who must act, or null for the rule's catalog role without a party
     */
    public void report(RuleCode rule, String path, List<String> subjects, Map<String, String> params,
            Responsible responsible) {
        if (!profile.isOn(rule)) {
            return;
        }
        if (rule == lastRule && path.equals(lastPath)) {
            if (run >= MAX_FINDINGS_PER_RECORD) {
                return;
            }
            run++;
        } else {
            lastRule = rule;
            lastPath = path;
            run = 1;
        }
        findings.add(new Finding(rule, profile.severity(rule).orElseThrow(), path, subjects, params,
                responsible != null ? responsible : Responsible.of(rule.responsible()),
                profile.legalBasis(rule).orElse(null)));
    }

    /**
     * Returns whether the record at a path has just carried {@link #MAX_FINDINGS_PER_RECORD}
     * findings of a rule, so that a pairwise rule can stop looking for more pairs.
     *
     * @param rule the rule, not null
     * @param path the JSON Pointer of the carrier, not null
     * @return true if further findings of the rule at the path would be left out
     */
    public boolean isFull(RuleCode rule, String path) {
        return run >= MAX_FINDINGS_PER_RECORD && rule == lastRule && path.equals(lastPath);
    }

    /**
     * Returns a value kept for the rest of this run (an index a rule family builds once), making
     * it on first use.
     *
     * @param <T>  the value type
     * @param key  the key, not null; a family uses its own class or a private key object
     * @param make makes the value, not null
     * @return the value, not null
     */
    @SuppressWarnings("unchecked")
    public <T> T memo(Object key, java.util.function.Supplier<T> make) {
        Object v = memo.get(key);
        if (v == null) {
            v = make.get();
            memo.put(key, v);
        }
        return (T) v;
    }

    /** @return the findings reported so far, not null */
    public List<Finding> findings() {
        return findings;
    }
}
