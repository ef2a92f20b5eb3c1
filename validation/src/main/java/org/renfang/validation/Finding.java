package org.renfang.validation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.renfang.validation.internal.Messages;

/**
 * One finding of a report: the rule, its severity, the JSON Pointer of the record (or value)
 * that carries it, the records involved ({@code "lease:L1"}), the parameters, and a message.
 *
 * <p>Messages are formatted from bundles (zh-CN, en) with the parameters as values only when
 * asked for; they name records by id, never persons by name or document number.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Finding {
    private final RuleCode rule;
    private final Severity severity;
    private final String path;
    private final List<String> subjects;
    private final Map<String, String> params;

    /**
     * Creates a finding.
     *
     * @param rule     the rule, not null
     * @param severity the severity, not null
     * @param path     the JSON Pointer of the carrier, not null ("" for the whole document)
     * @param subjects the records involved as {@code kind:id}, not null
     * @param params   the parameters, not null; values are ids, dates, numbers or codes
     */
    public Finding(RuleCode rule, Severity severity, String path, List<String> subjects, Map<String, String> params) {
        this.rule = Objects.requireNonNull(rule, "rule");
        this.severity = Objects.requireNonNull(severity, "severity");
        this.path = Objects.requireNonNull(path, "path");
        this.subjects = List.copyOf(subjects);
        this.params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }

    /** @return the rule, not null */
    public RuleCode rule() {
        return rule;
    }

    /** @return the severity, not null */
    public Severity severity() {
        return severity;
    }

    /** @return the JSON Pointer of the record or value that carries the finding, not null */
    public String path() {
        return path;
    }

    /** @return the records involved, as {@code kind:id}, not null */
    public List<String> subjects() {
        return subjects;
    }

    /** @return the parameters, in a stable order, not null */
    public Map<String, String> params() {
        return params;
    }

    /**
     * Formats the message in a language.
     *
     * @param locale the language, not null; Chinese locales give zh-CN, any other English
     * @return the message, not null
     */
    public String message(Locale locale) {
        return Messages.format(rule, params, locale);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Finding)) {
            return false;
        }
        Finding f = (Finding) o;
        return rule == f.rule && severity == f.severity && path.equals(f.path) && subjects.equals(f.subjects)
                && params.equals(f.params);
    }

    @Override
    public int hashCode() {
        return Objects.hash(rule, severity, path, subjects, params);
    }

    @Override
    public String toString() {
        return rule + " " + severity + " " + path + " " + subjects + " " + params;
    }
}
