package org.renfang.examples;

import java.io.PrintStream;
import java.time.Instant;
import java.time.LocalDate;
import org.renfang.model.PremisesId;
import org.renfang.qr.DoorLabel;
import org.renfang.qr.ErrorCorrection;
import org.renfang.qr.KeyRing;
import org.renfang.qr.LabelIssuer;
import org.renfang.qr.LabelPrivateKey;
import org.renfang.qr.LabelReader;
import org.renfang.qr.LabelReading;
import org.renfang.qr.RevocationList;
import org.renfang.qr.render.PngRenderer;
import org.renfang.qr.render.QrSymbol;

/**
 * Issues a signed door label (门牌二维码) for a premises, renders it as PNG, reads it back from
 * the image and verifies it; then shows that a revoked label and a label on the wrong door are
 * told apart. The label carries no personal data: issuer, premises reference, serial, dates.
 *
 * <p>Run: {@code java … org.renfang.examples.DoorLabelExample}.
 */
public final class DoorLabelExample {

    /** The outcomes of the example. */
    public record Outcome(String text, int qrVersion, LabelReading fromImage, LabelReading revoked,
            LabelReading wrongDoor) {
    }

    private DoorLabelExample() {
    }

    /**
     * Issues, renders, reads and verifies a label with a fresh key.
     *
     * @param out where the lines go, not null
     * @return the label text and the readings, not null
     */
    public static Outcome run(PrintStream out) {
        // snippet:door-label
        LabelPrivateKey key = LabelPrivateKey.generate();              // keep it in an HSM or key store
        DoorLabel label = DoorLabel.of("650203", PremisesId.of("H3"), 42, LocalDate.of(2026, 11, 26),
                LocalDate.of(2031, 11, 25));                           // issuer, premises, serial, issued, expires
        String text = LabelIssuer.of(key).withErrorCorrection(ErrorCorrection.Q).issue(label);
        QrSymbol symbol = QrSymbol.encode(text, ErrorCorrection.Q);
        byte[] png = PngRenderer.render(symbol, 8);                    // 8 px per module

        Instant scan = Instant.parse("2027-01-15T02:00:00Z");
        KeyRing trusted = KeyRing.of(key.publicKey());                 // or KeyRing.load(Path.of("keys"))
        LabelReader reader = LabelReader.of(trusted, RevocationList.empty());
        LabelReading fromImage = reader.readImage(png, PremisesId.of("H3"), scan);
        LabelReading revoked = LabelReader.of(trusted, RevocationList.parse("650203 42\n"))
                .read(text, PremisesId.of("H3"), scan);               // REVOKED
        LabelReading wrongDoor = reader.read(text, PremisesId.of("H4"), scan);   // WRONG_PREMISES
        // end-snippet
        out.println(text.length() + " characters, QR version " + symbol.version() + ", PNG of " + png.length + " bytes");
        out.println("read from the PNG at H3: " + fromImage.status() + " " + fromImage.toJson());
        out.println("revoked: " + revoked.status() + "; scanned at H4: " + wrongDoor.status());
        return new Outcome(text, symbol.version(), fromImage, revoked, wrongDoor);
    }

    /**
     * Runs the example.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        run(System.out);
    }
}
