/**
 * Residence-permit (居住证, 港澳台居民居住证) eligibility: the
 * {@link org.renfang.validation.permit.ResidencePermits} service and its result,
 * {@link org.renfang.validation.permit.PermitAssessment} with its
 * {@link org.renfang.validation.permit.PermitReason}s.
 *
 * <pre>{@code
 * PermitAssessment a = ResidencePermits.assess(registry, PersonId.of("P1"),
 *         LocalDate.of(2026, 11, 26), Profiles.load("CN-31"));
 * }</pre>
 */
package org.renfang.validation.permit;
