package org.renfang.examples.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.renfang.model.source.JsonProblem;
import org.renfang.qr.LabelException;
import org.renfang.validation.Report;
import org.renfang.validation.profile.Profile;
import org.renfang.validation.profile.ProfileException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The frame of every command: the environment, stdout and stderr, the language, and the
 * mapping of failures to a one-line message on stderr and an exit code (never a stack trace).
 */
abstract class BaseCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    /**
     * Runs the command.
     *
     * @return the exit code: 0 valid, 1 not valid
     * @throws Exception any failure; mapped to a message and exit code 2 (or the code of a {@link CliException})
     */
    abstract int run() throws Exception;

    /**
     * Returns the language chosen by {@code --lang}, if the command has that option (the
     * {@link Options.LangOption} mixin, itself or inside another mixin such as
     * {@link Options.Output}).
     *
     * @return the language, or null for the system language
     */
    Lang langOption() {
        Options.LangOption option = langMixin(spec);
        return option == null ? null : option.lang;
    }

    private static Options.LangOption langMixin(CommandSpec command) {
        for (CommandSpec mixin : command.mixins().values()) {
            if (mixin.userObject() instanceof Options.LangOption option) {
                return option;
            }
            Options.LangOption nested = langMixin(mixin);
            if (nested != null) {
                return nested;
            }
        }
        return null;
    }

    @Override
    public final Integer call() {
        try {
            return run();
        } catch (ParameterException e) {
            throw e;                                   // a usage error found late: picocli's usage handler prints it
        } catch (CliException e) {
            return fail(e.exitCode(), e.message(texts()));
        } catch (LabelException e) {
            return fail(RenfangCommand.EXIT_USAGE, texts().get("error.label", e.code().name(), e.getMessage()));
        } catch (ProfileException e) {
            return fail(RenfangCommand.EXIT_USAGE, texts().get("error.profileUnknown",
                    String.join(", ", org.renfang.validation.profile.Profiles.SHIPPED)));
        } catch (UncheckedIOException e) {
            return fail(RenfangCommand.EXIT_USAGE, texts().get("error.io"));
        } catch (OutOfMemoryError e) {
            return fail(RenfangCommand.EXIT_USAGE, texts().get("error.memory"));
        } catch (Exception | LinkageError | StackOverflowError e) {
            return fail(RenfangCommand.EXIT_USAGE, texts().get("error.internal", e.getClass().getSimpleName()));
        } finally {
            out().flush();
            err().flush();
        }
    }

    private int fail(int code, String message) {
        out().flush();
        err().println("renfang: " + message);
        return code;
    }

    /** @return the environment of the root command, not null */
    CliEnvironment env() {
        return ((RenfangCommand) spec.root().userObject()).environment();
    }

    /** @return stdout, not null */
    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    /** @return stderr, not null */
    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** @return the language of text output, not null */
    Lang lang() {
        Lang l = langOption();
        return l != null ? l : Lang.of(env().locale());
    }

    /** @return the texts of the language, not null */
    Texts texts() {
        return Texts.of(lang());
    }

    /**
     * Prints a report as {@code --format} asks: JSON, or text under the profile.
     *
     * @param report  the report to print, not null
     * @param format  the format, not null
     * @param profile the profile the report was made under, not null
     */
    void print(Report report, OutputFormat format, Profile profile) {
        if (format == OutputFormat.JSON) {
            ReportPrinter.json(report, lang(), out());
        } else {
            ReportPrinter.text(report, profile, texts(), ansi(), out());
        }
    }

    /**
     * Prints one result (a permit assessment, a premises rating) as {@code --format} asks: its JSON
     * document or its text, in the language of {@link #lang()}.
     *
     * @param format the format, not null
     * @param json   writes the JSON document to a stream in a language, not null
     * @param text   the text in a language, not null
     * @throws IOException if stdout fails
     */
    void print(OutputFormat format, BiConsumer<OutputStream, Locale> json, Function<Locale, String> text)
            throws IOException {
        Locale locale = lang().locale();
        if (format == OutputFormat.JSON) {
            try (WriterOutputStream w = new WriterOutputStream(out())) {
                json.accept(w, locale);
            }
        } else {
            out().print(text.apply(locale));
        }
        out().flush();
    }

    /** @return colours for stdout, on only when stdout is a terminal, not null */
    Ansi ansi() {
        return Ansi.of(env().stdoutTerminal());
    }

    /**
     * Streams and indexes a registry file, with a progress bar on stderr when it is a terminal. A
     * file that is not a well-formed registry document is refused; records that could not be read
     * are left out with a warning on stderr ({@code renfang check} reports them).
     *
     * @param given the file as given on the command line, not null
     * @return the registry and timings, not null
     * @throws CliException if the file cannot be read or is not well-formed JSON
     */
    Inputs.LoadedRegistry readRegistry(Path given) {
        Path file = resolve(given);
        Inputs.requireReadableFile(file);
        Texts t = texts();
        Inputs.LoadedRegistry loaded;
        try (Progress progress = Progress.of(env(), err(), t.get("progress.reading"), Inputs.size(file))) {
            loaded = Inputs.readRegistry(file, progress, t.get("progress.indexing"));
        }
        List<JsonProblem> problems = loaded.registry().readProblems();
        for (JsonProblem p : problems) {
            if (p.kind() == JsonProblem.Kind.MALFORMED) {
                throw CliException.unusable("error.registryMalformed", given.toString());
            }
        }
        if (!problems.isEmpty()) {
            err().println("renfang: " + t.get("warning.registryProblems", given.toString(), problems.size()));
            err().flush();
        }
        return loaded;
    }

    /**
     * Resolves a path given on the command line against the working directory.
     *
     * @param p the path, not null
     * @return the path, not null
     */
    Path resolve(Path p) {
        return env().workingDir().resolve(p);
    }
}
