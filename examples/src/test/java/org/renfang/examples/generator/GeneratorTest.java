package org.renfang.examples.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.renfang.examples.cli.CliEnvironment;
import org.renfang.examples.cli.RenfangCommand;
import org.renfang.id.IdNumbers;
import org.renfang.model.DocumentType;
import org.renfang.model.IdentityDocument;
import org.renfang.model.Person;
import org.renfang.model.RecordType;
import org.renfang.model.json.RegistryReader;
import org.renfang.model.json.RenfangJson;
import org.renfang.registry.Registry;
import org.renfang.validation.Report;
import org.renfang.validation.Validator;
import org.renfang.validation.finding.Finding;
import org.renfang.validation.finding.RuleCode;
import org.renfang.validation.profile.Profiles;
import picocli.CommandLine;

class GeneratorTest {

    @TempDir
    Path dir;

    private GenerationSummary generate(long persons, long seed, double rate, String name) throws IOException {
        return RegistryGenerator.builder().persons(persons).seed(seed).violationRate(rate).build()
                .generate(dir.resolve(name + ".json"), dir.resolve(name + ".manifest.json"));
    }

    private Registry read(String name) throws IOException {
        try (InputStream in = Files.newInputStream(dir.resolve(name + ".json"))) {
            return Registry.of(RegistryReader.readRegistry(in));
        }
    }

    private static Report check(String profile, Registry registry) {
        return Validator.of(Profiles.load(profile)).check(registry, RegistryGenerator.AS_OF);
    }

    /** The report's (rule, path) pairs; asserts that no pair occurs twice, so the set is the whole report. */
    private static Set<String> found(Report report) {
        Set<String> out = new TreeSet<>();
        for (Finding f : report.findings()) {
            assertThat(out.add(f.rule() + " " + f.path())).as("reported twice: " + f.rule() + " " + f.path()).isTrue();
        }
        return out;
    }

    private Set<String> expected(String name) throws IOException {
        JsonNode m = RenfangJson.registryMapper().readTree(dir.resolve(name + ".manifest.json").toFile());
        assertThat(m.get("profile").asText()).isEqualTo("CN-31");
        assertThat(m.get("asOf").asText()).isEqualTo("2026-11-26");
        Set<String> out = new TreeSet<>();
        for (JsonNode e : m.get("expected")) {
            assertThat(out.add(e.get("rule").asText() + " " + e.get("path").asText())).as("listed twice").isTrue();
        }
        return out;
    }

    /** Asserts precision and recall of 100 %: the report's (rule, path) pairs are the manifest's. */
    private static void assertSame(Set<String> found, Set<String> expected) {
        Set<String> spurious = new TreeSet<>(found);
        spurious.removeAll(expected);
        Set<String> missed = new TreeSet<>(expected);
        missed.removeAll(found);
        assertThat(spurious).as("findings not in the manifest (precision)").isEmpty();
        assertThat(missed).as("manifest entries not found (recall)").isEmpty();
    }

    // -----------------------------------------------------------------------------------------

    @Test
    void sameSeed_sameBytes_otherSeed_otherBytes() throws IOException {
        generate(2_000, 11, 0.05, "a");
        generate(2_000, 11, 0.05, "b");
        generate(2_000, 12, 0.05, "c");
        assertThat(Files.mismatch(dir.resolve("a.json"), dir.resolve("b.json"))).isEqualTo(-1L);
        assertThat(Files.mismatch(dir.resolve("a.manifest.json"), dir.resolve("b.manifest.json"))).isEqualTo(-1L);
        assertThat(Files.mismatch(dir.resolve("a.json"), dir.resolve("c.json"))).isNotEqualTo(-1L);
    }

    @Test
    void cleanRegistry_readsWithoutProblems_exactPersonCount_noFinding() throws IOException {
        GenerationSummary s = generate(3_000, 1, 0, "clean");
        Registry registry = read("clean");
        assertThat(registry.readProblems()).isEmpty();
        assertThat(registry.duplicateIds()).isEmpty();
        assertThat(registry.document().persons()).hasSize(3_000);
        assertThat(s.count(RecordType.PERSONS)).isEqualTo(3_000);
        for (RecordType t : RecordType.values()) {
            assertThat(s.count(t)).as(t.jsonName()).isPositive();
        }
        assertThat(s.violations()).isZero();
        assertThat(s.expected()).isZero();
        assertThat(expected("clean")).isEmpty();
        assertThat(found(check("CN-31", registry))).isEmpty();
        assertThat(found(check("CN", registry))).isEmpty();
    }

    @Test
    void violations_reportEqualsManifest_everyRuleAppears() throws IOException {
        GenerationSummary s = generate(2_000, 5, 0.08, "v");
        Set<String> expected = expected("v");
        assertThat(expected).hasSize((int) s.expected());
        Set<RuleCode> rules = EnumSet.noneOf(RuleCode.class);
        for (String e : expected) {
            rules.add(RuleCode.valueOf(e.substring(0, e.indexOf(' '))));
        }
        List<RuleCode> all = new ArrayList<>(EnumSet.allOf(RuleCode.class));
        all.remove(RuleCode.JSON_MALFORMED);
        all.remove(RuleCode.PROVIDER_CONFIRMATION_LATE); // German law: off in CN-31
        assertThat(rules).containsExactlyInAnyOrderElementsOf(all);
        assertSame(found(check("CN-31", read("v"))), expected);
    }

