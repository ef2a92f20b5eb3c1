package org.renfang.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.renfang.label.LabelVerifier;
import org.renfang.qr.KeyRing;
import org.renfang.qr.LabelReader;
import org.renfang.qr.RevocationList;
import org.renfang.validation.profile.Profile;
import org.renfang.validation.profile.ProfileException;
import org.renfang.validation.profile.ProfileProblem;
import org.renfang.validation.profile.Profiles;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The options several commands share, as picocli mixins.
 */
final class Options {
    /** The profile used when {@code --profile} is absent. */
    static final String DEFAULT_PROFILE = "CN";

    private Options() {
    }

    /** {@code --profile CODE|FILE}. */
    static final class ProfileOption {
        @Option(names = "--profile", paramLabel = "CODE",
                description = "Jurisdiction profile: CN, CN-11, CN-31, CN-4403, CN-6502, DE, or a profile JSON file "
                        + "(default: CN).")
        String profile;

        /**
         * Loads the profile: a shipped code, else a profile file.
         *
         * @param env the environment, not null
         * @return the profile, not null
         * @throws CliException if neither a shipped code nor a readable, valid profile file
         */
        Profile resolve(CliEnvironment env) {
            String code = profile == null ? DEFAULT_PROFILE : profile.trim();
            if (Profiles.SHIPPED.contains(code)) {
                return Profiles.load(code);
            }
            Path file = env.workingDir().resolve(code);
            if (!code.endsWith(".json") || !java.nio.file.Files.isRegularFile(file)) {
                throw CliException.unusable("error.profileUnknown", String.join(", ", Profiles.SHIPPED));
            }
            try (InputStream in = Inputs.open(file)) {
                return Profiles.read(in);
            } catch (ProfileException e) {
                throw CliException.unusable("error.profileInvalid", code, e.problems().size(), listing(e.problems()));
            } catch (IOException e) {
                throw Inputs.readFailed(file);
            }
        }
    }

    /** The most problems of a profile file listed; the count says how many there are. */
    static final int MAX_PROFILE_PROBLEMS = 20;

    /**
     * Lists a profile file's problems, one per line, each indented: the JSON Pointer of the
     * value (shown through {@link Shown#value}, as it comes from the file) and what is wrong.
     *
     * @param problems the problems, not null
     * @return the lines, each starting with a line break, not null
     */
    static String listing(List<ProfileProblem> problems) {
        StringBuilder b = new StringBuilder();
        int n = 0;
        for (ProfileProblem p : problems) {
            if (n++ == MAX_PROFILE_PROBLEMS) {
                b.append(System.lineSeparator()).append("  …");
                break;
            }
            String at = p.pointer().isEmpty() ? "/" : Shown.value(p.pointer());
            b.append(System.lineSeparator()).append("  ").append(at).append(": ").append(p.detail());
        }
        return b.toString();
    }

    /**
     * The registry of {@code check}: {@code --registry FILE} (the name every command uses) or
     * the file as the last argument (the short form), exactly one of them.
     *
     * @param spec       the command, not null
     * @param option     the value of {@code --registry}, or null
     * @param positional the last argument, or null
     * @return the file as given, not null
     * @throws ParameterException if neither or both are given (a usage error, exit 2)
     */
    static Path oneRegistry(CommandSpec spec, Path option, Path positional) {
        if (option != null && positional != null) {
            throw new ParameterException(spec.commandLine(),
                    "give the registry once: --registry REGISTRY.json or REGISTRY.json");
        }
        if (option == null && positional == null) {
            throw new ParameterException(spec.commandLine(), "missing the registry: --registry REGISTRY.json");
        }
        return option != null ? option : positional;
    }

    /** {@code --registry FILE}, required: the registry a question is answered from ({@code permit}, {@code rating}). */
    static final class RegistryFile {
        @Option(names = "--registry", paramLabel = "REGISTRY.json", required = true, description = "The registry.")
        Path file;
    }

    /** {@code --as-of DATE}. */
    static final class AsOfOption {
        @Option(names = "--as-of", paramLabel = "DATE", converter = Converters.Date.class,
                description = "The day the registry is judged on (default: today).")
        LocalDate asOf;

        LocalDate resolve(CliEnvironment env) {
            return asOf != null ? asOf : LocalDate.now(env.clock());
        }
    }

    /**
     * {@code --profile}, {@code --as-of} and {@code --keys}: what a registry is judged by (the
     * rules of a jurisdiction, the day, the keys that verify visits' door labels).
     */
    static final class Judgement {
        @Mixin
        ProfileOption profile;
        @Mixin
        AsOfOption asOf;
        @Mixin
        KeysOption keys;
    }

    /** {@code --format text|json}. */
    static final class FormatOption {
        @Option(names = "--format", paramLabel = "text|json", converter = Converters.Format.class,
                description = "text for people (default), json for machines.")
        OutputFormat format = OutputFormat.TEXT;
    }

    /** {@code --format} and {@code --lang}: how a command prints its result. */
    static final class Output {
        @Mixin
        FormatOption format;
        @Mixin
        LangOption lang;

        /** @return the format asked for, text without {@code --format}, not null */
        OutputFormat format() {
            return format.format;
        }
    }

    /** {@code --lang zh-CN|en}. */
    static final class LangOption {
        @Option(names = "--lang", paramLabel = "zh-CN|en", converter = Converters.Language.class,
                description = "Language of messages (default: the system language, Chinese → zh-CN, else en).")
        Lang lang;
    }

    /** {@code --responsible ROLE[:PARTY]}. */
    static final class ResponsibleOption {
        @Option(names = "--responsible", paramLabel = "ROLE[:PARTY]", converter = Converters.Who.class,
                description = "Print only the findings of one responsible party: a role (RESIDENT, LESSOR, OWNER, "
                        + "EMPLOYER, SCHOOL, HOTEL_OPERATOR, AGENCY, RECORDER), optionally with the party "
                        + "(LESSOR:person:P5, EMPLOYER:organization:O2). The exit code still judges the whole report.")
        org.renfang.validation.finding.Responsible who;

        /**
         * Returns the report to print: the findings of the party, or all without the option.
         *
         * @param report the whole report, not null
         * @return the report to print, not null
         */
        org.renfang.validation.Report filter(org.renfang.validation.Report report) {
            return who == null ? report : report.only(who);
        }
    }

    /** {@code --keys DIR}. */
    static final class KeysOption {
        @Option(names = "--keys", paramLabel = "DIR",
                description = "Verify visits' door labels with every *.pub.pem public key in DIR.")
        Path keys;

        /**
         * Builds the label verifier of the keys, if any.
         *
         * @param env the environment, not null
         * @return the verifier, or null without {@code --keys}
         * @throws CliException if DIR is missing or holds no public key
         */
        LabelVerifier verifier(CliEnvironment env) {
            if (keys == null) {
                return null;
            }
            return LabelReader.of(keyRing(env, keys), RevocationList.empty());
        }
    }

    /**
     * Loads the public keys of a directory.
     *
     * @param env the environment, not null
     * @param dir the directory as given, not null
     * @return the ring, not null, with at least one key
     * @throws CliException if DIR is missing or holds no public key
     */
    static KeyRing keyRing(CliEnvironment env, Path dir) {
        Path d = env.workingDir().resolve(dir);
        Inputs.requireDirectory(d);
        KeyRing ring = KeyRing.load(d);
        if (ring.size() == 0) {
            throw CliException.unusable("error.noPublicKey", dir.toString());
        }
        return ring;
    }
}
