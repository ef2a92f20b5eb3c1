package org.renfang.qr;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.renfang.qr.internal.Base45;
import org.renfang.qr.internal.Cbor;
import org.renfang.qr.internal.CoseSign1;

/**
 * Builds labels with exactly one faulty stage, signed with the vector key where the
 * signature must still verify; the context is: key ring = the vector key, revoked =
 * (110105, 13), expected premises = H110105000123456, at = 2026-06-01T04:00:00Z, zone Asia/Shanghai.
 */
final class Faults {
    /** One faulty label and its expected outcome. */
    record Fault(String name, String text, LabelStatus status, LabelStage stage) {
    }

    private Faults() {
    }

    static byte[] kid(LabelPrivateKey key) {
        return HexFormat.of().parseHex(key.kid());
    }

    static String text(byte[] cose) {
        return DoorLabels.PREFIX + Base45.encode(cose);
    }

    /** Signs a protected header and payload as given, with no checks. */
    static String signed(LabelPrivateKey key, byte[] prot, byte[] payload) {
        byte[] sig = SignatureProvider.bouncyCastle().sign(key,
                CoseSign1.sigStructure(prot, 0, prot.length, payload, 0, payload.length));
        return text(CoseSign1.encode(prot, payload, sig));
    }

    static String signedPayload(byte[] payload) {
        LabelPrivateKey key = Vectors.key();
        return signed(key, CoseSign1.protectedHeader(kid(key)), payload);
    }

    static byte[] cose(String text) {
        return Base45.decode(text, DoorLabels.PREFIX.length());
    }