    @Test
    void everyBlockViolated_reportEqualsManifest() throws IOException {
        generate(3_000, 9, 1.0, "all");
        assertSame(found(check("CN-31", read("all"))), expected("all"));
    }

    @Test
    void hundredThousandPersons_precisionAndRecall() throws IOException {
        long t0 = System.nanoTime();
        GenerationSummary s = generate(100_000, 2026, 0.02, "big");
        long t1 = System.nanoTime();
        Registry registry = read("big");
        assertThat(registry.readProblems()).extracting(p -> p.kind() + " " + p.pointer())
                .allMatch(p -> p.endsWith("/purpose"));
        Report report = check("CN-31", registry);
        long t2 = System.nanoTime();
        assertThat(registry.document().persons()).hasSize(100_000);
        assertThat(s.byRule().keySet()).containsExactlyInAnyOrderElementsOf(RegistryGenerator.injectableRules());
        assertSame(found(report), expected("big"));
        System.out.printf("generated %,d persons (%,d records) in %.2f s (%,.0f persons/s); read + check %.2f s%n",
                100_000, s.total(), (t1 - t0) / 1e9, 100_000 / ((t1 - t0) / 1e9), (t2 - t1) / 1e9);
    }

    // -----------------------------------------------------------------------------------------
    // Persons and jurisdiction (#12)

    private static boolean holds(Person p, DocumentType type) {
        return p.documents().stream().anyMatch(d -> d.type() == type);
    }

    private static boolean isHmt(Person p) {
        return !holds(p, DocumentType.CN_RESIDENT_ID) && (holds(p, DocumentType.CN_HMT_RESIDENCE_PERMIT)
                || holds(p, DocumentType.CN_HK_MACAO_PERMIT) || holds(p, DocumentType.CN_TAIWAN_PERMIT));
    }

    private static boolean isLocal(Person p) {
        return p.householdRegistration().map(a -> a.division().startsWith("31")).orElse(false);
    }

    /**
     * Nationals carry their household registration where their id was issued; most are from
     * elsewhere, some local; Hong Kong, Macao and Taiwan residents hold the three kinds of HMT
     * documents, valid; foreigners hold passports. Locals registered late are in the clean
     * registry, and no finding (the clean test checks the report).
     */
    @Test
    void persons_aRealisticMix_withValidDocuments_andHouseholdRegistration() throws IOException {
        generate(6_000, 3, 0, "mix");
        Registry registry = read("mix");
        int locals = 0;
        int nonLocals = 0;
        int hmt = 0;
        int foreigners = 0;
        Set<DocumentType> hmtDocuments = EnumSet.noneOf(DocumentType.class);
        Set<String> hmtNationalities = new TreeSet<>();
        for (Person p : registry.document().persons()) {
            for (IdentityDocument d : p.documents()) {
                assertThat(IdNumbers.check(d.type(), d.number(), RegistryGenerator.AS_OF).isValid())
                        .as("%s %s", p.id(), d.type()).isTrue();
            }
            if (holds(p, DocumentType.CN_RESIDENT_ID)) {
                String issued = p.documents().get(0).number().substring(0, 6);
                assertThat(p.householdRegistration()).as(p.id().value()).isPresent();
                assertThat(p.householdRegistration().get().division()).as(p.id().value()).isEqualTo(issued);
                assertThat(p.nationality()).contains("CHN");
                if (isLocal(p)) {
                    locals++;
                } else {
                    nonLocals++;
                }
            } else if (isHmt(p)) {
                hmt++;
                assertThat(p.householdRegistration()).isEmpty();
                p.documents().forEach(d -> hmtDocuments.add(d.type()));
                hmtNationalities.add(p.nationality().orElse("none"));
            } else {
                assertThat(p.documents()).extracting(IdentityDocument::type).containsOnly(DocumentType.PASSPORT);
                assertThat(p.nationality()).isPresent().isNotEqualTo(java.util.Optional.of("CHN"));
                foreigners++;
            }
        }
        assertThat(nonLocals).as("non-local nationals are most").isGreaterThan(registry.document().persons().size() / 2);
        assertThat(locals).isPositive().isLessThan(nonLocals);
        assertThat(hmt).isPositive().isLessThan(locals);
        assertThat(foreigners).isPositive().isLessThan(locals);
        assertThat(hmtDocuments).containsExactlyInAnyOrder(DocumentType.CN_HK_MACAO_PERMIT,
                DocumentType.CN_TAIWAN_PERMIT, DocumentType.CN_HMT_RESIDENCE_PERMIT);
        assertThat(hmtNationalities).containsExactlyInAnyOrder("CHN", "HKG", "MAC", "TWN", "none");
        Map<String, Person> byId = new HashMap<>();
        registry.document().persons().forEach(p -> byId.put(p.id().value(), p));
        long localsLate = registry.document().residences().stream()
                .filter(r -> !r.isHotelStay() && isLocal(byId.get(r.person().value()))
                        && r.registeredOn().isAfter(r.movedIn().plusDays(3)))
                .count();
        assertThat(localsLate).as("locals registered late (no finding)").isPositive();
    }

