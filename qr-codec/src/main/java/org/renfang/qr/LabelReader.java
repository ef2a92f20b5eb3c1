package org.renfang.qr;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import org.renfang.label.LabelCheck;
import org.renfang.label.LabelVerifier;
import org.renfang.model.PremisesId;
import org.renfang.qr.internal.Base45;
import org.renfang.qr.internal.Cbor;
import org.renfang.qr.internal.CoseSign1;
import org.renfang.qr.internal.LabelPayload;

/**
 * Reads and verifies door labels against a key ring and a revocation list; never throws
 * on bad input.
 *
 * <p>The stages run in this order, and the first failure decides the status:
 * <ol>
 * <li>PREFIX: at most {@value DoorLabels#MAX_TEXT_LENGTH} characters, starting {@code RF1:};
 * <li>BASE45: canonical Base45 after the prefix;
 * <li>CBOR: one well-formed deterministic CBOR item, no trailing bytes;
 * <li>COSE: an untagged COSE_Sign1; then UNSUPPORTED_ALGORITHM unless the algorithm is
 *     EdDSA, then the kid (4 bytes) and the 64-byte signature are checked (COSE);
 * <li>UNKNOWN_KEY: no key with the kid is valid at the instant;
 * <li>BAD_SIGNATURE: no such key verifies the signature over the Sig_structure built from
 *     the exact bytes received — before the payload is parsed;
 * <li>PAYLOAD: the signed payload is the label array with fields in range;
 * <li>REVOKED, WRONG_PREMISES, NOT_YET_VALID, EXPIRED, in that order; else VALID.
 * </ol>
 *
 * <p>Dates compare on the calendar day of the instant in the reader's zone
 * ({@link #DEFAULT_ZONE} unless changed): the label is valid from its issue day through
 * its expiry day, both included.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class LabelReader implements LabelVerifier {
    /** The zone whose calendar day is compared with the label's dates, unless changed. */
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");

    private final KeyRing keys;
    private final RevocationList revoked;
    private final ZoneId zone;
    private final SignatureProvider provider;
    private final Duration imageBudget;

    private LabelReader(KeyRing keys, RevocationList revoked, ZoneId zone, SignatureProvider provider,
            Duration imageBudget) {
        this.keys = keys;
        this.revoked = revoked;
        this.zone = zone;
        this.provider = provider;
        this.imageBudget = imageBudget;
    }

    /**
     * Obtains a reader in zone {@link #DEFAULT_ZONE} with the default signature provider.
     *
     * @param keys    the trusted keys, not null
     * @param revoked the revoked labels, not null
     * @return the reader, not null
     */
    public static LabelReader of(KeyRing keys, RevocationList revoked) {
        return new LabelReader(Objects.requireNonNull(keys, "keys"), Objects.requireNonNull(revoked, "revoked"),
                DEFAULT_ZONE, SignatureProvider.defaultProvider(), LabelImages.DEFAULT_BUDGET);
    }

    /**
     * Returns a copy that takes the calendar day of an instant in another zone.
     *
     * @param zone the zone, not null
     * @return the reader, not null
     */
    public LabelReader withZone(ZoneId zone) {
        return new LabelReader(keys, revoked, Objects.requireNonNull(zone, "zone"), provider, imageBudget);
    }

    /**
     * Returns a copy with another signature provider.
     *
     * @param provider the provider, not null
     * @return the reader, not null
     */
    public LabelReader withProvider(SignatureProvider provider) {
        return new LabelReader(keys, revoked, zone, Objects.requireNonNull(provider, "provider"), imageBudget);
    }

    /**
     * Returns a copy that gives reading one image another CPU budget (default
     * {@link LabelImages#DEFAULT_BUDGET}, 2 s); an image not read within it is MALFORMED at
     * stage IMAGE with reason {@link LabelException.Code#IMAGE_BUDGET_SPENT}.
     *
     * @param budget the CPU time one image may take, not null, positive
     * @return the reader, not null
     * @throws IllegalArgumentException if the budget is not positive
     */
    public LabelReader withImageBudget(Duration budget) {
        return new LabelReader(keys, revoked, zone, provider, LabelImages.checkBudget(budget));
    }

    /**
     * Returns the CPU budget for reading one image.
     *
     * @return the budget, positive, not null
     */
    public Duration imageBudget() {
        return imageBudget;
    }

    /**
     * Returns the zone whose calendar day is compared with label dates.
     *
     * @return the zone, not null
     */
    public ZoneId zone() {
        return zone;
    }

    /**
     * Reads and verifies label text.
     *
     * @param text             the scanned text, not null, any content
     * @param expectedPremises the premises the label must belong to, or null to accept any
     * @param at               the instant of the scan, not null
     * @return the outcome, not null
     */
    public LabelReading read(String text, PremisesId expectedPremises, Instant at) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(at, "at");
        // PREFIX
        if (text.length() > DoorLabels.MAX_TEXT_LENGTH || !text.startsWith(DoorLabels.PREFIX)) {
            return LabelReading.malformed(LabelStage.PREFIX, null);
        }
        // BASE45
        byte[] cose = Base45.decode(text, DoorLabels.PREFIX.length());
        if (cose == null) {
            return LabelReading.malformed(LabelStage.BASE45, null);
        }
        // CBOR
        if (!Cbor.isWellFormed(cose, 0, cose.length)) {
            return LabelReading.malformed(LabelStage.CBOR, null);
        }
        // COSE
        CoseSign1.Parsed parsed = CoseSign1.parse(cose);
        if (parsed.failure() == CoseSign1.Failure.MALFORMED) {
            return LabelReading.malformed(LabelStage.COSE, null);
        }
        if (parsed.failure() == CoseSign1.Failure.UNSUPPORTED_ALGORITHM) {
            return new LabelReading(LabelStatus.UNSUPPORTED_ALGORITHM, null, null, null);
        }
        String kid = KeyRing.kidHex(parsed.kid());
        // key and signature, over the exact bytes, before the payload is parsed
        KeyRing.Entry[] candidates = keys.candidates(parsed.kid());
        boolean usable = false;
        boolean verified = false;
        if (candidates != null) {
            byte[] signed = null;
            byte[] signature = null;
            for (KeyRing.Entry e : candidates) {
                if (!e.isUsableAt(at)) {
                    continue;
                }
                if (!usable) {
                    usable = true;
                    signed = parsed.sigStructure();
                    int off = parsed.signatureOffset();
                    signature = java.util.Arrays.copyOfRange(cose, off, off + CoseSign1.SIGNATURE_LENGTH);
                }
                if (provider.verify(e.key(), signed, signature)) {
                    verified = true;
                    break;
                }
            }
        }
        if (!usable) {
            return new LabelReading(LabelStatus.UNKNOWN_KEY, null, null, kid);
        }
        if (!verified) {
            return new LabelReading(LabelStatus.BAD_SIGNATURE, null, null, kid);
        }
        // PAYLOAD
        LabelPayload.Fields fields = LabelPayload.decode(cose, parsed.payloadOffset(), parsed.payloadLength());
        if (fields == null) {
            return LabelReading.malformed(LabelStage.PAYLOAD, kid);
        }
        DoorLabel label = new DoorLabel(fields.issuer(), PremisesId.of(fields.premises()), fields.serial(),
                fields.issuedOn(), fields.expiresOn());
        // policy
        return new LabelReading(policy(label, expectedPremises, at), null, label, kid);
    }

    private LabelStatus policy(DoorLabel label, PremisesId expectedPremises, Instant at) {
        if (revoked.isRevoked(label.issuer(), label.serial())) {
            return LabelStatus.REVOKED;
        }
        if (expectedPremises != null && !expectedPremises.value().equals(label.premises().value())) {
            return LabelStatus.WRONG_PREMISES;
        }
        LocalDate day = dayOf(at);
        if (day.isBefore(label.issuedOn())) {
            return LabelStatus.NOT_YET_VALID;
        }
        if (label.expiresOn() != null && day.isAfter(label.expiresOn())) {
            return LabelStatus.EXPIRED;
        }
        return LabelStatus.VALID;
    }

    /**
     * Returns the calendar day of an instant in the reader's zone; instants beyond the years
     * {@link LocalDate} holds (e.g. {@link Instant#MAX}) give {@link LocalDate#MIN} or
     * {@link LocalDate#MAX}, which lie before and after every label date.
     */
    private LocalDate dayOf(Instant at) {
        try {
            return LocalDate.ofInstant(at, zone);
        } catch (DateTimeException | ArithmeticException e) {
            return at.isBefore(Instant.EPOCH) ? LocalDate.MIN : LocalDate.MAX;
        }
    }

    /**
     * Reads the one QR code in a PNG or JPEG image, within the {@link #imageBudget()}, and
     * verifies its text; an image that is refused, holds no readable code, holds more than
     * one code or is not read within the budget is MALFORMED at stage IMAGE, with the
     * reason ({@link LabelReading#reason()}).
     *
     * @param image            the image file bytes, not null, any content
     * @param expectedPremises the premises the label must belong to, or null to accept any
     * @param at               the instant of the scan, not null
     * @return the outcome, not null
     */
    public LabelReading readImage(byte[] image, PremisesId expectedPremises, Instant at) {
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(at, "at");
        String text;
        try {
            text = LabelImages.decode(image, imageBudget);
        } catch (LabelException e) {
            return LabelReading.image(e.code());
        }
        return read(text, expectedPremises, at);
    }

    /**
     * Verifies label text for core's {@link LabelVerifier}: the status of
     * {@link #read(String, PremisesId, Instant)} under the same name, and the stage name when malformed.
     *
     * @param labelText        the scanned text, not null, any content
     * @param expectedPremises the premises the label must belong to, not null
     * @param at               the instant of the scan, not null
     * @return the outcome, not null
     */
    @Override
    public LabelCheck verify(String labelText, PremisesId expectedPremises, Instant at) {
        Objects.requireNonNull(expectedPremises, "expectedPremises");
        return read(labelText, expectedPremises, at).toCheck();
    }

    @Override
    public String toString() {
        return "LabelReader[" + keys + ", " + revoked + ", zone=" + zone + ", provider=" + provider.name()
                + ", imageBudget=" + imageBudget + "]";
    }
}
