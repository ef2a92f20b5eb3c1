/**
 * Identity-number and credit-code checks, each returning a reason and what the number encodes.
 *
 * <p>Checks never throw on bad data: a null, malformed or invalid number gives a result whose
 * reason enum names the first failing step ({@link org.renfang.id.IdReason},
 * {@link org.renfang.id.CreditCodeReason}). They throw only on programmer error (a null document
 * type or as-of date). Nothing here reads the clock: birth dates are checked against an as-of
 * date the caller passes. Results never echo the number: {@code toString()} names the type and
 * reason only.
 *
 * <p>One entry point serves every {@link org.renfang.model.DocumentType}:
 * <pre>{@code
 * IdCheck check = IdNumbers.check(DocumentType.CN_RESIDENT_ID, "11010519491231002X", asOf);
 * if (check.isValid()) {
 *     LocalDate born = check.birthDate().orElseThrow();   // 1949-12-31
 *     String region = check.regionCode().orElseThrow();   // "110105"
 *     Sex sex = check.sex().orElseThrow();                // FEMALE
 * } else {
 *     IdReason why = check.reason();                      // e.g. CHECK_DIGIT
 * }
 * }</pre>
 * Per-type classes hold the rules and the allocation-free fast paths:
 * <pre>{@code
 * boolean ok = ResidentIds.isValid18(number, asOf);            // no allocation
 * Optional<String> eighteen = ResidentIds.to18("110105491231002"); // 11010519491231002X
 * IdCheck permit = HmtResidencePermits.check(number, asOf);
 * IdCheck card = PermanentResidenceCards.check(number, asOf);
 * IdCheck passport = Passports.check(number);
 * CreditCodeReason code = CreditCodes.check("91350100M000100Y43"); // OK
 * }</pre>
 *
 * <p>The rules, and every decision where a standard leaves room (region table, earliest birth
 * year, passport length), are documented on {@link org.renfang.id.IdNumbers} and the per-type
 * classes.
 */
package org.renfang.id;
