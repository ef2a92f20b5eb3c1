package org.renfang.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import org.renfang.registry.RegistryView;
import org.renfang.validation.Report;
import org.renfang.validation.Validator;
import org.renfang.validation.profile.Profile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code renfang validate}: validates a registration payload against a context registry (or
 * none) and prints the report. Exits 0 when the payload is accepted (no DATA finding is an
 * ERROR), even where it shows a lessor's or employer's breach: the text lists the records to
 * correct, then the compliance findings grouped by the party who must act.
 */
@Command(name = "validate", mixinStandardHelpOptions = true, version = RenfangCommand.VERSION,
        description = "Validate a registration payload against a context registry and print the report.")
final class ValidateCommand extends ReportCommand {
    @Option(names = {"--registry", "--context"}, paramLabel = "REGISTRY.json",
            description = "The registry of existing records the payload is checked against (default: none). "
                    + "--context is the former name, still accepted.")
    Path context;

    @Parameters(paramLabel = "PAYLOAD.json", description = "The registration payload (at most 1 MiB).")
    Path payload;

    @Override
    int run() {
        Profile p = judgement.profile.resolve(env());
        LocalDate day = judgement.asOf.resolve(env());
        Validator validator = Validator.builder().profile(p).labelVerifier(judgement.keys.verifier(env())).build();
        Path payloadFile = resolve(payload);
        Inputs.requireReadableFile(payloadFile);
        RegistryView view = RegistryView.empty();
        if (context != null) {
            view = readRegistry(context).registry();
        }
        Report report;
        try (InputStream in = Inputs.open(payloadFile)) {
            report = validator.validate(in, view, day);
        } catch (IOException | UncheckedIOException e) {
            throw Inputs.readFailed(payloadFile);
        }
        print(report, p);
        // 人来有登记: a truthful registration is accepted although it shows someone else's breach
        return report.isAccepted() ? RenfangCommand.EXIT_OK : RenfangCommand.EXIT_INVALID;
    }
}
