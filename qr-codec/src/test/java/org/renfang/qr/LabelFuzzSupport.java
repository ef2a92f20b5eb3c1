package org.renfang.qr;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.renfang.model.PremisesId;
import org.renfang.qr.render.PngRenderer;
import org.renfang.qr.render.QrSymbol;

/**
 * What the label fuzz targets share: one trusted key (RFC 8032 test 1), a revocation list, the
 * labels issued with it (valid, without expiry, expired, not yet valid, revoked, of other
 * premises) and one issued with an untrusted key; a shared reader; and the contract of a reading.
 * {@link #main} writes the seed inputs of the label targets.
 */
final class LabelFuzzSupport {
    /** The premises the reader expects. */
    static final PremisesId H1 = PremisesId.of("H110105000123456");
    /** The instant of every fuzzed read: 2026-11-26 10:00 in Shanghai. */
    static final Instant AT = Instant.parse("2026-11-26T02:00:00Z");
    /** Labels signed with the trusted key. */
    static final List<DoorLabel> TRUSTED_LABELS = List.of(
            DoorLabel.of("110105", H1, 4711, LocalDate.of(2026, 3, 1), LocalDate.of(2027, 2, 28)),
            DoorLabel.of("110105", H1, 1, LocalDate.of(2026, 1, 1), null),
            DoorLabel.of("110105", H1, 2, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)),
            DoorLabel.of("110105", H1, 3, LocalDate.of(2027, 1, 1), null),
            DoorLabel.of("110105", H1, 13, LocalDate.of(2026, 1, 1), null),
            DoorLabel.of("110105", PremisesId.of("H2"), 5, LocalDate.of(2026, 1, 1), null));
    /** A label signed with a key the reader does not trust. */
    static final DoorLabel UNTRUSTED_LABEL = DoorLabel.of("110105", H1, 6, LocalDate.of(2026, 1, 1), null);
    /** The reader every target shares. */
    static final LabelReader READER = LabelReader.of(KeyRing.of(Vectors.key().publicKey()),
            RevocationList.of(List.of(new RevocationList.Revoked("110105", 13))));
    /** The texts of {@link #TRUSTED_LABELS}. */
    static final Set<String> TRUSTED_TEXTS = Set.copyOf(TRUSTED_LABELS.stream()
            .map(l -> LabelIssuer.of(Vectors.key()).issue(l)).toList());

    private static final Set<LabelStatus> WITH_LABEL = EnumSet.of(LabelStatus.VALID, LabelStatus.REVOKED,
            LabelStatus.WRONG_PREMISES, LabelStatus.NOT_YET_VALID, LabelStatus.EXPIRED);
    private static final ObjectMapper JSON = new ObjectMapper();

    private LabelFuzzSupport() {
    }

    /**
     * Asserts the contract of a reading: a stage exactly when MALFORMED, a label exactly for the
     * statuses reached after the signature, JSON that parses, and VALID only for a label that was
     * issued with the trusted key.
     */
    static void checkReading(LabelReading r) {
        assertThat(r).isNotNull();
        assertThat(r.status()).isNotNull();
        assertThat(r.stage() != null).isEqualTo(r.status() == LabelStatus.MALFORMED);
        assertThat(r.label() != null).isEqualTo(WITH_LABEL.contains(r.status()));
        if (r.status() == LabelStatus.VALID) {
            assertThat(TRUSTED_LABELS).as("a VALID label must be one the trusted key issued").contains(r.label());
        }
        try {
            assertThat(JSON.readTree(r.toJson()).path("status").asText()).isEqualTo(r.status().name());
        } catch (IOException e) {
            throw new AssertionError("reading JSON does not parse", e);
        }
        assertThat(r.toCheck().status().name()).isEqualTo(r.status().name());
    }

    /** Renders label text as a PNG with one pixel per module (the smallest seed). */
    static byte[] png(String text, int modulePx) {
        return PngRenderer.render(QrSymbol.encode(text, ErrorCorrection.Q), modulePx);
    }

    /**
     * Writes the seed inputs of {@link LabelTextFuzzTest} and {@link LabelImageFuzzTest}; run by
     * hand from the qr-codec folder when the label format or the keys change.
     *
     * @param args unused
     * @throws IOException if a file cannot be written
     */
    public static void main(String[] args) throws IOException {
        Path base = Path.of("src/test/resources/org/renfang/qr");
        Path text = Files.createDirectories(base.resolve("LabelTextFuzzTestInputs/read"));
        Path image = Files.createDirectories(base.resolve("LabelImageFuzzTestInputs/readImage"));
        int i = 0;
        for (DoorLabel l : TRUSTED_LABELS) {
            String t = LabelIssuer.of(Vectors.key()).issue(l);
            Files.writeString(text.resolve("trusted-" + i++ + ".txt"), t, StandardCharsets.UTF_8);
        }
        String valid = LabelIssuer.of(Vectors.key()).issue(TRUSTED_LABELS.get(0));
        String untrusted = LabelIssuer.of(Vectors.otherKey()).issue(UNTRUSTED_LABEL);
        Files.writeString(text.resolve("untrusted.txt"), untrusted);
        char[] c = valid.toCharArray();
        c[c.length - 5] = c[c.length - 5] == 'A' ? 'B' : 'A';
        Files.writeString(text.resolve("bad-signature.txt"), new String(c));
        Files.writeString(text.resolve("lower-case.txt"), valid.toLowerCase(java.util.Locale.ROOT));
        Files.writeString(text.resolve("no-prefix.txt"), valid.substring(4));
        Files.writeString(text.resolve("prefix-only.txt"), "RF1:");
        Files.writeString(text.resolve("non-canonical.txt"), "RF1:GGW");
        Files.writeString(text.resolve("truncated.txt"), valid.substring(0, valid.length() - 3));
        Files.writeString(text.resolve("appended.txt"), valid + "00");
        Files.writeString(text.resolve("too-long.txt"), "RF1:" + "0".repeat(1100));
        Files.writeString(text.resolve("templates.txt"), "RF1:${jndi:ldap://x/a}{field}", StandardCharsets.UTF_8);
        Files.writeString(text.resolve("cjk.txt"), "RF1:人房", StandardCharsets.UTF_8);
        Files.write(text.resolve("empty.txt"), new byte[0]);

        Files.write(image.resolve("valid-1px.png"), png(valid, 1));
        Files.write(image.resolve("valid-2px.png"), png(valid, 2));
        Files.write(image.resolve("untrusted-1px.png"), png(untrusted, 1));
        Files.write(image.resolve("not-a-label-1px.png"), png("HELLO WORLD", 1));
        Files.write(image.resolve("valid-2px.jpg"), jpeg(PngRenderer.image(QrSymbol.encode(valid, ErrorCorrection.Q), 2)));
        Files.write(image.resolve("blank.png"), pngOf(new BufferedImage(16, 16, BufferedImage.TYPE_BYTE_GRAY)));
        Files.write(image.resolve("huge-header.png"), pngHeader(4097, 4097));
        Files.write(image.resolve("max-header.png"), pngHeader(4096, 4096));
        Files.write(image.resolve("zero-header.png"), pngHeader(0, 0));
        byte[] p = png(valid, 1);
        Files.write(image.resolve("truncated.png"), java.util.Arrays.copyOf(p, p.length / 2));
        Files.write(image.resolve("jpeg-magic.bin"), new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, 0, 0});
        Files.write(image.resolve("empty.bin"), new byte[0]);
    }

    private static byte[] pngOf(BufferedImage img) {
        return write(img, "png");
    }

    private static byte[] jpeg(BufferedImage img) {
        BufferedImage rgb = new BufferedImage(img.getWidth(), img.getHeight(), BufferedImage.TYPE_INT_RGB);
        rgb.getGraphics().drawImage(img, 0, 0, null);
        return write(rgb, "jpeg");
    }

    private static byte[] write(BufferedImage img, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A PNG signature and IHDR claiming a size, with no pixel data. */
    static byte[] pngHeader(int w, int h) {
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(8 + 25 + 12);
        b.put(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a});
        b.putInt(13);
        int start = b.position();
        b.put(new byte[] {'I', 'H', 'D', 'R'}).putInt(w).putInt(h).put((byte) 8).put((byte) 0).put((byte) 0)
                .put((byte) 0).put((byte) 0);
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(b.array(), start, 17);
        b.putInt((int) crc.getValue());
        b.putInt(0).put(new byte[] {'I', 'E', 'N', 'D'}).putInt(0xae426082);
        return b.array();
    }
}
