/**
 * Premises compliance rating (星级评定, 1 to 5 stars): the
 * {@link org.renfang.validation.rating.PremisesRatings} service and its result,
 * {@link org.renfang.validation.rating.PremisesRating}.
 *
 * <pre>{@code
 * PremisesRating r = PremisesRatings.rate(registry, PremisesId.of("H1"),
 *         LocalDate.of(2026, 11, 26), Profiles.load("CN-31"));
 * }</pre>
 */
package org.renfang.validation.rating;
