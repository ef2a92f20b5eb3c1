package org.renfang.validation.profile;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.renfang.validation.finding.LegalBasis;
import org.renfang.validation.finding.RuleCode;
import org.renfang.validation.finding.Severity;

/**
 * A resolved jurisdiction profile: every parameter and severity after inheritance (a child
 * overrides its parent; a parameter set to {@code null} in a child removes it).
 *
 * <p>A rule is on when its severity is not OFF and, for rules a parameter gates, the parameter
 * is present ({@link Parameter#gates()}); DORMITORY_IN_RESIDENTIAL_COMPOUND is on where
 * {@code dormitoryInResidentialCompoundAllowed} is false; OCCUPANT_NOT_REGISTERED is on where
 * {@code residenceRegistrationDays} is set. Each rule may carry a legal basis ({@link #legalBasis}).
 *
 * <pre>{@code
 * Profile shanghai = Profiles.load("CN-31");
 * int days = shanghai.days(Parameter.RESIDENCE_REGISTRATION_DAYS).orElseThrow(); // 3
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Profile {
    private final String code;
    private final String parent;
    private final Map<String, String> names;
    private final Map<Parameter, Object> parameters;
    private final Map<RuleCode, Severity> severities;
    private final java.util.Set<RuleCode> on;
    private final Map<Parameter, String> sources;
    private final Map<RuleCode, LegalBasis> legalBases;

    Profile(String code, String parent, Map<String, String> names, Map<Parameter, Object> parameters,
            Map<RuleCode, Severity> severities, Map<Parameter, String> sources) {
        this(code, parent, names, parameters, severities, sources, Map.of());
    }

    Profile(String code, String parent, Map<String, String> names, Map<Parameter, Object> parameters,
            Map<RuleCode, Severity> severities, Map<Parameter, String> sources, Map<RuleCode, LegalBasis> legalBases) {
        EnumMap<RuleCode, LegalBasis> lb = new EnumMap<>(RuleCode.class);
        lb.putAll(legalBases);
        this.legalBases = Collections.unmodifiableMap(lb);
        this.code = Objects.requireNonNull(code, "code");
        this.parent = parent;
        this.names = Collections.unmodifiableMap(new LinkedHashMap<>(names));
        EnumMap<Parameter, Object> p = new EnumMap<>(Parameter.class);
        p.putAll(parameters);
        this.parameters = Collections.unmodifiableMap(p);
        EnumMap<RuleCode, Severity> s = new EnumMap<>(RuleCode.class);
        for (RuleCode r : RuleCode.values()) {
            s.put(r, r.defaultSeverity());
        }
        s.putAll(severities);
        for (Map.Entry<RuleCode, Severity> e : severities.entrySet()) {
            if (e.getValue() == null) {
                s.remove(e.getKey());
            }
        }
        this.severities = Collections.unmodifiableMap(s);
        java.util.EnumSet<RuleCode> rules = java.util.EnumSet.noneOf(RuleCode.class);
        for (RuleCode r : RuleCode.values()) {
            if (computeOn(r)) {
                rules.add(r);
            }
        }
        this.on = Collections.unmodifiableSet(rules);
        EnumMap<Parameter, String> src = new EnumMap<>(Parameter.class);
        src.putAll(sources);
        this.sources = Collections.unmodifiableMap(src);
    }

    /**
     * Returns the legal source of each parameter's value, as the profile data states it (for
     * example {@code "户口登记条例 (1958) art. 15"}).
     *
     * @return the sources by parameter, not null; a parameter without a stated source is absent
     */
    public Map<Parameter, String> sources() {
        return sources;
    }

    /**
     * Returns the legal source of a parameter's value.
     *
     * @param p the parameter, not null
     * @return the source, if the profile data states one
     */
    public Optional<String> source(Parameter p) {
        return Optional.ofNullable(sources.get(p));
    }

    /** @return the code, such as {@code CN-31}, not null */
    public String code() {
        return code;
    }

    /** @return the parent's code, or empty for a root profile */
    public Optional<String> parent() {
        return Optional.ofNullable(parent);
    }

    /**
     * Returns the display name in a language.
     *
     * @param language {@code en} or {@code zh-CN}, not null
     * @return the name, or the code when the profile has none in that language
     */
    public String name(String language) {
        return names.getOrDefault(language, names.getOrDefault("en", code));
    }

    /** @return the resolved parameters, not null */
    public Map<Parameter, Object> parameters() {
        return parameters;
    }

    /**
     * Returns whether a parameter is set.
     *
     * @param p the parameter, not null
     * @return true if present
     */
    public boolean has(Parameter p) {
        return parameters.containsKey(p);
    }

    /**
     * Returns a number of days (a parameter of type {@link Parameter.Type#DAYS}).
     *
     * @param p the parameter, not null, of type DAYS
     * @return the days, or empty if absent
     * @throws IllegalArgumentException if the parameter is not a number of days
     */
    public OptionalInt days(Parameter p) {
        return whole(p, Parameter.Type.DAYS);
    }

    /**
     * Returns a number of hours (a parameter of type {@link Parameter.Type#HOURS}).
     *
     * @param p the parameter, not null, of type HOURS
     * @return the hours, or empty if absent
     * @throws IllegalArgumentException if the parameter is not a number of hours
     */
    public OptionalInt hours(Parameter p) {
        return whole(p, Parameter.Type.HOURS);
    }

    /**
     * Returns a count (a parameter of type {@link Parameter.Type#COUNT}): of persons, rooms,
     * occupants, months or years, as the parameter's name says.
     *
     * @param p the parameter, not null, of type COUNT
     * @return the count, or empty if absent
     * @throws IllegalArgumentException if the parameter is not a count
     */
    public OptionalInt count(Parameter p) {
        return whole(p, Parameter.Type.COUNT);
    }

    private OptionalInt whole(Parameter p, Parameter.Type type) {
        if (p.type() != type) {
            throw new IllegalArgumentException(p + " is of type " + p.type() + ", not " + type);
        }
        Object v = parameters.get(p);
        return v instanceof Integer ? OptionalInt.of((Integer) v) : OptionalInt.empty();
    }

    /**
     * Returns a decimal parameter.
     *
     * @param p the parameter, not null
     * @return the value, or empty if absent
     */
    public Optional<BigDecimal> decimal(Parameter p) {
        Object v = parameters.get(p);
        return v instanceof BigDecimal ? Optional.of((BigDecimal) v) : Optional.empty();
    }

    /**
     * Returns a flag parameter.
     *
     * @param p the parameter, not null
     * @param absent the value when absent
     * @return the value
     */
    public boolean flag(Parameter p, boolean absent) {
        Object v = parameters.get(p);
        return v instanceof Boolean ? (Boolean) v : absent;
    }

    /**
     * Returns a text parameter.
     *
     * @param p the parameter, not null
     * @return the value, or empty if absent
     */
    public Optional<String> text(Parameter p) {
        Object v = parameters.get(p);
        return v instanceof String ? Optional.of((String) v) : Optional.empty();
    }

    /**
     * Returns who bears the residence registration and deregistration duty
     * ({@code registrationDutyBearer}).
     *
     * @return the bearer, {@link DutyBearer#RESIDENT} when the profile does not say, not null
     */
    public DutyBearer registrationDutyBearer() {
        return text(Parameter.REGISTRATION_DUTY_BEARER).map(DutyBearer::valueOf).orElse(DutyBearer.RESIDENT);
    }

    /**
     * Returns the legal basis the profile cites for a rule (its {@code legalBasis} entry, inherited
     * from the parent rule by rule).
     *
     * @param rule the rule, not null
     * @return the citation, or empty if the profile has none for the rule
     */
    public Optional<LegalBasis> legalBasis(RuleCode rule) {
        return Optional.ofNullable(legalBases.get(Objects.requireNonNull(rule, "rule")));
    }

    /** @return the legal bases of the rules that have one, in rule order, not null */
    public Map<RuleCode, LegalBasis> legalBases() {
        return legalBases;
    }

    /**
     * Returns a list-of-codes parameter.
     *
     * @param p the parameter, not null
     * @return its codes, empty when absent, not null
     */
    @SuppressWarnings("unchecked")
    public java.util.List<String> codes(Parameter p) {
        Object v = parameters.get(p);
        return v instanceof java.util.List ? (java.util.List<String>) v : java.util.List.of();
    }

    /**
     * Returns the severity of a rule, or empty if the profile switches it off.
     *
     * @param rule the rule, not null
     * @return the severity, or empty when OFF
     */
    public Optional<Severity> severity(RuleCode rule) {
        return Optional.ofNullable(severities.get(rule));
    }

    /**
     * Returns whether a rule runs under this profile.
     *
     * @param rule the rule, not null
     * @return true if on
     */
    public boolean isOn(RuleCode rule) {
        return on.contains(rule);
    }

    private boolean computeOn(RuleCode rule) {
        if (!severities.containsKey(rule)) {
            return false;
        }
        switch (rule) {
            case DORMITORY_IN_RESIDENTIAL_COMPOUND:
                return !flag(Parameter.DORMITORY_IN_RESIDENTIAL_COMPOUND_ALLOWED, true);
            case GROUP_RENTAL_REGISTER:
                return has(Parameter.GROUP_RENTAL_ROOMS) || has(Parameter.GROUP_RENTAL_OCCUPANTS);
            case OCCUPANT_NOT_REGISTERED:
                // the registration deadline counts from the lease start
                return has(Parameter.RESIDENCE_REGISTRATION_DAYS);
            default:
                for (Parameter p : Parameter.values()) {
                    if (p.gates() == rule && !has(p)) {
                        return false;
                    }
                }
                return true;
        }
    }

    @Override
    public String toString() {
        return "Profile[" + code + "]";
    }
}
