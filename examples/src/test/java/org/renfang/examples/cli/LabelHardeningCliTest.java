package org.renfang.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #16 through the command line: label text exactly as given (8), outputs that never
 * overwrite key files or existing files (7), the revocation file (4, 6), format characters (10),
 * well-formed SVG (11), several codes in one image (9), {@code --at} at the end of time (13) and
 * the serial cap.
 */
class LabelHardeningCliTest {

    @TempDir
    Path dir;

    private Path keys;
    private String kid;
    private String text;

    @BeforeEach
    void keygenAndIssue() throws Exception {
        keys = dir.resolve("keys");
        assertThat(Cli.run(dir, "label", "keygen", "--out", keys.toString()).exit()).isZero();
        try (Stream<Path> files = Files.list(keys)) {
            kid = files.map(p -> p.getFileName().toString()).sorted().toList().get(0).substring(0, 8);
        }
        text = issue("650203-PSB", "H3", "7").out().strip();
    }

    private Cli.Result issue(String issuer, String premises, String serial, String... extra) {
        List<String> args = new ArrayList<>(List.of("label", "issue", "--key", keys.toString(), "--issuer", issuer,
                "--premises", premises, "--serial", serial, "--issued", "2026-03-01"));
        args.addAll(List.of(extra));
        return Cli.run(dir, args.toArray(String[]::new));
    }

    private Cli.Result read(String... args) {
        List<String> all = new ArrayList<>(List.of("label", "read", "--keys", keys.toString()));
        all.addAll(List.of(args));
        return Cli.run(dir, all.toArray(String[]::new));
    }

    private Cli.Result readStdin(byte[] stdin, String... args) {
        InputStream saved = System.in;
        System.setIn(new ByteArrayInputStream(stdin));
        try {
            List<String> all = new ArrayList<>(List.of(args));
            all.add("-");
            return read(all.toArray(String[]::new));
        } finally {
            System.setIn(saved);
        }
    }

    // ---------------------------------------------------------------------------------------
    // item 8: exactly as given

    @Test
    void labelText_isReadExactlyAsGiven_neverTrimmed() {
        assertThat(read(text).exit()).isZero();
        for (String bad : new String[] {" " + text, text + " ", text + "\n", "\n" + text, text + "\u3000", "\u3000" + text,
            text + "\t"}) {
            Cli.Result r = read("--format", "json", bad);
            assertThat(r.exit()).isEqualTo(1);
            assertThat(r.json().get("status").asText()).isEqualTo("MALFORMED");
        }
    }

    @Test
    void standardInput_dropsOneTrailingLineFeed_only() {
        Cli.Result ok = readStdin((text + "\n").getBytes(StandardCharsets.US_ASCII));
        assertThat(ok.exit()).as(ok.err()).isZero();
        assertThat(ok.out()).startsWith("VALID");
        assertThat(readStdin(text.getBytes(StandardCharsets.US_ASCII)).exit()).isZero();
        assertThat(readStdin((text + "\r\n").getBytes(StandardCharsets.US_ASCII)).exit()).isZero();
        for (String bad : new String[] {text + "\n\n", " " + text + "\n", text + " \n", text + "\u3000\n"}) {
            Cli.Result r = readStdin(bad.getBytes(StandardCharsets.UTF_8), "--format", "json");
            assertThat(r.exit()).as(bad).isEqualTo(1);
            assertThat(r.json().get("status").asText()).isEqualTo("MALFORMED");
        }
        // far over the text limit: read up to a bound, then MALFORMED
        Cli.Result big = readStdin(("RF1:" + "0".repeat(1 << 20)).getBytes(StandardCharsets.US_ASCII), "--format", "json");
        assertThat(big.exit()).isEqualTo(1);
    }

    @Test
    void textFile_dropsOneTrailingLineFeed_only() throws Exception {
        Path f = Files.writeString(dir.resolve("label.txt"), text + "\n");
        assertThat(read("--text-file", f.toString()).exit()).isZero();
        Files.writeString(f, text + "\n\n");
        assertThat(read("--text-file", f.toString()).exit()).isEqualTo(1);
        assertThat(read("--text-file", dir.resolve("missing.txt").toString()).exit()).isEqualTo(2);
        assertThat(read("--text-file", f.toString(), text).exit()).as("one source only").isEqualTo(2);
    }

    @Test
    void help_tellsHowToPassLabelText() {
        Cli.Result r = Cli.run(dir, "label", "read", "--help");
        assertThat(r.out()).contains("single quotes").contains("--text-file").contains("standard input")
                .contains("never trimmed");
    }

    // ---------------------------------------------------------------------------------------
    // item 13: --at at the end of time

