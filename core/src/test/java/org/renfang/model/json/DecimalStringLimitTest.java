package org.renfang.model.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.renfang.model.source.ReadResult;

/**
 * Issue #16, "Also": a decimal in a JSON string is held to exactly the documented limit — at most
 * 32 digits before and 32 after the point — and one over it is a field problem, not a parser
 * error that ends the whole document.
 */
class DecimalStringLimitTest {

    private static String doc(String area) {
        return "{\"schema\": \"renfang/registry@1\", \"premises\": [{\"id\": \"H1\", \"address\": {\"division\": \"650203\", "
                + "\"line\": \"x\"}, \"kind\": \"APARTMENT\", \"use\": \"RESIDENTIAL\", \"floorArea\": " + area + "}]}";
    }

    private static List<ReadResult> both(String area) {
        byte[] b = doc(area).getBytes(StandardCharsets.UTF_8);
        return List.of(RegistryReader.readPayload(b), RegistryReader.readRegistry(new ByteArrayInputStream(b)));
    }

    private static List<String> kinds(ReadResult r) {
        return r.problems().stream().map(p -> p.kind() + " " + p.pointer()).toList();
    }

    @Test
    void stringOf32DigitsEitherSide_isRead() {
        String v = "1".repeat(32) + "." + "2".repeat(32);
        for (ReadResult r : both("\"" + v + "\"")) {
            assertThat(r.problems()).isEmpty();
            assertThat(r.document().premises().get(0).floorArea()).contains(new BigDecimal(v));
        }
    }

    @Test
    void stringOver32Digits_isAFieldProblem_notMalformed() {
        for (String v : new String[] {"1".repeat(33), "0." + "1".repeat(33), "1".repeat(33) + ".5", "1e33", "1e-33"}) {
            for (ReadResult r : both("\"" + v + "\"")) {
                assertThat(kinds(r)).as(v).containsExactly("INVALID /premises/0/floorArea");
                assertThat(r.problems().get(0).detail()).doesNotContain("1111");
            }
        }
    }

    @Test
    void numberTokens_keepTheParsersTokenLimit() {
        for (ReadResult r : both("1".repeat(32))) {
            assertThat(r.problems()).isEmpty();
        }
        for (ReadResult r : both("1".repeat(33))) {
            assertThat(kinds(r)).contains("MALFORMED /premises/0/floorArea");
        }
    }
}
