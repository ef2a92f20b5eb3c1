package org.renfang.validation.finding;

/**
 * The role of the party who must act on a finding.
 */
public enum Role {
    /** The person who lives there (the registration duty, moving out). */
    RESIDENT,
    /** Whoever lets the premises or rooms: the lessor, the sublessor of a sublease. */
    LESSOR,
    /** The owner of the premises, where no lease lets them. */
    OWNER,
    /** The employer that houses employees (a dormitory). */
    EMPLOYER,
    /** The school that houses students. */
    SCHOOL,
    /** The operator of a hotel. */
    HOTEL_OPERATOR,
    /** The agency that visited. */
    AGENCY,
    /** Whoever supplied the data: the records must be corrected. */
    RECORDER
}
