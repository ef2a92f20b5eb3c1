package org.renfang.qr;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.renfang.model.PremisesId;
import org.renfang.qr.internal.Base45;
import org.renfang.qr.internal.LabelFields;

class LabelPropertiesTest {
    private static final LabelPrivateKey KEY = Vectors.key();
    private static final LabelReader READER = LabelReader.of(KeyRing.of(KEY.publicKey()), RevocationList.empty());
    private static final LabelIssuer ISSUER = LabelIssuer.of(KEY).withMaxVersion(40).withErrorCorrection(ErrorCorrection.L);

    @Provide
    Arbitrary<DoorLabel> labels() {
        Arbitrary<String> chars = Arbitraries.strings()
                .withCharRange('0', '9').withCharRange('A', 'Z').withCharRange('a', 'z').withChars('-', '/', ' ', '号', '楼', 'é')
                .ofMinLength(1).ofMaxLength(10);
        Arbitrary<String> issuerText = chars.filter(s -> LabelFields.issuerProblem(s) == null);
        Arbitrary<String> premisesText = chars.filter(s -> LabelFields.premisesProblem(s) == null);
        Arbitrary<Long> serial = Arbitraries.oneOf(Arbitraries.longs().between(0, 1000), Arbitraries.longs().between(0, DoorLabel.MAX_SERIAL));
        Arbitrary<Long> issued = Arbitraries.longs().between(0, LabelFields.MAX_EPOCH_DAY);
        Arbitrary<Long> span = Arbitraries.oneOf(Arbitraries.just(-1L), Arbitraries.longs().between(0, 20_000));
        return Combinators.combine(issuerText, premisesText, serial, issued, span).as((i, p, s, d, e) -> DoorLabel.of(i, PremisesId.of(p), s,
                LocalDate.ofEpochDay(d), e < 0 ? null : LocalDate.ofEpochDay(Math.min(LabelFields.MAX_EPOCH_DAY, d + e))));
    }

    private static Instant dayOf(LocalDate d) {
        return d.atStartOfDay(LabelReader.DEFAULT_ZONE).toInstant().plusSeconds(3600);
    }

    @Property(tries = 300)
    void issueThenRead_givesTheSameLabelValid(@ForAll("labels") DoorLabel label) {
        String text = ISSUER.issue(label);
        LabelReading r = READER.read(text, label.premises(), dayOf(label.issuedOn()));
        assertThat(r.status()).isEqualTo(LabelStatus.VALID);
        assertThat(r.label()).isEqualTo(label);
        assertThat(r.kid()).isEqualTo(KEY.kid());
    }

    @Property(tries = 300)
    void anyChangedCharacter_isNotValid(@ForAll("labels") DoorLabel label, @ForAll @IntRange(min = 0, max = 1023) int where,
            @ForAll @IntRange(min = 1, max = 44) int shift, @ForAll boolean outsideAlphabet) {
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

    @Property(tries = 300)
    void anyChangedByte_isNotValid(@ForAll("labels") DoorLabel label, @ForAll @IntRange(min = 0, max = 1023) int where,
            @ForAll @IntRange(min = 1, max = 255) int xor) {
        String text = ISSUER.issue(label);
        byte[] cose = Base45.decode(text, DoorLabels.PREFIX.length());
        int i = where % cose.length;
        cose[i] ^= (byte) xor;
        String changed = DoorLabels.PREFIX + Base45.encode(cose);
        assertThat(READER.read(changed, label.premises(), dayOf(label.issuedOn())).status()).isNotEqualTo(LabelStatus.VALID);
    }

    @Property(tries = 200)
    void arbitraryText_neverThrows(@ForAll String text) {
        assertThat(READER.read(text, null, Instant.EPOCH).status()).isEqualTo(LabelStatus.MALFORMED);
        assertThat(READER.read("RF1:" + text, null, Instant.EPOCH).status()).isNotEqualTo(LabelStatus.VALID);
    }

    @Property(tries = 200)
    void arbitraryBytes_neverThrowAndAreNotValid(@ForAll byte[] bytes) {
        LabelReading r = READER.read(DoorLabels.PREFIX + Base45.encode(bytes), null, Instant.EPOCH);
        assertThat(r.status()).isNotEqualTo(LabelStatus.VALID);
    }
}
