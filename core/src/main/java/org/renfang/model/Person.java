package org.renfang.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A person (人): name, identity documents and the few facts a registration needs.
 * There is deliberately no field for ethnicity, religion, political views or any score.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@RenfangStyle
@JsonSerialize(as = ImmutablePerson.class)
@JsonDeserialize(as = ImmutablePerson.class)
@JsonPropertyOrder({"id", "name", "documents", "birthDate", "nationality", "sex", "phone", "householdRegistration"})
public non-sealed interface Person extends Record<PersonId> {

    @Override
    @JsonProperty("id")
    PersonId id();

    /** @return the name, not null; never put it in a message */
    @JsonProperty("name")
    @NotBlank
    @Size(max = 128)
    String name();

    /** @return the identity documents, not null, possibly empty */
    @JsonProperty("documents")
    @JsonInclude(JsonInclude.Include.ALWAYS)
    List<@Valid IdentityDocument> documents();

    /** @return the birth date, if given */
    @JsonProperty("birthDate")
    Optional<LocalDate> birthDate();

    /** @return the nationality (ISO 3166 alpha-3, {@code CHN} for Chinese citizens), if given */
    @JsonProperty("nationality")
    Optional<@Pattern(regexp = "[A-Z]{3}") String> nationality();

    /** @return the sex, if given */
    @JsonProperty("sex")
    Optional<Sex> sex();

    /** @return the phone number, if given */
    @JsonProperty("phone")
    Optional<@Size(max = 32) @Pattern(regexp = "\\+?[0-9 ()-]{3,32}") String> phone();

    /** @return the place of household registration (户籍地), if given */
    @JsonProperty("householdRegistration")
    Optional<@Valid Address> householdRegistration();
}
