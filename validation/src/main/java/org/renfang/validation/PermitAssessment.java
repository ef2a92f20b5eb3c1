package org.renfang.validation;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.renfang.model.PersonId;
import org.renfang.model.json.RenfangJson;
import org.renfang.validation.internal.Messages;

/**
 * The outcome of a residence-permit eligibility assessment ({@link ResidencePermits#assess}): whether
 * the person is eligible on the date, since when they reside continuously in the jurisdiction, which
 * of the conditions (stable employment, stable residence, continuous study) hold, the earliest date of
 * eligibility, and the reasons, each a code with parameters.
 *
 * <p>It names the person by id only: its text and JSON carry ids, dates, numbers and codes, never
 * names or document numbers, so they may be printed at a service counter.
 *
 * <p>JSON form ({@link #writeJson}):
 * <pre>{@code
 * {"schema": "renfang/permit@1", "profile": "CN", "person": "P1", "on": "2026-09-01", "eligible": true,
 *  "earliestDate": "2026-09-01", "residenceSince": "2026-03-01", "monthsRequired": 6,
 *  "conditions": ["STABLE_RESIDENCE"],
 *  "reasons": [{"code": "RESIDENCE_MET", "params": {"since": "2026-03-01", "months": "6"}, "message": "…"}]}
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PermitAssessment {
    /** The schema name of the JSON form. */
    public static final String SCHEMA = "renfang/permit@1";

    /** The conditions of 居住证暂行条例 art. 2, of which at least one must hold besides the residence. */
    public enum Condition {
        /** Stable employment (合法稳定就业): an employment covers the date. */
        EMPLOYMENT,
        /** Stable residence (合法稳定住所): an owned home, or a home on a filed lease, covers the date. */
        STABLE_RESIDENCE,
        /** Continuous study (连续就读): an enrollment covers the date. */
        STUDY
    }

    private final PersonId person;
    private final LocalDate on;
    private final String profile;
    private final boolean eligible;
    private final LocalDate earliestDate;
    private final LocalDate residenceSince;
    private final Integer monthsRequired;
    private final Set<Condition> conditions;
    private final List<PermitReason> reasons;

    PermitAssessment(PersonId person, LocalDate on, String profile, boolean eligible, LocalDate earliestDate,
            LocalDate residenceSince, Integer monthsRequired, Set<Condition> conditions, List<PermitReason> reasons) {
        this.person = Objects.requireNonNull(person, "person");
        this.on = Objects.requireNonNull(on, "on");
        this.profile = Objects.requireNonNull(profile, "profile");
        this.eligible = eligible;
        this.earliestDate = earliestDate;
        this.residenceSince = residenceSince;
        this.monthsRequired = monthsRequired;
        EnumSet<Condition> c = EnumSet.noneOf(Condition.class);
        c.addAll(conditions);
        this.conditions = Collections.unmodifiableSet(c);
        this.reasons = List.copyOf(reasons);
    }

    /** @return the person assessed, not null */
    public PersonId person() {
        return person;
    }

    /** @return the date of the assessment, not null */
    public LocalDate on() {
        return on;
    }

    /** @return the code of the profile applied, such as {@code CN-31}, not null */
    public String profile() {
        return profile;
    }

    /** @return true if the person is eligible on {@link #on()} */
    public boolean isEligible() {
        return eligible;
    }

    /**
     * Returns whether the profile has a residence permit at all.
     *
     * @return false if the reasons include {@link PermitReason.Code#NOT_APPLICABLE}
     */
    public boolean isApplicable() {
        return !has(PermitReason.Code.NOT_APPLICABLE);
    }

    /**
     * Returns the first date on or after {@link #on()} on which the person is eligible, assuming the
     * records as they stand: open-ended residences, employments and enrollments continue, ended ones
     * stay ended. It is {@link #on()} itself when the person is eligible.
     *
     * @return the date, or empty if it cannot be predicted from the records (no condition will
     *         hold, the residence will not last long enough, the person is unknown or the profile has
     *         no residence permit)
     */
    public Optional<LocalDate> earliestDate() {
        return Optional.ofNullable(earliestDate);
    }

    /**
     * Returns the first day of the continuous residence in the jurisdiction that covers {@link #on()}.
     *
     * @return the day, or empty if no residence in the jurisdiction covers the date
     */
    public Optional<LocalDate> residenceSince() {
        return Optional.ofNullable(residenceSince);
    }

    /** @return the months of residence the profile requires, or empty if it has no residence permit */
    public OptionalInt monthsRequired() {
        return monthsRequired == null ? OptionalInt.empty() : OptionalInt.of(monthsRequired);
    }

    /** @return the conditions that hold on {@link #on()}, in declaration order, not null */
    public Set<Condition> conditions() {
        return conditions;
    }

    /**
     * Returns the reasons: first the person and profile, then the residence, then the conditions met,
     * then leases that do not make a stable residence, then {@link PermitReason.Code#NO_CONDITION}.
     *
     * @return the reasons, not null
     */
    public List<PermitReason> reasons() {
        return reasons;
    }

    /**
     * Returns whether a reason with a code is present.
     *
     * @param code the code, not null
     * @return true if present
     */
    public boolean has(PermitReason.Code code) {
        Objects.requireNonNull(code, "code");
        for (PermitReason r : reasons) {
            if (r.code() == code) {
                return true;
            }
        }
        return false;
    }

    // -----------------------------------------------------------------------------------------
    // Text

    /**
     * Formats the assessment as plain text lines for printing at a service counter.
     *
     * @param locale the language, not null; Chinese locales give zh-CN, any other English
     * @return the text, lines ended by {@code \n}, not null
     */
    public String toText(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        StringBuilder sb = new StringBuilder(512);
        sb.append(Messages.text("permit.title", locale)).append('\n');
        line(sb, "permit.line.person", locale, "person", person.value());
        line(sb, "permit.line.on", locale, "on", on.toString());
        line(sb, "permit.line.profile", locale, "profile", profile);
        String result = !isApplicable() ? "permit.result.notApplicable"
                : eligible ? "permit.result.eligible" : "permit.result.notEligible";
        line(sb, "permit.line.result", locale, "result", Messages.text(result, locale));
        if (residenceSince != null) {
            line(sb, "permit.line.residenceSince", locale, "since", residenceSince.toString(), "months",
                    monthsRequired == null ? null : monthsRequired.toString());
        } else {
            line(sb, "permit.line.residenceSince.none", locale);
        }
        StringBuilder names = new StringBuilder();
        for (Condition c : conditions) {
            if (names.length() > 0) {
                names.append(Messages.text("permit.separator", locale));
            }
            names.append(Messages.text("permit.condition." + c.name(), locale));
        }
        if (names.length() == 0) {
            names.append(Messages.text("permit.conditions.none", locale));
        }
        line(sb, "permit.line.conditions", locale, "conditions", names.toString());
        if (earliestDate != null) {
            line(sb, "permit.line.earliestDate", locale, "date", earliestDate.toString());
        } else {
            line(sb, "permit.line.earliestDate.unknown", locale);
        }
        sb.append(Messages.text("permit.line.reasons", locale)).append('\n');
        for (PermitReason r : reasons) {
            sb.append("  - ").append(r.message(locale)).append('\n');
        }
        return sb.toString();
    }

    private static void line(StringBuilder sb, String key, Locale locale, String... kv) {
        Map<String, String> params = new java.util.HashMap<>();
        for (int i = 0; i + 1 < kv.length; i += 2) {
            if (kv[i + 1] != null) {
                params.put(kv[i], kv[i + 1]);
            }
        }
        sb.append(Messages.substitute(Messages.text(key, locale), params)).append('\n');
    }

    // -----------------------------------------------------------------------------------------
    // JSON

    /**
     * Writes the assessment as JSON (see the class documentation), pretty-printed, UTF-8.
     *
     * @param out    the stream, not null; not closed
     * @param locale the language of the messages, not null
     * @throws UncheckedIOException if writing fails
     */
    public void writeJson(OutputStream out, Locale locale) {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(locale, "locale");
        try (JsonGenerator g = RenfangJson.writer().createGenerator(out, JsonEncoding.UTF8)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.setPrettyPrinter(new DefaultPrettyPrinter()
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n")));
            g.writeStartObject();
            g.writeStringField("schema", SCHEMA);
            g.writeStringField("profile", profile);
            g.writeStringField("person", person.value());
            g.writeStringField("on", on.toString());
            g.writeBooleanField("eligible", eligible);
            writeDate(g, "earliestDate", earliestDate);
            writeDate(g, "residenceSince", residenceSince);
            if (monthsRequired == null) {
                g.writeNullField("monthsRequired");
            } else {
                g.writeNumberField("monthsRequired", monthsRequired);
            }
            g.writeArrayFieldStart("conditions");
            for (Condition c : conditions) {
                g.writeString(c.name());
            }
            g.writeEndArray();
            g.writeArrayFieldStart("reasons");
            for (PermitReason r : reasons) {
                g.writeStartObject();
                g.writeStringField("code", r.code().name());
                g.writeObjectFieldStart("params");
                for (Map.Entry<String, String> e : r.params().entrySet()) {
                    g.writeStringField(e.getKey(), e.getValue());
                }
                g.writeEndObject();
                g.writeStringField("message", r.message(locale));
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
        } catch (IOException e) {
            throw new UncheckedIOException("writing the permit assessment failed", e);
        }
    }

    private static void writeDate(JsonGenerator g, String field, LocalDate d) throws IOException {
        if (d == null) {
            g.writeNullField(field);
        } else {
            g.writeStringField(field, d.toString());
        }
    }

    /**
     * Returns the assessment as JSON text.
     *
     * @param locale the language of the messages, not null
     * @return the JSON, not null
     */
    public String toJson(Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writeJson(out, locale);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "PermitAssessment[" + person + " " + on + " " + profile + " eligible=" + eligible + " " + conditions
                + " " + reasons + "]";
    }
}
