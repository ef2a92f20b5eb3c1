package org.renfang.qr;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.renfang.model.PremisesId;
import org.renfang.qr.internal.Base45;
import org.renfang.qr.internal.LabelFields;
import org.renfang.testing.Gen;
import org.renfang.testing.PropertyCheck;

class LabelPropertiesTest {
    private static final LabelPrivateKey KEY = Vectors.key();
    private static final LabelReader READER = LabelReader.of(KeyRing.of(KEY.publicKey()), RevocationList.empty());
    private static final LabelIssuer ISSUER = LabelIssuer.of(KEY).withMaxVersion(40).withErrorCorrection(ErrorCorrection.L);

    static Gen<DoorLabel> labels() {
        Gen<String> chars = Gen.strings(Gen.oneOf(Gen.chars('0', '9'), Gen.chars('A', 'Z'), Gen.chars('a', 'z'),
                        Gen.charsOf("-/ 号楼é")), 1, 10);
        Gen<String> issuerText = chars.filter(s -> LabelFields.issuerProblem(s) == null);
        Gen<String> premisesText = chars.filter(s -> LabelFields.premisesProblem(s) == null);
        Gen<Long> serial = Gen.oneOf(Gen.longs(0, 1000), Gen.longs(0, DoorLabel.MAX_SERIAL));
        Gen<Long> issued = Gen.longs(0, LabelFields.MAX_EPOCH_DAY);
        Gen<Long> span = Gen.oneOf(Gen.constant(-1L), Gen.longs(0, 20_000));
        return r -> {
            String i = issuerText.next(r);
            String p = premisesText.next(r);
            long s = serial.next(r);
            long d = issued.next(r);
            long e = span.next(r);
            return DoorLabel.of(i, PremisesId.of(p), s, LocalDate.ofEpochDay(d),
                    e < 0 ? null : LocalDate.ofEpochDay(Math.min(LabelFields.MAX_EPOCH_DAY, d + e)));
        };
    }

    private static Instant dayOf(LocalDate d) {
        return d.atStartOfDay(LabelReader.DEFAULT_ZONE).toInstant().plusSeconds(3600);
    }

    @Test
    void issueThenRead_givesTheSameLabelValid() {
        PropertyCheck.forAll(300, s -> issueThenRead_givesTheSameLabelValid(s.draw("label", labels())));
    }

    private static void issueThenRead_givesTheSameLabelValid(DoorLabel label) {
        String text = ISSUER.issue(label);
        LabelReading r = READER.read(text, label.premises(), dayOf(label.issuedOn()));
        assertThat(r.status()).isEqualTo(LabelStatus.VALID);
        assertThat(r.label()).isEqualTo(label);
        assertThat(r.kid()).isEqualTo(KEY.kid());
    }

    @Test
    void anyChangedCharacter_isNotValid() {
        PropertyCheck.forAll(300, s -> anyChangedCharacter_isNotValid(s.draw("label", labels()),
                s.draw("where", Gen.ints(0, 1023)), s.draw("shift", Gen.ints(1, 44)),
                s.draw("outsideAlphabet", Gen.booleans())));
    }

    private static void anyChangedCharacter_isNotValid(DoorLabel label, int where, int shift, boolean outsideAlphabet) {
        String text = ISSUER.issue(label);
        int i = where % text.length();
        char c = text.charAt(i);
        char replacement;
        if (outsideAlphabet) {
            String outside = "abc#\n\u00e9\u0000?";
            replacement = outside.charAt(shift % outside.length());
        } else {
            int idx = Base45.ALPHABET.indexOf(c);
            replacement = Base45.ALPHABET.charAt(((idx < 0 ? 0 : idx) + shift) % 45);
        }
        if (replacement == c) {
            replacement = c == 'A' ? 'B' : 'A';
        }
        String changed = text.substring(0, i) + replacement + text.substring(i + 1);
        assertThat(READER.read(changed, label.premises(), dayOf(label.issuedOn())).status()).isNotEqualTo(LabelStatus.VALID);
    }

    @Test
    void anyChangedByte_isNotValid() {
        PropertyCheck.forAll(300, s -> anyChangedByte_isNotValid(s.draw("label", labels()),
                s.draw("where", Gen.ints(0, 1023)), s.draw("xor", Gen.ints(1, 255))));
    }

    private static void anyChangedByte_isNotValid(DoorLabel label, int where, int xor) {
        String text = ISSUER.issue(label);
        byte[] cose = Base45.decode(text, DoorLabels.PREFIX.length());
        int i = where % cose.length;
        cose[i] ^= (byte) xor;
        String changed = DoorLabels.PREFIX + Base45.encode(cose);
        assertThat(READER.read(changed, label.premises(), dayOf(label.issuedOn())).status()).isNotEqualTo(LabelStatus.VALID);
    }

    @Test
    void arbitraryText_neverThrows() {
        PropertyCheck.forAll(200, s -> {
            String text = s.draw("text", Gen.strings());
            assertThat(READER.read(text, null, Instant.EPOCH).status()).isEqualTo(LabelStatus.MALFORMED);
            assertThat(READER.read("RF1:" + text, null, Instant.EPOCH).status()).isNotEqualTo(LabelStatus.VALID);
        });
    }

    @Test
    void arbitraryBytes_neverThrowAndAreNotValid() {
        PropertyCheck.forAll(200, s -> {
            byte[] bytes = s.draw("bytes", Gen.bytes(0, 255));
            LabelReading r = READER.read(DoorLabels.PREFIX + Base45.encode(bytes), null, Instant.EPOCH);
            assertThat(r.status()).isNotEqualTo(LabelStatus.VALID);
        });
    }
}
