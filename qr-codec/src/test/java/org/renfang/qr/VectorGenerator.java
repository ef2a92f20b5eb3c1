package org.renfang.qr;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.renfang.qr.internal.Base45;
import org.renfang.qr.internal.CoseSign1;
import org.renfang.qr.internal.QrSymbols;

/**
 * Writes the golden vectors into {@code src/test/resources/vectors/}; run by hand from the
 * qr-codec folder when the format changes (it never should for format RF1).
 */
public final class VectorGenerator {
    private static final HexFormat HEX = HexFormat.of();

    private VectorGenerator() {
    }

    /**
     * Writes the vector files.
     *
     * @param args the output folder, default {@code src/test/resources/vectors}
     * @throws IOException if a file cannot be written
     */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "src/test/resources/vectors");
        Files.createDirectories(dir);
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

        List<Object> valid = new ArrayList<>();
        valid.add(vector("expiring label", Vectors.label()));
        valid.add(vector("label without expiry, serial 0, issued 1970-01-01", DoorLabel.of("A",
                org.renfang.model.PremisesId.of("0"), 0, java.time.LocalDate.of(1970, 1, 1), null)));
        valid.add(vector("UTF-8 fields, largest serial (2^53 - 1)", DoorLabel.of("北京市公安局朝阳分局",
                org.renfang.model.PremisesId.of("朝阳-H7"), DoorLabel.MAX_SERIAL, java.time.LocalDate.of(2026, 3, 1),
                java.time.LocalDate.of(9999, 12, 31))));
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("format", "RF1 door label (docs/door-label.md)");
        doc.put("vectors", valid);
        json.writeValue(dir.resolve("door-label-v1.json").toFile(), doc);

        List<Object> faults = new ArrayList<>();
        for (Faults.Fault f : Faults.all()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", f.name());
            m.put("text", f.text());
            m.put("status", f.status().name());
            m.put("stage", f.stage() == null ? null : f.stage().name());
            faults.add(m);
        }
        Map<String, Object> fdoc = new LinkedHashMap<>();
        fdoc.put("format", "RF1 door label (docs/door-label.md): one faulty stage at a time");
        Map<String, Object> ctx = new LinkedHashMap<>();
        ctx.put("trustedPublicKeys", List.of(Vectors.key().publicKey().toPem()));
        ctx.put("revoked", List.of("110105 13"));
        ctx.put("expectedPremises", Vectors.label().premises().value());
        ctx.put("at", "2026-06-01T04:00:00Z");
        ctx.put("zone", "Asia/Shanghai");
        fdoc.put("context", ctx);
        fdoc.put("cases", faults);
        json.writeValue(dir.resolve("door-label-v1-faults.json").toFile(), fdoc);

        json.writeValue(dir.resolve("kid-collision.json").toFile(), kidCollision());
    }

    static Map<String, Object> vector(String name, DoorLabel label) {
        LabelPrivateKey key = Vectors.key();
        LabelPublicKey pub = key.publicKey();
        byte[] payload = LabelIssuer.payload(label);
        byte[] prot = CoseSign1.protectedHeader(HEX.parseHex(key.kid()));
        byte[] sigStructure = CoseSign1.sigStructure(prot, 0, prot.length, payload, 0, payload.length);
        byte[] sig = SignatureProvider.bouncyCastle().sign(key, sigStructure);
        byte[] cose = CoseSign1.encode(prot, payload, sig);
        String b45 = Base45.encode(cose);
        String text = DoorLabels.PREFIX + b45;
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("privateKeySeed", HEX.formatHex(key.encoded(), 16, 48));
        m.put("privateKeyPkcs8", HEX.formatHex(key.encoded()));
        m.put("privateKeyPem", key.toPem());
        m.put("publicKeyRaw", HEX.formatHex(pub.raw()));
        m.put("publicKeySpki", HEX.formatHex(pub.encoded()));
        m.put("publicKeyPem", pub.toPem());
        m.put("kid", pub.kid());
        Map<String, Object> l = new LinkedHashMap<>();
        l.put("issuer", label.issuer());
        l.put("premises", label.premises().value());
        l.put("serial", label.serial());
        l.put("issuedOn", label.issuedOn().toString());
        l.put("issuedOnDays", label.issuedOn().toEpochDay());
        l.put("expiresOn", label.expiresOn() == null ? null : label.expiresOn().toString());
        l.put("expiresOnDays", label.expiresOn() == null ? null : label.expiresOn().toEpochDay());
        m.put("label", l);
        m.put("payload", HEX.formatHex(payload));
        m.put("protectedHeader", HEX.formatHex(prot));
        m.put("sigStructure", HEX.formatHex(sigStructure));
        m.put("signature", HEX.formatHex(sig));
        m.put("coseSign1", HEX.formatHex(cose));
        m.put("base45", b45);
        m.put("text", text);
        m.put("textLength", text.length());
        m.put("qrVersionAtQ", QrSymbols.minimumAlphanumericVersion(text.length(), ErrorCorrectionLevel.Q));
        return m;
    }

    /** Finds two keys whose kids collide, deterministically from seed index 0. */
    static Map<String, Object> kidCollision() {
        Map<String, Long> seen = new HashMap<>();
        for (long i = 0; ; i++) {
            LabelPrivateKey k = LabelPrivateKey.ofSeed(seed(i));
            Long prev = seen.putIfAbsent(k.kid(), i);
            if (prev != null) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("note", "two Ed25519 keys with the same kid; seeds are SHA-256 of the decimal index");
                m.put("kid", k.kid());
                m.put("seedA", HEX.formatHex(seed(prev)));
                m.put("seedB", HEX.formatHex(seed(i)));
                return m;
            }
        }
    }

    static byte[] seed(long i) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256")
                    .digest(Long.toString(i).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
