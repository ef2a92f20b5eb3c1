package org.renfang.validation.finding;

/**
 * The stable codes of the rule catalog (docs/rules.md). Codes are never renamed.
 * Each has a default severity, a category (DATA or COMPLIANCE) and the role responsible for its
 * findings; a profile may change the severity or switch the rule off.
 */
public enum RuleCode {
    /** A required field is missing. */
    FIELD_REQUIRED(Severity.ERROR, Category.DATA, Role.RECORDER),
    /** A field has a wrong type, format or value, or is unknown. */
    FIELD_INVALID(Severity.ERROR, Category.DATA, Role.RECORDER),
    /** The document is not well-formed JSON or exceeds a limit. */
    JSON_MALFORMED(Severity.ERROR, Category.DATA, Role.RECORDER),
    /** A reference names no record in the payload or the context. */
    REFERENCE_UNKNOWN(Severity.ERROR, Category.DATA, Role.RECORDER),
    /** A document number fails its type's format, check digit or birth date. */
    ID_NUMBER_INVALID(Severity.ERROR, Category.DATA, Role.RECORDER),
    /** The birth date differs from the one the document encodes. */
    ID_BIRTHDATE_MISMATCH(Severity.ERROR, Category.DATA, Role.RECORDER),
    /** One document on two person records. */
    PERSON_DUPLICATE_DOCUMENT(Severity.ERROR, Category.DATA, Role.RECORDER),
    /** A unified social credit code fails the GB 32100 check. */
    ORG_CREDIT_CODE_INVALID(Severity.ERROR, Category.DATA, Role.RECORDER),
    /** A residence (not a hotel stay) on non-residential premises. */
    PREMISES_NOT_RESIDENTIAL(Severity.ERROR, Category.COMPLIANCE, Role.LESSOR),
    /** A lease on premises flagged illegal structure, unsafe or illegal change of use. */
    PREMISES_NOT_RENTABLE(Severity.ERROR, Category.COMPLIANCE, Role.LESSOR),
    /** A lease or residence on a kitchen, bathroom, balcony, storage room or basement. */
    ROOM_NOT_HABITABLE(Severity.ERROR, Category.COMPLIANCE, Role.LESSOR),
    /** A lease or residence on a room partitioned from an original room. */
    ROOM_PARTITIONED(Severity.ERROR, Category.COMPLIANCE, Role.LESSOR),
    /** Habitable area per occupant below the minimum on some day. */
    OCCUPANCY_AREA(Severity.ERROR, Category.COMPLIANCE, Role.LESSOR),
    /** More persons in one room than allowed on some day. */
    OCCUPANCY_PER_ROOM(Severity.ERROR, Category.COMPLIANCE, Role.LESSOR),
    /** Premises large enough to owe a group-rental register. */
    GROUP_RENTAL_REGISTER(Severity.WARNING, Category.COMPLIANCE, Role.LESSOR),
    /** An employer dormitory in a residential compound where forbidden. */
    DORMITORY_IN_RESIDENTIAL_COMPOUND(Severity.ERROR, Category.COMPLIANCE, Role.EMPLOYER),
    /** Lease start after end. */
    LEASE_TERM_INVALID(Severity.ERROR, Category.DATA, Role.RECORDER),
    /** Two leases of the same premises or room overlap. */
    LEASE_OVERLAP(Severity.ERROR, Category.DATA, Role.RECORDER),
    /** The lessor is neither owner nor lessee of a parent lease permitting subletting. */
    LEASE_LESSOR_NOT_ENTITLED(Severity.ERROR, Category.COMPLIANCE, Role.LESSOR),
    /** The lease was filed late, or is not filed past the deadline. */
    LEASE_FILING_LATE(Severity.WARNING, Category.COMPLIANCE, Role.LESSOR),
    /** The residence's basis does not hold on the move-in day. */
    RESIDENCE_BASIS_MISSING(Severity.ERROR, Category.DATA, Role.RECORDER),
    /** No move-out although the lease or employment behind the residence ended. */
    RESIDENCE_OUTLIVES_BASIS(Severity.WARNING, Category.COMPLIANCE, Role.RESIDENT),
    /** One person has two overlapping residences. */
    RESIDENCE_OVERLAP(Severity.ERROR, Category.DATA, Role.RECORDER),
    /** Registered after the registration deadline. */
    RESIDENCE_REGISTRATION_LATE(Severity.WARNING, Category.COMPLIANCE, Role.RESIDENT),
    /** Deregistered after the deadline, or not deregistered past it. */
    RESIDENCE_DEREGISTRATION_LATE(Severity.WARNING, Category.COMPLIANCE, Role.RESIDENT),
    /** A non-national outside a hotel registered after the foreigner deadline. */
    FOREIGNER_REGISTRATION_LATE(Severity.ERROR, Category.COMPLIANCE, Role.RESIDENT),
    /**
     * A Hong Kong, Macao or Taiwan resident, not in a hotel, registered the residence later than
     * the profile's hours after moving in (24 h in CN).
     */
    HMT_REGISTRATION_LATE(Severity.WARNING, Category.COMPLIANCE, Role.RESIDENT),
    /** A hotel stay registered after check-in plus the tolerance. */
    HOTEL_REGISTRATION_LATE(Severity.ERROR, Category.COMPLIANCE, Role.HOTEL_OPERATOR),
    /** A visit's scanned label does not verify for that premises at that time. */
    VISIT_LABEL_INVALID(Severity.WARNING, Category.COMPLIANCE, Role.AGENCY),
    /** Observed occupants differ from the registered residents that day. */
    VISIT_OCCUPANCY_MISMATCH(Severity.WARNING, Category.COMPLIANCE, Role.LESSOR),
    /** Another agency visited the same premises shortly before. */
    VISIT_REDUNDANT(Severity.INFO, Category.COMPLIANCE, Role.AGENCY),

    // Duties (who must act): the rules of the lessor's and the housing provider's duties.

    /** A lease term over the maximum (民法典 art. 705: the excess is void, the lease stands). */
    LEASE_TERM_EXCESS(Severity.WARNING, Category.COMPLIANCE, Role.LESSOR),
    /** A sublease ends after its parent lease (民法典 art. 717); the sublessor must act. */
    SUBLEASE_OUTLIVES_PARENT(Severity.WARNING, Category.COMPLIANCE, Role.LESSOR),
    /** 以房找人: a person on an active lease is not registered as living there (or anywhere, for a lessee). */
    OCCUPANT_NOT_REGISTERED(Severity.WARNING, Category.COMPLIANCE, Role.LESSOR),
    /** The housing provider's confirmation of a move-in is missing or late (DE: BMG §19). */
    PROVIDER_CONFIRMATION_LATE(Severity.WARNING, Category.COMPLIANCE, Role.LESSOR);

    private final Severity defaultSeverity;
    private final Category category;
    private final Role responsible;

    RuleCode(Severity defaultSeverity, Category category, Role responsible) {
        this.defaultSeverity = defaultSeverity;
        this.category = category;
        this.responsible = responsible;
    }

    /**
     * Returns the category the catalog gives this rule: DATA (records to correct) or COMPLIANCE
     * (a duty broken).
     *
     * @return the category, not null
     */
    public Category category() {
        return category;
    }

    /**
     * Returns the role the catalog makes responsible for this rule's findings. A finding may name
     * another role where the records show one (the employer of a dormitory, the owner where no
     * lease lets the premises, the profile's registration-duty bearer).
     *
     * @return the role, not null
     */
    public Role responsible() {
        return responsible;
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
