package org.renfang.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.renfang.model.RecordType;
import org.renfang.model.json.RegistryReader;
import org.renfang.registry.Registry;
import org.renfang.validation.Report;
import org.renfang.validation.Validator;
import org.renfang.validation.profile.Profiles;

/**
 * What a neighbourhood relies on: checking only some records of a registry (the rules run on
 * them, every record read) gives exactly the findings of the whole check that those records carry
 * (their paths point into them), pairwise findings included, and nothing else.
 */
class OwnedRecordsCheckTest {

    @ParameterizedTest
    @EnumSource(RecordType.class)
    void checkingTheRecordsOfOneKindGivesTheirFindingsOfTheWholeCheck(RecordType kind) throws IOException {
        Registry registry;
        try (InputStream in = Files.newInputStream(AcrossNeighbourhoodsTest.REGISTRY)) {
            registry = Registry.of(RegistryReader.readRegistry(in));
        }
        Validator validator = Validator.of(Profiles.load("CN-31"));
        Set<Object> checked = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        checked.addAll(kind.records(registry.document()));
        String prefix = "/" + kind.jsonName() + "/";

        List<String> some = SparkTesting.lines(validator.check(registry, SparkTesting.AS_OF, checked::contains));
        Report whole = validator.check(registry, SparkTesting.AS_OF);
        List<String> carried = SparkTesting.lines(whole).stream()
                .filter(l -> l.split(" ")[2].startsWith(prefix)).toList();

        assertThat(some).containsExactlyElementsOf(carried);
        if (kind == RecordType.LEASES || kind == RecordType.RESIDENCES || kind == RecordType.PERSONS) {
            // The fixture gives these kinds findings, pairwise ones among them (overlaps, shared documents).
            assertThat(carried).isNotEmpty();
        }
        assertThat(SparkTesting.lines(validator.check(registry, SparkTesting.AS_OF, r -> false))).isEmpty();
    }
}
