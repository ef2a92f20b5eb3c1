/**
 * Runnable examples of the renfang API, each a {@code main} with a static method that
 * {@code ExamplesTest} runs during {@code verify}, and the bundled sample registry
 * ({@link org.renfang.examples.Sample}).
 *
 * <ul>
 * <li>{@link org.renfang.examples.ValidatePayloadExample}: validate a registration payload (the
 *     README snippet);</li>
 * <li>{@link org.renfang.examples.CheckRegistryExample}: stream and check a whole registry;</li>
 * <li>{@link org.renfang.examples.DoorLabelExample}: issue a door label, render it, read it back
 *     from the image;</li>
 * <li>{@link org.renfang.examples.PermitExample}: residence-permit eligibility;</li>
 * <li>{@link org.renfang.examples.SqlRegistryViewExample}: a {@code RegistryView} over a
 *     database (H2), each lookup one indexed query.</li>
 * </ul>
 *
 * <pre>{@code
 * Report report = Validator.of(Profiles.load("CN")).validate(payloadBytes, Sample.registry(), Sample.AS_OF);
 * }</pre>
 */
package org.renfang.examples;
