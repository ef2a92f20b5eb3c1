package org.renfang.qr.internal;

/**
 * Bytes that are not the expected deterministic CBOR; internal to the decoding stages,
 * which turn it into a status. It has no stack trace, so refusing bad input stays cheap.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CborException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception.
     *
     * @param message what was wrong, not null, free of input content
     */
    public CborException(String message) {
        super(message, null, false, false);
    }
}
