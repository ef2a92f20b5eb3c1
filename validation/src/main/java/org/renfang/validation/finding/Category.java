package org.renfang.validation.finding;

/**
 * What kind of problem a finding shows.
 */
public enum Category {
    /** The records are wrong or contradict each other: they must be corrected. */
    DATA,
    /** The records are right, and show that someone breaks a duty. */
    COMPLIANCE
}
