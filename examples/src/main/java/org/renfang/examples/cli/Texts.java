package org.renfang.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.EnumMap;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.Properties;

/**
 * The command line's own user-facing text, from {@code texts.properties} (en) and
 * {@code texts_zh_CN.properties} (zh-CN), formatted with {@link MessageFormat}. Arguments are
 * ids, codes, numbers, dates and file names, never names or document numbers.
 *
 * <p>This class is immutable and thread-safe.
 */
final class Texts {
    private static final Map<Lang, Texts> CACHE = new EnumMap<>(Lang.class);

    private final Lang lang;
    private final Properties texts;

    private Texts(Lang lang, Properties texts) {
        this.lang = lang;
        this.texts = texts;
    }

    /**
     * Returns the texts of a language.
     *
     * @param lang the language, not null
     * @return the texts, not null
     */
    static Texts of(Lang lang) {
        Objects.requireNonNull(lang, "lang");
        synchronized (CACHE) {
            return CACHE.computeIfAbsent(lang, Texts::load);
        }
    }

    private static Texts load(Lang lang) {
        String name = lang == Lang.ZH_CN ? "texts_zh_CN.properties" : "texts.properties";
        Properties p = new Properties();
        try (InputStream in = Texts.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new MissingResourceException("text bundle missing", Texts.class.getName(), name);
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("text bundle unreadable", e);
        }
        return new Texts(lang, p);
    }

    /** @return the language, not null */
    Lang lang() {
        return lang;
    }

    /**
     * Formats a text.
     *
     * @param key  the key, not null; must exist
     * @param args the arguments, ids, numbers, dates or codes
     * @return the text, not null
     * @throws MissingResourceException if the key is missing (a defect)
     */
    String get(String key, Object... args) {
        String pattern = texts.getProperty(key);
        if (pattern == null) {
            throw new MissingResourceException("text key missing", Texts.class.getName(), key);
        }
        return args.length == 0 ? pattern.replace("''", "'") : new MessageFormat(pattern, lang.locale()).format(args);
    }
}
