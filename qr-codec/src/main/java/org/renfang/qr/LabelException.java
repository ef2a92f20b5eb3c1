package org.renfang.qr;

import java.util.Objects;
import org.renfang.RenfangException;

/**
 * The root of every exception the door-label module throws, with a stable {@link Code}.
 *
 * <p>Reading and verifying labels never throws on bad input (the outcome is a
 * {@link LabelStatus}); this exception is for refused input to issuing, key and file
 * handling, and image decoding through {@link LabelImages}. Messages state values and
 * limits and never contain key material. Callers and tests should branch on
 * {@link #code()}, never on the message text.
 *
 * <p>This class is immutable and thread-safe.
 */
public class LabelException extends RenfangException {
    private static final long serialVersionUID = 1L;

    /** The stable failure codes. */
    public enum Code {
        /** A door-label field is out of range (blank or too long text, negative serial, dates out of order). */
        FIELD_INVALID,
        /** The label text would not fit the requested maximum QR version at the requested error correction; issue with a larger version, a lower error correction or shorter fields. */
        LABEL_TOO_LARGE,
        /** Key bytes or PEM text are not an Ed25519 key in the expected encoding. */
        KEY_INVALID,
        /** A key directory holds no private key, or more than one. */
        KEY_NOT_FOUND,
        /** A revocation file has a line that is not {@code ISSUER SERIAL}. */
        REVOCATION_LIST_INVALID,
        /** Reading or writing a file failed. */
        IO_FAILED,
        /** The signature provider failed to sign. */
        SIGNING_FAILED,
        /** An image is over the byte-size or pixel-count limit. */
        IMAGE_TOO_LARGE,
        /** Image bytes are neither PNG nor JPEG. */
        IMAGE_UNSUPPORTED,
        /** Image bytes could not be decoded as an image. */
        IMAGE_UNREADABLE,
        /** No QR code could be read from a decoded image. */
        NO_CODE_FOUND,
        /** An image holds more than one QR code (two labels, or a label and another code), so which one is meant is unclear. */
        SEVERAL_CODES,
        /** Reading an image used up its CPU budget before a code was found (see {@link LabelReader#withImageBudget}). */
        IMAGE_BUDGET_SPENT
    }

    /** What went wrong, for callers to branch on. */
    private final Code code;

    /**
     * Creates an exception.
     *
     * @param code    the failure code, not null
     * @param message the message, not null, free of key material and personal data
     */
    public LabelException(Code code, String message) {
        super(message);
        this.code = Objects.requireNonNull(code, "code");
    }

    /**
     * Creates an exception with a cause.
     *
     * @param code    the failure code, not null
     * @param message the message, not null, free of key material and personal data
     * @param cause   the cause, may be null
     */
    public LabelException(Code code, String message, Throwable cause) {
        super(message, cause);
        this.code = Objects.requireNonNull(code, "code");
    }

    /**
     * Returns the stable failure code.
     *
     * @return the code, not null
     */
    public Code code() {
        return code;
    }
}