    static List<Fault> all() {
        LabelPrivateKey key = Vectors.key();
        String good = LabelIssuer.of(key).issue(Vectors.label());
        byte[] cose = cose(good);
        byte[] kid = kid(key);
        byte[] prot = CoseSign1.protectedHeader(kid);
        byte[] payload = LabelIssuer.payload(Vectors.label());
        byte[] sig = Arrays.copyOfRange(cose, cose.length - 64, cose.length);
        List<Fault> f = new ArrayList<>();
        LabelStatus m = LabelStatus.MALFORMED;

        f.add(new Fault("empty text", "", m, LabelStage.PREFIX));
        f.add(new Fault("other format version", "RF2:" + good.substring(4), m, LabelStage.PREFIX));
        f.add(new Fault("lower-case prefix", "rf1:" + good.substring(4), m, LabelStage.PREFIX));
        f.add(new Fault("leading space", " " + good, m, LabelStage.PREFIX));
        f.add(new Fault("over 1024 characters", good + "0".repeat(1025 - good.length()), m, LabelStage.PREFIX));

        f.add(new Fault("lower-case Base45", good.substring(0, 10) + good.substring(10).toLowerCase(java.util.Locale.ROOT), m, LabelStage.BASE45));
        f.add(new Fault("length 1 mod 3", good + "0", m, LabelStage.BASE45));
        f.add(new Fault("triplet over 65535", good + "GGW", m, LabelStage.BASE45));
        f.add(new Fault("final pair over 255", DoorLabels.PREFIX + "::", m, LabelStage.BASE45));
        f.add(new Fault("character outside the alphabet", good.substring(0, 20) + "#" + good.substring(21), m, LabelStage.BASE45));
        f.add(new Fault("trailing newline", good + "\n", m, LabelStage.BASE45));

        f.add(new Fault("trailing byte", text(concat(cose, new byte[] {0})), m, LabelStage.CBOR));
        f.add(new Fault("truncated", text(Arrays.copyOf(cose, cose.length - 1)), m, LabelStage.CBOR));
        f.add(new Fault("array head not shortest", text(concat(new byte[] {(byte) 0x98, 4}, Arrays.copyOfRange(cose, 1, cose.length))), m, LabelStage.CBOR));
        byte[] indefinite = concat(new byte[] {(byte) 0x9f}, Arrays.copyOfRange(cose, 1, cose.length), new byte[] {(byte) 0xff});
        f.add(new Fault("indefinite-length array", text(indefinite), m, LabelStage.CBOR));
        f.add(new Fault("float", text(new byte[] {(byte) 0xf9, 0x3c, 0x00}), m, LabelStage.CBOR));
        f.add(new Fault("empty", DoorLabels.PREFIX, m, LabelStage.CBOR));

        f.add(new Fault("tagged COSE_Sign1 (18)", text(concat(new byte[] {(byte) 0xd2}, cose)), m, LabelStage.COSE));
        f.add(new Fault("array of 3", text(new Cbor.Writer(200).head(Cbor.ARRAY, 3).bytes(prot).head(Cbor.MAP, 0).bytes(payload).toByteArray()), m, LabelStage.COSE));
        f.add(new Fault("not an array", text(new Cbor.Writer(8).head(Cbor.UNSIGNED, 7).toByteArray()), m, LabelStage.COSE));
        byte[] unprot = new Cbor.Writer(200).head(Cbor.ARRAY, 4).bytes(prot).head(Cbor.MAP, 1).integer(4).bytes(kid)
                .bytes(payload).bytes(sig).toByteArray();
        f.add(new Fault("unprotected header not empty", text(unprot), m, LabelStage.COSE));
        byte[] longKid = new Cbor.Writer(16).head(Cbor.MAP, 2).integer(1).integer(-8).integer(4).bytes(concat(kid, new byte[] {0})).toByteArray();
        f.add(new Fault("kid of 5 bytes", signed(key, longKid, payload), m, LabelStage.COSE));
        byte[] noKid = new Cbor.Writer(16).head(Cbor.MAP, 1).integer(1).integer(-8).toByteArray();
        f.add(new Fault("no kid", signed(key, noKid, payload), m, LabelStage.COSE));
        byte[] extra = new Cbor.Writer(32).head(Cbor.MAP, 3).integer(1).integer(-8).integer(3).integer(0).integer(4).bytes(kid).toByteArray();
        f.add(new Fault("extra protected header", signed(key, extra, payload), m, LabelStage.COSE));
        byte[] noAlg = new Cbor.Writer(16).head(Cbor.MAP, 1).integer(4).bytes(kid).toByteArray();
        f.add(new Fault("no algorithm", signed(key, noAlg, payload), m, LabelStage.COSE));
        byte[] badProtCbor = new byte[] {(byte) 0xa2, 0x01, 0x27};
        f.add(new Fault("protected header not CBOR", text(CoseSign1.encode(badProtCbor, payload, sig)), m, LabelStage.COSE));
        f.add(new Fault("signature of 63 bytes", text(CoseSign1.encode(prot, payload, Arrays.copyOf(sig, 63))), m, LabelStage.COSE));
        byte[] nullPayload = new Cbor.Writer(200).head(Cbor.ARRAY, 4).bytes(prot).head(Cbor.MAP, 0).nul().bytes(sig).toByteArray();
        f.add(new Fault("detached (null) payload", text(nullPayload), m, LabelStage.COSE));

        byte[] es256 = new Cbor.Writer(16).head(Cbor.MAP, 2).integer(1).integer(-7).integer(4).bytes(kid).toByteArray();
        f.add(new Fault("ES256", signed(key, es256, payload), LabelStatus.UNSUPPORTED_ALGORITHM, null));
        byte[] textAlg = new Cbor.Writer(16).head(Cbor.MAP, 2).integer(1).text("EdDSA").integer(4).bytes(kid).toByteArray();
        f.add(new Fault("algorithm as text", signed(key, textAlg, payload), LabelStatus.UNSUPPORTED_ALGORITHM, null));

        f.add(new Fault("signed by an untrusted key", LabelIssuer.of(Vectors.otherKey()).issue(Vectors.label()), LabelStatus.UNKNOWN_KEY, null));

        byte[] flipped = cose.clone();
        flipped[flipped.length - 1] ^= 1;
        f.add(new Fault("signature bit flipped", text(flipped), LabelStatus.BAD_SIGNATURE, null));
        byte[] otherPayload = LabelIssuer.payload(DoorLabel.of("110105", Vectors.label().premises(), 4712,
                Vectors.label().issuedOn(), Vectors.label().expiresOn()));
        f.add(new Fault("payload changed after signing", text(CoseSign1.encode(prot, otherPayload, sig)), LabelStatus.BAD_SIGNATURE, null));
        byte[] otherSig = SignatureProvider.bouncyCastle().sign(Vectors.otherKey(),
                CoseSign1.sigStructure(prot, 0, prot.length, payload, 0, payload.length));
        f.add(new Fault("trusted kid, signature by another key", text(CoseSign1.encode(prot, payload, otherSig)), LabelStatus.BAD_SIGNATURE, null));

        long issued = Vectors.label().issuedOn().toEpochDay();
        f.add(new Fault("payload of 4 fields", signedPayload(new Cbor.Writer(64).head(Cbor.ARRAY, 4).text("110105")
                .text("H1").integer(1).integer(issued).toByteArray()), m, LabelStage.PAYLOAD));
        f.add(new Fault("payload of 6 fields", signedPayload(new Cbor.Writer(64).head(Cbor.ARRAY, 6).text("110105")
                .text("H1").integer(1).integer(issued).nul().nul().toByteArray()), m, LabelStage.PAYLOAD));
        f.add(new Fault("payload not canonical", signedPayload(concat(new byte[] {(byte) 0x98, 5},
                Arrays.copyOfRange(payload, 1, payload.length))), m, LabelStage.PAYLOAD));
        f.add(new Fault("payload with trailing byte", signedPayload(concat(payload, new byte[] {0})), m, LabelStage.PAYLOAD));
        f.add(new Fault("premises of 33 bytes", signedPayload(new Cbor.Writer(96).head(Cbor.ARRAY, 5).text("110105")
                .text("H".repeat(33)).integer(1).integer(issued).nul().toByteArray()), m, LabelStage.PAYLOAD));
        f.add(new Fault("blank premises", signedPayload(new Cbor.Writer(96).head(Cbor.ARRAY, 5).text("110105")
                .text(" ").integer(1).integer(issued).nul().toByteArray()), m, LabelStage.PAYLOAD));
        f.add(new Fault("negative serial", signedPayload(new Cbor.Writer(96).head(Cbor.ARRAY, 5).text("110105")
                .text("H1").integer(-1).integer(issued).nul().toByteArray()), m, LabelStage.PAYLOAD));
        f.add(new Fault("expiry before issue", signedPayload(new Cbor.Writer(96).head(Cbor.ARRAY, 5).text("110105")
                .text("H1").integer(1).integer(issued).integer(issued - 1).toByteArray()), m, LabelStage.PAYLOAD));
        f.add(new Fault("issue day as text", signedPayload(new Cbor.Writer(96).head(Cbor.ARRAY, 5).text("110105")
                .text("H1").integer(1).text("2026-03-01").nul().toByteArray()), m, LabelStage.PAYLOAD));
        f.add(new Fault("invalid UTF-8 issuer", signedPayload(new Cbor.Writer(96).head(Cbor.ARRAY, 5).head(Cbor.TEXT, 2)
                .raw(new byte[] {(byte) 0xc0, (byte) 0x80}, 0, 2).text("H1").integer(1).integer(issued).nul().toByteArray()), m, LabelStage.PAYLOAD));
        f.add(new Fault("issue day after 9999-12-31", signedPayload(new Cbor.Writer(96).head(Cbor.ARRAY, 5).text("110105")
                .text("H1").integer(1).integer(2_932_897).nul().toByteArray()), m, LabelStage.PAYLOAD));

        f.add(new Fault("serial 2^53, over the largest 2^53 - 1", signedPayload(new Cbor.Writer(96).head(Cbor.ARRAY, 5)
                .text("110105").text("H1").integer(DoorLabel.MAX_SERIAL + 1).integer(issued).nul().toByteArray()), m, LabelStage.PAYLOAD));
        f.add(new Fault("issuer with a space", signedPayload(new Cbor.Writer(96).head(Cbor.ARRAY, 5).text("PSB 1")
                .text("H1").integer(1).integer(issued).nul().toByteArray()), m, LabelStage.PAYLOAD));
        f.add(new Fault("issuer with #", signedPayload(new Cbor.Writer(96).head(Cbor.ARRAY, 5).text("PSB#1")
                .text("H1").integer(1).integer(issued).nul().toByteArray()), m, LabelStage.PAYLOAD));
        f.add(new Fault("premises with a byte-order mark (format character)", signedPayload(new Cbor.Writer(96)
                .head(Cbor.ARRAY, 5).text("110105").text("\uFEFFH1").integer(1).integer(issued).nul().toByteArray()), m, LabelStage.PAYLOAD));
        f.add(new Fault("premises with U+202E (bidi override)", signedPayload(new Cbor.Writer(96)
                .head(Cbor.ARRAY, 5).text("110105").text("H\u202E1").integer(1).integer(issued).nul().toByteArray()), m, LabelStage.PAYLOAD));
        f.add(new Fault("premises with U+2028 (line separator)", signedPayload(new Cbor.Writer(96)
                .head(Cbor.ARRAY, 5).text("110105").text("H\u20281").integer(1).integer(issued).nul().toByteArray()), m, LabelStage.PAYLOAD));
        f.add(new Fault("premises with U+FFFF (noncharacter)", signedPayload(new Cbor.Writer(96)
                .head(Cbor.ARRAY, 5).text("110105").text("H\uFFFF").integer(1).integer(issued).nul().toByteArray()), m, LabelStage.PAYLOAD));

        f.add(new Fault("revoked", LabelIssuer.of(key).issue(DoorLabel.of("110105", Vectors.label().premises(), 13,
                Vectors.label().issuedOn(), null)), LabelStatus.REVOKED, null));
        f.add(new Fault("other premises", LabelIssuer.of(key).issue(DoorLabel.of("110105", org.renfang.model.PremisesId.of("H110105000999999"), 4711,
                Vectors.label().issuedOn(), null)), LabelStatus.WRONG_PREMISES, null));
        f.add(new Fault("issued tomorrow (Shanghai day)", LabelIssuer.of(key).issue(DoorLabel.of("110105", Vectors.label().premises(), 4711,
                java.time.LocalDate.of(2026, 6, 2), null)), LabelStatus.NOT_YET_VALID, null));
        f.add(new Fault("expired yesterday (Shanghai day)", LabelIssuer.of(key).issue(DoorLabel.of("110105", Vectors.label().premises(), 4711,
                java.time.LocalDate.of(2026, 3, 1), java.time.LocalDate.of(2026, 5, 31))), LabelStatus.EXPIRED, null));
        f.add(new Fault("expires today (Shanghai day)", LabelIssuer.of(key).issue(DoorLabel.of("110105", Vectors.label().premises(), 4711,
                java.time.LocalDate.of(2026, 3, 1), java.time.LocalDate.of(2026, 6, 1))), LabelStatus.VALID, null));
        f.add(new Fault("issued today (Shanghai day)", LabelIssuer.of(key).issue(DoorLabel.of("110105", Vectors.label().premises(), 4711,
                java.time.LocalDate.of(2026, 6, 1), null)), LabelStatus.VALID, null));
        f.add(new Fault("the golden label", good, LabelStatus.VALID, null));
        return f;
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
