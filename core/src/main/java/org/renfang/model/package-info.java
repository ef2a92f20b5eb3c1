/**
 * The records of a person–house registry and their typed ids.
 *
 * <pre>{@code
 * Residence r = ImmutableResidence.builder()
 *         .id(ResidenceId.of("R1")).person(PersonId.of("P1")).premises(PremisesId.of("H1"))
 *         .basis(Basis.lease(LeaseId.of("L1")))
 *         .movedIn(LocalDate.of(2026, 3, 1)).registeredOn(LocalDate.of(2026, 3, 2))
 *         .build();
 * }</pre>
 *
 * <p>Records refer to each other by id only; business rules live in the validation module.
 */
@RenfangStyle
package org.renfang.model;
