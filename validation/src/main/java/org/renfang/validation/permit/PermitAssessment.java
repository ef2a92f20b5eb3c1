package org.renfang.validation.permit;

import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.renfang.model.PersonId;
import org.renfang.validation.JsonResult;
import org.renfang.validation.output.Components;
import org.renfang.validation.output.Messages;
import org.renfang.validation.output.ResultJson;
import org.renfang.validation.profile.Parameter;

/**
 * The outcome of a residence-permit eligibility assessment ({@link ResidencePermits#assess}): which
 * permit the person was assessed for, whether they are eligible on the date, since when their
 * registered residence in one city counts, which of the conditions (stable employment, stable
 * residence, continuous study) hold, the earliest date of eligibility, and the reasons, each a code
 * with parameters.
 *
 * <p>It names the person by id only: its text and JSON carry ids, dates, numbers and codes, never
 * names or document numbers, so they may be printed at a service counter.
 *
 * <p>JSON form ({@link #writeJson}):
 * <pre>{@code
 * {"schema": "renfang/permit@1", "profile": "CN", "person": "P1", "on": "2026-09-01",
 *  "permit": "RESIDENCE_PERMIT", "eligible": true, "earliestDate": "2026-09-01",
 *  "residenceSince": "2026-03-01", "city": "6502", "monthsRequired": 6,
 *  "conditions": ["STABLE_RESIDENCE"],
 *  "reasons": [{"code": "RESIDENCE_MET", "params": {"since": "2026-03-01", "months": "6", "city": "6502"},
 *               "message": "…"}]}
 * }</pre>
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param person         the person assessed, not null
 * @param on             the date of the assessment, not null
 * @param profile        the code of the profile applied, such as {@code CN-31}, not null
 * @param profileNameEn  the profile's English name, not null
 * @param profileNameZh  the profile's Chinese name, not null
 * @param permit         the permit the person was assessed for: {@link Permit#RESIDENCE_PERMIT} for a national
 *                       not known to be local, {@link Permit#HMT_RESIDENCE_PERMIT} for a resident of Hong Kong,
 *                       Macao or Taiwan; empty when none was assessed (unknown person, foreigner, local
 *                       resident, profile without the permit); not null
 * @param eligible       true if the person is eligible on {@code on}
 * @param earliestDate   the first date on or after {@code on} on which the person is eligible, assuming the
 *                       records as they stand: open-ended residences, employments and enrollments continue,
 *                       ended ones stay ended; {@code on} itself when the person is eligible; empty if it
 *                       cannot be predicted from the records (no condition will hold, the residence will not
 *                       last long enough) or no permit was assessed; not null
 * @param residenceSince the day from which the continuous residence in one city that covers {@code on}
 *                       counts: the first day on which one of its residences was both lived in and registered
 *                       (居住登记); empty if no registered residence in the jurisdiction covers the date or no
 *                       permit was assessed; not null
 * @param city           the city of that continuous residence: the first four digits of the premises'
 *                       division code, the first two in a municipality; empty when {@code residenceSince} is;
 *                       not null
 * @param monthsRequired the months of residence the assessed permit requires, empty if no permit was
 *                       assessed; not null
 * @param conditions     the conditions that hold on {@code on}, in declaration order, not null
 * @param reasons        the reasons: first the person, the profile and the person's status, then the
 *                       residence (and the move between cities that cut it short), then the conditions met,
 *                       then homes that do not make a stable residence, then
 *                       {@link PermitReason.Code#NO_CONDITION}; not null
 */
