package org.renfang.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A party that may be a person or an organization: {@code {"person": "P9"}} or {@code {"organization": "O2"}}.
 * Exactly one of the two is set.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@RenfangStyle
@JsonSerialize(as = ImmutableParty.class)
@JsonDeserialize(as = ImmutableParty.class)
@JsonPropertyOrder({"person", "organization"})
public interface Party {

    /** @return the person, if the party is a person */
    @JsonProperty("person")
    Optional<PersonId> person();

    /** @return the organization, if the party is an organization */
    @JsonProperty("organization")
    Optional<OrganizationId> organization();

    /**
     * Returns the id of the party, person or organization.
     *
     * @return the id, not null
     */
    @com.fasterxml.jackson.annotation.JsonIgnore
    default RecordId id() {
        return person().isPresent() ? person().get() : organization().orElseThrow();
    }

    /**
     * Checks that exactly one of person and organization is set.
     */
    @Value.Check
    default void check() {
        if (person().isPresent() == organization().isPresent()) {
            throw person().isPresent()
                    ? new InvalidFieldException("organization", "a party is a person or an organization, not both")
                    : new MissingFieldsException("person");
        }
    }

    /**
     * Obtains a person party.
     *
     * @param person the person, not null
     * @return the party, not null
     */
    static Party of(PersonId person) {
        return ImmutableParty.builder().person(person).build();
    }

    /**
     * Obtains an organization party.
     *
     * @param organization the organization, not null
     * @return the party, not null
     */
    static Party of(OrganizationId organization) {
        return ImmutableParty.builder().organization(organization).build();
    }
}
