package org.renfang.qr;

import java.time.Instant;
import java.time.LocalDate;
import org.renfang.model.PremisesId;
import org.renfang.qr.internal.CoseSign1;

/**
 * Measures sign and verify time of the JDK and BouncyCastle Ed25519 providers over a
 * door label's Sig_structure, and the read path; run by hand, figures go to docs/door-label.md.
 */
public final class SignatureTiming {
    private SignatureTiming() {
    }

    /**
     * Runs the measurement.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        LabelPrivateKey key = Vectors.key();
        DoorLabel label = Vectors.label();
        byte[] payload = LabelIssuer.payload(label);
        byte[] prot = CoseSign1.protectedHeader(new byte[] {1, 2, 3, 4});
        byte[] msg = CoseSign1.sigStructure(prot, 0, prot.length, payload, 0, payload.length);
        for (int round = 0; round < 3; round++) {
            for (SignatureProvider p : new SignatureProvider[] {SignatureProvider.jdk(), SignatureProvider.bouncyCastle()}) {
                int n = 20_000;
                byte[] sig = p.sign(key, msg);
                long t0 = System.nanoTime();
                for (int i = 0; i < n; i++) {
                    sig = p.sign(key, msg);
                }
                long t1 = System.nanoTime();
                boolean ok = true;
                for (int i = 0; i < n; i++) {
                    ok &= p.verify(key.publicKey(), msg, sig);
                }
                long t2 = System.nanoTime();
                System.out.printf("round %d %-13s sign %.1f us  verify %.1f us  %s%n", round, p.name(),
                        (t1 - t0) / 1e3 / n, (t2 - t1) / 1e3 / n, ok);
            }
        }
        String text = LabelIssuer.of(key).issue(label);
        LabelReader reader = LabelReader.of(KeyRing.of(key.publicKey()), RevocationList.empty());
        Instant at = Instant.parse("2026-06-01T00:00:00Z");
        PremisesId premises = label.premises();
        for (int round = 0; round < 3; round++) {
            int n = 20_000;
            long t0 = System.nanoTime();
            for (int i = 0; i < n; i++) {
                reader.read(text, premises, at);
            }
            long t1 = System.nanoTime();
            LabelIssuer issuer = LabelIssuer.of(key);
            for (int i = 0; i < n; i++) {
                issuer.issue(label);
            }
            long t2 = System.nanoTime();
            System.out.printf("round %d read(text) %.1f us  issue(text) %.1f us%n", round, (t1 - t0) / 1e3 / n, (t2 - t1) / 1e3 / n);
        }
    }
}
