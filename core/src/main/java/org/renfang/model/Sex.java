package org.renfang.model;

/**
 * Sex as recorded on an identity document; optional.
 */
public enum Sex {
    /** Female. */
    FEMALE,
    /** Male. */
    MALE,
    /** Not specified. */
    UNSPECIFIED
}
