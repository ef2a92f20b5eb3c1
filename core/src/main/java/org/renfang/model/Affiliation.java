package org.renfang.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A person's tie to an organization over a span of days, from {@code start} to {@code end}
 * inclusive: an {@link Employment} (the employer) or an {@link Enrollment} (the school).
 *
 * <p>Implementations are immutable and thread-safe.
 */
public interface Affiliation {

    /** @return the person, not null */
    @JsonProperty("person")
    PersonId person();

    /** @return the first day, not null */
    @JsonProperty("start")
    LocalDate start();

    /** @return the last day, if the tie has ended or will end */
    @JsonProperty("end")
    Optional<LocalDate> end();

    /**
     * Returns whether the tie covers a day (closed interval, open-ended without end).
     *
     * @param day the day, not null
     * @return true if covered
     */
    default boolean covers(LocalDate day) {
        return !day.isBefore(start()) && (end().isEmpty() || !day.isAfter(end().get()));
    }
}
