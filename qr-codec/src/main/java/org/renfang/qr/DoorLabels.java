package org.renfang.qr;

/**
 * The constants of the door-label format RF1 (门牌二维码), whose labels carry no personal data
 * (the format is specified for other languages in {@code docs/door-label.md}).
 *
 * <p>Text is {@code RF1:} + Base45 of an untagged COSE_Sign1 signed with EdDSA (Ed25519),
 * whose payload is {@code [issuer, premisesRef, serial, issuedOn, expiresOn]}. Encoding
 * runs payload → COSE → Base45 → prefix ({@link LabelIssuer}); reading runs the stages
 * back in the order written in {@link LabelReader}. Each act has one entry point:
 * {@link LabelIssuer#of}, {@link LabelReader#of}, {@link KeyRing#load}.
 *
 * <pre>{@code
 * LabelPrivateKey key = LabelPrivateKey.generate();
 * String text = LabelIssuer.of(key).issue(DoorLabel.of("110105", PremisesId.of("H1"), 7, LocalDate.of(2026, 3, 1), null));
 * assert text.startsWith(DoorLabels.PREFIX) && text.length() <= DoorLabels.MAX_TEXT_LENGTH;
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
}
