/**
 * Validation of person–house registries: the {@link org.renfang.validation.Validator} facade,
 * {@link org.renfang.validation.Report} and {@link org.renfang.validation.finding.Finding}, and the
 * residence-permit and premises-rating services.
 *
 * <pre>{@code
 * Validator validator = Validator.of(Profiles.load("CN-31"));
 * Report report = validator.validate(payloadBytes, registry, LocalDate.of(2026, 11, 26));
 * report.findings().forEach(f -> System.out.println(f.rule() + " " + f.path()));
 * }</pre>
 */
package org.renfang.validation;

import org.renfang.validation.finding.Finding;
