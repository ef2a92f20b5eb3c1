package org.renfang.id;

/**
 * Why a unified social credit code (统一社会信用代码, GB 32100-2015) passed or failed its check.
 *
 * <p>Checks run in the order of the constants; the first failing step names the reason.
 * The constants are a stable contract: they may be added to, never renamed.
 *
 * @see CreditCodes#check(CharSequence)
 */
public enum CreditCodeReason {
    /** The code is valid. */
    OK,
    /** The code is null, empty or only whitespace. */
    EMPTY,
    /** The code is not 18 characters long. */
    LENGTH,
    /**
     * A character is outside the GB 32100 alphabet at its position: digits and the capital
     * letters other than I, O, S, V and Z, with digits only in positions 3 to 8 (the region code).
     */
    CHARSET,
    /** The 18th character is not the GB 32100 check character of the first 17. */
    CHECK_CHARACTER
}
