package org.renfang.model.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.renfang.model.RegistryDocument;
import org.renfang.model.source.JsonProblem;
import org.renfang.model.source.ReadResult;
import org.renfang.testing.PropertyCheck;

/**
 * {@link RenfangJson} hands out nothing that changes how the library reads or writes, and
 * {@link RenfangModule} gives a host's own mapper the wire format exactly.
 */
class RenfangModuleTest {

    private static final String COMMENTED = "{\"schema\": \"renfang/registration@1\", /* note */ \"persons\": []}";

    private static JsonMapper host() {
        return JsonMapper.builder().addModule(new RenfangModule()).build();
    }

    private static ReadResult read(JsonMapper mapper, String json) {
        return RegistryReader.read(mapper, new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                RegistryDocument.REGISTRATION_SCHEMA);
    }

    // ----------------------------------------------------------------------------- no shared state

    @Test
    void reconfiguringAHandedOutMapper_changesNothingElse() {
        assertThat(RegistryReader.readPayload(COMMENTED.getBytes(StandardCharsets.UTF_8)).problems())
                .extracting(JsonProblem::kind).containsExactly(JsonProblem.Kind.MALFORMED);

        JsonMapper mine = RenfangJson.payloadMapper();
        mine.configure(JsonParser.Feature.ALLOW_COMMENTS, true);
        mine.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        RenfangJson.registryMapper().configure(JsonParser.Feature.ALLOW_COMMENTS, true);

        assertThat(read(mine, COMMENTED).problems()).isEmpty();
        assertThat(RenfangJson.payloadMapper()).isNotSameAs(mine);
        assertThat(RenfangJson.payloadMapper().isEnabled(JsonParser.Feature.ALLOW_COMMENTS)).isFalse();
        assertThat(RegistryReader.readPayload(COMMENTED.getBytes(StandardCharsets.UTF_8)).problems())
                .extracting(JsonProblem::kind).containsExactly(JsonProblem.Kind.MALFORMED);
        assertThat(RegistryReader.readRegistry(new ByteArrayInputStream(COMMENTED.getBytes(StandardCharsets.UTF_8)))
                .problems()).extracting(JsonProblem::kind).containsExactly(JsonProblem.Kind.MALFORMED);
    }

    @Test
    void readersAndWriter_areImmutable() throws Exception {
        assertThat(RenfangJson.payloadReader().with(JsonReadFeature.ALLOW_JAVA_COMMENTS))
                .isNotSameAs(RenfangJson.payloadReader());
        assertThat(RenfangJson.writer().with(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS))
                .isNotSameAs(RenfangJson.writer());
        assertThatThrownBy(() -> RenfangJson.payloadReader().readTree(COMMENTED))
                .isInstanceOf(com.fasterxml.jackson.core.JsonParseException.class);
        assertThat(RenfangJson.writer().writeValueAsString(LocalDate.of(2026, 3, 1))).isEqualTo("\"2026-03-01\"");
    }

