package org.renfang.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * An organization (单位): employer, hotel operator, letting agent, school, agency.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@RenfangStyle
@JsonSerialize(as = ImmutableOrganization.class)
@JsonDeserialize(as = ImmutableOrganization.class)
@JsonPropertyOrder({"id", "name", "creditCode", "kinds"})
public non-sealed interface Organization extends Record<OrganizationId> {

    @Override
    @JsonProperty("id")
    OrganizationId id();

    /** @return the name, not null */
    @JsonProperty("name")
    @NotBlank
    @Size(max = 128)
    String name();

    /** @return the unified social credit code (统一社会信用代码, GB 32100-2015), if given */
    @JsonProperty("creditCode")
    Optional<@Size(max = 18) String> creditCode();

    /** @return what the organization is, not null, possibly empty */
    @JsonProperty("kinds")
    Set<OrganizationKind> kinds();
}
