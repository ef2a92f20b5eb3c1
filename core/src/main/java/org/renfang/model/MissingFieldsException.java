package org.renfang.model;

import java.util.List;
import org.renfang.RenfangException;

/**
 * Thrown while building a record when required fields are missing. The JSON reader turns it
 * into a {@code FIELD_REQUIRED} finding at the missing field's JSON Pointer.
 *
 * <p>This class is immutable and thread-safe.
 */
public class MissingFieldsException extends RenfangException {
    private static final long serialVersionUID = 1L;

    /** The missing attribute names, in declaration order. */
    private final List<String> fields;

    /**
     * Creates an exception; Immutables' builders call this (see {@code RenfangStyle}).
     *
     * @param fields the missing attribute names, not null
     */
    public MissingFieldsException(String... fields) {
        super("missing required fields " + List.of(fields));
        this.fields = List.of(fields);
    }

    /**
     * Returns the names of the missing fields, in declaration order.
     *
     * @return the field names, not null, not empty
     */
    public List<String> fields() {
        return fields;
    }
}
