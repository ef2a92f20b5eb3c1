package org.renfang.qr;

import java.time.LocalDate;
import java.util.Objects;
import org.renfang.model.PremisesId;
import org.renfang.qr.internal.LabelFields;

/**
 * The content of a door label (门牌二维码): who issued it, which premises it belongs to,
 * its serial and its validity days. It carries no personal data.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param issuer    the issuing authority's code, not null, 1 to {@value #MAX_ISSUER_BYTES} UTF-8
 *                  bytes of letters, marks, digits and {@code - . _ /} (no space, no {@code #})
 * @param premises  the premises reference, not null, 1 to {@value #MAX_PREMISES_BYTES} UTF-8 bytes,
 *                  not blank, no space at either end, no control, format, line or paragraph
 *                  separator, private-use or noncharacter
 * @param serial    the serial number, 0 to {@value #MAX_SERIAL} (2<sup>53</sup> − 1)
 * @param issuedOn  the first day the label is valid, not null, 1970-01-01 to 9999-12-31
 * @param expiresOn the last day the label is valid, null for no expiry, else from
 *                  {@code issuedOn} to 9999-12-31
 */
public record DoorLabel(String issuer, PremisesId premises, long serial, LocalDate issuedOn, LocalDate expiresOn) {

    /** The longest issuer code, in UTF-8 bytes. */
    public static final int MAX_ISSUER_BYTES = LabelFields.MAX_ISSUER_BYTES;
    /** The longest premises reference, in UTF-8 bytes. */
    public static final int MAX_PREMISES_BYTES = LabelFields.MAX_PREMISES_BYTES;
    /** The largest serial: 2<sup>53</sup> − 1 = {@value}, read exactly by every JSON and JavaScript verifier. */
    public static final long MAX_SERIAL = LabelFields.MAX_SERIAL;

    /**
     * Checks the fields.
     *
     * @param issuer    the issuing authority's code, not null, see {@link DoorLabel}
     * @param premises  the premises reference, not null, see {@link DoorLabel}
     * @param serial    the serial number, 0 to {@value #MAX_SERIAL}
     * @param issuedOn  the first valid day, not null, 1970-01-01 to 9999-12-31
     * @param expiresOn the last valid day, null for none, else from {@code issuedOn} to 9999-12-31
     * @throws NullPointerException if a non-null argument is null
     * @throws LabelException with {@link LabelException.Code#FIELD_INVALID} if a field is out of range
     */
    public DoorLabel {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(premises, "premises");
        Objects.requireNonNull(issuedOn, "issuedOn");
        String problem = LabelFields.issuerProblem(issuer);
        if (problem == null) {
            problem = LabelFields.premisesProblem(premises.value());
        }
        if (problem == null) {
            problem = LabelFields.numberProblem(serial, issuedOn.toEpochDay(),
                    expiresOn == null ? -1 : expiresOn.toEpochDay());
        }
        if (problem != null) {
            throw new LabelException(LabelException.Code.FIELD_INVALID, problem);
        }
    }

    /**
     * Obtains a label.
     *
     * @param issuer    the issuing authority's code, see {@link DoorLabel}
     * @param premises  the premises reference, see {@link DoorLabel}
     * @param serial    the serial number, 0 to {@value #MAX_SERIAL}
     * @param issuedOn  the first valid day, not null
     * @param expiresOn the last valid day, null for none
     * @return the label, not null
     * @throws LabelException with {@link LabelException.Code#FIELD_INVALID} if a field is out of range
     */
    public static DoorLabel of(String issuer, PremisesId premises, long serial, LocalDate issuedOn, LocalDate expiresOn) {
        return new DoorLabel(issuer, premises, serial, issuedOn, expiresOn);
    }

    /**
     * Returns the expiry day as an optional.
     *
     * @return the last valid day, empty if the label does not expire
     */
    public java.util.Optional<LocalDate> expiry() {
        return java.util.Optional.ofNullable(expiresOn);
    }
}
