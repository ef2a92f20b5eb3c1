package org.renfang.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
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
import org.renfang.id.ResidentIds;
import org.renfang.model.Basis;
import org.renfang.model.DocumentType;
import org.renfang.model.IdentityDocument;
import org.renfang.model.ImmutableLease;
import org.renfang.model.ImmutablePerson;
import org.renfang.model.ImmutableResidence;
import org.renfang.model.Lease;
import org.renfang.model.Person;
import org.renfang.model.PersonId;
import org.renfang.model.RegistryDocument;
import org.renfang.model.Residence;
import org.renfang.model.ResidenceId;
import org.renfang.model.json.RegistryReader;
import org.renfang.model.json.RenfangJson;
import org.renfang.registry.Registry;
import org.renfang.validation.Report;
import org.renfang.validation.Validator;
import org.renfang.validation.profile.Profiles;

/**
 * Goal 1 of the performance issue: validating a typical move-in payload (one lease, one
 * residence) against an in-memory registry of {@code persons} persons, every rule running,
 * beside networknt json-schema-validator validating the same bytes against the equivalent
 * JSON Schema (field checks only, {@code registration.schema.json}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 2)
@Fork(value = 1, jvmArgs = {"-Xms8g", "-Xmx8g"})
public class PayloadBenchmark {
    private static final LocalDate AS_OF = RegistryGenerator.AS_OF;

    /** Persons in the context registry. */
    @Param("1000000")
    public int persons;

    Registry registry;
    Validator validator;
    Schema schema;
    byte[] payload;
    String payloadText;
    Path file;

    /**
     * Generates the context registry, builds the payload and loads the schema.
     *
     * @throws Exception if setup fails
     */
    @Setup(Level.Trial)
    public void setup() throws Exception {
        file = Files.createTempFile("renfang-bench-", ".json");
        RegistryGenerator.builder().persons(persons).seed(7).violationRate(0).build().generate(file, null);
        try (InputStream in = new java.io.BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            registry = Registry.of(RegistryReader.readRegistry(in));
        }
        validator = Validator.of(Profiles.load(RegistryGenerator.PROFILE));
        payload = moveIn(registry, validator);
        payloadText = new String(payload, StandardCharsets.UTF_8);
        try (InputStream in = PayloadBenchmark.class.getResourceAsStream("/registration.schema.json")) {
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
        }
        Report r = validator.validate(payload, registry, AS_OF);
        if (!r.isValid() || !r.findings().isEmpty()) {
            throw new IllegalStateException("the move-in payload is not clean: " + r.findings());
        }
        if (!schema.validate(payloadText, InputFormat.JSON).isEmpty()) {
            throw new IllegalStateException("the move-in payload fails the schema");
        }
        // The generator and the registry read leave gigabytes of garbage: collect it now, or G1's
        // concurrent cycles take one of the two cores during the first measured iterations.
        System.gc();
    }

    /**
     * A typical move-in: a newly arrived person, added as occupant to a current lease (the lease
     * again, with the occupant added) and registered as resident there the day after moving in.
     * The first lease of the registry for which this payload is clean is taken.
     */
    static byte[] moveIn(Registry registry, Validator validator) throws Exception {
        ObjectMapper m = RenfangJson.payloadMapper();
        Person newcomer = ImmutablePerson.builder().id(PersonId.of("BENCH-P1")).name("Bench Newcomer")
                .nationality("CHN").birthDate(LocalDate.of(1990, 1, 1))
                .addDocuments(IdentityDocument.of(DocumentType.CN_RESIDENT_ID,
                        "65020319900101003" + ResidentIds.checkCharacter("65020319900101003")))
                .build();
        int tried = 0;
        for (Lease l : registry.document().leases()) {
            if (!l.covers(AS_OF) || l.parent().isPresent() || ++tried > 2000) {
                continue;
            }
            LocalDate movedIn = AS_OF.minusDays(1);
            List<PersonId> occupants = new java.util.ArrayList<>(l.occupants());
            occupants.add(newcomer.id());
            Lease lease = ImmutableLease.copyOf(l).withOccupants(occupants);
            Residence residence = ImmutableResidence.builder().id(ResidenceId.of("BENCH-R1"))
                    .person(newcomer.id()).premises(l.premises()).basis(Basis.lease(l.id())).movedIn(movedIn)
                    .registeredOn(AS_OF).build();
            byte[] bytes = m.writeValueAsBytes(RegistryDocument.registration().addPersons(newcomer).addLeases(lease)
                    .addResidences(residence).build());
            if (validator.validate(bytes, registry, AS_OF).findings().isEmpty()) {
                return bytes;
            }
        }
        throw new IllegalStateException("no lease of the registry takes a clean move-in payload");
    }

    /** Deletes the generated file. */
    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        Files.deleteIfExists(file);
    }

    /** @return the report */
    @Benchmark
    public Report renfang() {
        return validator.validate(payload, registry, AS_OF);
    }

    /** @return the schema errors */
    @Benchmark
    public List<com.networknt.schema.Error> jsonSchema() {
        return schema.validate(new String(payload, StandardCharsets.UTF_8), InputFormat.JSON);
    }
}
