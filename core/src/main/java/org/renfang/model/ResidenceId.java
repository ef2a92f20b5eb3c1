package org.renfang.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

/**
 * The id of a residence record: a non-blank string of at most {@value Ids#MAX_LENGTH} characters.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param value the id text, not null
 */
@JsonDeserialize(using = IdDeserializer.class)
public record ResidenceId(@JsonValue String value) implements RecordId, Comparable<ResidenceId> {

    /**
     * Checks the id text.
     *
     * @param value the id text, not null, not blank, at most {@value Ids#MAX_LENGTH} characters
     * @throws InvalidFieldException if blank or too long
     */
    public ResidenceId {
        Ids.check(value);
    }

    /**
     * Obtains an id from its text.
     *
     * @param value the id text, not null, not blank, at most {@value Ids#MAX_LENGTH} characters
     * @return the id, not null
     * @throws InvalidFieldException if blank or too long
     */
    @JsonCreator
    public static ResidenceId of(String value) {
        return new ResidenceId(value);
    }

    @Override
    public String kind() {
        return "residence";
    }

    @Override
    public int compareTo(ResidenceId other) {
        return Ids.compare(value, other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
