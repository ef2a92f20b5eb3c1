package org.renfang.model;

/**
 * The basis on which a person resides at premises.
 */
public enum BasisType {
    /** The person owns the premises. */
    OWNER,
    /** A lease names the person as lessee or occupant. */
    LEASE,
    /** A dormitory of the person's employer. */
    EMPLOYER_DORMITORY,
    /** A family member of a resident. */
    FAMILY_MEMBER,
    /** A hotel stay. */
    HOTEL_STAY,
    /** Anything else. */
    OTHER
}
