package org.renfang.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A lease (租赁) or sublease (转租) of premises or some of their rooms. The interval
 * {@code start}..{@code end} is closed: both days are covered.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@RenfangStyle
@JsonSerialize(as = ImmutableLease.class)
@JsonDeserialize(as = ImmutableLease.class)
@JsonPropertyOrder({"id", "premises", "rooms", "lessor", "lessees", "occupants", "household", "signedOn", "start",
        "end", "subletPermitted", "parent", "filing"})
public non-sealed interface Lease extends Record<LeaseId> {

    @Override
    @JsonProperty("id")
    LeaseId id();

    /** @return the premises let, not null */
    @JsonProperty("premises")
    PremisesId premises();

    /** @return the rooms let; empty means the whole premises */
    @JsonProperty("rooms")
    List<RoomId> rooms();

    /** @return the lessor, not null */
    @JsonProperty("lessor")
    @Valid
    Party lessor();

    /**
     * Returns the lessees: persons, or organizations such as a letting company (住房租赁企业) or an
     * employer renting a dormitory. In JSON a person lessee is its id string, an organization a
     * party object ({@link LesseeJson}).
     *
     * @return the lessees, not null
     */
    @JsonProperty("lessees")
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @JsonSerialize(contentUsing = LesseeJson.Serializer.class)
    @JsonDeserialize(contentUsing = LesseeJson.Deserializer.class)
    List<@Valid Party> lessees();

    /** @return other persons listed as living there, not null, possibly empty */
    @JsonProperty("occupants")
    List<PersonId> occupants();

    /**
     * Returns whether all persons on the lease form one family (有法定赡养、抚养、扶养义务关系),
     * which counts as one for a per-room head count where the profile exempts families.
     *
     * @return true if one household; default false (and then not written)
     */
    @JsonProperty("household")
    @JsonInclude(JsonInclude.Include.NON_DEFAULT)
    @Value.Default
    default boolean household() {
        return false;
    }

    /** @return the day the lease was signed, if known */
    @JsonProperty("signedOn")
    Optional<LocalDate> signedOn();

    /** @return the first day of the term, not null */
    @JsonProperty("start")
    LocalDate start();

    /** @return the last day of the term, not null */
    @JsonProperty("end")
    LocalDate end();

    /** @return whether the lessees may sublet; default false */
    @JsonProperty("subletPermitted")
    @Value.Default
    default boolean subletPermitted() {
        return false;
    }

    /** @return the lease this one sublets, if it is a sublease */
    @JsonProperty("parent")
    Optional<LeaseId> parent();

    /** @return the filing, if filed */
    @JsonProperty("filing")
    Optional<@Valid Filing> filing();

    /**
     * Returns whether the term covers a day (closed interval).
     *
     * @param day the day, not null
     * @return true if start ≤ day ≤ end
     */
    default boolean covers(LocalDate day) {
        return !day.isBefore(start()) && !day.isAfter(end());
    }

    /**
     * Returns whether the lease names a person as lessee or occupant.
     *
     * @param person the person, not null
     * @return true if listed
     */
    default boolean lists(PersonId person) {
        return occupants().contains(person) || hasLessee(Party.of(person));
    }

    /**
     * Returns whether a party is a lessee.
     *
     * @param party the party, person or organization, not null
     * @return true if one of the lessees
     */
    default boolean hasLessee(Party party) {
        return lessees().contains(party);
    }
}
