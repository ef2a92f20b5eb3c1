package org.renfang.validation.rules;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import org.renfang.model.RecordId;

/**
 * The parameters of a finding, built in order with one typed method a value kind: a record id
 * (its id text), a date (ISO), a whole number, a code (an enum's name), a {@link Reason}, or a
 * text that is already a value (an id list, a plain decimal, {@code open}, {@code none}). An
 * absent value (null, an empty {@link OptionalInt}) leaves its key out, as a message shows
 * "—" for it.
 *
 * <pre>{@code
 * RuleParams.of().and("lease", lease.id()).and("start", lease.start()).reason(Reasons.LeaseTerm.START_AFTER_END).map()
 * }</pre>
 *
 * <p>A builder is used by one thread and then dropped; {@link #map()} gives a new map.
 */
public final class RuleParams {
    private final Map<String, String> values = new LinkedHashMap<>();

    private RuleParams() {
    }

    /**
     * Starts with no parameter.
     *
     * @return a new builder, not null
     */
    public static RuleParams of() {
        return new RuleParams();
    }

    /**
     * Adds a record id as its id text ({@code L1}).
     *
     * @param key the parameter name, not null
     * @param id  the id, or null to leave the key out
     * @return this builder
     */
    public RuleParams and(String key, RecordId id) {
        return put(key, id == null ? null : id.value());
    }

    /**
     * Adds a date as ISO text ({@code 2026-11-26}).
     *
     * @param key  the parameter name, not null
     * @param date the date, or null to leave the key out
     * @return this builder
     */
    public RuleParams and(String key, LocalDate date) {
        return put(key, date == null ? null : date.toString());
    }

    /**
     * Adds a whole number.
     *
     * @param key    the parameter name, not null
     * @param number the number
     * @return this builder
     */
    public RuleParams and(String key, long number) {
        return put(key, Long.toString(number));
    }

    /**
     * Adds a whole number that may be absent.
     *
     * @param key    the parameter name, not null
     * @param number the number, empty to leave the key out
     * @return this builder
     */
    public RuleParams and(String key, OptionalInt number) {
        return number.isPresent() ? and(key, number.getAsInt()) : this;
    }

    /**
     * Adds a code: the name of an enum constant ({@code KITCHEN}), shown in words in messages.
     *
     * @param key  the parameter name, not null
     * @param code the constant, or null to leave the key out
     * @return this builder
     */
    public RuleParams and(String key, Enum<?> code) {
        return put(key, code == null ? null : code.name());
    }

    /**
     * Adds a text that is already a value: an id or subject text, a list of ids, a plain decimal,
     * or one of the words {@code open} and {@code none}.
     *
     * @param key   the parameter name, not null
     * @param value the value, or null to leave the key out
     * @return this builder
     */
    public RuleParams and(String key, String value) {
        return put(key, value);
    }

    /**
     * Adds the {@code reason} parameter.
     *
     * @param reason the reason, not null
     * @return this builder
     */
    public RuleParams reason(Reason reason) {
        return put("reason", reason.name());
    }

    private RuleParams put(String key, String value) {
        Objects.requireNonNull(key, "key");
        if (value != null) {
            values.put(key, value);
        }
        return this;
    }

    /**
     * Returns the parameters in the order they were added.
     *
     * @return a new map, not null
     */
    public Map<String, String> map() {
        return new LinkedHashMap<>(values);
    }
}
