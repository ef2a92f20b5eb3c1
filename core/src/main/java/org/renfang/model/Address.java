package org.renfang.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A postal address: administrative division (GB/T 2260 or AGS/ARS, as the profile says), a line, and optional building, unit, floor, room and code.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@RenfangStyle
@JsonSerialize(as = ImmutableAddress.class)
@JsonDeserialize(as = ImmutableAddress.class)
@JsonPropertyOrder({"division", "line", "building", "unit", "floor", "room", "code"})
public interface Address {

    /**
     * @return the division code, not null: 6 digits (GB/T 2260) or a 9/12-digit statistical code
     *         in the Chinese profiles, 8 digits (AGS) or 12 digits (ARS) in the German one; the
     *         profile checks the code against its system
     */
    @JsonProperty("division")
    @Pattern(regexp = "\\d{6}|\\d{8}|\\d{9}|\\d{12}")
    String division();

    /** @return the address line (street, number), not null */
    @JsonProperty("line")
    @NotBlank
    @Size(max = 256)
    String line();

    /** @return the building, if given */
    @JsonProperty("building")
    Optional<@Size(max = 32) String> building();

    /** @return the unit (单元), if given */
    @JsonProperty("unit")
    Optional<@Size(max = 32) String> unit();

    /** @return the floor, if given */
    @JsonProperty("floor")
    Optional<@Size(max = 32) String> floor();

    /** @return the room or door number, if given */
    @JsonProperty("room")
    Optional<@Size(max = 32) String> room();

    /** @return a standard address code, if given */
    @JsonProperty("code")
    Optional<@Size(max = 64) String> code();
}
