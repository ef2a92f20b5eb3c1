package org.renfang.benchmarks;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.module.blackbird.BlackbirdModule;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.renfang.examples.generator.RegistryGenerator;
import org.renfang.model.RegistryDocument;
import org.renfang.model.json.RegistryReader;
import org.renfang.model.json.RenfangJson;
import org.renfang.model.source.ReadResult;
import org.renfang.registry.Registry;
import org.renfang.validation.Validator;
import org.renfang.validation.profile.Profiles;

/**
 * The two JSON binding paths of the reader, on the same input: the library's own binder (the
 * shared mappers of {@link RegistryReader#readPayload} and {@link RegistryReader#readRegistry})
 * against databind through the Immutables implementations with Jackson's Blackbird module (a
 * mapper of {@link RenfangJson} with {@link BlackbirdModule}, read by
 * {@link RegistryReader#read(JsonMapper, InputStream, String)}). Read on the
 * {@link PayloadBenchmark} move-in payload and on a whole generated registry.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgs = {"-Xmx8g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class BindingBenchmark {

    /** Persons in the generated registry. */
    @Param("1000000")
    public int persons;

    byte[] payload;
    byte[] registry;
    JsonMapper databindPayload;
    JsonMapper databindRegistry;
    private Path file;

    /**
     * Generates the registry, builds the move-in payload and the Blackbird mappers, and checks
     * that both paths read the same records.
     *
     * @throws Exception if setup fails
     */
    @Setup(Level.Trial)
    public void setup() throws Exception {
        file = Files.createTempFile("renfang-binding-", ".json");
        RegistryGenerator.builder().persons(persons).seed(7).violationRate(0).build().generate(file, null);
        registry = Files.readAllBytes(file);
        Registry context;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            context = Registry.of(RegistryReader.readRegistry(in));
        }
        payload = PayloadBenchmark.moveIn(context, Validator.of(Profiles.load(RegistryGenerator.PROFILE)));
        databindPayload = RenfangJson.payloadMapper();
        databindPayload.registerModule(new BlackbirdModule());
        databindRegistry = RenfangJson.registryMapper();
        databindRegistry.registerModule(new BlackbirdModule());
        if (!binderPayload().document().equals(databindPayload().document())
                || !binderRegistry().document().equals(databindRegistry().document())) {
            throw new IllegalStateException("the two binding paths read different records");
        }
        context = null;
        System.gc();
    }

    /** Deletes the generated file. */
    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        Files.deleteIfExists(file);
    }

    /** @return the payload read by the library's binder */
    @Benchmark
    public ReadResult binderPayload() {
        return RegistryReader.readPayload(payload);
    }

    /** @return the payload read by databind with Blackbird */
    @Benchmark
    public ReadResult databindPayload() {
        return RegistryReader.read(databindPayload, new ByteArrayInputStream(payload),
                RegistryDocument.REGISTRATION_SCHEMA);
    }

    /** @return the registry read by the library's binder */
    @Benchmark
    public ReadResult binderRegistry() {
        return RegistryReader.readRegistry(new ByteArrayInputStream(registry));
    }

    /** @return the registry read by databind with Blackbird */
    @Benchmark
    public ReadResult databindRegistry() {
        return RegistryReader.read(databindRegistry, new ByteArrayInputStream(registry),
                RegistryDocument.REGISTRY_SCHEMA);
    }
}
