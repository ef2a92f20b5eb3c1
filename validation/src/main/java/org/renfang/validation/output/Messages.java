package org.renfang.validation.output;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;

/**
 * Formats finding messages from the bundles {@code messages.properties} (English) and
 * {@code messages_zh_CN.properties}. Templates come only from the bundles; parameter values
 * are substituted for {@code {name}} in one pass and never interpreted.
 */
public final class Messages {
    private static final Properties EN = load("messages.properties");
    private static final Properties ZH = load("messages_zh_CN.properties");
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private Messages() {
    }

    private static Properties load(String name) {
        Properties p = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream("/org/renfang/validation/" + name)) {
            if (in == null) {
                throw new IllegalStateException("message bundle missing: " + name);
            }
            try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                p.load(r);
            }
        } catch (IOException e) {
            throw new IllegalStateException("message bundle unreadable: " + name, e);
        }
        return p;
    }

    /**
     * Returns whether a locale selects the Chinese bundle.
     *
     * @param locale the locale, not null
     * @return true for Chinese
     */
    public static boolean isChinese(Locale locale) {
        return "zh".equals(locale.getLanguage());
    }

    /**
     * Returns a raw bundle text.
     *
     * @param key    the key, not null
     * @param locale the language, not null
     * @return the text, or the key if missing
     */
    public static String text(String key, Locale locale) {
        Properties p = isChinese(locale) ? ZH : EN;
        String t = p.getProperty(key);
        if (t == null) {
            t = EN.getProperty(key, key);
        }
        return t;
    }

    /**
     * Formats the message of a rule: the template under the rule's name, its parameters'
     * code values in words.
     *
     * @param rule   the rule's name (its bundle key), not null
     * @param params the parameter values, not null
     * @param locale the language, not null
     * @return the message, not null
     */
    public static String format(String rule, Map<String, String> params, Locale locale) {
        return substitute(text(rule, locale), localized(rule, params, locale));
    }

    /**
     * The parameters with their code values in words of the language: a value that is a code
     * ({@code KITCHEN}) or a comma-separated list of codes ({@code ILLEGAL_STRUCTURE,UNSAFE}) is
     * looked up as {@code <RULE>.<param>.<CODE>}, then {@code value.<param>.<CODE>}, and a list is
     * joined with {@code value.separator}; the words {@code none} and {@code open} are looked up
     * as {@code value.word.<word>}. A code without an entry stays as it is (a bundle test keeps
     * every code the rules emit translated).
     */
    static Map<String, String> localized(String rule, Map<String, String> params, Locale locale) {
        Map<String, String> out = null;
        for (Map.Entry<String, String> e : params.entrySet()) {
            String v = e.getValue();
            String t = translate(rule, e.getKey(), v, locale);
            if (!t.equals(v)) {
                if (out == null) {
                    out = new java.util.LinkedHashMap<>(params);
                }
                out.put(e.getKey(), t);
            }
        }
        return out == null ? params : out;
    }

    private static String translate(String rule, String param, String value, Locale locale) {
        Properties p = isChinese(locale) ? ZH : EN;
        if ("none".equals(value) || "open".equals(value)) {
            return p.getProperty("value.word." + value, value);
        }
        if (!isCodeList(value)) {
            return value;
        }
        StringBuilder sb = new StringBuilder();
        int from = 0;
        while (from <= value.length()) {
            int comma = value.indexOf(',', from);
            int end = comma < 0 ? value.length() : comma;
            String code = value.substring(from, end);
            String word = p.getProperty(rule + "." + param + "." + code);
            if (word == null) {
                word = p.getProperty("value." + param + "." + code, code);
            }
            if (sb.length() > 0) {
                sb.append(p.getProperty("value.separator", ", "));
            }
            sb.append(word);
            from = end + 1;
        }
        return sb.toString();
    }

    /** Upper-case letters, digits and underscores, starting with two letters; several joined by commas. */
    static boolean isCodeList(String v) {
        int n = v.length();
        int start = 0;
        for (int i = 0; i <= n; i++) {
            char c = i < n ? v.charAt(i) : ',';
            if (c == ',') {
                if (i - start < 2 || !isUpper(v.charAt(start)) || !isUpper(v.charAt(start + 1))) {
                    return false;
                }
                start = i + 1;
            } else if (!(isUpper(c) || c == '_' || (c >= '0' && c <= '9'))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isUpper(char c) {
        return c >= 'A' && c <= 'Z';
    }

    /**
     * Substitutes {@code {name}} placeholders of a bundle template in one pass; values are
     * inserted as they are and never scanned for placeholders, except that control, format
     * (bidirectional overrides, zero-width) and line or paragraph separator characters are written
     * as {@code \\uXXXX}: an id from input cannot break a message into forged lines or drive a
     * terminal or log viewer. {@code {name?text}} gives the
     * bundle's own text when the parameter is absent (otherwise an absent one shows "—").
     *
     * @param template the template from a bundle, not null
     * @param params   the values, not null
     * @return the text, not null
     */
    public static String substitute(String template, Map<String, String> params) {
        StringBuilder sb = new StringBuilder(template.length() + 32);
        int i = 0;
        int n = template.length();
        while (i < n) {
            char c = template.charAt(i);
            if (c == '{') {
                int end = template.indexOf('}', i + 1);
                if (end > i + 1) {
                    String name = template.substring(i + 1, end);
                    String fallback = "—";
                    int q = name.indexOf('?');
                    if (q >= 0) {
                        fallback = name.substring(q + 1);
                        name = name.substring(0, q);
                    }
                    String v = params.get(name);
                    if (v != null) {
                        appendValue(sb, v);
                    } else {
                        sb.append(fallback);
                    }
                    i = end + 1;
                    continue;
                }
            }
            sb.append(c);
            i++;
        }
        return sb.toString();
    }

    /**
     * Starts a result's text (a permit assessment, a premises rating) with its title line.
     *
     * @param titleKey the bundle key of the title, not null
     * @param locale   the language, not null
     * @param capacity the expected length of the whole text
     * @return the text so far, to append {@link #line lines} to, not null
     * @throws NullPointerException if the locale is null
     */
    public static StringBuilder titled(String titleKey, Locale locale, int capacity) {
        Objects.requireNonNull(locale, "locale");
        return new StringBuilder(capacity).append(text(titleKey, locale)).append('\n');
    }

    /**
     * Appends one line of a result's text (a permit assessment, a premises rating): the template of
     * {@code key} with its parameters substituted, then a line feed.
     *
     * @param sb     the text so far, not null
     * @param key    the bundle key of the template, not null
     * @param locale the language, not null
     * @param kv     parameter names and values in turn; a null value is absent (the template's fallback)
     */
    public static void line(StringBuilder sb, String key, Locale locale, String... kv) {
        Map<String, String> params = new HashMap<>();
        for (int i = 0; i + 1 < kv.length; i += 2) {
            params.put(kv[i], kv[i + 1]);
        }
        sb.append(substitute(text(key, locale), params)).append('\n');
    }

    /** Appends a parameter value, escaping the characters that could forge lines or control a terminal. */
    private static void appendValue(StringBuilder sb, String v) {
        for (int i = 0, n = v.length(); i < n; i++) {
            char c = v.charAt(i);
            if (isUnsafe(c)) {
                sb.append("\\u").append(HEX[c >> 12 & 0xf]).append(HEX[c >> 8 & 0xf]).append(HEX[c >> 4 & 0xf])
                        .append(HEX[c & 0xf]);
            } else {
                sb.append(c);
            }
        }
    }

    /**
     * Returns whether a character of a value is written escaped: ISO control characters, format
     * characters (U+200B..U+200F, U+202A..U+202E, U+2066..U+2069, U+FEFF…) and line or paragraph
     * separators.
     *
     * @param c the character
     * @return true if unsafe to show as it is
     */
    public static boolean isUnsafe(char c) {
        if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) {
            return true;
        }
        if (c < 0x2000) {
            return Character.getType(c) == Character.FORMAT;
        }
        int t = Character.getType(c);
        return t == Character.FORMAT || t == Character.LINE_SEPARATOR || t == Character.PARAGRAPH_SEPARATOR;
    }
}
