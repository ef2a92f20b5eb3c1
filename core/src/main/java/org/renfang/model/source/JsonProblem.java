package org.renfang.model.source;

import java.util.Objects;

/**
 * A problem found while reading a JSON document: its kind, the JSON Pointer of the offending
 * value, and a short detail that never echoes the input.
 *
 * <p>The validation module turns each into a finding ({@code JSON_MALFORMED}, {@code FIELD_REQUIRED},
 * {@code FIELD_INVALID}).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param kind    the kind, not null
 * @param pointer the JSON Pointer (RFC 6901) of the value at fault, not null ("" for the whole document)
 * @param detail  a short English detail free of input text, not null
 */
public record JsonProblem(Kind kind, String pointer, String detail) {

    /** What kind of problem. */
    public enum Kind {
        /** Not well-formed JSON, or over a limit: reading stopped here. */
        MALFORMED,
        /** A required field is missing (or null). */
        REQUIRED,
        /** A value has the wrong type or format, an unknown enum constant, or the field is unknown. */
        INVALID
    }

    /**
     * Checks the components.
     *
     * @param kind    the kind, not null
     * @param pointer the pointer, not null
     * @param detail  the detail, not null
     */
    public JsonProblem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(detail, "detail");
    }
}
