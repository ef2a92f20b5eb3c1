package org.renfang.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The filing (备案) of a lease with the housing authority.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@RenfangStyle
@JsonSerialize(as = ImmutableFiling.class)
@JsonDeserialize(as = ImmutableFiling.class)
@JsonPropertyOrder({"number", "filedOn"})
public interface Filing {

    /** @return the filing number, if known */
    @JsonProperty("number")
    Optional<@Size(max = 64) String> number();

    /** @return the day the lease was filed, not null */
    @JsonProperty("filedOn")
    LocalDate filedOn();
}
