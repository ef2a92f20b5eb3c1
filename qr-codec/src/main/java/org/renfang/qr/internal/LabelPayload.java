package org.renfang.qr.internal;

import java.time.LocalDate;
import org.renfang.model.PremisesId;
import org.renfang.qr.DoorLabel;

/**
 * The door-label payload {@code [issuer, premisesRef, serial, issuedOn, expiresOn]}: the
 * PAYLOAD stage.
 *
 * <p>issuer and premisesRef are text, serial is an unsigned integer, issuedOn is an
 * unsigned integer of days since 1970-01-01 and expiresOn is one too or {@code null}.
 * Decoding accepts exactly this array in deterministic CBOR, with every field in the
 * range {@link DoorLabel} accepts.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class LabelPayload {
    /** The number of items in the payload array. */
    public static final int FIELDS = 5;

    private LabelPayload() {
    }

    /**
     * Encodes a label's payload.
     *
     * @param label the label, not null
     * @return the deterministic CBOR array, not null
     */
    public static byte[] encode(DoorLabel label) {
        Cbor.Writer w = new Cbor.Writer(96)
                .head(Cbor.ARRAY, FIELDS)
                .text(label.issuer())
                .text(label.premises().value())
                .head(Cbor.UNSIGNED, label.serial())
                .head(Cbor.UNSIGNED, label.issuedOn().toEpochDay());
        if (label.expiresOn() == null) {
            w.nul();
        } else {
            w.head(Cbor.UNSIGNED, label.expiresOn().toEpochDay());
        }
        return w.toByteArray();
    }

    /**
     * Decodes a payload.
     *
     * @param b   the bytes, not null
     * @param off the first payload byte
     * @param len the payload length
     * @return the label, or null if the payload is not a door-label payload in range
     */
    public static DoorLabel decode(byte[] b, int off, int len) {
        try {
            if (!Cbor.isWellFormed(b, off, len)) {
                return null;
            }
            Cbor.Reader r = new Cbor.Reader(b, off, len);
            if (r.peekMajor() != Cbor.ARRAY || r.array() != FIELDS) {
                return null;
            }
            String issuer = r.text(LabelFields.MAX_ISSUER_BYTES);
            String premises = r.text(LabelFields.MAX_PREMISES_BYTES);
            long serial = r.unsigned();
            long issuedOn = r.unsigned();
            long expiresOn;
            if (r.peekNull()) {
                r.nul();
                expiresOn = -1;
            } else {
                expiresOn = r.unsigned();
            }
            if (!r.atEnd()
                    || LabelFields.issuerProblem(issuer) != null
                    || LabelFields.premisesProblem(premises) != null
                    || LabelFields.numberProblem(serial, issuedOn, expiresOn) != null) {
                return null;
            }
            return new DoorLabel(issuer, PremisesId.of(premises), serial, LocalDate.ofEpochDay(issuedOn),
                    expiresOn < 0 ? null : LocalDate.ofEpochDay(expiresOn));
        } catch (RuntimeException e) {
            return null;
        }
    }
}
