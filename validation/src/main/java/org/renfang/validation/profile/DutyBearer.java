package org.renfang.validation.profile;

/**
 * Who bears the residence registration and deregistration duty under a profile
 * ({@code registrationDutyBearer}).
 */
public enum DutyBearer {
    /** The person who moves in or out (户口登记条例 art. 15; BMG §17). */
    RESIDENT,
    /**
     * The housing provider: the lessor of the lease, or the employer for a dormitory
     * (深圳经济特区居住证条例 art. 12); the resident where there is none (an owner, a family member).
     */
    PROVIDER
}
