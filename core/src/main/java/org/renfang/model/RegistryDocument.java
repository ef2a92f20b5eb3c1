package org.renfang.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import java.util.List;
import org.immutables.value.Value;

/**
 * A document of records: a whole registry ({@value #REGISTRY_SCHEMA}) or a registration
 * payload ({@value #REGISTRATION_SCHEMA}), which have the same shape.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@RenfangStyle
@JsonSerialize(as = ImmutableRegistryDocument.class)
@JsonDeserialize(as = ImmutableRegistryDocument.class)
@JsonPropertyOrder({"schema", "persons", "organizations", "premises", "leases", "employments", "enrollments",
        "residences", "visits"})
public interface RegistryDocument {

    /** The schema of a whole registry. */
    String REGISTRY_SCHEMA = "renfang/registry@1";
    /** The schema of a registration payload. */
    String REGISTRATION_SCHEMA = "renfang/registration@1";

    /** @return the schema, {@value #REGISTRY_SCHEMA} or {@value #REGISTRATION_SCHEMA} */
    @JsonProperty("schema")
    String schema();

    /** @return the persons, not null */
    @JsonProperty("persons")
    List<@Valid Person> persons();

    /** @return the organizations, not null */
    @JsonProperty("organizations")
    List<@Valid Organization> organizations();

    /** @return the premises, not null */
    @JsonProperty("premises")
    List<@Valid Premises> premises();

    /** @return the leases, not null */
    @JsonProperty("leases")
    List<@Valid Lease> leases();

    /** @return the employments, not null */
    @JsonProperty("employments")
    List<@Valid Employment> employments();

    /** @return the enrollments, not null */
    @JsonProperty("enrollments")
    List<@Valid Enrollment> enrollments();

    /** @return the residences, not null */
    @JsonProperty("residences")
    List<@Valid Residence> residences();

    /** @return the visits, not null */
    @JsonProperty("visits")
    List<@Valid Visit> visits();

    /**
     * Returns the total number of records.
     *
     * @return the count
     */
    default int size() {
        int n = 0;
        for (RecordType t : RecordType.values()) {
            n += t.records(this).size();
        }
        return n;
    }

    /**
     * Returns a builder for a registry document.
     *
     * @return a builder with the registry schema set
     */
    static ImmutableRegistryDocument.Builder registry() {
        return ImmutableRegistryDocument.builder().schema(REGISTRY_SCHEMA);
    }

    /**
     * Returns a builder for a registration payload.
     *
     * @return a builder with the registration schema set
     */
    static ImmutableRegistryDocument.Builder registration() {
        return ImmutableRegistryDocument.builder().schema(REGISTRATION_SCHEMA);
    }

    /**
     * Checks the schema name.
     */
    @Value.Check
    default void check() {
        if (!REGISTRY_SCHEMA.equals(schema()) && !REGISTRATION_SCHEMA.equals(schema())) {
            throw new InvalidFieldException("schema", "unknown schema; expected " + REGISTRY_SCHEMA + " or "
                    + REGISTRATION_SCHEMA);
        }
    }
}
