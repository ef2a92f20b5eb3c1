package org.renfang.examples.cli;

import java.io.IOException;
import java.nio.file.Files;
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
     * locale, which of stdout and stderr are terminals (colour off when {@code NO_COLOR} is set or
     * {@code TERM} is {@code dumb}), and the current directory.
     *
     * @return the environment, not null
     */
    public static CliEnvironment system() {
        String term = System.getenv("TERM");
        boolean colour = isTerminal(1) && System.getenv("NO_COLOR") == null && !"dumb".equals(term);
        return new CliEnvironment(Clock.systemDefaultZone(), Locale.getDefault(), colour, isTerminal(2),
                Path.of("").toAbsolutePath());
    }

    /**
     * Tells whether a standard stream is a terminal: on Linux from what {@code /proc/self/fd/N}
     * links to, so that stderr counts as a terminal while stdout is redirected to a file;
     * elsewhere from {@link System#console()}, which needs stdin and stdout to be terminals.
     *
     * @param fd 1 for stdout, 2 for stderr
     * @return true if a terminal
     */
    static boolean isTerminal(int fd) {
        Path link = Path.of("/proc/self/fd/" + fd);
        try {
            String target = Files.readSymbolicLink(link).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return System.console() != null;
        }
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
