package org.renfang.validation.rules;

import java.util.List;
import java.util.Optional;
import org.renfang.model.IdentityDocument;
import org.renfang.model.Person;
import org.renfang.model.Premises;
import org.renfang.validation.profile.DivisionCodes;
import org.renfang.validation.profile.Parameter;
import org.renfang.validation.profile.PersonStatus;
import org.renfang.validation.profile.Profile;

/**
 * The one place that decides who a person is under a profile: national, Hong Kong/Macao/Taiwan
 * resident or foreigner ({@link #status}), local or not ({@link #isLocal}), and whether the
 * residence-registration duty concerns the person ({@link #registrationApplies}). Every rule and
 * service asks here.
 *
 * <p><b>Status.</b> With no {@code nationalCountry} in the profile every person is a national.
 * Otherwise, in this order:
 * <ol>
 * <li>HMT_RESIDENT if the nationality is one of the profile's {@code specialRegions} (CN: HKG,
 *     MAC, TWN), or if the person holds a CN_HMT_RESIDENCE_PERMIT, CN_HK_MACAO_PERMIT or
 *     CN_TAIWAN_PERMIT and no CN_RESIDENT_ID and the nationality is missing or the national
 *     country (Chinese systems often record these residents as CHN);</li>
 * <li>NATIONAL if the nationality is the national country;</li>
 * <li>FOREIGNER if the nationality is anything else;</li>
 * <li>with no nationality, the documents tell: a CN_RESIDENT_ID, CN_RESIDENT_ID_15 or one of the
 *     three HMT documents means CHN (so a foreigner under DE), a PASSPORT its country, a
 *     CN_FOREIGNER_PR a foreigner; the first document that tells decides;</li>
 * <li>where nothing tells, NATIONAL (the general duty is the one that applies to everybody not
 *     shown to be otherwise). A person missing from the records is a national too.</li>
 * </ol>
 *
 * <p><b>Local.</b> Under a profile with {@code localResidentsExempt} (the Chinese ones: residence
 * registration, deregistration and the residence permit concern persons living outside the city
 * of their household registration, 户口登记条例 art. 15, 居住证暂行条例 art. 2), a national is
 * local when the division of the {@code householdRegistration} lies in the same city as the
 * premises' division: the same first four digits, or the same first two for the profile's
 * {@code municipalities} (11, 12, 31, 50). A national without a household registration, or
 * premises unknown, is not known to be local.
 *
 * <p>This class is stateless, immutable and thread-safe.
 */
public final class Jurisdiction {

    private Jurisdiction() {
    }

    /**
     * Returns a person's status under a profile.
     *
     * @param person  the person, or null when missing from the records (a national)
     * @param profile the profile, not null
     * @return the status, not null
     */
    public static PersonStatus status(Person person, Profile profile) {
        Optional<String> national = profile.text(Parameter.NATIONAL_COUNTRY);
        if (person == null || national.isEmpty()) {
            return PersonStatus.NATIONAL;
        }
        String country = national.get();
        List<String> regions = profile.codes(Parameter.SPECIAL_REGIONS);
        String nationality = person.nationality().orElse(null);
        if (nationality != null && regions.contains(nationality)) {
            return PersonStatus.HMT_RESIDENT;
        }
        if (!regions.isEmpty() && (nationality == null || nationality.equals(country)) && holdsHmtDocument(person)) {
            return PersonStatus.HMT_RESIDENT;
        }
        if (nationality == null) {
            nationality = documentedCountry(person);
            if (nationality == null) {
                return PersonStatus.NATIONAL;
            }
        }
        if (nationality.equals(country)) {
            return PersonStatus.NATIONAL;
        }
        return regions.contains(nationality) ? PersonStatus.HMT_RESIDENT : PersonStatus.FOREIGNER;
    }

    /** An HMT document and no mainland resident id. */
    private static boolean holdsHmtDocument(Person person) {
        boolean hmt = false;
        for (IdentityDocument d : person.documents()) {
            switch (d.type()) {
                case CN_RESIDENT_ID:
                    return false;
                case CN_HMT_RESIDENCE_PERMIT:
                case CN_HK_MACAO_PERMIT:
                case CN_TAIWAN_PERMIT:
                    hmt = true;
                    break;
                default:
                    break;
            }
        }
        return hmt;
    }

    /** The country the first telling document names, or null; "" stands for "a foreign country". */
    private static String documentedCountry(Person person) {
        for (IdentityDocument d : person.documents()) {
            switch (d.type()) {
                case CN_RESIDENT_ID:
                case CN_RESIDENT_ID_15:
                case CN_HMT_RESIDENCE_PERMIT:
                case CN_HK_MACAO_PERMIT:
                case CN_TAIWAN_PERMIT:
                    return "CHN";
                case PASSPORT:
                    if (d.country().isPresent()) {
                        return d.country().get();
                    }
                    break;
                case CN_FOREIGNER_PR:
                    return "";
                default:
                    break;
            }
        }
        return null;
    }

    /**
     * Returns whether a person is local to premises: a national whose household registration is
     * in the premises' city, under a profile where locals are exempt from residence registration.
     *
     * @param person   the person, or null when missing (not local)
     * @param premises the premises, or null when missing (not local)
     * @param profile  the profile, not null
     * @return true if known to be local
     */
    public static boolean isLocal(Person person, Premises premises, Profile profile) {
        if (person == null || premises == null || !profile.flag(Parameter.LOCAL_RESIDENTS_EXEMPT, false)
                || person.householdRegistration().isEmpty()
                || status(person, profile) != PersonStatus.NATIONAL) {
            return false;
        }
        List<String> municipalities = profile.codes(Parameter.MUNICIPALITIES);
        String home = person.householdRegistration().get().division();
        String here = premises.address().division();
        return DivisionCodes.city(home, municipalities).equals(DivisionCodes.city(here, municipalities));
    }

    /**
     * Returns whether the residence-registration duty of the profile concerns a person living at
     * premises: everyone except locals (see {@link #isLocal}). Hong Kong, Macao and Taiwan
     * residents and foreigners are concerned, under their own deadlines where the profile has
     * them.
     *
     * @param person   the person, or null when missing
     * @param premises the premises, or null when missing
     * @param profile  the profile, not null
     * @return true if the person must be registered there
     */
    public static boolean registrationApplies(Person person, Premises premises, Profile profile) {
        return !isLocal(person, premises, profile);
    }
}
