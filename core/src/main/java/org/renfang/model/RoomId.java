package org.renfang.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

/**
 * The id of a room record: a non-blank string of at most {@value Ids#MAX_LENGTH} characters.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param value the id text, not null
 */
@JsonDeserialize(using = IdDeserializer.class)
public record RoomId(@JsonValue String value) implements RecordId, Comparable<RoomId> {

    /**
     * Checks the id text.
     *
     * @param value the id text, not null, not blank, at most {@value Ids#MAX_LENGTH} characters
     * @throws InvalidFieldException if blank or too long
     */
    public RoomId {
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
    public static RoomId of(String value) {
        return new RoomId(value);
    }

    @Override
    public String kind() {
        return "room";
    }

    @Override
    public int compareTo(RoomId other) {
        return Ids.compare(value, other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