public record PermitAssessment(PersonId person, LocalDate on, String profile, String profileNameEn,
        String profileNameZh, Optional<Permit> permit, boolean eligible, Optional<LocalDate> earliestDate,
        Optional<LocalDate> residenceSince, Optional<String> city, OptionalInt monthsRequired,
        Set<Condition> conditions, List<PermitReason> reasons) implements JsonResult {
    /** The schema name of the JSON form. */
    public static final String SCHEMA = "renfang/permit@1";

    /**
     * Checks the components and keeps the conditions in declaration order.
     *
     * @param person         the person, not null
     * @param on             the date, not null
     * @param profile        the profile code, not null
     * @param profileNameEn  the profile's English name, not null
     * @param profileNameZh  the profile's Chinese name, not null
     * @param permit         the permit assessed, not null (empty when none was)
     * @param eligible       whether eligible
     * @param earliestDate   the earliest date of eligibility, not null
     * @param residenceSince the day the residence counts from, not null
     * @param city           the city of the residence, not null
     * @param monthsRequired the months required, not null
     * @param conditions     the conditions that hold, not null
     * @param reasons        the reasons, not null
     */
    public PermitAssessment {
        Components.requireNonNull("person", person, "on", on, "profile", profile, "profileNameEn", profileNameEn,
                "profileNameZh", profileNameZh, "permit", permit, "earliestDate", earliestDate, "residenceSince",
                residenceSince, "city", city, "monthsRequired", monthsRequired);
        EnumSet<Condition> c = EnumSet.noneOf(Condition.class);
        c.addAll(conditions);
        conditions = Collections.unmodifiableSet(c);
        reasons = List.copyOf(reasons);
    }

    /** The permits a person may be assessed for. Names are never renamed. */
    public enum Permit {
        /** 居住证 (居住证暂行条例 2016, art. 2): for nationals living outside the city of their household registration. */
        RESIDENCE_PERMIT(Parameter.RESIDENCE_PERMIT_MONTHS),
        /** 港澳台居民居住证 (港澳台居民居住证申领发放办法 2018, art. 2): for residents of Hong Kong, Macao and Taiwan. */
        HMT_RESIDENCE_PERMIT(Parameter.HMT_RESIDENCE_PERMIT_MONTHS);

        private final Parameter parameter;

        Permit(Parameter parameter) {
            this.parameter = parameter;
        }

        /** The profile parameter that holds the months of residence the permit needs. */
        Parameter parameter() {
            return parameter;
        }
    }

    /** The conditions of 居住证暂行条例 art. 2, of which at least one must hold besides the residence. */
    public enum Condition {
        /** Stable employment (合法稳定就业): an employment covers the date. */
        EMPLOYMENT,
        /** Stable residence (合法稳定住所): a home of one of the {@link Housing} kinds covers the date. */
        STABLE_RESIDENCE,
        /** Continuous study (连续就读): an enrollment covers the date. */
        STUDY
    }

    /**
     * The kinds of home that make a stable residence (居住证暂行条例 art. 9), each on lawful residential
     * premises (no flag, use not NON_RESIDENTIAL). Names are never renamed.
     */
    public enum Housing {
        /** Basis OWNER, the premises' recorded owner being the person (房屋产权证明). */
        OWNED,
        /** Basis LEASE on a lease of the premises that lists the person, covers the date and is filed (租赁合同). */
        LEASED,
        /** Basis EMPLOYER_DORMITORY on premises recorded as that employer's dormitory (用人单位出具的住宿证明). */
        EMPLOYER_DORMITORY,
        /**
         * Any basis, on premises that are the dormitory of, or are owned by, the school of an enrollment
         * of the person covering the date (就读学校出具的住宿证明).
         */
        SCHOOL_HOUSING
    }

    /** @return true if the person is eligible on {@link #on()} */
    public boolean isEligible() {
        return eligible;
    }

    /**
     * Returns whether the profile has the residence permit the person would be assessed for.
     *
     * @return false if the reasons include {@link PermitReason.Code#NOT_APPLICABLE}
     */
    public boolean isApplicable() {
        return !has(PermitReason.Code.NOT_APPLICABLE);
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
        StringBuilder sb = Messages.titled("permit.title", locale, 512);
        Messages.line(sb, "permit.line.person", locale, "person", person.value());
        Messages.line(sb, "permit.line.on", locale, "on", on.toString());
        Messages.line(sb, "permit.line.profile", locale, "profile", profile, "name",
                Messages.isChinese(locale) ? profileNameZh : profileNameEn);
        Messages.line(sb, "permit.line.permit", locale, "permit", Messages.text(
                permit.map(p -> "permit.permit." + p.name()).orElse("permit.permit.none"), locale));
        String result = !isApplicable() ? "permit.result.notApplicable"
                : eligible ? "permit.result.eligible" : "permit.result.notEligible";
        Messages.line(sb, "permit.line.result", locale, "result", Messages.text(result, locale));
        if (permit.isEmpty()) {
            Messages.line(sb, "permit.line.residenceSince.notAssessed", locale);
        } else if (residenceSince.isPresent()) {
            Messages.line(sb, "permit.line.residenceSince", locale, "since", residenceSince.get().toString(),
                    "months", monthsRequired.isPresent() ? Integer.toString(monthsRequired.getAsInt()) : null,
                    "city", city.orElse(null));
        } else {
            Messages.line(sb, "permit.line.residenceSince.none", locale);
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
        Messages.line(sb, "permit.line.conditions", locale, "conditions", names.toString());
        if (earliestDate.isPresent()) {
            Messages.line(sb, "permit.line.earliestDate", locale, "date", earliestDate.get().toString());
        } else if (permit.isEmpty()) {
            Messages.line(sb, "permit.line.earliestDate.none", locale);
        } else {
            Messages.line(sb, "permit.line.earliestDate.unknown", locale);
        }
        sb.append(Messages.text("permit.line.reasons", locale)).append('\n');
        for (PermitReason r : reasons) {
            sb.append("  - ").append(r.message(locale)).append('\n');
        }
        return sb.toString();
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
    @Override
    public void writeJson(OutputStream out, Locale locale) {
        ResultJson.write(out, locale, "permit assessment", SCHEMA, g -> {
            g.writeStringField("profile", profile);
            g.writeStringField("person", person.value());
            g.writeStringField("on", on.toString());
            ResultJson.stringOrNull(g, "permit", permit.map(Permit::name));
            g.writeBooleanField("eligible", eligible);
            ResultJson.stringOrNull(g, "earliestDate", earliestDate.map(LocalDate::toString));
            ResultJson.stringOrNull(g, "residenceSince", residenceSince.map(LocalDate::toString));
            ResultJson.stringOrNull(g, "city", city);
            ResultJson.numberOrNull(g, "monthsRequired", monthsRequired);
            g.writeArrayFieldStart("conditions");
            for (Condition c : conditions) {
                g.writeString(c.name());
            }
            g.writeEndArray();
            g.writeArrayFieldStart("reasons");
            for (PermitReason r : reasons) {
                g.writeStartObject();
                g.writeStringField("code", r.code().name());
                ResultJson.stringMap(g, "params", r.params());
                g.writeStringField("message", r.message(locale));
                g.writeEndObject();
            }
            g.writeEndArray();
        });
    }

    @Override
    public String toString() {
        return "PermitAssessment[" + person + " " + on + " " + profile + " " + permit.orElse(null) + " eligible="
                + eligible + " " + conditions + " " + reasons + "]";
    }
}
