package org.renfang.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.renfang.validation.finding.Finding;
import org.renfang.validation.finding.RuleCode;

/** A record with several broken fields gets one finding per broken field, each at its own path. */
class BrokenRecordFindingsTest {

    @Test
    void misspelledField_impossibleDate_missingRequiredField_areThreeFindings() {
        // "premises" misspelled as "premisse", 30 February, no "registeredOn"
        byte[] payload = ("{\"schema\": \"renfang/registration@1\", \"residences\": [{\"id\": \"R1\", \"person\": \"P1\","
                + " \"premisse\": \"H1\", \"basis\": {\"type\": \"OTHER\"}, \"movedIn\": \"2026-02-30\","
                + " \"premises\": \"H1\"}]}").getBytes(StandardCharsets.UTF_8);

        Report report = FuzzSupport.VALIDATOR.validate(payload, FuzzSupport.CONTEXT, FuzzSupport.AS_OF);

        assertThat(report.findings()).extracting(Finding::rule, Finding::path).containsExactlyInAnyOrder(
                tuple(RuleCode.FIELD_INVALID, "/residences/0/premisse"),
                tuple(RuleCode.FIELD_INVALID, "/residences/0/movedIn"),
                tuple(RuleCode.FIELD_REQUIRED, "/residences/0/registeredOn"));
        assertThat(report.isValid()).isFalse();
    }
}
