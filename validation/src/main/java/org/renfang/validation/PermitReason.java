package org.renfang.validation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.renfang.validation.internal.Messages;

/**
 * One reason of a {@link PermitAssessment}: a stable code and its parameters (ids, ISO dates,
 * numbers and codes, never names or document numbers), with a message in zh-CN or English
 * formatted from the bundle key {@code permit.reason.<CODE>}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PermitReason {

    /** The stable reason codes. Codes are never renamed. */
    public enum Code {
        /** No person with the id is registered. Params: {@code person}. */
        PERSON_UNKNOWN,
        /** The profile has no residence permit ({@code residencePermitMonths} absent). Params: {@code profile}. */
        NOT_APPLICABLE,
        /** No residence in the jurisdiction (hotel stays excluded) covers the date. Params: {@code profile}, {@code on}. */
        RESIDENCE_NONE,
        /**
         * The continuous residence covering the date is shorter than required. Params: {@code since},
         * {@code months}, {@code on}, {@code reachedOn} (the first day it is long enough, if the stretch lasts).
         */
        RESIDENCE_TOO_SHORT,
        /** The continuous residence covering the date is long enough. Params: {@code since}, {@code months}. */
        RESIDENCE_MET,
        /** An employment covers the date. Params: {@code employment}, {@code on}. */
        EMPLOYMENT_MET,
        /** A residence is a stable residence on the date. Params: {@code residence}, {@code basis}, {@code on}. */
        STABLE_RESIDENCE_MET,
        /** An enrollment covers the date. Params: {@code enrollment}, {@code on}. */
        STUDY_MET,
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
        /** None of stable employment, stable residence or continuous study holds on the date. Params: {@code on}. */
        NO_CONDITION
    }

    private final Code code;
    private final Map<String, String> params;

    /**
     * Creates a reason.
     *
     * @param code   the code, not null
     * @param params the parameters, not null; values are ids, ISO dates, numbers or codes
     */
    public PermitReason(Code code, Map<String, String> params) {
        this.code = Objects.requireNonNull(code, "code");
        this.params = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(params, "params")));
    }

    /** @return the code, not null */
    public Code code() {
        return code;
    }

    /** @return the parameters, in a stable order, not null */
    public Map<String, String> params() {
        return params;
    }

    /**
     * Formats the message in a language.
     *
     * @param locale the language, not null; Chinese locales give zh-CN, any other English
     * @return the message, not null
     */
    public String message(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        return Messages.substitute(Messages.text("permit.reason." + code.name(), locale), params);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof PermitReason)) {
            return false;
        }
        PermitReason r = (PermitReason) o;
        return code == r.code && params.equals(r.params);
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, params);
    }

    @Override
    public String toString() {
        return code + " " + params;
    }
}
