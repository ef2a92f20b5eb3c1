package org.renfang.validation.profile;

import java.util.List;
import org.renfang.RenfangException;

/**
 * Thrown when a profile cannot be loaded: an unknown code, or a file with problems. Each
 * problem names the JSON Pointer of the value at fault; fix those values and load again.
 *
 * <p>This class is immutable and thread-safe.
 */
public class ProfileException extends RenfangException {
    private static final long serialVersionUID = 1L;

    private final transient List<ProfileProblem> problems;

    /**
     * Creates an exception.
     *
     * @param message  the summary, not null
     * @param problems the problems, not null
     */
    public ProfileException(String message, List<ProfileProblem> problems) {
        super(problems.isEmpty() ? message : message + ": " + problems);
        this.problems = List.copyOf(problems);
    }

    /** @return the problems, not null */
    public List<ProfileProblem> problems() {
        return problems;
    }
}
