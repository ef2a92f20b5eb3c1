package org.renfang.qr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.renfang.model.PremisesId;
import org.renfang.qr.render.PngRenderer;
import org.renfang.qr.render.QrSymbol;

/**
 * Issue #16, items 2 (image CPU budget) and 9 (several QR codes in one image).
 */
class ImageHardeningTest {
    private static final LabelPrivateKey KEY = Vectors.key();
    private static final Instant AT = Instant.parse("2026-06-01T04:00:00Z");
    private static final LabelReader READER = LabelReader.of(KeyRing.of(KEY.publicKey()), RevocationList.empty());

    private static BufferedImage labelImage(DoorLabel label, int modulePx) {
        return PngRenderer.image(QrSymbol.encode(LabelIssuer.of(KEY).issue(label), ErrorCorrection.Q), modulePx);
    }

    private static byte[] png(BufferedImage img) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }

    /** White canvas with the images side by side, 40 px apart. */
    private static BufferedImage sideBySide(BufferedImage... parts) {
        int w = 40;
        int h = 0;
        for (BufferedImage p : parts) {
            w += p.getWidth() + 40;
            h = Math.max(h, p.getHeight());
        }
        BufferedImage out = new BufferedImage(w, h + 80, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = out.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, out.getWidth(), out.getHeight());
        int x = 40;
        for (BufferedImage p : parts) {
            g.drawImage(p, x, 40, null);
            x += p.getWidth() + 40;
        }
        g.dispose();
        return out;
    }

    /**
     * A square image tiled with QR finder patterns (1:1:3:1:1, 7 modules) at 3 px a module,
     * one module of white between them: the input that kept ZXing's harder passes busy for minutes.
     */
    static BufferedImage finderTiles(int side) {
        int m = 3;
        int tile = 8 * m;
        BufferedImage img = new BufferedImage(side, side, BufferedImage.TYPE_BYTE_BINARY);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, side, side);
        for (int y = 0; y + tile <= side; y += tile) {
            for (int x = 0; x + tile <= side; x += tile) {
                g.setColor(Color.BLACK);
                g.fillRect(x, y, 7 * m, 7 * m);
                g.setColor(Color.WHITE);
                g.fillRect(x + m, y + m, 5 * m, 5 * m);
                g.setColor(Color.BLACK);
                g.fillRect(x + 2 * m, y + 2 * m, 3 * m, 3 * m);
            }
        }
        g.dispose();
        return img;
    }

    private static final DoorLabel A = DoorLabel.of("110105", PremisesId.of("H-0001"), 1, LocalDate.of(2026, 3, 1), null);
    private static final DoorLabel B = DoorLabel.of("110105", PremisesId.of("H-0002"), 2, LocalDate.of(2026, 3, 1), null);

    // ---------------------------------------------------------------------------------------
    // item 9: several codes

    @Test
    void oneLabel_readsValid() throws IOException {
        LabelReading r = READER.readImage(png(sideBySide(labelImage(A, 4))), null, AT);
        assertThat(r.status()).isEqualTo(LabelStatus.VALID);
        assertThat(r.reason()).isNull();
        assertThat(r.label()).isEqualTo(A);
    }

    @Test
    void twoValidLabels_isMalformedImage_severalCodes() throws IOException {
        LabelReading r = READER.readImage(png(sideBySide(labelImage(A, 4), labelImage(B, 4))), null, AT);
        assertThat(r.status()).isEqualTo(LabelStatus.MALFORMED);
        assertThat(r.stage()).isEqualTo(LabelStage.IMAGE);
        assertThat(r.reason()).isEqualTo(LabelException.Code.SEVERAL_CODES);
        assertThat(r.label()).isNull();
        assertThat(r.toMap()).containsEntry("reason", "SEVERAL_CODES");
    }

    @Test
    void labelBesideAnotherCode_isMalformedImage_severalCodes() throws IOException {
        BufferedImage junk = PngRenderer.image(QrSymbol.encode("HELLO WORLD", ErrorCorrection.Q), 6);
        LabelReading r = READER.readImage(png(sideBySide(junk, labelImage(A, 4))), null, AT);
        assertThat(r.stage()).isEqualTo(LabelStage.IMAGE);
        assertThat(r.reason()).isEqualTo(LabelException.Code.SEVERAL_CODES);
        assertThatThrownBy(() -> LabelImages.decode(sideBySide(labelImage(A, 4), junk)))
                .isInstanceOfSatisfying(LabelException.class, e -> assertThat(e.code()).isEqualTo(LabelException.Code.SEVERAL_CODES));
    }

    @Test
    void sameLabelTwice_isOneLabel() throws IOException {
        LabelReading r = READER.readImage(png(sideBySide(labelImage(A, 4), labelImage(A, 4))), null, AT);
        assertThat(r.status()).isEqualTo(LabelStatus.VALID);
    }

    // ---------------------------------------------------------------------------------------
    // item 2: CPU budget

    @Test
    void finderTiles_withATinyBudget_endMalformedImage_budgetSpent() throws IOException {
        byte[] bomb = png(finderTiles(1024));
        LabelReading r = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> READER.withImageBudget(Duration.ofMillis(1)).readImage(bomb, null, AT));
        assertThat(r.status()).isEqualTo(LabelStatus.MALFORMED);
        assertThat(r.stage()).isEqualTo(LabelStage.IMAGE);
        assertThat(r.reason()).isEqualTo(LabelException.Code.IMAGE_BUDGET_SPENT);
    }

    @Test
    void finderTiles_withTheDefaultBudget_endWithinTheBudget() throws IOException {
        byte[] bomb = png(finderTiles(2048));
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        LabelReading r = assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
            long cpu0 = threads.getCurrentThreadCpuTime();
            LabelReading reading = READER.readImage(bomb, null, AT);
            long cpu = threads.getCurrentThreadCpuTime() - cpu0;
            // the budget is 2 s of CPU, checked at every finder candidate and between passes; one
            // step past it (the image decode, a binarizer pass) is allowed for: 10 s is generous
            assertThat(cpu).as("CPU ns").isLessThan(Duration.ofSeconds(10).toNanos());
            return reading;
        });
        assertThat(r.stage()).isEqualTo(LabelStage.IMAGE);
        assertThat(r.reason()).isIn(LabelException.Code.NO_CODE_FOUND, LabelException.Code.IMAGE_BUDGET_SPENT);
    }

    @Test
    void aLabel_readsValid_withTheDefaultBudget_andFailsOnlyWhenTheBudgetIsSpent() throws IOException {
        byte[] label = png(labelImage(A, 8));
        assertThat(READER.imageBudget()).isEqualTo(LabelImages.DEFAULT_BUDGET).isEqualTo(Duration.ofSeconds(2));
        assertThat(READER.readImage(label, null, AT).status()).isEqualTo(LabelStatus.VALID);
        assertThat(READER.withImageBudget(Duration.ofNanos(1)).readImage(label, null, AT).reason())
                .isEqualTo(LabelException.Code.IMAGE_BUDGET_SPENT);
        assertThatThrownBy(() -> READER.withImageBudget(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LabelImages.decode(label, Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class);
        assertThat(LabelImages.decode(label, Duration.ofSeconds(30))).startsWith("RF1:");
    }

    @Test
    void everyRefusedImage_carriesItsReason() {
        LabelReading r = READER.readImage(new byte[] {1, 2, 3}, null, AT);
        assertThat(r.reason()).isEqualTo(LabelException.Code.IMAGE_UNSUPPORTED);
        assertThat(READER.read("junk", null, AT).reason()).isNull();
        assertThatThrownBy(() -> new LabelReading(LabelStatus.MALFORMED, LabelStage.IMAGE, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LabelReading(LabelStatus.MALFORMED, LabelStage.CBOR, null, null,
                LabelException.Code.NO_CODE_FOUND)).isInstanceOf(IllegalArgumentException.class);
    }
}
