package org.renfang.qr.internal;

import java.time.LocalDate;

/**
 * The door-label payload {@code [issuer, premisesRef, serial, issuedOn, expiresOn]}: the
 * PAYLOAD stage.
 *
 * <p>issuer and premisesRef are text, serial is an unsigned integer, issuedOn is an
 * unsigned integer of days since 1970-01-01 and expiresOn is one too or {@code null}.
 * Decoding accepts exactly this array in deterministic CBOR, with every field in the
 * range a door label accepts ({@link LabelFields}).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class LabelPayload {
    /** The number of items in the payload array. */
    public static final int FIELDS = 5;

    private LabelPayload() {
    }

    /**
     * The fields of a payload.
     *
     * @param issuer    the issuing authority's code, not null
     * @param premises  the premises reference, not null
     * @param serial    the serial number, 0 or more
     * @param issuedOn  the first valid day, not null
     * @param expiresOn the last valid day, or null for none
     */
    public record Fields(String issuer, String premises, long serial, LocalDate issuedOn, LocalDate expiresOn) {
    }

    /**
     * Encodes a label's payload.
     *
     * @param label the label's fields, not null
     * @return the deterministic CBOR array, not null
     */
    public static byte[] encode(Fields label) {
        Cbor.Writer w = new Cbor.Writer(96)
                .head(Cbor.ARRAY, FIELDS)
                .text(label.issuer())
                .text(label.premises())
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
     * @return the fields, or null if the payload is not a door-label payload in range
     */
    public static Fields decode(byte[] b, int off, int len) {
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
            return new Fields(issuer, premises, serial, LocalDate.ofEpochDay(issuedOn),
                    expiresOn < 0 ? null : LocalDate.ofEpochDay(expiresOn));
        } catch (RuntimeException e) {
            return null;
        }
    }
}
