package org.renfang.examples.cli;

import java.util.Locale;

/**
 * The languages of the command line's text output.
 */
public enum Lang {
    /** Simplified Chinese. */
    ZH_CN("zh-CN", Locale.SIMPLIFIED_CHINESE),
    /** English. */
    EN("en", Locale.ENGLISH);

    private final String tag;
    private final Locale locale;

    Lang(String tag, Locale locale) {
        this.tag = tag;
        this.locale = locale;
    }

    /**
     * Returns the language for a locale: any Chinese locale gives zh-CN, any other en.
     *
     * @param locale the locale, not null
     * @return the language, not null
     */
    public static Lang of(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? ZH_CN : EN;
    }

    /**
     * Parses a language tag as given to {@code --lang}.
     *
     * @param tag {@code zh-CN} or {@code en}, any case, {@code _} for {@code -} accepted; not null
     * @return the language, not null
     * @throws IllegalArgumentException if the tag names neither
     */
    public static Lang parse(String tag) {
        String t = tag.trim().replace('_', '-').toLowerCase(Locale.ROOT);
        switch (t) {
            case "zh-cn":
            case "zh":
                return ZH_CN;
            case "en":
                return EN;
            default:
                throw new IllegalArgumentException("language must be zh-CN or en");
        }
    }

    /** @return the tag, {@code zh-CN} or {@code en}, not null */
    public String tag() {
        return tag;
    }

    /** @return the locale messages are formatted in, not null */
    public Locale locale() {
        return locale;
    }
}
