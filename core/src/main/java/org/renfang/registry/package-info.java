/**
 * The read-only {@link org.renfang.registry.RegistryView} the rules query, and the in-memory
 * {@link org.renfang.registry.Registry}.
 *
 * <pre>{@code
 * Registry registry;
 * try (InputStream in = Files.newInputStream(Path.of("registry.json"))) {
 *     registry = Registry.of(RegistryReader.readRegistry(in));   // streams, then indexes every record
 * }
 * List<Residence> living = registry.residencesAt(PremisesId.of("H1"));
 * Optional<Person> owner = registry.person(PersonId.of("P9"));
 *
 * RegistryView afterPayload = registry.with(payloadDocument);   // the registry as if the payload were applied
 * }</pre>
 *
 * <p>A host whose records live in a database implements {@code RegistryView} over its own
 * queries instead of loading a {@code Registry}.
 */
package org.renfang.registry;
