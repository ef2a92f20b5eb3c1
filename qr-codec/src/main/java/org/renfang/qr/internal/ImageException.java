package org.renfang.qr.internal;

/**
 * Why {@link QrImageReader} found no single label text in an image; {@code LabelImages} turns it
 * into the public exception with the code of the same name.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ImageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The kinds of image failure, named as the public exception's codes. */
    public enum Kind {
        /** The file or the image is over the size limits. */
        IMAGE_TOO_LARGE,
        /** Neither PNG nor JPEG, or no decoder for it. */
        IMAGE_UNSUPPORTED,
        /** The file cannot be decoded. */
        IMAGE_UNREADABLE,
        /** No QR code in the image. */
        NO_CODE_FOUND,
        /** More than one QR code in the image. */
        SEVERAL_CODES,
        /** The CPU budget ran out. */
        IMAGE_BUDGET_SPENT
    }

    private final Kind kind;

    /**
     * Creates an image failure.
     *
     * @param kind    the kind, not null
     * @param message the message, without personal data
     */
    public ImageException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    /**
     * Creates an image failure with its cause.
     *
     * @param kind    the kind, not null
     * @param message the message, without personal data
     * @param cause   the cause
     */
    public ImageException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    /**
     * Returns the kind.
     *
     * @return the kind, not null
     */
    public Kind kind() {
        return kind;
    }
}
