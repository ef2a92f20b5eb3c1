package org.renfang.id;

import java.time.LocalDate;
import java.util.Objects;

import org.renfang.model.DocumentType;

/**
 * The single entry point for identity-number checks: one call for any {@link DocumentType}.
 *
 * <p>Checks never throw on bad input: a null, malformed or invalid number gives an
 * {@link IdCheck} whose {@link IdReason} names the first failing step. Only programmer errors
 * throw (a null type or as-of date). Input is never trimmed, upper-cased or otherwise
 * normalised; see each type for the exact rules:
 * <table>
 * <caption>What each document type checks and encodes</caption>
 * <tr><th>type</th><th>rules</th><th>encodes</th></tr>
 * <tr><td>{@code CN_RESIDENT_ID}</td><td>{@link ResidentIds#check18}: GB 11643-1999, 18
 *     characters, mainland province, real birth date from {@value ResidentIds#MIN_BIRTH_YEAR}
 *     up to as-of, MOD 11-2</td><td>birth date, region code, sex</td></tr>
 * <tr><td>{@code CN_RESIDENT_ID_15}</td><td>{@link ResidentIds#check15}: 15 digits, mainland
 *     province, real birth date 19YYMMDD up to as-of</td><td>birth date, region code, sex</td></tr>
 * <tr><td>{@code CN_HMT_RESIDENCE_PERMIT}</td><td>{@link HmtResidencePermits#check}: as
 *     {@code CN_RESIDENT_ID} with prefix 810000, 820000 or 830000</td>
 *     <td>birth date, region code (the prefix), sex</td></tr>
 * <tr><td>{@code CN_FOREIGNER_PR}</td><td>{@link PermanentResidenceCards#check}: 2017 form
 *     (3 letters + 12 digits) or 2023 form (18 characters, leading 9, MOD 11-2)</td>
 *     <td>2023 form: birth date, province code</td></tr>
 * <tr><td>{@code PASSPORT}</td><td>{@link Passports#check}: ICAO 9303 characters A–Z 0–9,
 *     {@value Passports#MIN_LENGTH} to {@value Passports#MAX_LENGTH} characters</td>
 *     <td>nothing</td></tr>
 * <tr><td>{@code OTHER}</td><td>1 to {@value #OTHER_MAX_LENGTH} code points, none of them
 *     a control, format, private-use, unassigned or unpaired-surrogate character or a line or
 *     paragraph separator</td><td>nothing</td></tr>
 * </table>
 *
 * <p>All types report {@link IdReason#EMPTY} for null, empty or whitespace-only input.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class IdNumbers {

    /** The longest {@link DocumentType#OTHER} number accepted, in Unicode code points. */
    public static final int OTHER_MAX_LENGTH = OtherIds.MAX_CODE_POINTS;

    private IdNumbers() {
    }

    /**
     * Checks a number as a document of the given type.
     *
     * @param type   the document type, not null
     * @param number the number, may be null (reported as {@link IdReason#EMPTY})
     * @param asOf   the date an encoded birth date must not be after, not null (ignored by
     *               types that encode none)
     * @return the check, not null
     * @throws NullPointerException     if {@code type} or {@code asOf} is null
     * @throws IllegalArgumentException if {@code type} is a constant added after this class
     */
    public static IdCheck check(DocumentType type, CharSequence number, LocalDate asOf) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(asOf, "asOf");
        return IdCheck.of(type, packed(type, number, asOf));
    }

    /**
     * Returns whether a number is valid as a document of the given type, without allocating;
     * the same as {@code check(type, number, asOf).isValid()}.
     *
     * @param type   the document type, not null
     * @param number the number, may be null (invalid)
     * @param asOf   the date an encoded birth date must not be after, not null
     * @return true if valid
     * @throws NullPointerException     if {@code type} or {@code asOf} is null
     * @throws IllegalArgumentException if {@code type} is a constant added after this class
     */
    public static boolean isValid(DocumentType type, CharSequence number, LocalDate asOf) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(asOf, "asOf");
        return Gb11643.isOk(packed(type, number, asOf));
    }

    private static long packed(DocumentType type, CharSequence number, LocalDate asOf) {
        switch (type) {
            case CN_RESIDENT_ID:
                return Gb11643.check18(number, Gb11643.ymd(asOf), Gb11643.KIND_RESIDENT);
            case CN_RESIDENT_ID_15:
                return Gb11643.check15(number, Gb11643.ymd(asOf));
            case CN_HMT_RESIDENCE_PERMIT:
                return Gb11643.check18(number, Gb11643.ymd(asOf), Gb11643.KIND_HMT);
            case CN_HK_MACAO_PERMIT:
                return HmtTravelPermits.hongKongMacao(number);
            case CN_TAIWAN_PERMIT:
                return HmtTravelPermits.taiwan(number);
            case CN_FOREIGNER_PR:
                return PermanentResidenceCards.packed(number, Gb11643.ymd(asOf));
            case PASSPORT:
                return Passports.packed(number);
            case OTHER:
                return OtherIds.packed(number);
            default:
                throw new IllegalArgumentException("document type " + type + " is not supported");
        }
    }
}