    @Test
    void at_theEndsOfTime_givesAStatus_notAnInternalError() {
        Cli.Result r = read("--format", "json", "--at", "+999999999-12-31T23:59:59Z", text);
        assertThat(r.err()).doesNotContain("internal");
        assertThat(r.exit()).isEqualTo(0);
        assertThat(r.json().get("status").asText()).isEqualTo("VALID");
        Path expiring = dir;
        String expText = issue("650203-PSB", "H3", "8", "--expires", "2027-01-01").out().strip();
        Cli.Result e = read("--format", "json", "--at", "+999999999-12-31T23:59:59Z", expText);
        assertThat(e.exit()).isEqualTo(1);
        assertThat(e.json().get("status").asText()).isEqualTo("EXPIRED");
        Cli.Result past = read("--format", "json", "--at", "-999999999-01-01T00:00:00Z", expText);
        assertThat(past.json().get("status").asText()).isEqualTo("NOT_YET_VALID");
        assertThat(expiring).isNotNull();
    }

    // ---------------------------------------------------------------------------------------
    // item 7: outputs

    @Test
    void outputs_neverOverwriteKeyFiles_orGoIntoTheKeyFolder() throws Exception {
        Path priv = keys.resolve(kid + ".key.pem");
        Path pub = keys.resolve(kid + ".pub.pem");
        byte[] privBefore = Files.readAllBytes(priv);
        byte[] pubBefore = Files.readAllBytes(pub);
        Path trusted = Files.createDirectories(dir.resolve("trusted"));
        Path trustedPub = Files.copy(pub, trusted.resolve(kid + ".pub.pem"));
        String[][] cases = {
            {"--png", priv.toString()},
            {"--png", priv.toString(), "--force"},
            {"--svg", pub.toString(), "--force"},
            {"--svg", trustedPub.toString(), "--force"},
            {"--sheet", trusted.resolve("x.KEY.PEM").toString(), "--address", "a"},
            {"--png", keys.resolve("label.png").toString()},
            {"--svg", keys.resolve("label.svg").toString(), "--force"},
            {"--svg", dir.resolve("keys/../keys/label.svg").toString()},
        };
        for (String[] c : cases) {
            Cli.Result r = issue("650203-PSB", "H3", "9", c);
            assertThat(r.exit()).as(String.join(" ", c)).isEqualTo(2);
            assertThat(r.out()).isEmpty();
            assertThat(r.err()).contains("key");
        }
        assertThat(Files.readAllBytes(priv)).isEqualTo(privBefore);
        assertThat(Files.readAllBytes(pub)).isEqualTo(pubBefore);
        assertThat(Files.readAllBytes(trustedPub)).isEqualTo(pubBefore);
        try (Stream<Path> files = Files.list(keys)) {
            assertThat(files.count()).isEqualTo(2);
        }
        // a symbolic link onto the private key
        Path link = dir.resolve("innocent.png");
        Files.createSymbolicLink(link, priv);
        assertThat(issue("650203-PSB", "H3", "9", "--png", link.toString(), "--force").exit()).isEqualTo(2);
        assertThat(Files.readAllBytes(priv)).isEqualTo(privBefore);
    }

