package org.renfang.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A room (房间) of premises: kind, usable area and, for a partition (隔断), the room it was cut from.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@RenfangStyle
@JsonSerialize(as = ImmutableRoom.class)
@JsonDeserialize(as = ImmutableRoom.class)
@JsonPropertyOrder({"id", "kind", "area", "partitionedFrom"})
public interface Room {

    /** @return the room's id, unique within its premises, not null */
    @JsonProperty("id")
    RoomId id();

    /** @return the kind, not null */
    @JsonProperty("kind")
    RoomKind kind();

    /** @return the usable area in m², if given */
    @JsonProperty("area")
    Optional<@Positive @DecimalMax("100000") BigDecimal> area();

    /** @return the original room this one was partitioned from, if any */
    @JsonProperty("partitionedFrom")
    Optional<RoomId> partitionedFrom();

    /**
     * Returns whether people may live in a room of this kind (not a kitchen, bathroom, balcony, storage or basement).
     *
     * @return true if habitable
     */
    @JsonIgnore
    default boolean isHabitableKind() {
        switch (kind()) {
            case KITCHEN:
            case BATHROOM:
            case BALCONY:
            case STORAGE:
            case BASEMENT:
                return false;
            default:
                return true;
        }
    }
}
