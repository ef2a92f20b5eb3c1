package org.renfang.model;

import org.renfang.RenfangException;

/**
 * Thrown while building a record when a field value is structurally impossible (a blank id,
 * a party naming both a person and an organization). The JSON reader turns it into a
 * {@code FIELD_INVALID} finding at the field's JSON Pointer.
 *
 * <p>This class is immutable and thread-safe.
 */
public class InvalidFieldException extends RenfangException {
    private static final long serialVersionUID = 1L;

    /** The JSON field at fault, relative to the record being built; null for the value itself. */
    private final String field;

    /**
     * Creates an exception about the value itself.
     *
     * @param message what is wrong, not null, free of personal data
     */
    public InvalidFieldException(String message) {
        this(null, message);
    }

    /**
     * Creates an exception about a named field of the record being built.
     *
     * @param field   the JSON field name, null for the value itself
     * @param message what is wrong, not null, free of personal data
     */
    public InvalidFieldException(String field, String message) {
        super(message);
        this.field = field;
    }

    /**
     * Returns the JSON field at fault, relative to the record being built.
     *
     * @return the field name, or null when the value itself is at fault
     */
    public String field() {
        return field;
    }
}
