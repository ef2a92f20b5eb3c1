package org.renfang.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

/**
 * The id of a person record: a non-blank string of at most {@value Ids#MAX_LENGTH} characters.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param value the id text, not null
 */
@JsonDeserialize(using = IdDeserializer.class)
public record PersonId(@JsonValue String value) implements RecordId, Comparable<PersonId> {

    /**
     * Checks the id text.
     *
     * @param value the id text, not null, not blank, at most {@value Ids#MAX_LENGTH} characters
     * @throws InvalidFieldException if blank or too long
     */
    public PersonId {
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
    public static PersonId of(String value) {
        return new PersonId(value);
    }

    @Override
    public String kind() {
        return "person";
    }

    @Override
    public int compareTo(PersonId other) {
        return Ids.compare(value, other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
