package org.renfang.model;

/**
 * Why an agency visited premises.
 */
public enum VisitPurpose {
    /** A registration check. */
    REGISTRATION_CHECK,
    /** A safety inspection. */
    SAFETY_INSPECTION,
    /** A service visit. */
    SERVICE,
    /** Anything else. */
    OTHER
}
