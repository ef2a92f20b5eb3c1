package org.renfang.qr;

import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.zxing.qrcode.decoder.Mode;
import com.google.zxing.qrcode.encoder.QRCode;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.renfang.model.PremisesId;
import org.renfang.qr.internal.Base45;
import org.renfang.qr.internal.QrSymbols;

class IssueTest {
    private static final LabelPrivateKey KEY = Vectors.key();

    @Test
    void defaultIssue_isAlphanumericVersion9AtQ() throws Exception {
        String text = LabelIssuer.of(KEY).issue(Vectors.label());
        assertThat(text).startsWith("RF1:");
        assertThat(QrSymbols.isAlphanumeric(text)).isTrue();
        QRCode code = QrSymbols.encode(text, ErrorCorrectionLevel.Q);
        assertThat(code.getMode()).isEqualTo(Mode.ALPHANUMERIC);
        assertThat(code.getVersion().getVersionNumber()).isEqualTo(9);
    }

    @Test
    void tooLargeForMaxVersion_isRefusedWithCode() {
        DoorLabel big = DoorLabel.of("I".repeat(32), PremisesId.of("P".repeat(32)), DoorLabel.MAX_SERIAL,
                LocalDate.of(2026, 3, 1), LocalDate.of(2030, 1, 1));
        assertThatThrownBy(() -> LabelIssuer.of(KEY).issue(big))
                .isInstanceOfSatisfying(LabelException.class, e -> assertThat(e.code()).isEqualTo(LabelException.Code.LABEL_TOO_LARGE));
        String text = LabelIssuer.of(KEY).withMaxVersion(11).issue(big);
        assertThat(QrSymbols.minimumAlphanumericVersion(text.length(), ErrorCorrectionLevel.Q)).isLessThanOrEqualTo(11);
        assertThatThrownBy(() -> LabelIssuer.of(KEY).withErrorCorrection(ErrorCorrection.H).withMaxVersion(11).issue(big))
                .isInstanceOfSatisfying(LabelException.class, e -> assertThat(e.code()).isEqualTo(LabelException.Code.LABEL_TOO_LARGE));
        assertThat(LabelIssuer.of(KEY).withErrorCorrection(ErrorCorrection.L).withMaxVersion(9).issue(big)).isEqualTo(text);
    }

    @Test
    void maxVersionBoundary_exactFitAccepted_oneLessRefused() {
        DoorLabel label = Vectors.label();
        int needed = QrSymbols.minimumAlphanumericVersion(LabelIssuer.of(KEY).issue(label).length(), ErrorCorrectionLevel.M);
        assertThat(LabelIssuer.of(KEY).withErrorCorrection(ErrorCorrection.M).withMaxVersion(needed).issue(label)).isNotEmpty();
        assertThatThrownBy(() -> LabelIssuer.of(KEY).withErrorCorrection(ErrorCorrection.M).withMaxVersion(needed - 1).issue(label))
                .isInstanceOf(LabelException.class);
        assertThatThrownBy(() -> LabelIssuer.of(KEY).withMaxVersion(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LabelIssuer.of(KEY).withMaxVersion(41)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void capacity_agreesWithZxingForEveryLengthAndLevel() throws Exception {
        StringBuilder sb = new StringBuilder();
        for (int n = 1; n <= 1100; n += (n < 300 ? 1 : 7)) {
            while (sb.length() < n) {
                sb.append(Base45.ALPHABET.charAt((sb.length() * 7 + 10) % 45));
            }
            String text = sb.substring(0, n);
            for (ErrorCorrection ecc : ErrorCorrection.values()) {
                assertThat(QrSymbols.minimumAlphanumericVersion(n, ErrorCorrectionLevel.valueOf(ecc.name()))).as("%d at %s", n, ecc)
                        .isEqualTo(QrSymbols.encode(text, ErrorCorrectionLevel.valueOf(ecc.name())).getVersion().getVersionNumber());
            }
        }
    }

    @Test
    void fields_outOfRange_areFieldInvalid() {
        LocalDate d = LocalDate.of(2026, 3, 1);
        PremisesId p = PremisesId.of("H1");
        assertFieldInvalid(() -> DoorLabel.of(" ", p, 1, d, null));
        assertFieldInvalid(() -> DoorLabel.of("", p, 1, d, null));
        assertFieldInvalid(() -> DoorLabel.of("I".repeat(33), p, 1, d, null));
        assertFieldInvalid(() -> DoorLabel.of("一二三四五六七八九十一", p, 1, d, null));
        assertFieldInvalid(() -> DoorLabel.of("a\nb", p, 1, d, null));
        assertFieldInvalid(() -> DoorLabel.of("A", PremisesId.of("P".repeat(33)), 1, d, null));
        assertFieldInvalid(() -> DoorLabel.of("A", p, -1, d, null));
        assertFieldInvalid(() -> DoorLabel.of("A", p, 1, LocalDate.of(1969, 12, 31), null));
        assertFieldInvalid(() -> DoorLabel.of("A", p, 1, d, d.minusDays(1)));
        assertFieldInvalid(() -> DoorLabel.of("A", p, 1, LocalDate.of(10000, 1, 1), null));
        assertThat(DoorLabel.of("I".repeat(32), PremisesId.of("P".repeat(32)), 0, LocalDate.of(1970, 1, 1),
                LocalDate.of(9999, 12, 31)).expiry()).contains(LocalDate.of(9999, 12, 31));
        assertThat(DoorLabel.of("一二三四五六七八九十", p, 1, d, d).issuer()).hasSize(10);
    }

    private static void assertFieldInvalid(org.assertj.core.api.ThrowableAssert.ThrowingCallable c) {
        assertThatThrownBy(c).isInstanceOfSatisfying(LabelException.class,
                e -> assertThat(e.code()).isEqualTo(LabelException.Code.FIELD_INVALID));
    }

    @Test
    void errorCorrection_parse() {
        assertThat(ErrorCorrection.parse("q")).isEqualTo(ErrorCorrection.Q);
        assertThat(ErrorCorrection.parse("H")).isEqualTo(ErrorCorrection.H);
        assertThatThrownBy(() -> ErrorCorrection.parse("X")).isInstanceOf(IllegalArgumentException.class);
    }
}