    @Test
    void outputs_neverReplaceAFile_withoutForce() throws Exception {
        Path png = Files.writeString(dir.resolve("label.png"), "precious");
        Cli.Result r = issue("650203-PSB", "H3", "9", "--png", png.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("--force");
        assertThat(Files.readString(png)).isEqualTo("precious");
        Cli.Result forced = issue("650203-PSB", "H3", "9", "--png", png.toString(), "--force");
        assertThat(forced.exit()).as(forced.err()).isZero();
        assertThat(Files.readAllBytes(png)).startsWith(0x89, 'P', 'N', 'G');
        Path svg = dir.resolve("same.svg");
        assertThat(issue("650203-PSB", "H3", "9", "--svg", svg.toString(), "--sheet", svg.toString(), "--address", "a")
                .exit()).isEqualTo(2);
        assertThat(svg).doesNotExist();
        assertThat(issue("650203-PSB", "H3", "9", "--svg", dir.toString()).exit()).isEqualTo(2);
    }

    @Test
    void outputs_intoAFolderThatDoesNotExist_areRefused() {
        for (String opt : new String[] {"--png", "--svg"}) {
            Cli.Result r = issue("650203-PSB", "H3", "9", opt, dir.resolve("no/such/label.x").toString());
            assertThat(r.exit()).isEqualTo(2);
            assertThat(r.err()).contains("folder does not exist");
            assertThat(r.out()).isEmpty();
        }
        assertThat(issue("650203-PSB", "H3", "9", "--sheet", dir.resolve("no/sheet.svg").toString(), "--address", "a")
                .exit()).isEqualTo(2);
        assertThat(dir.resolve("no")).doesNotExist();
    }

    // ---------------------------------------------------------------------------------------
    // item 11: every SVG the command writes is well-formed

    @Test
    void writtenSvgs_parseAsXml() throws Exception {
        Path svg = dir.resolve("l.svg");
        Path sheet = dir.resolve("s.svg");
        Cli.Result r = issue("北京市公安局", "a<b>&\"c'", "9", "--svg", svg.toString(), "--sheet", sheet.toString(),
                "--address", "<&>\"' 昆仑路 \uD83C\uDFE0 ]]>");
        assertThat(r.exit()).as(r.err()).isZero();
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        assertThat(f.newDocumentBuilder().parse(svg.toFile()).getDocumentElement().getTagName()).isEqualTo("svg");
        assertThat(f.newDocumentBuilder().parse(sheet.toFile()).getDocumentElement().getTextContent())
                .contains("<&>\"' 昆仑路").contains("a<b>&\"c'");
        Cli.Result bad = issue("PSB", "H3", "9", "--sheet", dir.resolve("bad.svg").toString(), "--address", "a\uFFFF");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(dir.resolve("bad.svg")).doesNotExist();
    }

    // ---------------------------------------------------------------------------------------
    // items 5, 10 and the serial cap at issue

    @Test
    void issue_refusesIssuersOutsideTheAlphabet_formatCharacters_andSerialsOver2Pow53() {
        for (String issuer : new String[] {" PSB", "PSB 4711", "PSB#1", "\uFEFFPSB"}) {
            Cli.Result r = issue(issuer, "H3", "1");
            assertThat(r.exit()).isEqualTo(2);
            assertThat(r.err()).contains("FIELD_INVALID").doesNotContain(issuer.strip());
        }
        for (String premises : new String[] {"\uFEFFH-0001", "H\u202E1", "H\u20281"}) {
            assertThat(issue("PSB", premises, "1").exit()).isEqualTo(2);
        }
        assertThat(issue("PSB", "H3", "9007199254740991").exit()).isZero();
        Cli.Result over = issue("PSB", "H3", "9007199254740992");
        assertThat(over.exit()).isEqualTo(2);
        assertThat(over.err()).contains("FIELD_INVALID").contains("9007199254740991");
    }

    // ---------------------------------------------------------------------------------------
    // items 4 and 6: the revocation file

    @Test
    void revocationFile_withAByteOrderMark_revokes() throws Exception {
        Path f = dir.resolve("revoked.txt");
        Files.write(f, ("\uFEFF650203-PSB 7\n").getBytes(StandardCharsets.UTF_8));
        Cli.Result r = read("--revoked", f.toString(), "--format", "json", text);
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.json().get("status").asText()).isEqualTo("REVOKED");
        Files.write(f, ("650203-PSB 6\n\uFEFF650203-PSB 7\n").getBytes(StandardCharsets.UTF_8));
        Cli.Result bad = read("--revoked", f.toString(), text);
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("REVOCATION_LIST_INVALID").contains("line 2");
    }

    @Test
    void revokedDevZero_isRefused() {
        Path zero = Path.of("/dev/zero");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isReadable(zero));
        Cli.Result r = read("--revoked", zero.toString(), text);
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("REVOCATION_LIST_INVALID");
    }

    // ---------------------------------------------------------------------------------------
    // item 9: several codes in one image

    @Test
    void imageWithTwoLabels_isMalformedImage_withTheReason() throws Exception {
        Path a = dir.resolve("a.png");
        Path b = dir.resolve("b.png");
        assertThat(issue("650203-PSB", "H3", "11", "--png", a.toString(), "--module-px", "4").exit()).isZero();
        assertThat(issue("650203-PSB", "H4", "12", "--png", b.toString(), "--module-px", "4").exit()).isZero();
        BufferedImage ia = ImageIO.read(a.toFile());
        BufferedImage ib = ImageIO.read(b.toFile());
        BufferedImage both = new BufferedImage(ia.getWidth() + ib.getWidth() + 40, Math.max(ia.getHeight(), ib.getHeight()),
                BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = both.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, both.getWidth(), both.getHeight());
        g.drawImage(ia, 0, 0, null);
        g.drawImage(ib, ia.getWidth() + 40, 0, null);
        g.dispose();
        Path two = dir.resolve("two.png");
        ImageIO.write(both, "png", two.toFile());
        assertThat(read("--image", a.toString()).exit()).isZero();
        Cli.Result r = read("--image", two.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).startsWith("MALFORMED (IMAGE)").contains("more than one QR code");
    }
}
