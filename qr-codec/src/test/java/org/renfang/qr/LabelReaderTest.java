package org.renfang.qr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.renfang.label.LabelCheckStatus;
import org.renfang.model.PremisesId;

class LabelReaderTest {
    private static final LabelPrivateKey KEY = Vectors.key();
    private static final DoorLabel LABEL = Vectors.label();
    private static final String TEXT = LabelIssuer.of(KEY).issue(LABEL);
    private static final Instant AT = Instant.parse("2026-06-01T04:00:00Z");
    private static final LabelReader READER = LabelReader.of(KeyRing.of(KEY.publicKey()), RevocationList.empty());

    @Test
    void validLabel_isValidWithLabelAndKid() {
        LabelReading r = READER.read(TEXT, LABEL.premises(), AT);
        assertThat(r.status()).isEqualTo(LabelStatus.VALID);
        assertThat(r.isValid()).isTrue();
        assertThat(r.stage()).isNull();
        assertThat(r.label()).isEqualTo(LABEL);
        assertThat(r.kid()).isEqualTo("06e3fd8f");
    }

    @Test
    void nullExpectedPremises_acceptsAnyPremises() {
        assertThat(READER.read(TEXT, null, AT).status()).isEqualTo(LabelStatus.VALID);
    }

    @Test
    void revoked_isRevokedAndShowsTheLabel() {
        LabelReader reader = LabelReader.of(KeyRing.of(KEY.publicKey()), RevocationList.parse("110105 4711"));
        LabelReading r = reader.read(TEXT, LABEL.premises(), AT);
        assertThat(r.status()).isEqualTo(LabelStatus.REVOKED);
        assertThat(r.label()).isEqualTo(LABEL);
        assertThat(LabelReader.of(KeyRing.of(KEY.publicKey()), RevocationList.parse("110106 4711\n110105 4712"))
                .read(TEXT, LABEL.premises(), AT).status()).isEqualTo(LabelStatus.VALID);
    }

    @Test
    void revokedAndWrongPremises_isRevoked() {
        LabelReader reader = LabelReader.of(KeyRing.of(KEY.publicKey()), RevocationList.empty().with("110105", 4711));
        assertThat(reader.read(TEXT, PremisesId.of("OTHER"), AT).status()).isEqualTo(LabelStatus.REVOKED);
    }

    @Test
    void wrongPremises_isWrongPremises() {
        assertThat(READER.read(TEXT, PremisesId.of("H110105000123457"), AT).status()).isEqualTo(LabelStatus.WRONG_PREMISES);
    }

    @Test
    void issueDay_boundaryInShanghai() {
        // 2026-03-01 00:00 in Shanghai is 2026-02-28T16:00Z
        assertThat(READER.read(TEXT, null, Instant.parse("2026-02-28T15:59:59Z")).status()).isEqualTo(LabelStatus.NOT_YET_VALID);
        assertThat(READER.read(TEXT, null, Instant.parse("2026-02-28T16:00:00Z")).status()).isEqualTo(LabelStatus.VALID);
    }

    @Test
    void expiryDay_isValid_dayAfter_isExpired() {
        // expires 2027-02-28: valid through 2027-02-28 23:59:59 in Shanghai = 2027-02-28T15:59:59Z
        assertThat(READER.read(TEXT, null, Instant.parse("2027-02-28T15:59:59Z")).status()).isEqualTo(LabelStatus.VALID);
        assertThat(READER.read(TEXT, null, Instant.parse("2027-02-28T16:00:00Z")).status()).isEqualTo(LabelStatus.EXPIRED);
    }

    @Test
    void zone_decidesTheDay() {
        LabelReader utc = READER.withZone(ZoneOffset.UTC);
        assertThat(utc.zone()).isEqualTo(ZoneOffset.UTC);
        assertThat(utc.read(TEXT, null, Instant.parse("2026-02-28T16:00:00Z")).status()).isEqualTo(LabelStatus.NOT_YET_VALID);
        assertThat(utc.read(TEXT, null, Instant.parse("2027-02-28T16:00:00Z")).status()).isEqualTo(LabelStatus.VALID);
    }

    @Test
    void wrongPremises_beforeNotYetValid() {
        assertThat(READER.read(TEXT, PremisesId.of("X"), Instant.parse("2020-01-01T00:00:00Z")).status())
                .isEqualTo(LabelStatus.WRONG_PREMISES);
    }

    @Test
    void unknownKey_emptyRing_andOtherKey() {
        LabelReading r = LabelReader.of(KeyRing.empty(), RevocationList.empty()).read(TEXT, null, AT);
        assertThat(r.status()).isEqualTo(LabelStatus.UNKNOWN_KEY);
        assertThat(r.kid()).isEqualTo(KEY.kid());
        assertThat(r.label()).isNull();
        assertThat(LabelReader.of(KeyRing.of(Vectors.otherKey().publicKey()), RevocationList.empty()).read(TEXT, null, AT).status())
                .isEqualTo(LabelStatus.UNKNOWN_KEY);
    }

