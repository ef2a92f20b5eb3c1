package org.renfang.id;

import java.time.LocalDate;

import org.renfang.model.DocumentType;

/**
 * Checks of the residence-permit numbers of Hong Kong, Macao and Taiwan residents
 * (港澳台居民居住证, {@link DocumentType#CN_HMT_RESIDENCE_PERMIT}).
 *
 * <p>The number has the layout of an 18-character resident number (GB 11643-1999) with the
 * region code fixed: {@code 810000} Hong Kong, {@code 820000} Macao, {@code 830000} Taiwan.
 * The checks are those of {@link ResidentIds#check18}, except that the region step is replaced
 * by the prefix step: any other first six digits give {@link IdReason#PREFIX}. A valid number
 * reports its birth date, its prefix as region code and its sex (sequence digit parity).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class HmtResidencePermits {

    private HmtResidencePermits() {
    }

    /**
     * Checks an HMT residence-permit number.
     *
     * @param number the number, may be null (reported as {@link IdReason#EMPTY})
     * @param asOf   the date the birth date must not be after, not null
     * @return the check, not null
     * @throws NullPointerException if {@code asOf} is null
     */
    public static IdCheck check(CharSequence number, LocalDate asOf) {
        return IdNumbers.check(DocumentType.CN_HMT_RESIDENCE_PERMIT, number, asOf);
    }

    /**
     * Returns whether an HMT residence-permit number is valid, without allocating.
     *
     * @param number the number, may be null (invalid)
     * @param asOf   the date the birth date must not be after, not null
     * @return true if valid
     * @throws NullPointerException if {@code asOf} is null
     */
    public static boolean isValid(CharSequence number, LocalDate asOf) {
        return IdNumbers.isValid(DocumentType.CN_HMT_RESIDENCE_PERMIT, number, asOf);
    }
}
