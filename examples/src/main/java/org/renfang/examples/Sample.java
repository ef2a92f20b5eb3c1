package org.renfang.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import org.renfang.model.json.RegistryReader;
import org.renfang.registry.Registry;

/**
 * The bundled sample registry: a fictional part of Karamay (克拉玛依市, divisions 650202
 * 独山子区 and 650203 克拉玛依区) with 31 persons (locals, migrants from Sichuan, Henan and
 * Gansu, a Hong Kong and a Taiwan resident, two foreigners), an oil-services employer and its
 * dormitory, a hotel, a letting agent, a school, a police station and a community office. It is
 * clean under every Chinese profile as of {@link #AS_OF} except for the deliberate violations
 * that {@code sample/README.md} beside it lists. Every name and number in it is fictional.
 *
 * <pre>{@code
 * Registry registry = Sample.registry();
 * Report report = Validator.of(Profiles.load(Sample.PROFILE)).check(registry, Sample.AS_OF);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Sample {

    /** The class-path resource of the sample registry. */
    public static final String RESOURCE = "/org/renfang/examples/sample/karamay-registry.json";

    /**
     * The profile that fits the sample: Karamay's ({@code CN-6502}, the national rules with the
     * city's division prefix, no city rule added).
     */
    public static final String PROFILE = "CN-6502";

    /**
     * The class-path resource of the German sample registry (Berlin and Munich, for the DE
     * profile); {@code sample/README-DE.md} beside it lists its expected findings.
     */
    public static final String GERMAN_RESOURCE = "/org/renfang/examples/sample/berlin-munich-registry.json";

    /** The profile that fits the German sample. */
    public static final String GERMAN_PROFILE = "DE";

    /** The as-of date the sample's documented findings hold for. */
    public static final LocalDate AS_OF = LocalDate.of(2026, 11, 26);

    private Sample() {
    }

    /**
     * Opens the sample registry JSON ({@code renfang/registry@1}, UTF-8).
     *
     * @return a new stream, not null; the caller closes it
     * @throws IllegalStateException if the resource is missing from the class path (a broken build)
     */
    public static InputStream open() {
        InputStream in = Sample.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("sample registry missing from the class path: " + RESOURCE);
        }
        return in;
    }

    /**
     * Reads and indexes the sample registry.
     *
     * @return the registry, not null; read without problems
     * @throws IllegalStateException if the resource is missing from the class path
     * @throws UncheckedIOException  if reading it fails
     */
    public static Registry registry() {
        return read(open());
    }

    /**
     * Reads and indexes the German sample registry (Berlin and Munich), clean under
     * {@link #GERMAN_PROFILE} as of {@link #AS_OF} except for the findings its README lists.
     *
     * @return the registry, not null; read without problems
     * @throws IllegalStateException if the resource is missing from the class path
     * @throws UncheckedIOException  if reading it fails
     */
    public static Registry germanRegistry() {
        InputStream in = Sample.class.getResourceAsStream(GERMAN_RESOURCE);
        if (in == null) {
            throw new IllegalStateException("German sample registry missing from the class path: " + GERMAN_RESOURCE);
        }
        return read(in);
    }

    private static Registry read(InputStream stream) {
        try (InputStream in = stream) {
            return Registry.of(RegistryReader.readRegistry(in));
        } catch (IOException e) {
            throw new UncheckedIOException("closing the sample registry failed", e);
        }
    }
}
