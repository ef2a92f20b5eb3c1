package org.renfang.qr;

import org.renfang.label.LabelCheckStatus;

/**
 * The outcome of reading a door label (docs/door-label.md), one to one with core's
 * {@link LabelCheckStatus}.
 *
 * <p>When several apply, the first in this precedence wins: MALFORMED (stages PREFIX,
 * BASE45, CBOR, COSE), UNSUPPORTED_ALGORITHM, UNKNOWN_KEY, BAD_SIGNATURE, MALFORMED
 * (stage PAYLOAD), REVOKED, WRONG_PREMISES, NOT_YET_VALID, EXPIRED, VALID.
 */
public enum LabelStatus {
    /** Signature good, key trusted at the instant, not revoked, premises and dates match. */
    VALID(LabelCheckStatus.VALID),
    /** Not a well-formed label; {@link LabelReading#stage()} names the stage that failed. */
    MALFORMED(LabelCheckStatus.MALFORMED),
    /** The protected header names an algorithm other than EdDSA (-8). */
    UNSUPPORTED_ALGORITHM(LabelCheckStatus.UNSUPPORTED_ALGORITHM),
    /** No key in the key ring has the label's kid and is valid at the instant. */
    UNKNOWN_KEY(LabelCheckStatus.UNKNOWN_KEY),
    /** No usable key with the label's kid verifies the signature. */
    BAD_SIGNATURE(LabelCheckStatus.BAD_SIGNATURE),
    /** The instant's day is before the label's issue day. */
    NOT_YET_VALID(LabelCheckStatus.NOT_YET_VALID),
    /** The instant's day is after the label's expiry day (the expiry day itself is valid). */
    EXPIRED(LabelCheckStatus.EXPIRED),
    /** The label's (issuer, serial) is on the revocation list. */
    REVOKED(LabelCheckStatus.REVOKED),
    /** The label belongs to a premises other than the expected one. */
    WRONG_PREMISES(LabelCheckStatus.WRONG_PREMISES);

    private final LabelCheckStatus checkStatus;

    LabelStatus(LabelCheckStatus checkStatus) {
        this.checkStatus = checkStatus;
    }

    /**
     * Returns core's status with the same name.
     *
     * @return the core status, not null
     */
    public LabelCheckStatus toCheckStatus() {
        return checkStatus;
    }
}
