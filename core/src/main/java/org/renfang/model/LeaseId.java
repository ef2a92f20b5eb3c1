package org.renfang.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

/**
 * The id of a lease record: a non-blank string of at most {@value Ids#MAX_LENGTH} characters.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param value the id text, not null
 */
@JsonDeserialize(using = IdDeserializer.class)
public record LeaseId(@JsonValue String value) implements RecordId, Comparable<LeaseId> {

    /**
     * Checks the id text.
     *
     * @param value the id text, not null, not blank, at most {@value Ids#MAX_LENGTH} characters
     * @throws InvalidFieldException if blank or too long
     */
    public LeaseId {
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
    public static LeaseId of(String value) {
        return new LeaseId(value);
    }

    @Override
    public String kind() {
        return "lease";
    }

    @Override
    public int compareTo(LeaseId other) {
        return Ids.compare(value, other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
