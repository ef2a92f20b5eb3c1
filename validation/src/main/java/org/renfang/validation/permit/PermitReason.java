package org.renfang.validation.permit;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.StringJoiner;
import org.renfang.validation.output.Messages;

/**
 * One reason of a {@link PermitAssessment}: a stable code and its parameters (ids, ISO dates,
 * numbers and codes, never names or document numbers), with a message in zh-CN or English
 * formatted from the bundle key {@code permit.reason.<CODE>}.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param code   the code, not null
 * @param params the parameters, in a stable order, not null; values are ids, ISO dates, numbers or
 *               codes
 */
public record PermitReason(Code code, Map<String, String> params) {

    /** The stable reason codes. Codes are never renamed. */
    public enum Code {
        /** No person with the id is registered. Params: {@code person}. */
        PERSON_UNKNOWN,
        /**
         * The profile has no residence permit for the person: no {@code residencePermitMonths} for a
         * national, no {@code hmtResidencePermitMonths} for a resident of Hong Kong, Macao or Taiwan, or
         * neither (DE). Params: {@code profile}.
         */
        NOT_APPLICABLE,
        /**
         * The person is a foreigner: residence permits are for nationals and for residents of Hong Kong,
         * Macao and Taiwan. Params: {@code profile}.
         */
        FOREIGNER_NOT_ELIGIBLE,
        /**
         * The residence covering the date lies in the city of the person's household registration: the
         * residence permit is for persons from elsewhere (居住证暂行条例 art. 2). Params: {@code residence},
         * {@code city}, {@code on}.
         */
        LOCAL_RESIDENT,
        /**
         * No registered residence in the jurisdiction (hotel stays excluded) covers the date. Params:
         * {@code profile}, {@code on}.
         */
        RESIDENCE_NONE,
        /**
         * The continuous residence in one city covering the date counts for less than required. Params:
         * {@code since} (the first day lived in and registered), {@code months}, {@code on},
         * {@code reachedOn} (the first day it is long enough, if the stretch lasts), {@code city}.
         */
        RESIDENCE_TOO_SHORT,
        /**
         * The continuous residence in one city covering the date is long enough. Params: {@code since},
         * {@code months}, {@code city}.
         */
        RESIDENCE_MET,
        /**
         * The continuous residence covering the date began with a move from another city, which ended
         * the continuity there. Params: {@code residence} (the first in the new city), {@code from} and
         * {@code to} (city codes), {@code on} (the day of the move).
         */
        RESIDENCE_CITY_CHANGED,
        /** An employment covers the date. Params: {@code employment}, {@code on}. */
        EMPLOYMENT_MET,
        /**
         * A residence is a stable residence on the date. Params: {@code residence}, {@code basis} (its
         * basis type), {@code housing} (a {@link PermitAssessment.Housing} name), {@code provider} (the
         * employer or school, for EMPLOYER_DORMITORY and SCHOOL_HOUSING), {@code on}.
         */
        STABLE_RESIDENCE_MET,
        /** An enrollment covers the date. Params: {@code enrollment}, {@code on}. */
        STUDY_MET,
        /**
         * A residence covering the date is on flagged premises (ILLEGAL_STRUCTURE, UNSAFE,
         * ILLEGAL_CHANGE_OF_USE), so it is not a stable residence. Params: {@code residence},
         * {@code premises}, {@code flags} (comma-separated flag names), {@code on}.
         */
        HOME_FLAGGED,
        /**
         * A residence covering the date is on premises whose use is NON_RESIDENTIAL, so it is not a stable
         * residence. Params: {@code residence}, {@code premises}, {@code on}.
         */
        HOME_NOT_RESIDENTIAL,
        /**
         * A residence covering the date rests on ownership, but the premises' recorded owner is not the
         * person (or none is recorded), so it is not a stable residence. Params: {@code residence},
         * {@code premises}, {@code on}.
         */
        OWNERSHIP_NOT_SHOWN,
        /**
         * A residence covering the date rests on a lease that is not filed by the date, so it is not a
         * stable residence. Params: {@code residence}, {@code lease}, {@code on}.
         */
        LEASE_NOT_FILED,
        /**
         * A residence covering the date rests on a lease that is unknown, of other premises, does not
         * list the person, or does not cover the date. Params: {@code residence}, {@code lease}, {@code on}.
         */
        LEASE_NOT_VALID,
        /**
         * A residence covering the date rests on an employer dormitory, but the premises are not recorded
         * as that employer's dormitory, so it is not a stable residence. Params: {@code residence},
         * {@code premises}, {@code employer}, {@code on}.
         */
        DORMITORY_NOT_SHOWN,
        /** None of stable employment, stable residence or continuous study holds on the date. Params: {@code on}. */
        NO_CONDITION
    }

    /**
     * The parameters whose values are codes shown in words: each comma-separated value {@code V} of
     * parameter {@code p} is replaced in the message by the bundle text {@code permit.param.p.V}, or
     * where there is none by the finding messages' {@code value.p.V} (the premises flags).
     */
    private static final Set<String> WORDED = Set.of("housing", "flags");

    /**
     * Creates a reason.
     *
     * @param code   the code, not null
     * @param params the parameters, not null; values are ids, ISO dates, numbers or codes; kept in
     *               their order
     */
    public PermitReason {
        Objects.requireNonNull(code, "code");
        params = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(params, "params")));
    }

    /**
     * Formats the message in a language. Codes among the parameters ({@code housing}, {@code flags})
     * appear in words of that language; ids, dates and numbers as they are.
     *
     * @param locale the language, not null; Chinese locales give zh-CN, any other English
     * @return the message, not null
     */
    public String message(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        Map<String, String> shown = params;
        for (String p : WORDED) {
            String v = params.get(p);
            if (v != null) {
                if (shown == params) {
                    shown = new LinkedHashMap<>(params);
                }
                shown.put(p, words(p, v, locale));
            }
        }
        return Messages.substitute(Messages.text("permit.reason." + code.name(), locale), shown);
    }

    /** Each code of a comma-separated list in words: {@code permit.param.<param>.<CODE>}, else {@code value.<param>.<CODE>}. */
    private static String words(String param, String value, Locale locale) {
        StringJoiner out = new StringJoiner(Messages.text("permit.separator", locale));
        for (String v : value.split(",", -1)) {
            String key = "permit.param." + param + "." + v;
            String text = Messages.text(key, locale);
            if (text.equals(key)) {
                key = "value." + param + "." + v;
                text = Messages.text(key, locale);
            }
            out.add(text.equals(key) ? v : text);
        }
        return out.toString();
    }
}
