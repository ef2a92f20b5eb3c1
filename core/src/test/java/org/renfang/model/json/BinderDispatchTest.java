package org.renfang.model.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.renfang.model.Lease;
import org.renfang.model.PersonId;
import org.renfang.model.RegistryDocument;
import org.renfang.model.source.ReadResult;

/**
 * The binder's fast paths give what its general paths give: fields found in their declared order
 * by identity, or out of order through the map; a lessee written as a person id read by the
 * binder and sharing its id instance.
 */
class BinderDispatchTest {

    /** Trees that keep decimals as written ({@code 62.50}, not the double 62.5). */
    private static final JsonMapper TREES = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true)).build();

    private static ReadResult read(byte[] json) {
        return RegistryReader.readRegistry(new ByteArrayInputStream(json));
    }

    @Test
    void fieldsInAnyOrder_readAsInTheDeclaredOrder() throws Exception {
        byte[] inOrder = RenfangJson.writer().writeValueAsBytes(Documents.full());
        JsonNode tree = TREES.readTree(inOrder);
        ObjectNode reversed = TREES.createObjectNode(); // the document's own keys stay in place
        tree.fields().forEachRemaining(e -> reversed.set(e.getKey(), reverseKeys(e.getValue())));
        assertThat(reversed.toString()).isNotEqualTo(tree.toString());

        ReadResult expected = read(inOrder);
        ReadResult actual = read(TREES.writeValueAsBytes(reversed));

        assertThat(expected.problems()).isEmpty();
        assertThat(actual.problems()).isEmpty();
        assertThat(actual.document()).isEqualTo(expected.document()).isEqualTo(Documents.full());
    }

    @Test
    void lesseeWrittenAsPersonId_sharesTheIdOfItsText() throws Exception {
        RegistryDocument full = Documents.full();
        byte[] json = RenfangJson.writer().writeValueAsBytes(full);
        assertThat(new String(json, java.nio.charset.StandardCharsets.UTF_8)).contains("\"lessees\":[\"P1\"");

        RegistryDocument read = read(json).document();

        Lease lease = read.leases().get(0);
        PersonId lessee = lease.lessees().get(0).person().orElseThrow();
        assertThat(lessee).isEqualTo(PersonId.of("P1")).isSameAs(read.persons().get(0).id());
        assertThat(read).isEqualTo(full);
    }

    /** The tree with the keys of every object in reverse order. */
    private static JsonNode reverseKeys(JsonNode node) {
        if (node.isObject()) {
            List<Map.Entry<String, JsonNode>> fields = new ArrayList<>();
            node.fields().forEachRemaining(fields::add);
            ObjectNode out = TREES.createObjectNode();
            for (int i = fields.size() - 1; i >= 0; i--) {
                out.set(fields.get(i).getKey(), reverseKeys(fields.get(i).getValue()));
            }
            return out;
        }
        if (node.isArray()) {
            ArrayNode out = TREES.createArrayNode();
            node.forEach(e -> out.add(reverseKeys(e)));
            return out;
        }
        return node;
    }
}
