/**
 * Bean Validation constraints for hosts' own types: {@link org.renfang.validation.constraints.CreditCode},
 * {@link org.renfang.validation.constraints.IdentityNumber} and
 * {@link org.renfang.validation.constraints.DivisionCode}, with messages in English and Chinese
 * ({@code ContributorValidationMessages}).
 *
 * <pre>{@code
 * record Employer(@CreditCode String creditCode, @DivisionCode String division) {}
 * Set<ConstraintViolation<Employer>> v = Validators.factory().getValidator().validate(employer);
 * }</pre>
 */
package org.renfang.validation.constraints;
