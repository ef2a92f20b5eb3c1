/**
 * The vocabulary of findings, shared by every other validation package and depending on none of
 * them: {@link org.renfang.validation.finding.Finding}, the rule catalog's
 * {@link org.renfang.validation.finding.RuleCode}s with their
 * {@link org.renfang.validation.finding.Severity}, {@link org.renfang.validation.finding.Category}
 * and {@link org.renfang.validation.finding.LegalBasis}, and who answers for a finding
 * ({@link org.renfang.validation.finding.Responsible}, {@link org.renfang.validation.finding.Role}).
 *
 * <pre>{@code
 * for (Finding f : report.findings()) {
 *     if (f.severity() == Severity.ERROR && f.rule() == RuleCode.LEASE_EXPIRED) { ... }
 * }
 * }</pre>
 */
package org.renfang.validation.finding;
