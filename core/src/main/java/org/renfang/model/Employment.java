package org.renfang.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
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
public non-sealed interface Employment extends Record<EmploymentId>, Affiliation {

    @Override
    @JsonProperty("id")
    EmploymentId id();

    /** @return the employer, not null */
    @JsonProperty("employer")
    OrganizationId employer();
}
