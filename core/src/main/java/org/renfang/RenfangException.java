package org.renfang;

/**
 * The root of every unchecked exception renfang throws.
 *
 * <p>renfang throws only on programmer error or on input it refuses outright (over a
 * documented limit); bad data is reported as findings. Messages name records by id and
 * state values and limits; they never contain names, document numbers or key material.
 *
 * <p>This class is immutable and thread-safe.
 */
public class RenfangException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception.
     *
     * @param message the message, not null, free of personal data
     */
    public RenfangException(String message) {
        super(message);
    }

    /**
     * Creates an exception with a cause.
     *
     * @param message the message, not null, free of personal data
     * @param cause   the cause, may be null
     */
    public RenfangException(String message, Throwable cause) {
        super(message, cause);
    }
}
