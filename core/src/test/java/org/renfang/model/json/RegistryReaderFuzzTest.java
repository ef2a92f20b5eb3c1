package org.renfang.model.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.ByteArrayInputStream;
import java.io.UncheckedIOException;
import java.util.regex.Pattern;
import org.renfang.model.RecordType;
import org.renfang.model.RegistryDocument;
import org.renfang.model.source.JsonProblem;
import org.renfang.model.source.ReadResult;
import org.renfang.registry.Registry;

/**
 * Jazzer targets for the JSON entry points of core: any bytes given to
 * {@link RegistryReader#readPayload(byte[])} or {@link RegistryReader#readRegistry} give a
 * result (never an exception), whose problems have a JSON Pointer and a fixed-vocabulary detail
 * that echoes nothing of the input; the result indexes into a {@link Registry}; and a document
 * read without problems writes back to JSON that reads again to an equal document.
 *
 * <p>Without {@code JAZZER_FUZZ} these run only the seed inputs in
 * {@code RegistryReaderFuzzTestInputs/<method>/} (regression mode, part of {@code verify}).
 * Fuzzing one method: see {@code docs/reliability.md}.
 */
class RegistryReaderFuzzTest {

    /** Problem details come from the reader and the model: ASCII words, numbers and the schema names. */
    private static final Pattern DETAIL = Pattern.compile("[A-Za-z0-9 ,.:;/\"@_()\\-]{1,160}");

    @FuzzTest(maxDuration = "10m")
    @DictionaryEntries({"\"schema\"", "\"renfang/registration@1\"", "\"renfang/registry@1\"", "\"persons\"",
            "\"premises\"", "\"leases\"", "\"residences\"", "\"visits\"", "\"id\"", "\"documents\"", "\"basis\"",
            "\"type\"", "\"floorArea\"", "\"area\"", "\"rooms\"", "\"movedIn\"", "\"2026-03-01\"", "1e-99999"})
    void readPayload(byte[] bytes) {
        ReadResult r = RegistryReader.readPayload(bytes);
        checkResult(r);
    }

    @FuzzTest(maxDuration = "10m")
    @DictionaryEntries({"\"schema\"", "\"renfang/registry@1\"", "\"persons\"", "\"organizations\"",
            "\"premises\"", "\"leases\"", "\"employments\"", "\"enrollments\"", "\"residences\"", "\"visits\"",
            "\"id\"", "\"documents\"", "\"basis\"", "\"type\"", "\"floorArea\"", "\"area\"", "\"rooms\"",
            "\"lessor\"", "\"person\"", "\"organization\"", "\"at\"", "\"2026-03-01T10:00:00Z\"", "1e-99999"})
    void readRegistry(byte[] bytes) {
        ReadResult r = RegistryReader.readRegistry(new ByteArrayInputStream(bytes));
        checkResult(r);
    }

    static void checkResult(ReadResult r) {
        assertThat(r).isNotNull();
        for (JsonProblem p : r.problems()) {
            assertThat(p.kind()).isNotNull();
            assertThat(p.pointer()).matches(s -> s.isEmpty() || s.startsWith("/"), "a JSON Pointer");
            assertThat(p.detail()).matches(DETAIL);
        }
        RegistryDocument d = r.document();
        for (RecordType t : RecordType.values()) {
            int n = Documents.size(d, t);
            for (int i = 0; i < n; i++) {
                assertThat(r.pointer(t, i)).startsWith("/" + t.jsonName() + "/");
            }
        }
        Registry registry = Registry.of(r);
        assertThat(registry.document()).isSameAs(d);
        if (r.isClean()) {
            byte[] written = write(d);
            ReadResult again = RegistryReader.readRegistry(new ByteArrayInputStream(written));
            assertThat(again.problems()).as("re-reading a clean document").isEmpty();
            assertThat(again.document()).isEqualTo(d);
        }
    }


    private static byte[] write(RegistryDocument d) {
        try {
            return RenfangJson.registryMapper().writeValueAsBytes(d);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
