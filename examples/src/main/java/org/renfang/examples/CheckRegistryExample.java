package org.renfang.examples;

import java.io.BufferedInputStream;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.Locale;
import org.renfang.model.json.RegistryReader;
import org.renfang.model.source.ReadResult;
import org.renfang.registry.Registry;
import org.renfang.validation.Report;
import org.renfang.validation.Validator;
import org.renfang.validation.finding.Finding;
import org.renfang.validation.finding.Severity;
import org.renfang.validation.profile.Profiles;

/**
 * Checks a whole registry for consistency (人房一致): streams the document record by record,
 * indexes it, runs every rule of a jurisdiction profile and prints the errors.
 *
 * <p>Run: {@code java … org.renfang.examples.CheckRegistryExample [REGISTRY.json [PROFILE]]};
 * without arguments it checks the bundled sample under CN-31 as of 2026-11-26.
 */
public final class CheckRegistryExample {

    private CheckRegistryExample() {
    }

    /**
     * Reads, indexes and checks a registry, and prints the counts and the errors.
     *
     * @param registryJson the registry document, not null; not closed
     * @param profile      a shipped profile code, such as {@code CN-31}, not null
     * @param asOf         the day the registry is judged on, not null
     * @param out          where the lines go, not null
     * @return the report, not null
     */
    public static Report check(InputStream registryJson, String profile, LocalDate asOf, PrintStream out) {
        ReadResult read = RegistryReader.readRegistry(registryJson);   // streams; problems become findings
        Registry registry = Registry.of(read);                          // indexes, keeps source pointers
        Report report = Validator.of(Profiles.load(profile)).check(registry, asOf);
        out.println(report.profile() + " " + report.asOf() + ": " + report.counts());
        for (Finding f : report.findings()) {
            if (f.severity() == Severity.ERROR) {
                out.println(f.path() + " " + f.rule() + " " + f.subjects() + ": " + f.message(Locale.ENGLISH));
            }
        }
        return report;
    }

    /**
     * Runs the example.
     *
     * @param args an optional registry file and profile code
     * @throws IOException if the file cannot be read
     */
    public static void main(String[] args) throws IOException {
        String profile = args.length > 1 ? args[1] : "CN-31";
        try (InputStream in = args.length > 0 ? new BufferedInputStream(new FileInputStream(args[0]), 1 << 16)
                : Sample.open()) {
            Report report = check(in, profile, Sample.AS_OF, System.out);
            System.out.println(report.isValid() ? "valid" : "not valid");
        }
    }
}
