package org.renfang.validation.finding;

import java.util.Locale;
import java.util.Objects;
import org.renfang.validation.output.Messages;

/**
 * The legal basis of a rule under a profile: the citation (law, article) in Chinese and English,
 * such as 《上海市居住房屋租赁管理办法》第十条 / "Shanghai Measures on Residential Leasing, art. 10".
 * Profiles give it per rule ({@code "legalBasis"} in a profile file).
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param zh the citation in Chinese, not null, 1 to {@value #MAX_LENGTH} characters, not blank
 * @param en the citation in English, not null, 1 to {@value #MAX_LENGTH} characters, not blank
 */
public record LegalBasis(String zh, String en) {
    /** The longest citation in one language, in characters. */
    public static final int MAX_LENGTH = 200;

    /**
     * Checks the citations.
     *
     * @param zh the citation in Chinese, not null, 1 to {@value #MAX_LENGTH} characters, not blank
     * @param en the citation in English, not null, 1 to {@value #MAX_LENGTH} characters, not blank
     * @throws IllegalArgumentException if a text is blank or too long
     */
    public LegalBasis {
        check(zh, "zh");
        check(en, "en");
    }

    /**
     * Obtains a legal basis.
     *
     * @param zh the citation in Chinese, not null, 1 to {@value #MAX_LENGTH} characters
     * @param en the citation in English, not null, 1 to {@value #MAX_LENGTH} characters
     * @return the legal basis, not null
     * @throws IllegalArgumentException if a text is blank or too long
     */
    public static LegalBasis of(String zh, String en) {
        return new LegalBasis(zh, en);
    }

    private static void check(String text, String name) {
        Objects.requireNonNull(text, name);
        if (text.isBlank() || text.length() > MAX_LENGTH) {
            throw new IllegalArgumentException(name + " citation has " + text.length() + " characters, expected 1 to "
                    + MAX_LENGTH);
        }
    }

    /**
     * Returns the citation in a language.
     *
     * @param locale the language, not null; Chinese locales give the Chinese text, any other the English
     * @return the citation, not null
     */
    public String text(Locale locale) {
        return Messages.isChinese(locale) ? zh : en;
    }

    /** @return the English citation */
    @Override
    public String toString() {
        return en;
    }
}
