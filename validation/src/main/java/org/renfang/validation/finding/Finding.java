package org.renfang.validation.finding;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.renfang.validation.output.Messages;

/**
 * One finding of a report: the rule, its severity, its category (from the catalog), the JSON
 * Pointer of the record (or value) that carries it, the records involved ({@code "lease:L1"}),
 * who must act ({@link Responsible}), for COMPLIANCE findings the legal basis the profile cites,
 * the parameters, and a message.
 *
 * <p>Messages are formatted from bundles (zh-CN, en) with the parameters as values only when
 * asked for; they name records by id, never persons by name or document number.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param rule        the rule, not null
 * @param severity    the severity, not null
 * @param path        the JSON Pointer of the record or value that carries the finding, not null
 *                    ("" for the whole document)
 * @param subjects    the records involved, as {@code kind:id}, not null
 * @param params      the parameters, in a stable order, not null; values are ids, dates, numbers
 *                    or codes
 * @param responsible who must act on the finding, not null
 * @param legalBasis  the legal basis the profile cites for the rule, not null; present only on
 *                    COMPLIANCE findings that have one
 */
public record Finding(RuleCode rule, Severity severity, String path, List<String> subjects, Map<String, String> params,
        Responsible responsible, Optional<LegalBasis> legalBasis) {

    /**
     * Creates a finding; a legal basis is kept only on a COMPLIANCE finding.
     *
     * @param rule        the rule, not null
     * @param severity    the severity, not null
     * @param path        the JSON Pointer of the record or value that carries the finding, not null
     *                    ("" for the whole document)
     * @param subjects    the records involved as {@code kind:id}, not null
     * @param params      the parameters, not null; values are ids, dates, numbers or codes; kept in
     *                    their order
     * @param responsible who must act, not null
     * @param legalBasis  the citation of the rule the profile gives, not null; kept only on a
     *                    COMPLIANCE finding (always empty on DATA findings)
     */
    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(path, "path");
        subjects = List.copyOf(subjects);
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
        Objects.requireNonNull(responsible, "responsible");
        legalBasis = rule.category() == Category.COMPLIANCE ? Objects.requireNonNull(legalBasis, "legalBasis")
                : Optional.empty();
    }

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
        this(rule, severity, path, subjects, params, Responsible.of(rule.responsible()), Optional.empty());
    }

    /**
     * Creates a finding with a legal basis that may be absent.
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
        this(rule, severity, path, subjects, params, responsible, Optional.ofNullable(legalBasis));
    }

    /** @return the category of the rule: DATA (correct the records) or COMPLIANCE (a duty broken), not null */
    public Category category() {
        return rule.category();
    }

    /**
     * Returns the legal basis in a language.
     *
     * @param locale the language, not null; Chinese locales give the Chinese citation, any other the English
     * @return the citation, or empty when the finding has none
     */
    public Optional<String> legalBasis(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        return legalBasis.map(b -> b.text(locale));
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
}