    @Test
    void keyOutsideItsValidity_isUnknownKey_endsIncluded() {
        Instant from = Instant.parse("2026-01-01T00:00:00Z");
        Instant to = Instant.parse("2026-12-31T00:00:00Z");
        LabelReader reader = LabelReader.of(KeyRing.builder().add(KEY.publicKey(), from, to).build(), RevocationList.empty());
        assertThat(reader.read(TEXT, null, from.minusMillis(1)).status()).isEqualTo(LabelStatus.UNKNOWN_KEY);
        assertThat(reader.read(TEXT, null, from).status()).isEqualTo(LabelStatus.NOT_YET_VALID);
        assertThat(reader.read(TEXT, null, to).status()).isEqualTo(LabelStatus.VALID);
        assertThat(reader.read(TEXT, null, to.plusMillis(1)).status()).isEqualTo(LabelStatus.UNKNOWN_KEY);
        assertThatThrownBy(() -> KeyRing.builder().add(KEY.publicKey(), to, from)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void sameKeyTwice_usableEntryIsUsed() {
        KeyRing ring = KeyRing.builder()
                .add(KEY.publicKey(), null, Instant.parse("2020-01-01T00:00:00Z"))
                .add(KEY.publicKey(), Instant.parse("2026-01-01T00:00:00Z"), null)
                .build();
        assertThat(LabelReader.of(ring, RevocationList.empty()).read(TEXT, null, AT).status()).isEqualTo(LabelStatus.VALID);
    }

    @Test
    void kidCollision_everyKeyWithTheKidIsTried() throws IOException {
        JsonNode c = new ObjectMapper().readTree(getClass().getResourceAsStream("/vectors/kid-collision.json"));
        LabelPrivateKey a = LabelPrivateKey.ofSeed(HexFormat.of().parseHex(c.get("seedA").asText()));
        LabelPrivateKey b = LabelPrivateKey.ofSeed(HexFormat.of().parseHex(c.get("seedB").asText()));
        assertThat(a.kid()).isEqualTo(b.kid()).isEqualTo(c.get("kid").asText());
        assertThat(a.publicKey()).isNotEqualTo(b.publicKey());
        String byB = LabelIssuer.of(b).issue(LABEL);
        String byA = LabelIssuer.of(a).issue(LABEL);
        KeyRing both = KeyRing.of(a.publicKey(), b.publicKey());
        LabelReader reader = LabelReader.of(both, RevocationList.empty());
        assertThat(reader.read(byB, null, AT).status()).isEqualTo(LabelStatus.VALID);
        assertThat(reader.read(byA, null, AT).status()).isEqualTo(LabelStatus.VALID);
        assertThat(LabelReader.of(KeyRing.of(a.publicKey()), RevocationList.empty()).read(byB, null, AT).status())
                .isEqualTo(LabelStatus.BAD_SIGNATURE);
    }

    @Test
    void textLength_limitIs1024() {
        String base = "RF1:";
        String at1024 = base + "0".repeat(DoorLabels.MAX_TEXT_LENGTH - base.length());
        String at1025 = at1024 + "0";
        assertThat(READER.read(at1024, null, AT).stage()).isNotEqualTo(LabelStage.PREFIX);
        assertThat(READER.read(at1025, null, AT).stage()).isEqualTo(LabelStage.PREFIX);
        assertThat(READER.read("x".repeat(1_000_000), null, AT).stage()).isEqualTo(LabelStage.PREFIX);
    }

    @Test
    void readImage_garbage_isMalformedImage() {
        LabelReading r = READER.readImage(new byte[] {1, 2, 3}, null, AT);
        assertThat(r.status()).isEqualTo(LabelStatus.MALFORMED);
        assertThat(r.stage()).isEqualTo(LabelStage.IMAGE);
        assertThat(r.toCheck().stage()).isEqualTo("IMAGE");
    }

    @Test
    void statuses_mapOneToOneOntoCore() {
        for (LabelStatus s : LabelStatus.values()) {
            assertThat(s.toCheckStatus().name()).isEqualTo(s.name());
        }
        assertThat(LabelStatus.values()).hasSameSizeAs(LabelCheckStatus.values());
    }

    @Test
    void toJson_hasTheCommandLineFields() {
        LabelReading r = READER.read(TEXT, LABEL.premises(), AT);
        assertThat(r.toJson()).isEqualTo("{\"status\": \"VALID\", \"stage\": null, \"issuer\": \"110105\", "
                + "\"premises\": \"H110105000123456\", \"serial\": 4711, \"issuedOn\": \"2026-03-01\", "
                + "\"expiresOn\": \"2027-02-28\", \"kid\": \"06e3fd8f\", \"reason\": null}");
        assertThat(READER.read("junk", null, AT).toJson()).isEqualTo("{\"status\": \"MALFORMED\", \"stage\": \"PREFIX\", "
                + "\"issuer\": null, \"premises\": null, \"serial\": null, \"issuedOn\": null, \"expiresOn\": null, \"kid\": null, \"reason\": null}");
    }

    @Test
    void toJson_escapesText() throws IOException {
        DoorLabel odd = DoorLabel.of("门牌/1", PremisesId.of("a\"b\\c"), 1, LocalDate.of(2026, 1, 1), null);
        LabelReading r = READER.read(LabelIssuer.of(KEY).withMaxVersion(40).issue(odd), null, AT);
        JsonNode n = new ObjectMapper().readTree(r.toJson());
        assertThat(n.get("issuer").asText()).isEqualTo("门牌/1");
        assertThat(n.get("premises").asText()).isEqualTo("a\"b\\c");
        assertThat(n.get("expiresOn").isNull()).isTrue();
    }

    @Test
    void reading_stageOnlyForMalformed() {
        assertThatThrownBy(() -> new LabelReading(LabelStatus.VALID, LabelStage.CBOR, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LabelReading(LabelStatus.MALFORMED, null, null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
