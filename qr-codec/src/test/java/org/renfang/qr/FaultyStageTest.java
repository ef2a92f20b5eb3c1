package org.renfang.qr;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.renfang.label.LabelCheck;
import org.renfang.model.PremisesId;

class FaultyStageTest {
    static final Instant AT = Instant.parse("2026-06-01T04:00:00Z");
    static final PremisesId PREMISES = PremisesId.of("H110105000123456");

    static LabelReader reader() {
        return LabelReader.of(KeyRing.of(Vectors.key().publicKey()), RevocationList.parse("110105 13\n"));
    }

    @Test
    void oneFaultyStageAtATime_givesItsStatusAndStage() throws IOException {
        JsonNode doc = GoldenVectorTest.load("door-label-v1-faults.json");
        JsonNode ctx = doc.get("context");
        KeyRing ring = KeyRing.of(LabelPublicKey.fromPem(ctx.get("trustedPublicKeys").get(0).asText()));
        RevocationList revoked = RevocationList.parse(ctx.get("revoked").get(0).asText());
        List<String> checked = new ArrayList<>();
        for (SignatureProvider p : new SignatureProvider[] {SignatureProvider.bouncyCastle(), SignatureProvider.jdk()}) {
            LabelReader reader = LabelReader.of(ring, revoked).withProvider(p)
                    .withZone(java.time.ZoneId.of(ctx.get("zone").asText()));
            for (JsonNode c : doc.get("cases")) {
                String name = c.get("name").asText();
                LabelReading r = reader.read(c.get("text").asText(), PremisesId.of(ctx.get("expectedPremises").asText()),
                        Instant.parse(ctx.get("at").asText()));
                assertThat(r.status()).as(name).isEqualTo(LabelStatus.valueOf(c.get("status").asText()));
                assertThat(r.stage() == null ? null : r.stage().name()).as(name)
                        .isEqualTo(c.get("stage").isNull() ? null : c.get("stage").asText());
                checked.add(name);
            }
        }
        assertThat(checked).hasSizeGreaterThan(80);
    }

    @Test
    void vectorFile_matchesTheFaultBuilder() throws IOException {
        JsonNode cases = GoldenVectorTest.load("door-label-v1-faults.json").get("cases");
        List<Faults.Fault> built = Faults.all();
        assertThat(cases).hasSize(built.size());
        for (int i = 0; i < built.size(); i++) {
            assertThat(cases.get(i).get("text").asText()).as(built.get(i).name()).isEqualTo(built.get(i).text());
        }
    }

    @Test
    void everyStatusAndStage_isCovered() {
        List<Faults.Fault> all = Faults.all();
        for (LabelStatus s : LabelStatus.values()) {
            assertThat(all).as(s.name()).anyMatch(f -> f.status() == s);
        }
        for (LabelStage s : LabelStage.values()) {
            if (s != LabelStage.IMAGE) {
                assertThat(all).as(s.name()).anyMatch(f -> f.stage() == s);
            }
        }
    }

    @Test
    void verifier_mapsStatusAndStageOntoCore() {
        LabelReader reader = reader();
        for (Faults.Fault f : Faults.all()) {
            LabelCheck check = LabelReader.of(KeyRing.of(Vectors.key().publicKey()), RevocationList.parse("110105 13"))
                    .verify(f.text(), PREMISES, AT);
            assertThat(check.status().name()).as(f.name()).isEqualTo(f.status().name());
            assertThat(check.stage()).as(f.name()).isEqualTo(f.stage() == null ? null : f.stage().name());
            assertThat(reader.verify(f.text(), PREMISES, AT)).isEqualTo(check);
        }
    }
}
