package org.renfang.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
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
public non-sealed interface Enrollment extends Record<EnrollmentId>, Affiliation {

    @Override
    @JsonProperty("id")
    EnrollmentId id();

    /** @return the school, not null */
    @JsonProperty("school")
    OrganizationId school();
}
