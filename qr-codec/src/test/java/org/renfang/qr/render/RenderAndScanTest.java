package org.renfang.qr.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.renfang.model.PremisesId;
import org.renfang.qr.DoorLabel;
import org.renfang.qr.ErrorCorrection;
import org.renfang.qr.KeyRing;
import org.renfang.qr.LabelException;
import org.renfang.qr.LabelImages;
import org.renfang.qr.LabelIssuer;
import org.renfang.qr.LabelPrivateKey;
import org.renfang.qr.LabelReader;
import org.renfang.qr.LabelReading;
import org.renfang.qr.LabelStatus;
import org.renfang.qr.RevocationList;

class RenderAndScanTest {
    static final LabelPrivateKey KEY = LabelPrivateKey.ofSeed(
            HexFormat.of().parseHex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60"));
    static final DoorLabel LABEL = DoorLabel.of("110105", PremisesId.of("H110105000123456"), 4711,
            LocalDate.of(2026, 3, 1), LocalDate.of(2027, 2, 28));
    static final String TEXT = LabelIssuer.of(KEY).issue(LABEL);
    static final Instant AT = Instant.parse("2026-06-01T04:00:00Z");
    static final LabelReader READER = LabelReader.of(KeyRing.of(KEY.publicKey()), RevocationList.empty());

    @Test
    void symbol_isVersion9AtQ_withQuietZone4() {
        QrSymbol s = QrSymbol.encode(TEXT, ErrorCorrection.Q, 9);
        assertThat(s.version()).isEqualTo(9);
        assertThat(s.size()).isEqualTo(53);
        assertThat(s.sizeWithQuietZone()).isEqualTo(61);
        assertThat(s.errorCorrection()).isEqualTo(ErrorCorrection.Q);
        assertThatThrownBy(() -> QrSymbol.encode(TEXT, ErrorCorrection.Q, 8)).isInstanceOfSatisfying(LabelException.class,
                e -> assertThat(e.code()).isEqualTo(LabelException.Code.LABEL_TOO_LARGE));
        assertThat(QrSymbol.encode(TEXT, ErrorCorrection.L).version()).isLessThan(9);
    }

    @Test
    void png_readsBackValid_andHasQuietZone() throws IOException {
        QrSymbol s = QrSymbol.encode(TEXT, ErrorCorrection.Q);
        byte[] png = PngRenderer.render(s, 4);
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(img.getWidth()).isEqualTo(61 * 4);
        for (int i = 0; i < 16; i++) {
            assertThat(img.getRGB(i, i) & 0xffffff).isEqualTo(0xffffff);
        }
        assertThat(img.getRGB(16, 16) & 0xffffff).isEqualTo(0);
        LabelReading r = READER.readImage(png, LABEL.premises(), AT);
        assertThat(r.status()).isEqualTo(LabelStatus.VALID);
        assertThat(LabelImages.decode(PngRenderer.render(s, 2))).isEqualTo(TEXT);
        assertThatThrownBy(() -> PngRenderer.render(s, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PngRenderer.render(s, 33)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void svg_hasOnePathCoveringEveryDarkModule() {
        QrSymbol s = QrSymbol.encode(TEXT, ErrorCorrection.Q);
        String svg = SvgRenderer.render(s, 5);
        assertThat(svg.split("<path", -1)).hasSize(2);
        assertThat(svg).contains("width=\"305\"").contains("viewBox=\"0 0 61 61\"").contains("translate(4,4)");
        String d = SvgRenderer.pathData(s);
        int covered = 0;
        int dark = 0;
        for (String part : d.split("M")) {
            if (!part.isEmpty()) {
                covered += Integer.parseInt(part.substring(part.indexOf('h') + 1, part.indexOf('v')));
            }
        }
        for (int y = 0; y < s.size(); y++) {
            for (int x = 0; x < s.size(); x++) {
                dark += s.isDark(x, y) ? 1 : 0;
            }
        }
        assertThat(covered).isEqualTo(dark);
    }

    @Test
    void sheet_is60mmWithTextEscaped() {
        QrSymbol s = QrSymbol.encode(TEXT, ErrorCorrection.Q);
        String sheet = LabelSheet.render(s, LABEL, "朝阳区 <某>路 1 号 & 3 单元");
        assertThat(sheet).contains("width=\"60mm\"").contains("H110105000123456").contains("110105")
                .contains("朝阳区 &lt;某&gt;路 1 号 &amp; 3 单元").doesNotContain("<某>");
        assertThat(sheet.split("<path", -1)).hasSize(2);
        String longLine = LabelSheet.render(s, LABEL, "很".repeat(40));
        assertThat(longLine).contains("lengthAdjust=\"spacingAndGlyphs\"");
        assertThatThrownBy(() -> LabelSheet.render(s, LABEL, "a\nb")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LabelSheet.render(s, LABEL, "a".repeat(201))).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "angle {0}, tilt {1}/{2}, shade {3}, blur {4}, noise {5}, module {6} px")
    @CsvSource({
        "0, 0, 0, 1.0, 1, 4, 6",
        "12, 0, 0, 0.6, 1, 8, 6",
        "30, 0, 0, 0.5, 1, 10, 6",
        "45, 0, 0, 0.6, 1, 6, 7",
        "0, 0.0004, 0, 0.6, 1, 6, 6",
        "10, 0.0004, 0, 0.55, 1, 6, 6",
        "20, 0.0003, 0.0003, 0.6, 1, 6, 6",
        "45, 0.0003, -0.0003, 0.6, 1, 6, 7",
        "-35, -0.0004, 0.0002, 0.6, 1, 6, 7",
    })
    void photoLikeJpeg_readsValid(double angle, double tiltX, double tiltY, double shade, int blur, double noise, int modulePx)
            throws IOException {
        PhotoSimulator p = new PhotoSimulator();
        p.modulePx = modulePx;
        p.angleDegrees = angle;
        p.tiltX = tiltX;
        p.tiltY = tiltY;
        p.shadeFrom = shade;
        p.blurPasses = blur;
        p.noiseSigma = noise;
        p.seed = (long) (angle * 1000 + noise);
        byte[] jpeg = p.jpeg(QrSymbol.encode(TEXT, ErrorCorrection.Q));
        LabelReading r = READER.readImage(jpeg, LABEL.premises(), AT);
        assertThat(r.status()).isEqualTo(LabelStatus.VALID);
        assertThat(r.label()).isEqualTo(LABEL);
    }

    @Test
    void photoSimulator_transformsTheImage() throws Exception {
        PhotoSimulator p = new PhotoSimulator();
        p.angleDegrees = 45;
        p.modulePx = 7;
        p.tiltX = 0.0003;
        p.tiltY = -0.0003;
        p.shadeFrom = 0.6;
        p.noiseSigma = 6;
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(p.jpeg(QrSymbol.encode(TEXT, ErrorCorrection.Q))));
        assertThat(img.getWidth()).isEqualTo(720);
        // the image really is transformed: the corner pixel is background, not the white quiet zone
        assertThat(img.getRaster().getSample(0, 0, 0)).isLessThan(200);
        assertThat(LabelImages.decode(img)).isEqualTo(TEXT);
    }
}
