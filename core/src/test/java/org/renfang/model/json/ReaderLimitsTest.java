package org.renfang.model.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.renfang.model.source.JsonProblem;
import org.renfang.model.source.ReadResult;

/**
 * Each input limit of {@link RenfangJson} (docs/wire-format.md, "Conventions") just under and just
 * over, with the detail the problem gives: the limit, never the input.
 */
class ReaderLimitsTest {
    private static final String REG = "{\"schema\":\"renfang/registration@1\"";

    private static ReadResult read(String json) {
        return RegistryReader.readPayload(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void string_of4096Characters_isRead_4097_isALimitProblemAtTheField() {
        String h = REG + ",\"persons\":[{\"id\":\"P1\",\"name\":\"";
        assertThat(read(h + "x".repeat(RenfangJson.MAX_STRING_LENGTH) + "\"}]}").problems()).isEmpty();
        assertThat(read(h + "x".repeat(RenfangJson.MAX_STRING_LENGTH + 1) + "\"}]}").problems()).containsExactly(
                new JsonProblem(JsonProblem.Kind.INVALID, "/persons/0/name", "limit exceeded: string exceeds 4096 characters"));
    }

    @Test
    void number_of33Digits_isALimitProblem() {
        String v = REG + ",\"premises\":[{\"id\":\"H1\",\"address\":{\"division\":\"650203\",\"line\":\"l\"},\"kind\":\"ROOM\","
                + "\"use\":\"RESIDENTIAL\",\"floorArea\":";
        assertThat(read(v + "0." + "0".repeat(30) + "1}]}").problems()).isEmpty();
        assertThat(read(v + "0." + "0".repeat(31) + "1}]}").problems()).extracting(JsonProblem::detail)
                .containsExactly("limit exceeded: number exceeds 32 digits");
    }

    @Test
    void nesting_ofDepth32_isRead_33_isALimitProblem() {
        // document 1, persons 2, person 3, documents 4, document 5, then arrays
        String h = REG + ",\"persons\":[{\"id\":\"P1\",\"name\":\"n\",\"documents\":[{\"type\":\"OTHER\",\"number\":\"1\",\"x\":";
        int arrays = RenfangJson.MAX_NESTING_DEPTH - 5;
        assertThat(read(h + "[".repeat(arrays) + "]".repeat(arrays) + "}]}]}").problems()).extracting(JsonProblem::detail)
                .containsExactly("unknown field");
        assertThat(read(h + "[".repeat(arrays + 1) + "]".repeat(arrays + 1) + "}]}]}").problems())
                .extracting(JsonProblem::detail).contains("limit exceeded: nesting exceeds depth 32");
    }

    @Test
    void fieldName_of128Characters_isRead_129_isALimitProblem() {
        assertThat(read(REG + ",\"" + "k".repeat(RenfangJson.MAX_NAME_LENGTH) + "\":1}").problems())
                .extracting(JsonProblem::detail).containsExactly("unknown field");
        assertThat(read(REG + ",\"" + "k".repeat(RenfangJson.MAX_NAME_LENGTH + 1) + "\":1}").problems())
                .extracting(JsonProblem::kind, JsonProblem::detail).containsExactly(org.assertj.core.groups.Tuple.tuple(
                        JsonProblem.Kind.MALFORMED, "limit exceeded: field name exceeds 128 characters"));
    }

    @Test
    void payload_ofOneMebibyte_isRead_oneByteMore_isRefused_asBytesAndAsAStream() {
        byte[] ok = padded(RenfangJson.MAX_PAYLOAD_BYTES);
        byte[] over = padded(RenfangJson.MAX_PAYLOAD_BYTES + 1);
        assertThat(RegistryReader.readPayload(ok).problems()).isEmpty();
        assertThat(RegistryReader.readPayload(new ByteArrayInputStream(ok)).problems()).isEmpty();
        assertThat(RegistryReader.readPayload(over).problems()).containsExactly(new JsonProblem(
                JsonProblem.Kind.MALFORMED, "", "document of 1048577 bytes exceeds 1048576"));
        assertThat(RegistryReader.readPayload(new ByteArrayInputStream(over)).problems()).containsExactly(
                new JsonProblem(JsonProblem.Kind.MALFORMED, "", "limit exceeded: document exceeds 1048576 bytes"));
        // registries have no document limit
        assertThat(RegistryReader.readRegistry(new ByteArrayInputStream(padded(3 << 20))).problems()).isEmpty();
    }

    private static byte[] padded(int size) {
        byte[] doc = new byte[size];
        Arrays.fill(doc, (byte) ' ');
        byte[] head = REG.getBytes(StandardCharsets.UTF_8);
        System.arraycopy(head, 0, doc, 0, head.length);
        doc[size - 1] = '}';
        return doc;
    }
}
