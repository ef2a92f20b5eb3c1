package org.renfang.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.renfang.examples.generator.RegistryGenerator;
import org.renfang.model.json.RegistryReader;
import org.renfang.registry.Registry;
import org.renfang.validation.Validator;
import org.renfang.validation.profile.Profiles;

/**
 * Two builds of renfang side by side in one JVM, for {@link Alternating}: each build's classes
 * (its {@code benchmarks/target/benchmarks.jar}, or any class path holding core, validation and
 * their dependencies) in a class loader of its own, both given the same input, so that the
 * alternating windows compare the builds and not the machine's phases.
 *
 * <p>Only the library's public API is called in a build (reflectively, through methods present
 * in every build since the payload benchmark exists): {@code RegistryReader.readRegistry} and
 * {@code Registry.of} (or, in builds before core's layers, {@code Registry.read}), {@code Profiles.load},
 * {@code Validator.of}, {@code Validator.validate(byte[], RegistryView, LocalDate)} and
 * {@code Validator.check}. The registry (of {@code persons} persons, seed 7, no violations, as
 * {@link PayloadBenchmark}'s) and the move-in payload are made once, by the classes this class is
 * loaded with, and given as the same bytes to both builds.
 *
 * <p>The kinds:
 * <ul>
 *   <li>{@code payload}: {@link PayloadBenchmark#renfang()}, the move-in payload validated
 *       against the in-memory registry;</li>
 *   <li>{@code read}: the registry read and indexed from its bytes;</li>
 *   <li>{@code check}: the bulk check of the registry read once ({@code Validator.check}).</li>
 * </ul>
 */
final class BuildPair {

    /** The kinds of operation a pair of builds is compared on. */
    static final List<String> KINDS = List.of("payload", "read", "check");

    private final Callable<?> first;
    private final Callable<?> second;

    private BuildPair(Callable<?> first, Callable<?> second) {
        this.first = first;
        this.second = second;
    }

    /**
     * Loads both builds and prepares one operation of a kind in each.
     *
     * @param kind      one of {@link #KINDS}
     * @param firstCp   the class path of the first build (the baseline), entries separated by
     *                  {@link File#pathSeparator}
     * @param secondCp  the class path of the second build (ours)
     * @param persons   the persons of the generated registry
     * @return the pair, each side ready to run
     * @throws Exception if the input cannot be made or a build cannot be loaded
     */
    static BuildPair of(String kind, String firstCp, String secondCp, int persons) throws Exception {
        if (!KINDS.contains(kind)) {
            throw new IllegalArgumentException("unknown kind " + kind + ", expected one of " + KINDS);
        }
        Path file = Files.createTempFile("renfang-builds-", ".json");
        try {
            RegistryGenerator.builder().persons(persons).seed(7).violationRate(0).build().generate(file, null);
            byte[] registry = Files.readAllBytes(file);
            byte[] payload;
            try (InputStream in = new ByteArrayInputStream(registry)) {
                payload = PayloadBenchmark.moveIn(Registry.of(RegistryReader.readRegistry(in)),
                        Validator.of(Profiles.load(RegistryGenerator.PROFILE)));
            }
            Callable<?> a = Build.load(firstCp).operation(kind, registry, payload);
            Callable<?> b = Build.load(secondCp).operation(kind, registry, payload);
            System.gc();
            return new BuildPair(a, b);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** @return the first build's operation (the baseline) */
    Callable<?> first() {
        return first;
    }

    /** @return the second build's operation (ours) */
    Callable<?> second() {
        return second;
    }

    /** One build, in a class loader of its own above the platform loader (nothing shared but the JDK). */
    private static final class Build {
        private final ClassLoader loader;

        private Build(ClassLoader loader) {
            this.loader = loader;
        }

        static Build load(String classPath) throws Exception {
            List<URL> urls = new ArrayList<>();
            for (String entry : classPath.split(File.pathSeparator)) {
                if (!entry.isEmpty()) {
                    urls.add(Path.of(entry).toUri().toURL());
                }
            }
            if (urls.isEmpty()) {
                throw new IllegalArgumentException("empty class path");
            }
            return new Build(new URLClassLoader(urls.toArray(new URL[0]), ClassLoader.getPlatformClassLoader()));
        }

        Callable<?> operation(String kind, byte[] registryBytes, byte[] payload) throws Exception {
            Class<?> registryType = type("org.renfang.registry.Registry");
            Class<?> viewType = type("org.renfang.registry.RegistryView");
            Class<?> validatorType = type("org.renfang.validation.Validator");
            Callable<Object> read = reader(registryType, registryBytes);
            if (kind.equals("read")) {
                return read;
            }
            Object registry = read.call();
            Object profile = invoke(type("org.renfang.validation.profile.Profiles").getMethod("load", String.class),
                    null, RegistryGenerator.PROFILE);
            Object validator = invoke(validatorType.getMethod("of", type("org.renfang.validation.profile.Profile")),
                    null, profile);
            LocalDate asOf = RegistryGenerator.AS_OF;
            if (kind.equals("check")) {
                Method check = validatorType.getMethod("check", registryType, LocalDate.class);
                return () -> invoke(check, validator, registry, asOf);
            }
            Method validate = validatorType.getMethod("validate", byte[].class, viewType, LocalDate.class);
            Object report = invoke(validate, validator, payload, registry, asOf);
            Object findings = invoke(report.getClass().getMethod("findings"), report);
            if (!((List<?>) findings).isEmpty()) {
                throw new IllegalStateException("the move-in payload is not clean in a build: " + findings);
            }
            return () -> invoke(validate, validator, payload, registry, asOf);
        }

        /**
         * Reads and indexes the registry: {@code Registry.of(RegistryReader.readRegistry(in))}, or in
         * a build from before core's layers (where the registry read JSON) {@code Registry.read(in)}.
         */
        private Callable<Object> reader(Class<?> registryType, byte[] registryBytes) throws Exception {
            Method legacy;
            try {
                legacy = registryType.getMethod("read", InputStream.class);
            } catch (NoSuchMethodException e) {
                Method readRegistry = type("org.renfang.model.json.RegistryReader")
                        .getMethod("readRegistry", InputStream.class);
                Method of = registryType.getMethod("of", readRegistry.getReturnType());
                return () -> invoke(of, null, invoke(readRegistry, null, new ByteArrayInputStream(registryBytes)));
            }
            return () -> invoke(legacy, null, new ByteArrayInputStream(registryBytes));
        }

        private Class<?> type(String name) throws ClassNotFoundException {
            return Class.forName(name, true, loader);
        }

        private static Object invoke(Method m, Object target, Object... args) throws Exception {
            try {
                return m.invoke(target, args);
            } catch (InvocationTargetException e) {
                Throwable c = e.getCause();
                throw c instanceof Exception ? (Exception) c : new IllegalStateException(c);
            }
        }
    }
}
