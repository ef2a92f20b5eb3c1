/**
 * Jurisdiction profiles as data: shipped JSON files (CN, CN-11, CN-31, CN-4403, CN-6502, DE) with
 * inheritance, host-supplied profile files, and the holiday calendar.
 *
 * <pre>{@code
 * Profile p = Profiles.load("CN-4403");
 * Profile mine = Profiles.read(Files.newInputStream(Path.of("my-city.json")));
 * }</pre>
 */
package org.renfang.validation.profile;
