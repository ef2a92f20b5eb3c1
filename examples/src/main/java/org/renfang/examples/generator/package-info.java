/**
 * The synthetic registry generator: registries of Shanghai at any scale, deterministic by seed,
 * streamed record by record, with violations of the rule catalog injected at a given rate and
 * a manifest of exactly the findings they cause.
 *
 * <pre>{@code
 * GenerationSummary s = RegistryGenerator.builder().persons(1_000_000).seed(42).violationRate(0.01).build()
 *         .generate(Path.of("registry.json"), Path.of("manifest.json"));
 * Report report = Validator.of(Profiles.load(RegistryGenerator.PROFILE))
 *         .check(Registry.of(RegistryReader.readRegistry(Files.newInputStream(Path.of("registry.json")))), RegistryGenerator.AS_OF);
 * }</pre>
 */
package org.renfang.examples.generator;
