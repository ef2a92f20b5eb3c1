package org.renfang.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An employment (用工) of a person by an employer, from {@code start} to {@code end} inclusive.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@RenfangStyle
@JsonSerialize(as = ImmutableEmployment.class)
@JsonDeserialize(as = ImmutableEmployment.class)
@JsonPropertyOrder({"id", "person", "employer", "start", "end"})
public non-sealed interface Employment extends Record<EmploymentId> {

    @Override
    @JsonProperty("id")
    EmploymentId id();

    /** @return the employed person, not null */
    @JsonProperty("person")
    PersonId person();

    /** @return the employer, not null */
    @JsonProperty("employer")
    OrganizationId employer();

    /** @return the first day, not null */
    @JsonProperty("start")
    LocalDate start();

    /** @return the last day, if the employment has ended or will end */
    @JsonProperty("end")
    Optional<LocalDate> end();

    /**
     * Returns whether the employment covers a day (closed interval, open-ended without end).
     *
     * @param day the day, not null
     * @return true if covered
     */
    default boolean covers(LocalDate day) {
        return !day.isBefore(start()) && (end().isEmpty() || !day.isAfter(end().get()));
    }
}
