package org.renfang.qr;

/**
 * The decoding stages of a door label, in the order they run; a malformed label names
 * the first stage that failed.
 *
 * <p>The stages of text are {@link #PREFIX}, {@link #BASE45}, {@link #CBOR},
 * {@link #COSE} and {@link #PAYLOAD} (docs/door-label.md); {@link #IMAGE} comes first
 * when a label is read from an image.
 */
public enum LabelStage {
    /** No QR code could be read from the image, or the image was refused (over a limit, not PNG/JPEG). */
    IMAGE,
    /** The text is empty, longer than the limit, or does not start with {@code RF1:}. */
    PREFIX,
    /** The text after the prefix is not canonical Base45 (RFC 9285). */
    BASE45,
    /** The bytes are not one well-formed, deterministically encoded CBOR item. */
    CBOR,
    /** The CBOR item is not an untagged COSE_Sign1 with the required headers. */
    COSE,
    /** The signed payload is not the door-label array with fields in range. */
    PAYLOAD
}
