package org.renfang.model;

/**
 * The permitted use of premises.
 */
public enum PremisesUse {
    /** Residential. */
    RESIDENTIAL,
    /** Non-residential: nobody may reside there (hotel stays aside). */
    NON_RESIDENTIAL,
    /** Mixed use. */
    MIXED
}
