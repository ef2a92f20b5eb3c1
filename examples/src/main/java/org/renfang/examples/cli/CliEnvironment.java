package org.renfang.examples.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Objects;

/**
 * What the command line takes from the machine it runs on: the clock, the default language,
 * whether stdout and stderr are terminals (colour and progress are shown only there), and the
 * working directory. Tests replace it to run commands in-process with a fixed clock.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param clock          the clock that gives today and now, not null
 * @param locale         the default language of text output, not null; Chinese gives zh-CN, any other en
 * @param stdoutTerminal true if stdout is a terminal (colour allowed)
 * @param stderrTerminal true if stderr is a terminal (progress shown)
 * @param workingDir     the directory relative paths and the demo output start from, not null
 */
public record CliEnvironment(Clock clock, Locale locale, boolean stdoutTerminal, boolean stderrTerminal,
        Path workingDir) {

    /**
     * Checks the components.
     *
     * @param clock          the clock, not null
     * @param locale         the locale, not null
     * @param stdoutTerminal whether stdout is a terminal
     * @param stderrTerminal whether stderr is a terminal
     * @param workingDir     the working directory, not null
     */
    public CliEnvironment {
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(workingDir, "workingDir");
    }

    /**
     * Returns the environment of this process: the system clock in the default zone, the default
     * locale, terminals as far as {@link System#console()} tells (colour off when {@code NO_COLOR}
     * is set), and the current directory.
     *
     * @return the environment, not null
     */
    public static CliEnvironment system() {
        boolean terminal = System.console() != null;
        boolean colour = terminal && System.getenv("NO_COLOR") == null;
        return new CliEnvironment(Clock.systemDefaultZone(), Locale.getDefault(), colour, terminal,
                Path.of("").toAbsolutePath());
    }

    /**
     * Returns an environment for tests and embedding: nothing is a terminal.
     *
     * @param clock  the clock, not null
     * @param locale the default language, not null
     * @param dir    the working directory, not null
     * @return the environment, not null
     */
    public static CliEnvironment of(Clock clock, Locale locale, Path dir) {
        return new CliEnvironment(clock, locale, false, false, dir);
    }

    /**
     * Returns a copy with other terminal flags.
     *
     * @param stdout whether stdout is a terminal
     * @param stderr whether stderr is a terminal
     * @return the environment, not null
     */
    public CliEnvironment withTerminals(boolean stdout, boolean stderr) {
        return new CliEnvironment(clock, locale, stdout, stderr, workingDir);
    }
}
