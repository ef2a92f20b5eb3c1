package org.renfang.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A residence registration (居住登记) of a person at premises, optionally in one room. It covers
 * {@code movedIn} up to the day before {@code movedOut} (open-ended without {@code movedOut}).
 * A move-out is the same record again with {@code movedOut} and {@code deregisteredOn}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@RenfangStyle
@JsonSerialize(as = ImmutableResidence.class)
@JsonDeserialize(as = ImmutableResidence.class)
@JsonPropertyOrder({"id", "person", "premises", "room", "basis", "kind", "movedIn", "movedOut", "registeredOn",
        "deregisteredOn", "providerConfirmation"})
public non-sealed interface Residence extends Record<ResidenceId> {

    @Override
    @JsonProperty("id")
    ResidenceId id();

    /** @return the resident, not null */
    @JsonProperty("person")
    PersonId person();

    /** @return the premises, not null */
    @JsonProperty("premises")
    PremisesId premises();

    /** @return the room, if the residence names one */
    @JsonProperty("room")
    Optional<RoomId> room();

    /** @return the basis, not null */
    @JsonProperty("basis")
    @Valid
    Basis basis();

    /**
     * @return whether this is the main or a secondary residence, if given; a residence without a
     *         kind is a main one ({@link #isSecondary()})
     */
    @JsonProperty("kind")
    Optional<ResidenceKind> kind();

    /** @return the move-in day (first day covered), not null */
    @JsonProperty("movedIn")
    LocalDate movedIn();

    /** @return the move-out day (first day not covered), if moved out */
    @JsonProperty("movedOut")
    Optional<LocalDate> movedOut();

    /** @return the day the residence was registered, not null */
    @JsonProperty("registeredOn")
    LocalDate registeredOn();

    /** @return the day the residence was deregistered, if it was */
    @JsonProperty("deregisteredOn")
    Optional<LocalDate> deregisteredOn();

    /** @return the housing provider's confirmation of the move-in (DE §19), if recorded */
    @JsonProperty("providerConfirmation")
    Optional<@Valid ProviderConfirmation> providerConfirmation();

    /**
     * Returns whether the residence covers a day: movedIn ≤ day &lt; movedOut.
     *
     * @param day the day, not null
     * @return true if covered
     */
    default boolean covers(LocalDate day) {
        return !day.isBefore(movedIn()) && (movedOut().isEmpty() || day.isBefore(movedOut().get()));
    }

    /**
     * Returns whether this is a hotel stay.
     *
     * @return true if the basis is HOTEL_STAY
     */
    @JsonIgnore
    default boolean isHotelStay() {
        return basis().type() == BasisType.HOTEL_STAY;
    }

    /**
     * Returns whether this is a secondary residence ({@code kind} SECONDARY).
     *
     * @return true if secondary; false for a main residence or one without a kind
     */
    @JsonIgnore
    default boolean isSecondary() {
        return kind().orElse(ResidenceKind.MAIN) == ResidenceKind.SECONDARY;
    }
}
