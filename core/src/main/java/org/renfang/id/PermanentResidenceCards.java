package org.renfang.id;

import java.time.LocalDate;
import java.util.Objects;

import org.renfang.model.DocumentType;

/**
 * Checks of the numbers of the foreigner's permanent residence identity card
 * (外国人永久居留身份证, {@link DocumentType#CN_FOREIGNER_PR}), in both forms still in use.
 *
 * <p><b>2017 form</b>, 15 characters: three capital letters A–Z (the nationality) and twelve
 * ASCII digits. Its check-character algorithm is not published, so only the shape is checked
 * ({@link IdReason#CHARSET} otherwise; lower-case letters are rejected) and no facts are
 * reported.
 *
 * <p><b>2023 form</b> (issued from 2023-12-01), 18 characters on the pattern of GB 11643:
 * {@code 9}, two digits of the accepting province, three of nationality, eight of birth date
 * ({@code yyyyMMdd}), three of sequence and an ISO 7064 MOD 11-2 check character ({@code X} in
 * either case). The checks: {@link IdReason#CHARSET} as for resident numbers;
 * {@link IdReason#PREFIX} if the first digit is not {@code 9}; {@link IdReason#REGION} if the
 * province is not a mainland province-level code (as in {@link ResidentIds});
 * {@link IdReason#BIRTH_DATE}, {@link IdReason#BIRTH_DATE_IN_FUTURE} and
 * {@link IdReason#CHECK_DIGIT} as for resident numbers. A valid number reports its birth date
 * and the accepting province as a region code {@code xx0000}; it reports no sex, because the
 * published rule does not assign the sequence parity to sex as GB 11643 does.
 *
 * <p>Any other length gives {@link IdReason#LENGTH}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PermanentResidenceCards {

    private PermanentResidenceCards() {
    }

    /**
     * Checks a permanent residence card number of either form.
     *
     * @param number the number, may be null (reported as {@link IdReason#EMPTY})
     * @param asOf   the date the birth date (2023 form) must not be after, not null
     * @return the check, not null
     * @throws NullPointerException if {@code asOf} is null
     */
    public static IdCheck check(CharSequence number, LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        return IdCheck.of(DocumentType.CN_FOREIGNER_PR, packed(number, Gb11643.ymd(asOf)));
    }

    /**
     * Returns whether a permanent residence card number of either form is valid, without allocating.
     *
     * @param number the number, may be null (invalid)
     * @param asOf   the date the birth date (2023 form) must not be after, not null
     * @return true if valid
     * @throws NullPointerException if {@code asOf} is null
     */
    public static boolean isValid(CharSequence number, LocalDate asOf) {
        return Gb11643.isOk(packed(number, Gb11643.ymd(asOf)));
    }

    static long packed(CharSequence number, int asOf) {
        if (number == null) {
            return Gb11643.fail(IdReason.EMPTY);
        }
        int length = number.length();
        if (length == 18) {
            return Gb11643.check18(number, asOf, Gb11643.KIND_PR_2023);
        }
        if (length != 15) {
            return Gb11643.failOrEmpty(number, IdReason.LENGTH);
        }
        for (int i = 0; i < 3; i++) {
            char c = number.charAt(i);
            if (c < 'A' || c > 'Z') {
                return Gb11643.failOrEmpty(number, IdReason.CHARSET);
            }
        }
        for (int i = 3; i < 15; i++) {
            if (!Gb11643.isDigit(number.charAt(i))) {
                return Gb11643.fail(IdReason.CHARSET);
            }
        }
        return Gb11643.ok(Gb11643.SEX_NONE, 0, -1);
    }
}
