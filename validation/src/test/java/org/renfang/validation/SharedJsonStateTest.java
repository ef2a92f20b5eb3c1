package org.renfang.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.renfang.model.json.RenfangJson;
import org.renfang.validation.finding.Finding;
import org.renfang.validation.finding.RuleCode;

/**
 * What a caller does with the mappers {@link RenfangJson} hands out does not reach a
 * {@link Validator}: once, {@code payloadMapper().configure(ALLOW_COMMENTS, true)} made every
 * validator in the JVM accept comments.
 */
class SharedJsonStateTest {

    @Test
    void reconfiguringTheHandedOutMappers_doesNotChangeAValidator() {
        byte[] commented = "{\"schema\": \"renfang/registration@1\", /* a comment */ \"persons\": []}"
                .getBytes(StandardCharsets.UTF_8);
        byte[] unknown = "{\"schema\": \"renfang/registration@1\", \"persons\": [{\"id\": \"P9\", \"name\": \"x\", \"nmae\": 1}]}"
                .getBytes(StandardCharsets.UTF_8);
        Report commentedBefore = FuzzSupport.VALIDATOR.validate(commented, FuzzSupport.CONTEXT, FuzzSupport.AS_OF);
        Report unknownBefore = FuzzSupport.VALIDATOR.validate(unknown, FuzzSupport.CONTEXT, FuzzSupport.AS_OF);
        assertThat(commentedBefore.findings()).extracting(Finding::rule).contains(RuleCode.JSON_MALFORMED);
        assertThat(unknownBefore.isValid()).isFalse();

        RenfangJson.payloadMapper().configure(JsonParser.Feature.ALLOW_COMMENTS, true);
        RenfangJson.registryMapper().configure(JsonParser.Feature.ALLOW_COMMENTS, true);
        RenfangJson.payloadMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

        Report commentedAfter = FuzzSupport.VALIDATOR.validate(commented, FuzzSupport.CONTEXT, FuzzSupport.AS_OF);
        Report unknownAfter = FuzzSupport.VALIDATOR.validate(unknown, FuzzSupport.CONTEXT, FuzzSupport.AS_OF);
        assertThat(commentedAfter.toJson(Locale.ENGLISH)).isEqualTo(commentedBefore.toJson(Locale.ENGLISH));
        assertThat(unknownAfter.toJson(Locale.ENGLISH)).isEqualTo(unknownBefore.toJson(Locale.ENGLISH));
    }
}
