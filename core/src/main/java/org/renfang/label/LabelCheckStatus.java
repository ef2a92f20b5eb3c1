package org.renfang.label;

/**
 * The statuses a door label verification can end in (docs/door-label.md).
 */
public enum LabelCheckStatus {
    /** Signature good, key trusted, dates and premises match, not revoked. */
    VALID,
    /** Not a well-formed label; the stage that failed is given with it. */
    MALFORMED,
    /** The protected header names an algorithm other than EdDSA. */
    UNSUPPORTED_ALGORITHM,
    /** No trusted key has the label's kid (or none is valid at the instant). */
    UNKNOWN_KEY,
    /** No trusted key with the label's kid verifies the signature. */
    BAD_SIGNATURE,
    /** The instant is before the label's issue day. */
    NOT_YET_VALID,
    /** The instant is after the label's expiry day. */
    EXPIRED,
    /** The label's (issuer, serial) is on the revocation list. */
    REVOKED,
    /** The label belongs to another premises. */
    WRONG_PREMISES
}
