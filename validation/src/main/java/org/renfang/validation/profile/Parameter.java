package org.renfang.validation.profile;

import java.util.Set;
import org.renfang.validation.RuleCode;

/**
 * The parameters a jurisdiction profile sets (DESIGN "Jurisdiction profiles"). A rule whose
 * gating parameter is absent from the resolved profile is off.
 */
public enum Parameter {
    /** Days after move-in to register a residence (event day excluded). Gates RESIDENCE_REGISTRATION_LATE. */
    RESIDENCE_REGISTRATION_DAYS("residenceRegistrationDays", Type.DAYS, RuleCode.RESIDENCE_REGISTRATION_LATE),
    /** Days after move-out to deregister. Gates RESIDENCE_DEREGISTRATION_LATE. */
    DEREGISTRATION_DAYS("deregistrationDays", Type.DAYS, RuleCode.RESIDENCE_DEREGISTRATION_LATE),
    /** Days after signing (or the start) to file a lease. Gates LEASE_FILING_LATE. */
    LEASE_FILING_DAYS("leaseFilingDays", Type.DAYS, RuleCode.LEASE_FILING_LATE),
    /** Minimum habitable m² per occupant. Gates OCCUPANCY_AREA. */
    MIN_AREA_PER_PERSON("minAreaPerPerson", Type.DECIMAL, RuleCode.OCCUPANCY_AREA),
    /** Maximum persons per room. Gates OCCUPANCY_PER_ROOM. */
    MAX_PERSONS_PER_ROOM("maxPersonsPerRoom", Type.COUNT, RuleCode.OCCUPANCY_PER_ROOM),
    /** Whether a living room counts as a room for the per-room limit (default true). */
    LIVING_ROOM_COUNTS_AS_ROOM("livingRoomCountsAsRoom", Type.FLAG, null),
    /** Whether FAMILY_MEMBER residents are left out of head counts (default false). */
    FAMILY_MEMBERS_EXEMPT("familyMembersExempt", Type.FLAG, null),
    /** Let rooms from which a landlord owes a group-rental register. Gates GROUP_RENTAL_REGISTER. */
    GROUP_RENTAL_ROOMS("groupRentalRooms", Type.COUNT, RuleCode.GROUP_RENTAL_REGISTER),
    /** Occupants from which a landlord owes a group-rental register. Gates GROUP_RENTAL_REGISTER. */
    GROUP_RENTAL_OCCUPANTS("groupRentalOccupants", Type.COUNT, RuleCode.GROUP_RENTAL_REGISTER),
    /** Whether an employer dormitory may be in a residential compound; false turns DORMITORY_IN_RESIDENTIAL_COMPOUND on. */
    DORMITORY_IN_RESIDENTIAL_COMPOUND_ALLOWED("dormitoryInResidentialCompoundAllowed", Type.FLAG,
            RuleCode.DORMITORY_IN_RESIDENTIAL_COMPOUND),
    /** Hours after arrival for a non-national to register outside a hotel. Gates FOREIGNER_REGISTRATION_LATE. */
    FOREIGNER_REGISTRATION_HOURS("foreignerRegistrationHours", Type.HOURS, RuleCode.FOREIGNER_REGISTRATION_LATE),
    /** Hours after check-in a hotel may take to register a guest. Gates HOTEL_REGISTRATION_LATE. */
    HOTEL_REGISTRATION_TOLERANCE_HOURS("hotelRegistrationToleranceHours", Type.HOURS,
            RuleCode.HOTEL_REGISTRATION_LATE),
    /** Whether hotel registration applies to foreign guests only (default false). */
    HOTEL_REGISTRATION_FOREIGN_GUESTS_ONLY("hotelRegistrationForeignGuestsOnly", Type.FLAG, null),
    /** Months of residence a residence permit needs; absent: the profile has no residence permit. */
    RESIDENCE_PERMIT_MONTHS("residencePermitMonths", Type.COUNT, null),
    /** Days within which another agency's visit is redundant. Gates VISIT_REDUNDANT. */
    VISIT_REDUNDANCY_DAYS("visitRedundancyDays", Type.DAYS, RuleCode.VISIT_REDUNDANT),
    /** Maximum lease term in years (the excess is void). Gates LEASE_TERM_EXCESS. */
    MAX_LEASE_YEARS("maxLeaseYears", Type.COUNT, RuleCode.LEASE_TERM_EXCESS),
    /** Division-code prefix of the jurisdiction ("31" for Shanghai); absent: nationwide. */
    DIVISION_PREFIX("divisionPrefix", Type.TEXT, null),
    /** Name of the holiday calendar deadlines move past; absent: none. */
    HOLIDAY_CALENDAR("holidayCalendar", Type.TEXT, null),
    /**
     * Who bears the residence registration and deregistration duty: {@code RESIDENT} (the default) or
     * {@code PROVIDER} (the lessor, or the employer for a dormitory); see {@link DutyBearer}.
     */
    REGISTRATION_DUTY_BEARER("registrationDutyBearer", Type.TEXT, null),
    /** Days after move-in for the housing provider to confirm it (DE §19). Gates PROVIDER_CONFIRMATION_LATE. */
    PROVIDER_CONFIRMATION_DAYS("providerConfirmationDays", Type.DAYS, RuleCode.PROVIDER_CONFIRMATION_LATE);

    /** Value types of parameters. */
    public enum Type {
        /** A whole number of days, 0 to 3650. */
        DAYS,
        /** A whole number of hours, 0 to 87600. */
        HOURS,
        /** A whole number, 1 to 100000. */
        COUNT,
        /** A decimal number, greater than 0 and at most 1000. */
        DECIMAL,
        /** true or false. */
        FLAG,
        /** A short text of 1 to 32 characters. */
        TEXT
    }

    private final String key;
    private final Type type;
    private final RuleCode gates;

    Parameter(String key, Type type, RuleCode gates) {
        this.key = key;
        this.type = type;
        this.gates = gates;
    }

    /** @return the JSON key in a profile file */
    public String key() {
        return key;
    }

    /** @return the value type */
    public Type type() {
        return type;
    }

    /** @return the rule this parameter switches on, or null */
    public RuleCode gates() {
        return gates;
    }

    /**
     * Finds a parameter by its JSON key.
     *
     * @param key the key, not null
     * @return the parameter, or null
     */
    public static Parameter ofKey(String key) {
        for (Parameter p : values()) {
            if (p.key.equals(key)) {
                return p;
            }
        }
        return null;
    }

    /** The rules that some parameter gates. */
    static final Set<RuleCode> GATED = gatedRules();

    private static Set<RuleCode> gatedRules() {
        java.util.EnumSet<RuleCode> s = java.util.EnumSet.noneOf(RuleCode.class);
        for (Parameter p : values()) {
            if (p.gates != null) {
                s.add(p.gates);
            }
        }
        return java.util.Collections.unmodifiableSet(s);
    }
}
