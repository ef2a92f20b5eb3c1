package org.renfang.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * The housing provider's confirmation (or report) of a move-in: who confirmed it and on which
 * day (DE: Wohnungsgeberbestätigung, Bundesmeldegesetz §19).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@RenfangStyle
@JsonSerialize(as = ImmutableProviderConfirmation.class)
@JsonDeserialize(as = ImmutableProviderConfirmation.class)
@JsonPropertyOrder({"by", "on"})
public interface ProviderConfirmation {

    /** @return the party that confirmed (the lessor, the employer or another provider), not null */
    @JsonProperty("by")
    @Valid
    Party by();

    /** @return the day of the confirmation, not null */
    @JsonProperty("on")
    LocalDate on();

    /**
     * Obtains a confirmation.
     *
     * @param by the confirming party, not null
     * @param on the day, not null
     * @return the confirmation, not null
     */
    static ProviderConfirmation of(Party by, LocalDate on) {
        return ImmutableProviderConfirmation.builder().by(by).on(on).build();
    }
}
