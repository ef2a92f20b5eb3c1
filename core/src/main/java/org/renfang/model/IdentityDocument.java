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
 * An identity document of a person: its type and number, and for foreign documents the issuing country.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@RenfangStyle
@JsonSerialize(as = ImmutableIdentityDocument.class)
@JsonDeserialize(as = ImmutableIdentityDocument.class)
@JsonPropertyOrder({"type", "number", "country"})
public interface IdentityDocument {

    /** @return the document type, not null */
    @JsonProperty("type")
    DocumentType type();

    /** @return the document number as written, not null */
    @JsonProperty("number")
    @NotBlank
    @Size(max = 64)
    String number();

    /** @return the issuing country (ISO 3166 alpha-3), if given */
    @JsonProperty("country")
    Optional<@Pattern(regexp = "[A-Z]{3}") String> country();

    /**
     * Obtains a document.
     *
     * @param type the type, not null
     * @param number the number, not null
     * @return the document, not null
     */
    static IdentityDocument of(DocumentType type, String number) {
        return ImmutableIdentityDocument.builder().type(type).number(number).build();
    }
}
