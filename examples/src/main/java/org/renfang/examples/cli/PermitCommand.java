package org.renfang.examples.cli;

import java.io.IOException;
import java.time.LocalDate;
import org.renfang.model.PersonId;
import org.renfang.registry.Registry;
import org.renfang.validation.permit.PermitAssessment;
import org.renfang.validation.permit.ResidencePermits;
import org.renfang.validation.profile.Profile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code renfang permit}: whether a person may apply for a residence permit on a date: the 居住证
 * for a national from another city, the 港澳台居民居住证 for a resident of Hong Kong, Macao or Taiwan.
 * The text or JSON says which permit was assessed ({@code "permit"}), or why none was (foreigner,
 * local resident, profile without the permit).
 */
@Command(name = "permit", mixinStandardHelpOptions = true, version = RenfangCommand.VERSION,
        description = "Assess residence-permit (居住证, or 港澳台居民居住证 for Hong Kong, Macao and Taiwan residents) "
                + "eligibility of a person on a date.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:eligible", "1:not eligible (or unknown person, foreigner, local resident, or no permit "
                + "in the profile)", "2:usage error, unreadable file"})
final class PermitCommand extends BaseCommand {
    @Mixin
    Options.RegistryFile registry;

    @Option(names = "--person", paramLabel = "ID", required = true, converter = Converters.Person.class,
            description = "The person's id.")
    PersonId person;

    @Option(names = "--on", paramLabel = "DATE", converter = Converters.Date.class,
            description = "The day of the application (default: today).")
    LocalDate on;

    @Mixin
    Options.ProfileOption profile;
    @Mixin
    Options.Output output;

    @Override
    int run() throws IOException {
        Profile p = profile.resolve(env());
        LocalDate day = on != null ? on : LocalDate.now(env().clock());
        Registry r = readRegistry(registry.file).registry();
        PermitAssessment a = ResidencePermits.assess(r, person, day, p);
        print(output.format(), a::writeJson, a::toText);
        return a.isEligible() ? RenfangCommand.EXIT_OK : RenfangCommand.EXIT_INVALID;
    }
}
