package org.renfang.validation.profile;

import java.util.Objects;

/**
 * A problem in a profile file: the JSON Pointer of the value at fault and what is wrong.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param pointer the JSON Pointer in the profile file, not null
 * @param detail  what is wrong, not null
 */
public record ProfileProblem(String pointer, String detail) {
    /**
     * Checks the components.
     *
     * @param pointer the pointer, not null
     * @param detail the detail, not null
     */
    public ProfileProblem {
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(detail, "detail");
    }

    @Override
    public String toString() {
        return pointer + ": " + detail;
    }
}
