package org.renfang.qr;

import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.util.Objects;
import org.renfang.qr.internal.Base45;
import org.renfang.qr.internal.CoseSign1;
import org.renfang.qr.internal.LabelPayload;
import org.renfang.qr.internal.QrSymbols;

/**
 * Issues door-label text with one private key: payload, COSE_Sign1 with EdDSA, Base45,
 * {@code RF1:} prefix (the stages of {@link DoorLabels}, in encoding order).
 *
 * <pre>{@code
 * LabelIssuer issuer = LabelIssuer.of(key).withErrorCorrection(ErrorCorrection.Q).withMaxVersion(9);
 * String text = issuer.issue(DoorLabel.of("110105", PremisesId.of("H1"), 1, LocalDate.of(2026, 3, 1), null));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class LabelIssuer {
    /** The default largest QR version: 9 (53 × 53 modules). */
    public static final int DEFAULT_MAX_VERSION = 9;
    /** The default error correction. */
    public static final ErrorCorrection DEFAULT_ERROR_CORRECTION = ErrorCorrection.Q;

    private final LabelPrivateKey key;
    private final ErrorCorrection ecc;
    private final int maxVersion;
    private final SignatureProvider provider;
    private final byte[] protectedHeader;

    private LabelIssuer(LabelPrivateKey key, ErrorCorrection ecc, int maxVersion, SignatureProvider provider) {
        this.key = key;
        this.ecc = ecc;
        this.maxVersion = maxVersion;
        this.provider = provider;
        int kid = key.publicKey().kidValue();
        this.protectedHeader = CoseSign1.protectedHeader(
                new byte[] {(byte) (kid >>> 24), (byte) (kid >>> 16), (byte) (kid >>> 8), (byte) kid});
    }

    /**
     * Obtains an issuer with the defaults: error correction Q, largest version 9, the default signature provider.
     *
     * @param key the private key, not null
     * @return the issuer, not null
     */
    public static LabelIssuer of(LabelPrivateKey key) {
        return new LabelIssuer(Objects.requireNonNull(key, "key"), DEFAULT_ERROR_CORRECTION, DEFAULT_MAX_VERSION,
                SignatureProvider.defaultProvider());
    }

    /**
     * Returns a copy with another error-correction level.
     *
     * @param ecc the level, not null
     * @return the issuer, not null
     */
    public LabelIssuer withErrorCorrection(ErrorCorrection ecc) {
        return new LabelIssuer(key, Objects.requireNonNull(ecc, "ecc"), maxVersion, provider);
    }

    /**
     * Returns a copy with another largest QR version.
     *
     * @param maxVersion the largest version, 1 to 40
     * @return the issuer, not null
     * @throws IllegalArgumentException if out of range
     */
    public LabelIssuer withMaxVersion(int maxVersion) {
        if (maxVersion < 1 || maxVersion > QrSymbols.MAX_VERSION) {
            throw new IllegalArgumentException("max version " + maxVersion + " is outside 1.." + QrSymbols.MAX_VERSION);
        }
        return new LabelIssuer(key, ecc, maxVersion, provider);
    }

    /**
     * Returns a copy with another signature provider.
     *
     * @param provider the provider, not null
     * @return the issuer, not null
     */
    public LabelIssuer withProvider(SignatureProvider provider) {
        return new LabelIssuer(key, ecc, maxVersion, Objects.requireNonNull(provider, "provider"));
    }

    /**
     * Returns the error-correction level labels are sized for.
     *
     * @return the level, not null
     */
    public ErrorCorrection errorCorrection() {
        return ecc;
    }

    /**
     * Returns the largest QR version labels may need.
     *
     * @return 1 to 40
     */
    public int maxVersion() {
        return maxVersion;
    }

    /**
     * Encodes a label's payload (the PAYLOAD stage).
     *
     * @param label the label, not null
     * @return the deterministic CBOR array, not null
     */
    static byte[] payload(DoorLabel label) {
        return LabelPayload.encode(new LabelPayload.Fields(label.issuer(), label.premises().value(), label.serial(),
                label.issuedOn(), label.expiresOn()));
    }

    /**
     * Issues the text of a label.
     *
     * @param label the label, not null
     * @return {@code RF1:} followed by Base45, all in the QR alphanumeric set, not null
     * @throws LabelException with {@link LabelException.Code#LABEL_TOO_LARGE} if the text would not fit
     *         the largest version at the error-correction level (use shorter fields, a larger version or a
     *         lower level), or {@link LabelException.Code#SIGNING_FAILED}
     */
    public String issue(DoorLabel label) {
        Objects.requireNonNull(label, "label");
        byte[] payload = payload(label);
        int coseLength = coseLength(payload.length);
        int textLength = DoorLabels.PREFIX.length() + coseLength / 2 * 3 + (coseLength % 2) * 2;
        int version = QrSymbols.minimumAlphanumericVersion(textLength, ErrorCorrectionLevel.valueOf(ecc.name()));
        if (version < 0 || version > maxVersion) {
            throw new LabelException(LabelException.Code.LABEL_TOO_LARGE, "label of " + textLength
                    + " characters needs QR version " + (version < 0 ? "over 40" : String.valueOf(version))
                    + " at error correction " + ecc + ", over the maximum " + maxVersion);
        }
        byte[] signature = provider.sign(key,
                CoseSign1.sigStructure(protectedHeader, 0, protectedHeader.length, payload, 0, payload.length));
        byte[] cose = CoseSign1.encode(protectedHeader, payload, signature);
        StringBuilder sb = new StringBuilder(textLength).append(DoorLabels.PREFIX);
        Base45.encode(cose, sb);
        return sb.toString();
    }

    private int coseLength(int payloadLength) {
        return 1 + headLength(protectedHeader.length) + protectedHeader.length + 1
                + headLength(payloadLength) + payloadLength + headLength(CoseSign1.SIGNATURE_LENGTH)
                + CoseSign1.SIGNATURE_LENGTH;
    }

    private static int headLength(int n) {
        return n < 24 ? 1 : n < 256 ? 2 : n < 65536 ? 3 : 5;
    }

    @Override
    public String toString() {
        return "LabelIssuer[kid=" + key.kid() + ", ecc=" + ecc + ", maxVersion=" + maxVersion + "]";
    }
}
