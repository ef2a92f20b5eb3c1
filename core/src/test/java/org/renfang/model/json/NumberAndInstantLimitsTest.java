package org.renfang.model.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.renfang.model.source.JsonProblem;
import org.renfang.model.source.ReadResult;

/**
 * The limits on decimals and instants found by fuzzing (docs/reliability.md), each just under and
 * just over: a decimal has at most {@value RenfangJson#MAX_NUMBER_LENGTH} digits before and after
 * the point once written out ({@code 1e-999999999} read cleanly and could not be written back,
 * added or formatted), and an instant has a local year from {@value RenfangJson#MIN_YEAR} to
 * {@value RenfangJson#MAX_YEAR} and is a string.
 */
class NumberAndInstantLimitsTest {

    private static ReadResult premises(String floorArea) {
        String json = "{\"schema\":\"renfang/registration@1\",\"premises\":[{\"id\":\"H1\",\"address\":{\"division\":"
                + "\"650203\",\"line\":\"l\"},\"kind\":\"ROOM\",\"use\":\"RESIDENTIAL\",\"floorArea\":" + floorArea + "}]}";
        return assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> RegistryReader.readPayload(json.getBytes(StandardCharsets.UTF_8)));
    }

    private static ReadResult visit(String at) {
        String json = "{\"schema\":\"renfang/registry@1\",\"visits\":[{\"id\":\"V1\",\"premises\":\"H1\",\"agency\":\"O1\","
                + "\"at\":" + at + ",\"purpose\":\"OTHER\"}]}";
        return RegistryReader.readRegistry(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e-32", "\"1E-32\"", "1e31", "\"1E+31\"", "12.5", "0.0000000000000000000000000000001",
            "1.234e-29"})
    void decimal_withAtMost32DigitsEachSideOfThePoint_isRead(String area) {
        ReadResult r = premises(area);
        assertThat(r.problems()).isEmpty();
        BigDecimal d = r.document().premises().get(0).floorArea().orElseThrow();
        assertThat(StrictDecimalDeserializer.isBounded(d)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e-33", "\"1E-33\"", "1e32", "\"1E+32\"", "1e-999999999", "\"1e-999999999\"", "1e999999999",
            "1E+2147483647", "\"1E-2147483647\"", "\"\""})
    void decimal_overThe32DigitLimit_isInvalidAtItsField(String area) {
        ReadResult r = premises(area);
        assertThat(r.problems()).extracting(JsonProblem::kind, JsonProblem::pointer)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(JsonProblem.Kind.INVALID, "/premises/0/floorArea"));
        assertThat(r.document().premises()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"1800-01-01T00:00:00Z\"", "\"2999-12-31T23:59:59Z\"", "\"2999-12-31T23:59:59-12:00\"",
            "\"2026-04-01T10:00:00.250+08:00\""})
    void instant_withAYearInRange_isRead(String at) {
        ReadResult r = visit(at);
        assertThat(r.problems()).isEmpty();
        assertThat(r.document().visits()).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"1799-12-31T23:59:59Z\"", "\"3000-01-01T00:00:00Z\"", "\"+999999999-12-31T23:59:59Z\"",
            "\"-999999999-01-01T00:00:00Z\"", "1700000000", "1e20", "\"2026-04-01T10:00:00\"", "true"})
    void instant_outOfRangeOrNotAString_isInvalidAtItsField(String at) {
        ReadResult r = visit(at);
        assertThat(r.problems()).extracting(JsonProblem::kind, JsonProblem::pointer)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(JsonProblem.Kind.INVALID, "/visits/0/at"));
    }
}
