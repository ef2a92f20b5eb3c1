package org.renfang.validation.profile;

import java.util.Set;
import org.renfang.validation.finding.RuleCode;

/**
 * The parameters a jurisdiction profile sets (docs/rules.md "Profile parameters"). A rule whose
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
    PROVIDER_CONFIRMATION_DAYS("providerConfirmationDays", Type.DAYS, RuleCode.PROVIDER_CONFIRMATION_LATE),
    /**
     * The country whose citizens are nationals under the profile (ISO 3166 alpha-3: {@code CHN},
     * {@code DEU}); absent: every person counts as a national.
     */
    NATIONAL_COUNTRY("nationalCountry", Type.TEXT, null),
    /**
     * The special regions whose residents are neither nationals nor foreigners under the profile
     * (CN: {@code HKG}, {@code MAC}, {@code TWN}); absent: none.
     */
    SPECIAL_REGIONS("specialRegions", Type.CODES, null),
    /**
     * Whether residence registration and deregistration concern only persons living outside the
     * city of their household registration (CN: 户口登记条例 art. 15); default false (everyone).
     */
    LOCAL_RESIDENTS_EXEMPT("localResidentsExempt", Type.FLAG, null),
    /**
     * The two-digit division prefixes of municipalities, whose whole territory is one city for
     * the local test (CN: 11, 12, 31, 50); elsewhere a city is the first four digits.
     */
    MUNICIPALITIES("municipalities", Type.CODES, null),
    /**
     * Hours after arrival for a Hong Kong, Macao or Taiwan resident to register outside a hotel.
     * Gates HMT_REGISTRATION_LATE.
     */
    HMT_REGISTRATION_HOURS("hmtRegistrationHours", Type.HOURS, RuleCode.HMT_REGISTRATION_LATE),
    /**
     * Whether a person may hold SECONDARY residences beside one MAIN residence (DE: BMG §21);
     * default false: every residence counts as a main one.
     */
    SECONDARY_RESIDENCES_ALLOWED("secondaryResidencesAllowed", Type.FLAG, null),
    /**
     * Whether a move-out needs a deregistration only when no new residence of the person in the
     * country follows (DE: BMG §17 (2)); default false: every move-out.
     */
    DEREGISTRATION_ONLY_WITHOUT_NEW_RESIDENCE("deregistrationOnlyWithoutNewResidence", Type.FLAG, null),
    /**
     * The division-code system of addresses: {@code GB2260} (CN: 6 digits, or 9 and 12-digit
     * statistical codes) or {@code AGS} (DE: 8-digit Amtlicher Gemeindeschlüssel or 12-digit
     * Regionalschlüssel); absent: GB2260.
     */
    DIVISION_CODES("divisionCodes", Type.TEXT, null),
    /**
     * Months of residence the Hong Kong, Macao and Taiwan residents' residence permit needs
     * (港澳台居民居住证申领发放办法 art. 2); absent: the profile has no such permit.
     */
    HMT_RESIDENCE_PERMIT_MONTHS("hmtResidencePermitMonths", Type.COUNT, null);

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
        TEXT,
        /** A list of 0 to 32 codes, each of 1 to 8 upper-case letters or digits. */
        CODES
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
