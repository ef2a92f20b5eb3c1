package org.renfang.validation;

/**
 * The stable codes of the rule catalog (DESIGN "Rule catalog"). Codes are never renamed.
 * Each has a default severity; a profile may change it or switch the rule off.
 */
public enum RuleCode {
    /** A required field is missing. */
    FIELD_REQUIRED(Severity.ERROR),
    /** A field has a wrong type, format or value, or is unknown. */
    FIELD_INVALID(Severity.ERROR),
    /** The document is not well-formed JSON or exceeds a limit. */
    JSON_MALFORMED(Severity.ERROR),
    /** A reference names no record in the payload or the context. */
    REFERENCE_UNKNOWN(Severity.ERROR),
    /** A document number fails its type's format, check digit or birth date. */
    ID_NUMBER_INVALID(Severity.ERROR),
    /** The birth date differs from the one the document encodes. */
    ID_BIRTHDATE_MISMATCH(Severity.ERROR),
    /** One document on two person records. */
    PERSON_DUPLICATE_DOCUMENT(Severity.ERROR),
    /** A unified social credit code fails the GB 32100 check. */
    ORG_CREDIT_CODE_INVALID(Severity.ERROR),
    /** A residence (not a hotel stay) on non-residential premises. */
    PREMISES_NOT_RESIDENTIAL(Severity.ERROR),
    /** A lease on premises flagged illegal structure, unsafe or illegal change of use. */
    PREMISES_NOT_RENTABLE(Severity.ERROR),
    /** A lease or residence on a kitchen, bathroom, balcony, storage room or basement. */
    ROOM_NOT_HABITABLE(Severity.ERROR),
    /** A lease or residence on a room partitioned from an original room. */
    ROOM_PARTITIONED(Severity.ERROR),
    /** Habitable area per occupant below the minimum on some day. */
    OCCUPANCY_AREA(Severity.ERROR),
    /** More persons in one room than allowed on some day. */
    OCCUPANCY_PER_ROOM(Severity.ERROR),
    /** Premises large enough to owe a group-rental register. */
    GROUP_RENTAL_REGISTER(Severity.WARNING),
    /** An employer dormitory in a residential compound where forbidden. */
    DORMITORY_IN_RESIDENTIAL_COMPOUND(Severity.ERROR),
    /** Lease start after end, or term over the maximum. */
    LEASE_TERM_INVALID(Severity.ERROR),
    /** Two leases of the same premises or room overlap. */
    LEASE_OVERLAP(Severity.ERROR),
    /** The lessor is neither owner nor lessee of a parent lease permitting subletting. */
    LEASE_LESSOR_NOT_ENTITLED(Severity.ERROR),
    /** The lease was filed late, or is not filed past the deadline. */
    LEASE_FILING_LATE(Severity.WARNING),
    /** The residence's basis does not hold on the move-in day. */
    RESIDENCE_BASIS_MISSING(Severity.ERROR),
    /** No move-out although the lease or employment behind the residence ended. */
    RESIDENCE_OUTLIVES_BASIS(Severity.WARNING),
    /** One person has two overlapping residences. */
    RESIDENCE_OVERLAP(Severity.ERROR),
    /** Registered after the registration deadline. */
    RESIDENCE_REGISTRATION_LATE(Severity.WARNING),
    /** Deregistered after the deadline, or not deregistered past it. */
    RESIDENCE_DEREGISTRATION_LATE(Severity.WARNING),
    /** A non-national outside a hotel registered after the foreigner deadline. */
    FOREIGNER_REGISTRATION_LATE(Severity.ERROR),
    /**
     * A Hong Kong, Macao or Taiwan resident, not in a hotel, registered the residence later than
     * the profile's hours after moving in (24 h in CN).
     */
    HMT_REGISTRATION_LATE(Severity.WARNING),
    /** A hotel stay registered after check-in plus the tolerance. */
    HOTEL_REGISTRATION_LATE(Severity.ERROR),
    /** A visit's scanned label does not verify for that premises at that time. */
    VISIT_LABEL_INVALID(Severity.WARNING),
    /** Observed occupants differ from the registered residents that day. */
    VISIT_OCCUPANCY_MISMATCH(Severity.WARNING),
    /** Another agency visited the same premises shortly before. */
    VISIT_REDUNDANT(Severity.INFO);

    private final Severity defaultSeverity;

    RuleCode(Severity defaultSeverity) {
        this.defaultSeverity = defaultSeverity;
    }

    /**
     * Returns the severity the catalog gives this rule.
     *
     * @return the default severity, not null
     */
    public Severity defaultSeverity() {
        return defaultSeverity;
    }
}