    @Test
    void readers_keepTheirLimits() {
        assertThat(RenfangJson.payloadReader().getFactory().streamReadConstraints().getMaxDocumentLength())
                .isEqualTo(RenfangJson.MAX_PAYLOAD_BYTES);
        assertThat(RenfangJson.registryReader().getFactory().streamReadConstraints().getMaxDocumentLength())
                .isEqualTo(StreamReadConstraints.defaults().getMaxDocumentLength());
        assertThatThrownBy(() -> RenfangJson.registryReader().readTree(
                ("\"" + "a".repeat(RenfangJson.MAX_STRING_LENGTH + 1) + "\"").getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("String value length");
    }

    // ----------------------------------------------------------------------------- RenfangModule

    @Test
    void hostMapper_writesTheSameBytes_andReadsThemBack() throws Exception {
        JsonMapper host = host();
        for (RegistryDocument doc : List.of(Documents.full(), Documents.minimal())) {
            byte[] ours = RenfangJson.writer().writeValueAsBytes(doc);
            assertThat(host.writeValueAsBytes(doc)).isEqualTo(ours);
            assertThat(host.readValue(ours, RegistryDocument.class)).isEqualTo(doc);
            ReadResult r = RegistryReader.read(host, new ByteArrayInputStream(ours), RegistryDocument.REGISTRY_SCHEMA);
            assertThat(r.problems()).isEmpty();
            assertThat(r.document()).isEqualTo(doc);
        }
        PropertyCheck.forAll(100, s -> {
            RegistryDocument doc = s.draw("doc", RoundTripPropertiesTest.documents());
            try {
                byte[] ours = RenfangJson.writer().writeValueAsBytes(doc);
                assertThat(host.writeValueAsBytes(doc)).isEqualTo(ours);
                assertThat(host.readValue(ours, RegistryDocument.class)).isEqualTo(doc);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    @Test
    void hostMapper_writesIsoDates_plainDecimals_andNoNulls() throws Exception {
        JsonMapper host = host();
        assertThat(host.writeValueAsString(LocalDate.of(2026, 3, 1))).isEqualTo("\"2026-03-01\"");
        assertThat(host.writeValueAsString(new BigDecimal("1E+3"))).isEqualTo("1000");
        assertThat(host.writeValueAsString(Documents.minimal())).doesNotContain("null");
    }

    @Test
    void hostMapper_readsStrictly_likeTheLibrary() {
        JsonMapper host = host();
        String reg = "{\"schema\":\"renfang/registration@1\",";
        for (String bad : List.of(
                reg + "\"persons\":[{\"id\":\"P1\",\"id\":\"P2\",\"name\":\"x\"}]}",
                reg + "\"persons\":[{\"id\":\"P1\",\"name\":\"x\",\"nmae\":\"y\"}]}",
                reg + "\"persons\":[{\"id\":\"P1\",\"name\":\"x\",\"birthDate\":\"2026-02-30\"}]}",
                reg + "\"persons\":[{\"id\":\"P1\",\"name\":\"x\",\"birthDate\":\"20260101\"}]}",
                reg + "\"persons\":[{\"id\":\"P1\",\"name\":7}]}",
                reg + "\"persons\":[{\"id\":\"P1\",\"name\":\"" + "a".repeat(RenfangJson.MAX_STRING_LENGTH + 1) + "\"}]}",
                COMMENTED)) {
            ReadResult ours = RegistryReader.readPayload(bad.getBytes(StandardCharsets.UTF_8));
            assertThat(ours.problems()).as(bad).isNotEmpty();
            assertThat(read(host, bad).problems()).as(bad).isEqualTo(ours.problems());
        }
        assertThatThrownBy(() -> host.readValue("{\"id\":\"P1\",\"name\":\"x\",\"nmae\":1}", org.renfang.model.Person.class))
                .isInstanceOf(UnrecognizedPropertyException.class);
    }

    @Test
    void module_keepsADocumentLimitAlreadySet() {
        JsonMapper limited = JsonMapper.builder(com.fasterxml.jackson.core.JsonFactory.builder()
                        .streamReadConstraints(StreamReadConstraints.builder().maxDocumentLength(100).build()).build())
                .addModule(new RenfangModule()).build();
        StreamReadConstraints c = limited.getFactory().streamReadConstraints();
        assertThat(c.getMaxDocumentLength()).isEqualTo(100);
        assertThat(c.getMaxStringLength()).isEqualTo(RenfangJson.MAX_STRING_LENGTH);
        assertThat(c.getMaxNestingDepth()).isEqualTo(RenfangJson.MAX_NESTING_DEPTH);
        assertThat(c.getMaxNumberLength()).isEqualTo(RenfangJson.MAX_NUMBER_LENGTH);
        assertThat(c.getMaxNameLength()).isEqualTo(RenfangJson.MAX_NAME_LENGTH);
        assertThat(new RenfangModule().getModuleName()).isEqualTo("renfang");
    }
}
