package org.renfang.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * The landlord's register of a concentrated letting (集中出租登记) kept for premises: the persons
 * living there are entered in it from {@code keptSince} on.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@RenfangStyle
@JsonSerialize(as = ImmutableRentalRegister.class)
@JsonDeserialize(as = ImmutableRentalRegister.class)
@JsonPropertyOrder({"keptSince"})
public interface RentalRegister {

    /** @return the first day the register is kept, not null */
    @JsonProperty("keptSince")
    LocalDate keptSince();

    /**
     * Obtains a register kept since a day.
     *
     * @param keptSince the first day, not null
     * @return the register, not null
     */
    static RentalRegister since(LocalDate keptSince) {
        return ImmutableRentalRegister.builder().keptSince(keptSince).build();
    }
}
