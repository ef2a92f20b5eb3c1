package org.renfang.qr;

import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.renfang.model.PremisesId;
import org.renfang.qr.internal.Base45;
import org.renfang.qr.internal.CoseSign1;
import org.renfang.qr.internal.QrSymbols;

class GoldenVectorTest {
    private static final HexFormat HEX = HexFormat.of();

    static JsonNode load(String name) throws IOException {
        try (InputStream in = GoldenVectorTest.class.getResourceAsStream("/vectors/" + name)) {
            return new ObjectMapper().readTree(in);
        }
    }

    @Test
    void everyStage_matchesTheGoldenVectors() throws IOException {
        JsonNode vectors = load("door-label-v1.json").get("vectors");
        assertThat(vectors).hasSize(3);
        for (JsonNode v : vectors) {
            LabelPrivateKey key = LabelPrivateKey.ofSeed(HEX.parseHex(v.get("privateKeySeed").asText()));
            assertThat(LabelPrivateKey.fromPem(v.get("privateKeyPem").asText()).kid()).isEqualTo(key.kid());
            assertThat(HEX.formatHex(key.encoded())).isEqualTo(v.get("privateKeyPkcs8").asText());
            LabelPublicKey pub = LabelPublicKey.fromPem(v.get("publicKeyPem").asText());
            assertThat(pub).isEqualTo(key.publicKey());
            assertThat(HEX.formatHex(pub.raw())).isEqualTo(v.get("publicKeyRaw").asText());
            assertThat(HEX.formatHex(pub.encoded())).isEqualTo(v.get("publicKeySpki").asText());
            assertThat(pub.kid()).isEqualTo(v.get("kid").asText());

            JsonNode l = v.get("label");
            DoorLabel label = DoorLabel.of(l.get("issuer").asText(), PremisesId.of(l.get("premises").asText()),
                    l.get("serial").asLong(), LocalDate.parse(l.get("issuedOn").asText()),
                    l.get("expiresOn").isNull() ? null : LocalDate.parse(l.get("expiresOn").asText()));
            assertThat(label.issuedOn().toEpochDay()).isEqualTo(l.get("issuedOnDays").asLong());

            byte[] payload = LabelIssuer.payload(label);
            assertThat(HEX.formatHex(payload)).isEqualTo(v.get("payload").asText());
            byte[] prot = CoseSign1.protectedHeader(HEX.parseHex(key.kid()));
            assertThat(HEX.formatHex(prot)).isEqualTo(v.get("protectedHeader").asText());
            byte[] ss = CoseSign1.sigStructure(prot, 0, prot.length, payload, 0, payload.length);
            assertThat(HEX.formatHex(ss)).isEqualTo(v.get("sigStructure").asText());
            for (SignatureProvider p : new SignatureProvider[] {SignatureProvider.bouncyCastle(), SignatureProvider.jdk()}) {
                assertThat(HEX.formatHex(p.sign(key, ss))).isEqualTo(v.get("signature").asText());
                assertThat(p.verify(pub, ss, HEX.parseHex(v.get("signature").asText()))).isTrue();
            }
            byte[] cose = CoseSign1.encode(prot, payload, HEX.parseHex(v.get("signature").asText()));
            assertThat(HEX.formatHex(cose)).isEqualTo(v.get("coseSign1").asText());
            assertThat(Base45.encode(cose)).isEqualTo(v.get("base45").asText());
            assertThat(Base45.decode(v.get("base45").asText(), 0)).isEqualTo(cose);

            String text = v.get("text").asText();
            assertThat(LabelIssuer.of(key).withMaxVersion(40).issue(label)).isEqualTo(text);
            if (v.get("qrVersionAtQ").asInt() <= LabelIssuer.DEFAULT_MAX_VERSION) {
                assertThat(LabelIssuer.of(key).issue(label)).isEqualTo(text);
            }
            assertThat(LabelIssuer.of(key).withProvider(SignatureProvider.jdk()).withMaxVersion(40).issue(label)).isEqualTo(text);
            assertThat(QrSymbols.minimumAlphanumericVersion(text.length(), ErrorCorrectionLevel.Q))
                    .isEqualTo(v.get("qrVersionAtQ").asInt());

            for (SignatureProvider p : new SignatureProvider[] {SignatureProvider.bouncyCastle(), SignatureProvider.jdk()}) {
                LabelReading r = LabelReader.of(KeyRing.of(pub), RevocationList.empty()).withProvider(p)
                        .read(text, label.premises(), label.issuedOn().atStartOfDay(LabelReader.DEFAULT_ZONE).toInstant());
                assertThat(r.status()).isEqualTo(LabelStatus.VALID);
                assertThat(r.label()).isEqualTo(label);
                assertThat(r.kid()).isEqualTo(v.get("kid").asText());
            }
        }
    }

    @Test
    void sixteenCharacterPremises_fitsVersion9AtQ() throws IOException {
        JsonNode v = load("door-label-v1.json").get("vectors").get(0);
        assertThat(v.get("label").get("premises").asText()).hasSize(16);
        assertThat(v.get("qrVersionAtQ").asInt()).isEqualTo(9);
    }
}
