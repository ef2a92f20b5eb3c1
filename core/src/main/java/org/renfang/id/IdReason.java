package org.renfang.id;

/**
 * Why an identity number passed or failed its check.
 *
 * <p>Checks run in a fixed order (emptiness, length, characters, region or prefix, birth date,
 * check character), and the first failing step names the reason. A number with a wrong birth
 * date and a wrong check character therefore reports {@link #BIRTH_DATE}. Which steps apply to
 * which {@link org.renfang.model.DocumentType} is described in {@link IdNumbers}.
 *
 * <p>The constants are a stable contract: they may be added to, never renamed.
 */
public enum IdReason {
    /** The number is valid for its document type. */
    OK,
    /** The number is null, empty or only whitespace. */
    EMPTY,
    /** The number has a length the document type never has. */
    LENGTH,
    /** The number has a character not allowed at its position. */
    CHARSET,
    /** The region (GB/T 2260 province-level) code is not one the document type is issued for. */
    REGION,
    /** A fixed prefix of the document type is missing (HMT permit 810000/820000/830000, PR card 9). */
    PREFIX,
    /** The encoded birth date is not a real calendar date, or lies before the earliest accepted year. */
    BIRTH_DATE,
    /** The encoded birth date is a real date after the as-of date. */
    BIRTH_DATE_IN_FUTURE,
    /** The check character does not match the other characters (ISO 7064 MOD 11-2). */
    CHECK_DIGIT
}
