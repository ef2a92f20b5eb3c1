package org.renfang.qr.internal;

import java.nio.charset.StandardCharsets;

/**
 * An untagged COSE_Sign1 (RFC 9052 §4.2) with EdDSA: the COSE stage.
 *
 * <p>A label's COSE_Sign1 is {@code [protected: bstr .cbor {1: -8, 4: kid}, unprotected: {},
 * payload: bstr, signature: bstr .size 64]}; the signature is over the Sig_structure
 * {@code ["Signature1", protected, h'', payload]} built from the exact bytes received.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CoseSign1 {
    /** The COSE algorithm id of EdDSA. */
    public static final int ALG_EDDSA = -8;
    /** The header label of the algorithm. */
    public static final int HEADER_ALG = 1;
    /** The header label of the key id. */
    public static final int HEADER_KID = 4;
    /** The length of a kid in bytes. */
    public static final int KID_LENGTH = 4;
    /** The length of an Ed25519 signature in bytes. */
    public static final int SIGNATURE_LENGTH = 64;

    private static final byte[] CONTEXT = "Signature1".getBytes(StandardCharsets.US_ASCII);

    private CoseSign1() {
    }

    /**
     * Encodes the protected header {@code {1: -8, 4: kid}}.
     *
     * @param kid the key id, not null, {@value #KID_LENGTH} bytes
     * @return the deterministic CBOR map, not null
     */
    public static byte[] protectedHeader(byte[] kid) {
        return new Cbor.Writer(16).head(Cbor.MAP, 2)
                .integer(HEADER_ALG).integer(ALG_EDDSA)
                .integer(HEADER_KID).bytes(kid)
                .toByteArray();
    }

    /**
     * Builds the Sig_structure {@code ["Signature1", protected, h'', payload]}.
     *
     * @param buf    the bytes holding the protected header and the payload, not null
     * @param protOff the first byte of the protected header
     * @param protLen the length of the protected header
     * @param payOff  the first byte of the payload
     * @param payLen  the length of the payload
     * @return the bytes to sign or verify, not null
     */
    public static byte[] sigStructure(byte[] buf, int protOff, int protLen, int payOff, int payLen) {
        return sigStructure(buf, protOff, protLen, buf, payOff, payLen);
    }

    /**
     * Builds the Sig_structure {@code ["Signature1", protected, h'', payload]}.
     *
     * @param prot    the protected header bytes, not null
     * @param protOff the first byte of the protected header
     * @param protLen the length of the protected header
     * @param pay     the payload bytes, not null
     * @param payOff  the first byte of the payload
     * @param payLen  the length of the payload
     * @return the bytes to sign or verify, not null
     */
    public static byte[] sigStructure(byte[] prot, int protOff, int protLen, byte[] pay, int payOff, int payLen) {
        return new Cbor.Writer(protLen + payLen + 24)
                .head(Cbor.ARRAY, 4)
                .head(Cbor.TEXT, CONTEXT.length).raw(CONTEXT, 0, CONTEXT.length)
                .bytes(prot, protOff, protLen)
                .head(Cbor.BYTES, 0)
                .bytes(pay, payOff, payLen)
                .toByteArray();
    }

    /**
     * Encodes a COSE_Sign1 with an empty unprotected header.
     *
     * @param protectedHeader the protected header bytes, not null
     * @param payload         the payload bytes, not null
     * @param signature       the signature, not null
     * @return the untagged COSE_Sign1, not null
     */
    public static byte[] encode(byte[] protectedHeader, byte[] payload, byte[] signature) {
        return new Cbor.Writer(protectedHeader.length + payload.length + signature.length + 12)
                .head(Cbor.ARRAY, 4)
                .bytes(protectedHeader)
                .head(Cbor.MAP, 0)
                .bytes(payload)
                .bytes(signature)
                .toByteArray();
    }

    /**
     * Parses a COSE_Sign1 whose CBOR is already known to be well-formed.
     *
     * @param cose the bytes, not null
     * @return the parsed structure or the failure, not null
     */
    public static Parsed parse(byte[] cose) {
        try {
            Cbor.Reader r = new Cbor.Reader(cose, 0, cose.length);
            if (r.peekMajor() != Cbor.ARRAY || r.array() != 4) {
                return Parsed.failed(cose, Failure.MALFORMED);
            }
            int protLen = r.bytesHead();
            int protOff = r.position();
            r.advance(protLen);
            if (r.map() != 0) {
                return Parsed.failed(cose, Failure.MALFORMED);
            }
            int payLen = r.bytesHead();
            int payOff = r.position();
            r.advance(payLen);
            int sigLen = r.bytesHead();
            int sigOff = r.position();
            r.advance(sigLen);
            if (!r.atEnd()) {
                return Parsed.failed(cose, Failure.MALFORMED);
            }
            return parseProtected(new Parsed(cose, null, 0, protOff, protLen, payOff, payLen, sigOff), sigLen);
        } catch (CborException e) {
            return Parsed.failed(cose, Failure.MALFORMED);
        }
    }

    private static Parsed parseProtected(Parsed p, int sigLen) {
        byte[] b = p.bytes;
        if (p.protectedLength == 0 || !Cbor.isWellFormed(b, p.protectedOffset, p.protectedLength)) {
            return Parsed.failed(b, Failure.MALFORMED);
        }
        Cbor.Reader h = new Cbor.Reader(b, p.protectedOffset, p.protectedLength);
        if (h.peekMajor() != Cbor.MAP) {
            return Parsed.failed(b, Failure.MALFORMED);
        }
        int pairs = h.map();
        boolean algSeen = false;
        boolean eddsa = false;
        boolean other = false;
        int kidOff = -1;
        int kidLen = -1;
        for (int i = 0; i < pairs; i++) {
            int km = h.peekMajor();
            if (km != Cbor.UNSIGNED && km != Cbor.NEGATIVE) {
                return Parsed.failed(b, Failure.MALFORMED);
            }
            long key = h.integer();
            if (key == HEADER_ALG) {
                algSeen = true;
                int vm = h.peekMajor();
                if (vm == Cbor.UNSIGNED || vm == Cbor.NEGATIVE) {
                    eddsa = h.integer() == ALG_EDDSA;
                } else if (vm == Cbor.TEXT) {
                    h.skip();
                } else {
                    return Parsed.failed(b, Failure.MALFORMED);
                }
            } else if (key == HEADER_KID && h.peekMajor() == Cbor.BYTES) {
                kidLen = h.bytesHead();
                kidOff = h.position();
                h.advance(kidLen);
            } else {
                other = true;
                h.skip();
            }
        }
        if (!algSeen) {
            return Parsed.failed(b, Failure.MALFORMED);
        }
        if (!eddsa) {
            return Parsed.failed(b, Failure.UNSUPPORTED_ALGORITHM);
        }
        if (other || kidLen != KID_LENGTH || sigLen != SIGNATURE_LENGTH) {
            return Parsed.failed(b, Failure.MALFORMED);
        }
        int kid = ((b[kidOff] & 0xff) << 24) | ((b[kidOff + 1] & 0xff) << 16)
                | ((b[kidOff + 2] & 0xff) << 8) | (b[kidOff + 3] & 0xff);
        return new Parsed(b, null, kid, p.protectedOffset, p.protectedLength, p.payloadOffset, p.payloadLength,
                p.signatureOffset);
    }

    /** Why bytes are not a door label's COSE_Sign1. */
    public enum Failure {
        /** Not the COSE_Sign1 structure of a door label. */
        MALFORMED,
        /** The structure of a door label, with an algorithm other than EdDSA. */
        UNSUPPORTED_ALGORITHM
    }

    /**
     * A parsed COSE_Sign1: offsets into the received bytes, or the failure status. Without a
     * failure, every offset and length lies within {@code bytes}; with one, only {@code bytes}
     * and {@code failure} are meaningful.
     *
     * @param bytes           the bytes that were parsed, not copied
     * @param failure         MALFORMED or UNSUPPORTED_ALGORITHM, or null if the structure is a label's
     * @param kid             the four kid bytes as a big-endian int
     * @param protectedOffset the first byte of the protected header
     * @param protectedLength the length of the protected header
     * @param payloadOffset   the first byte of the payload content
     * @param payloadLength   the length of the payload content in bytes
     * @param signatureOffset the first byte of the signature
     */
    public record Parsed(byte[] bytes, Failure failure, int kid, int protectedOffset, int protectedLength,
            int payloadOffset, int payloadLength, int signatureOffset) {

        private static Parsed failed(byte[] bytes, Failure failure) {
            return new Parsed(bytes, failure, 0, 0, 0, 0, 0, 0);
        }

        /**
         * Builds the Sig_structure over the exact received protected header and payload.
         *
         * @return the bytes the signature covers, not null
         */
        public byte[] sigStructure() {
            return CoseSign1.sigStructure(bytes, protectedOffset, protectedLength, payloadOffset, payloadLength);
        }
    }
}
