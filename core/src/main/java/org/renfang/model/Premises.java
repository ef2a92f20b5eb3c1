package org.renfang.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Premises (房屋): an address with rooms, a kind, a use, an owner and official flags.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@RenfangStyle
@JsonSerialize(as = ImmutablePremises.class)
@JsonDeserialize(as = ImmutablePremises.class)
@JsonPropertyOrder({"id", "address", "kind", "use", "floorArea", "owner", "rooms", "flags", "dormitoryOf",
        "inResidentialCompound", "rentalRegister"})
public non-sealed interface Premises extends Record<PremisesId> {

    @Override
    @JsonProperty("id")
    PremisesId id();

    /** @return the address, not null */
    @JsonProperty("address")
    @Valid
    Address address();

    /** @return the kind, not null */
    @JsonProperty("kind")
    PremisesKind kind();

    /** @return the permitted use, not null */
    @JsonProperty("use")
    PremisesUse use();

    /** @return the floor area in m², if given */
    @JsonProperty("floorArea")
    Optional<@Positive @DecimalMax("1000000") BigDecimal> floorArea();

    /** @return the owner, if recorded */
    @JsonProperty("owner")
    Optional<Party> owner();

    /** @return the rooms, not null, possibly empty */
    @JsonProperty("rooms")
    List<@Valid Room> rooms();

    /** @return the official flags, not null, possibly empty */
    @JsonProperty("flags")
    Set<PremisesFlag> flags();

    /** @return the employer whose dormitory this is, if it is one */
    @JsonProperty("dormitoryOf")
    Optional<OrganizationId> dormitoryOf();

    /** @return whether the premises lie in a residential compound (住宅小区); default false */
    @JsonProperty("inResidentialCompound")
    @Value.Default
    default boolean inResidentialCompound() {
        return false;
    }

    /** @return the landlord's register of a concentrated letting (集中出租登记), if one is kept */
    @JsonProperty("rentalRegister")
    Optional<@Valid RentalRegister> rentalRegister();

    /**
     * Finds a room of these premises.
     *
     * @param room the room id, not null
     * @return the room, or empty if these premises have no such room
     */
    default Optional<Room> room(RoomId room) {
        List<Room> rooms = rooms();
        if (rooms.size() > 8) {
            return Optional.ofNullable(roomIndex().get(room));
        }
        for (Room r : rooms) {
            if (r.id().equals(room)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /**
     * Returns the rooms by id, built once on first use (premises such as hotels may have
     * thousands of rooms).
     *
     * @return the rooms by id, not null
     */
    @Value.Lazy
    @com.fasterxml.jackson.annotation.JsonIgnore
    default java.util.Map<RoomId, Room> roomIndex() {
        java.util.Map<RoomId, Room> m = new java.util.HashMap<>();
        for (Room r : rooms()) {
            m.putIfAbsent(r.id(), r);
        }
        return java.util.Collections.unmodifiableMap(m);
    }

    /**
     * Checks that room ids are unique within the premises.
     */
    @Value.Check
    default void check() {
        List<Room> rooms = rooms();
        java.util.Set<RoomId> seen = new java.util.HashSet<>();
        for (int i = 0; i < rooms.size(); i++) {
            if (!seen.add(rooms.get(i).id())) {
                throw new InvalidFieldException("rooms", "room id repeated at rooms/" + i);
            }
        }
    }
}
