package org.renfang.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A visit (走访 / 检查) of premises by an agency, with what the inspector observed and the door label scanned.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@RenfangStyle
@JsonSerialize(as = ImmutableVisit.class)
@JsonDeserialize(as = ImmutableVisit.class)
@JsonPropertyOrder({"id", "premises", "agency", "inspector", "at", "purpose", "observedOccupants", "label",
        "labelCondition"})
public non-sealed interface Visit extends Record<VisitId> {

    @Override
    @JsonProperty("id")
    VisitId id();

    /** @return the premises visited, not null */
    @JsonProperty("premises")
    PremisesId premises();

    /** @return the visiting agency, not null */
    @JsonProperty("agency")
    OrganizationId agency();

    /** @return the inspector's staff code, if given */
    @JsonProperty("inspector")
    Optional<@Size(max = 32) String> inspector();

    /** @return when the visit took place, with its offset, not null */
    @JsonProperty("at")
    OffsetDateTime at();

    /** @return the purpose, not null */
    @JsonProperty("purpose")
    VisitPurpose purpose();

    /** @return the number of occupants the inspector observed, if counted */
    @JsonProperty("observedOccupants")
    Optional<@PositiveOrZero @Max(100000) Integer> observedOccupants();

    /** @return the scanned door label text, if one was scanned */
    @JsonProperty("label")
    Optional<@Size(max = 1024) String> label();

    /** @return what the inspector saw of the door label, if recorded */
    @JsonProperty("labelCondition")
    Optional<LabelCondition> labelCondition();
}
