package org.renfang.validation.profile;

/**
 * A person's status under a jurisdiction profile, which decides the registration rules that
 * apply to the person.
 *
 * <ul>
 * <li>{@link #NATIONAL}: the person's nationality is the profile's national country ({@code CHN}
 *     in the Chinese profiles, {@code DEU} in the German one).</li>
 * <li>{@link #HMT_RESIDENT}: a resident of Hong Kong, Macao or Taiwan (Chinese profiles only),
 *     who registers under the rules for those residents; never called a foreigner.</li>
 * <li>{@link #FOREIGNER}: anyone else.</li>
 * </ul>
 *
 * <p>How the status is decided from a person's nationality and documents is described in
 * {@code docs/rules.md} ("Persons and jurisdiction").
 */
public enum PersonStatus {
    /** A citizen of the profile's country. */
    NATIONAL,
    /** A resident of Hong Kong, Macao or Taiwan under a Chinese profile. */
    HMT_RESIDENT,
    /** Any other person. */
    FOREIGNER
}
