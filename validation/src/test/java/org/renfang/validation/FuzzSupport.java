package org.renfang.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Locale;
import org.renfang.label.LabelCheck;
import org.renfang.label.LabelCheckStatus;
import org.renfang.label.LabelVerifier;
import org.renfang.model.json.RegistryReader;
import org.renfang.registry.Registry;
import org.renfang.validation.finding.Finding;
import org.renfang.validation.finding.Severity;
import org.renfang.validation.profile.Profiles;

/**
 * What the validation fuzz targets share: a small context registry (every record type, ids the
 * seed payloads refer to), one validator under CN-31 (every rule family on) with a label verifier
 * that answers from the text alone, and the contract every report must meet.
 */
final class FuzzSupport {
    /** The as-of day of every fuzzed validation. */
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 26);
    /** The context registry of payload validation. */
    static final Registry CONTEXT = context();
    /** A verifier that passes exactly one text and reports the others as malformed or of an unknown key. */
    static final LabelVerifier VERIFIER = (text, premises, at) -> {
        if ("RF1:6BFOXN*TS0BI$ZDFRH".equals(text)) {
            return new LabelCheck(LabelCheckStatus.VALID, null);
        }
        return text.startsWith("RF1:") ? new LabelCheck(LabelCheckStatus.UNKNOWN_KEY, null)
                : new LabelCheck(LabelCheckStatus.MALFORMED, "PREFIX");
    };
    /** The validator every target shares, as a host would. */
    static final Validator VALIDATOR = Validator.builder().profile(Profiles.load("CN-31")).labelVerifier(VERIFIER)
            .build();

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Locale ZH = Locale.forLanguageTag("zh-CN");

    private FuzzSupport() {
    }

    private static Registry context() {
        try (InputStream in = FuzzSupport.class.getResourceAsStream("fuzz/context-registry.json")) {
            Registry r = Registry.of(RegistryReader.readRegistry(in));
            if (!r.readProblems().isEmpty()) {
                throw new IllegalStateException("context registry has problems: " + r.readProblems());
            }
            return r;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Asserts the report contract: it serializes in both languages to JSON of the documented
     * shape, valid exactly when no finding is an ERROR, counts agree, every path is a pointer and
     * every message is a non-blank text from the bundles.
     */
    static void checkReport(Report report) {
        assertThat(report).isNotNull();
        long errors = report.findings().stream().filter(f -> f.severity() == Severity.ERROR).count();
        assertThat(report.isValid()).isEqualTo(errors == 0);
        for (Finding f : report.findings()) {
            assertThat(f.rule()).isNotNull();
            assertThat(f.severity()).isNotNull();
            assertThat(f.path()).matches(p -> p.isEmpty() || p.startsWith("/"), "a JSON Pointer");
            assertThat(f.message(Locale.ENGLISH)).isNotBlank();
            assertThat(f.message(ZH)).isNotBlank();
        }
        for (Locale l : new Locale[] {Locale.ENGLISH, ZH}) {
            JsonNode n = parse(report.toJson(l));
            assertThat(n.path("schema").asText()).isEqualTo(Report.SCHEMA);
            assertThat(n.path("valid").asBoolean()).isEqualTo(report.isValid());
            assertThat(n.path("findings").size()).isEqualTo(report.findings().size());
            assertThat(n.path("counts").path("ERROR").asLong()).isEqualTo(errors);
        }
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new AssertionError("report is not JSON", e);
        }
    }
}