    /**
     * The residence duties are injected only on persons the rule concerns: residence
     * registration and deregistration on non-local nationals, HMT_REGISTRATION_LATE on Hong Kong,
     * Macao and Taiwan residents, FOREIGNER_REGISTRATION_LATE on foreigners.
     */
    @Test
    void injections_ofResidenceDuties_fallOnThePersonsTheRulesConcern() throws IOException {
        generate(4_000, 21, 0.25, "duties");
        Registry registry = read("duties");
        Map<String, Person> byId = new HashMap<>();
        registry.document().persons().forEach(p -> byId.put(p.id().value(), p));
        Map<RuleCode, Integer> seen = new java.util.EnumMap<>(RuleCode.class);
        for (String e : expected("duties")) {
            RuleCode rule = RuleCode.valueOf(e.substring(0, e.indexOf(' ')));
            String path = e.substring(e.indexOf(' ') + 1);
            if (!path.startsWith("/residences/")) {
                continue;
            }
            Person p = byId.get(registry.document().residences().get(Integer.parseInt(path.substring(12))).person().value());
            switch (rule) {
                case RESIDENCE_REGISTRATION_LATE, RESIDENCE_DEREGISTRATION_LATE -> {
                    assertThat(holds(p, DocumentType.CN_RESIDENT_ID)).as(e).isTrue();
                    assertThat(isLocal(p)).as(e).isFalse();
                }
                case HMT_REGISTRATION_LATE -> assertThat(isHmt(p)).as(e).isTrue();
                case FOREIGNER_REGISTRATION_LATE -> assertThat(p.documents().get(0).type()).as(e)
                        .isEqualTo(DocumentType.PASSPORT);
                default -> {
                    continue;
                }
            }
            seen.merge(rule, 1, Integer::sum);
        }
        assertThat(seen).containsKeys(RuleCode.RESIDENCE_REGISTRATION_LATE, RuleCode.RESIDENCE_DEREGISTRATION_LATE,
                RuleCode.HMT_REGISTRATION_LATE, RuleCode.FOREIGNER_REGISTRATION_LATE);
        assertSame(found(check("CN-31", registry)), expected("duties"));
    }

    @Test
    void generateCommand_writesTheSameBytesAsTheApi_andPrintsASummary() throws IOException {
        generate(1_500, 4, 0.1, "api");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = RenfangCommand.commandLine(CliEnvironment.of(Clock.systemUTC(), Locale.ENGLISH, dir));
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute("generate", "--persons", "1500", "--seed", "4", "--violations", "0.1",
                "--out", "cli.json", "--manifest", "cli.manifest.json");
        assertThat(exit).isZero();
        assertThat(err.toString()).isEmpty();
        assertThat(Files.mismatch(dir.resolve("api.json"), dir.resolve("cli.json"))).isEqualTo(-1L);
        assertThat(Files.mismatch(dir.resolve("api.manifest.json"), dir.resolve("cli.manifest.json"))).isEqualTo(-1L);
        JsonNode summary = RenfangJson.registryMapper().readTree(out.toString());
        assertThat(summary.get("records").get("persons").asLong()).isEqualTo(1_500);
        assertThat(summary.get("expected").asLong()).isEqualTo(expected("cli").size());
        assertThat(summary.get("profile").asText()).isEqualTo("CN-31");
    }

    @Test
    void generateCommand_outOfRange_orNoDirectory_exitsTwo() {
        CommandLine cl = RenfangCommand.commandLine(CliEnvironment.of(Clock.systemUTC(), Locale.ENGLISH, dir));
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(new StringWriter()));
        cl.setErr(new PrintWriter(err));
        assertThat(cl.execute("generate", "--persons", "0", "--out", "x.json")).isEqualTo(2);
        assertThat(cl.execute("generate", "--persons", "10", "--violations", "2", "--out", "x.json")).isEqualTo(2);
        assertThat(cl.execute("generate", "--persons", "10", "--out", "missing/x.json")).isEqualTo(2);
        assertThat(cl.execute("generate", "--out", "x.json")).isEqualTo(2);
        assertThat(dir.resolve("x.json")).doesNotExist();
        assertThat(err.toString()).contains("--persons");
    }

    @Test
    void builder_rejectsOutOfRange() {
        assertThatThrownBy(() -> RegistryGenerator.builder().persons(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RegistryGenerator.builder().violationRate(1.5))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RegistryGenerator.builder().violationRate(Double.NaN))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
