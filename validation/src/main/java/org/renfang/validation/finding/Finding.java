package org.renfang.validation.finding;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.renfang.validation.messages.Messages;

/**
 * One finding of a report: the rule, its severity, its category (from the catalog), the JSON
 * Pointer of the record (or value) that carries it, the records involved ({@code "lease:L1"}),
 * who must act ({@link Responsible}), for COMPLIANCE findings the legal basis the profile cites,
 * the parameters, and a message.
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
    private final Responsible responsible;
    private final LegalBasis legalBasis;

    /**
     * Creates a finding addressed to the role the catalog gives the rule, naming no party, without
     * a legal basis.
     *
     * @param rule     the rule, not null
     * @param severity the severity, not null
     * @param path     the JSON Pointer of the carrier, not null ("" for the whole document)
     * @param subjects the records involved as {@code kind:id}, not null
     * @param params   the parameters, not null; values are ids, dates, numbers or codes
     */
    public Finding(RuleCode rule, Severity severity, String path, List<String> subjects, Map<String, String> params) {
        this(rule, severity, path, subjects, params, Responsible.of(rule.responsible()), null);
    }

    /**
     * Creates a finding.
     *
     * @param rule        the rule, not null
     * @param severity    the severity, not null
     * @param path        the JSON Pointer of the carrier, not null ("" for the whole document)
     * @param subjects    the records involved as {@code kind:id}, not null
     * @param params      the parameters, not null; values are ids, dates, numbers or codes
     * @param responsible who must act, not null
     * @param legalBasis  the citation of the rule, or null for none (always none for DATA findings)
     */
    public Finding(RuleCode rule, Severity severity, String path, List<String> subjects, Map<String, String> params,
            Responsible responsible, LegalBasis legalBasis) {
        this.rule = Objects.requireNonNull(rule, "rule");
        this.severity = Objects.requireNonNull(severity, "severity");
        this.path = Objects.requireNonNull(path, "path");
        this.subjects = List.copyOf(subjects);
        this.params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
        this.responsible = Objects.requireNonNull(responsible, "responsible");
        this.legalBasis = rule.category() == Category.COMPLIANCE ? legalBasis : null;
    }

    /** @return the rule, not null */
    public RuleCode rule() {
        return rule;
    }

    /** @return the severity, not null */
    public Severity severity() {
        return severity;
    }

    /** @return the category of the rule: DATA (correct the records) or COMPLIANCE (a duty broken), not null */
    public Category category() {
        return rule.category();
    }

    /** @return who must act on the finding, not null */
    public Responsible responsible() {
        return responsible;
    }

    /** @return the legal basis the profile cites for the rule; present only on COMPLIANCE findings that have one */
    public Optional<LegalBasis> legalBasis() {
        return Optional.ofNullable(legalBasis);
    }

    /**
     * Returns the legal basis in a language.
     *
     * @param locale the language, not null; Chinese locales give the Chinese citation, any other the English
     * @return the citation, or empty when the finding has none
     */
    public Optional<String> legalBasis(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        return legalBasis == null ? Optional.empty() : Optional.of(legalBasis.text(locale));
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
        return Messages.format(rule.name(), params, locale);
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
                && params.equals(f.params) && responsible.equals(f.responsible)
                && Objects.equals(legalBasis, f.legalBasis);
    }

    @Override
    public int hashCode() {
        return Objects.hash(rule, severity, path, subjects, params, responsible);
    }

    @Override
    public String toString() {
        return rule + " " + severity + " " + path + " " + subjects + " " + responsible + " " + params;
    }
}
