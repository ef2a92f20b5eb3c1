package org.renfang.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import org.renfang.registry.RegistryView;
import org.renfang.validation.Report;
import org.renfang.validation.Validator;
import org.renfang.validation.finding.Finding;
import org.renfang.validation.profile.Profiles;

/**
 * Validates a registration payload against the bundled sample registry: the ten lines every
 * host starts from. The README's "validate a payload" snippet is copied from {@link #validate}.
 *
 * <p>Run: {@code java … org.renfang.examples.ValidatePayloadExample [PAYLOAD.json]}; without an
 * argument it validates {@link #PAYLOAD}.
 */
public final class ValidatePayloadExample {

    /**
     * A registration: person P29, whose household registration is in Henan (so residence
     * registration concerns her), moves in with family member P30 at premises H10 on 2026-11-20
     * and registers on 2026-11-24, one day after the 3-day deadline — valid, with one warning.
     */
    public static final String PAYLOAD = """
            {
              "schema": "renfang/registration@1",
              "residences": [
                {"id": "R29", "person": "P29", "premises": "H10",
                 "basis": {"type": "FAMILY_MEMBER", "of": "P30"},
                 "movedIn": "2026-11-20", "registeredOn": "2026-11-24"}
              ]
            }
            """;

    private ValidatePayloadExample() {
    }

    /**
     * Validates a payload against the sample registry under profile CN as of 2026-11-26 and
     * prints one line per finding and the verdict.
     *
     * @param payload the payload JSON, not null
     * @param out     where the lines go, not null
     * @return the report, not null
     */
    public static Report validate(byte[] payload, PrintStream out) {
        // snippet:validate-payload
        RegistryView context = Sample.registry();                  // in production: your own RegistryView
        Validator validator = Validator.of(Profiles.load("CN"));   // immutable: build once, share
        Report report = validator.validate(payload, context, LocalDate.of(2026, 11, 26));
        for (Finding f : report.findings()) {
            out.println(f.severity() + " " + f.rule() + " " + f.path() + ": " + f.message(Locale.ENGLISH));
        }
        out.println(report.isValid() ? "valid" : "not valid");
        // end-snippet
        return report;
    }

    /**
     * Runs the example.
     *
     * @param args an optional payload file
     * @throws IOException if the file cannot be read
     */
    public static void main(String[] args) throws IOException {
        byte[] payload = args.length > 0 ? Files.readAllBytes(Path.of(args[0]))
                : PAYLOAD.getBytes(StandardCharsets.UTF_8);
        validate(payload, System.out);
    }
}
