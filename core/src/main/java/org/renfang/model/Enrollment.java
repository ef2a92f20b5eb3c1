package org.renfang.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An enrollment (就学) of a person at a school, from {@code start} to {@code end} inclusive.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@RenfangStyle
@JsonSerialize(as = ImmutableEnrollment.class)
@JsonDeserialize(as = ImmutableEnrollment.class)
@JsonPropertyOrder({"id", "person", "school", "start", "end"})
public non-sealed interface Enrollment extends Record<EnrollmentId> {

    @Override
    @JsonProperty("id")
    EnrollmentId id();

    /** @return the enrolled person, not null */
    @JsonProperty("person")
    PersonId person();

    /** @return the school, not null */
    @JsonProperty("school")
    OrganizationId school();

    /** @return the first day, not null */
    @JsonProperty("start")
    LocalDate start();

    /** @return the last day, if known */
    @JsonProperty("end")
    Optional<LocalDate> end();

    /**
     * Returns whether the enrollment covers a day (closed interval, open-ended without end).
     *
     * @param day the day, not null
     * @return true if covered
     */
    default boolean covers(LocalDate day) {
        return !day.isBefore(start()) && (end().isEmpty() || !day.isAfter(end().get()));
    }
}
