package org.renfang.qr;

import java.util.Objects;
import org.renfang.label.LabelVerifier;

/**
 * The entry point for door labels (门牌二维码): issue, read and verify signed labels that
 * carry no personal data (DESIGN "Door label"; the format is specified for other
 * languages in {@code docs/door-label.md}).
 *
 * <p>Text is {@code RF1:} + Base45 of an untagged COSE_Sign1 signed with EdDSA (Ed25519),
 * whose payload is {@code [issuer, premisesRef, serial, issuedOn, expiresOn]}. Encoding
 * runs payload → COSE → Base45 → prefix ({@link LabelIssuer}); reading runs the stages
 * back in the order written in {@link LabelReader}.
 *
 * <pre>{@code
 * LabelPrivateKey key = LabelPrivateKey.generate();
 * String text = DoorLabels.issue(DoorLabel.of("110105", PremisesId.of("H1"), 7, LocalDate.of(2026, 3, 1), null), key);
 * LabelReading r = DoorLabels.reader(KeyRing.of(key.publicKey()), RevocationList.empty())
 *         .read(text, PremisesId.of("H1"), Instant.now(clock));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DoorLabels {
    /** The prefix of every label text: format 1 of renfang. */
    public static final String PREFIX = "RF1:";
    /** The longest label text accepted, in characters (1 KiB). */
    public static final int MAX_TEXT_LENGTH = 1024;

    private DoorLabels() {
    }

    /**
     * Issues label text with the defaults (error correction Q, at most QR version 9).
     *
     * @param label the label, not null
     * @param key   the private key, not null
     * @return the label text, not null
     * @throws LabelException with {@link LabelException.Code#LABEL_TOO_LARGE} if the label does not fit version 9 at Q
     */
    public static String issue(DoorLabel label, LabelPrivateKey key) {
        return LabelIssuer.of(key).issue(label);
    }

    /**
     * Returns an issuer for a key, to set the error correction, largest version or provider.
     *
     * @param key the private key, not null
     * @return the issuer, not null
     */
    public static LabelIssuer issuer(LabelPrivateKey key) {
        return LabelIssuer.of(key);
    }

    /**
     * Returns a reader that verifies against keys and revocations, in zone {@link LabelReader#DEFAULT_ZONE}.
     *
     * @param keys    the trusted keys, not null
     * @param revoked the revoked labels, not null
     * @return the reader, not null
     */
    public static LabelReader reader(KeyRing keys, RevocationList revoked) {
        return LabelReader.of(keys, revoked);
    }

    /**
     * Returns core's {@link LabelVerifier} for the validation module: statuses map one to
     * one onto {@code LabelCheckStatus}, and the failing stage's name goes into {@code LabelCheck.stage}.
     *
     * @param keys    the trusted keys, not null
     * @param revoked the revoked labels, not null
     * @return the verifier, not null
     */
    public static LabelVerifier verifier(KeyRing keys, RevocationList revoked) {
        return LabelReader.of(Objects.requireNonNull(keys, "keys"), Objects.requireNonNull(revoked, "revoked"));
    }
}
