package org.renfang.model;

/**
 * What an organization is, for the rules that need it.
 */
public enum OrganizationKind {
    /** An employer (用工单位). */
    EMPLOYER,
    /** A hotel operator. */
    HOTEL_OPERATOR,
    /** A letting agent. */
    LETTING_AGENT,
    /** A school. */
    SCHOOL,
    /** A public agency that visits premises. */
    AGENCY,
    /** Anything else. */
    OTHER
}
