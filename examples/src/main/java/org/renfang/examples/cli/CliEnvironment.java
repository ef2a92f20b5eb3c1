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
 * @param columns        the width of the terminal in columns, which the progress bar fills;
 *                       {@value #DEFAULT_COLUMNS} where it cannot be told, at least {@value #MIN_COLUMNS}
 */
public record CliEnvironment(Clock clock, Locale locale, boolean stdoutTerminal, boolean stderrTerminal,
        Path workingDir, int columns) {
    /** The width assumed when the terminal's cannot be told. */
    public static final int DEFAULT_COLUMNS = 80;
    /** The narrowest width used: a narrower terminal still gets a bar this wide (it wraps). */
    public static final int MIN_COLUMNS = 40;
    /** The widest width used. */
    public static final int MAX_COLUMNS = 400;

    /**
     * Checks the components.
     *
     * @param clock          the clock, not null
     * @param locale         the locale, not null
     * @param stdoutTerminal whether stdout is a terminal
     * @param stderrTerminal whether stderr is a terminal
     * @param workingDir     the working directory, not null
     * @param columns        the terminal width; clamped to {@value #MIN_COLUMNS}..{@value #MAX_COLUMNS}
     */
    public CliEnvironment {
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(workingDir, "workingDir");
        columns = Math.max(MIN_COLUMNS, Math.min(MAX_COLUMNS, columns));
    }

    /**
     * Creates an environment whose terminal width is {@value #DEFAULT_COLUMNS} columns.
     *
     * @param clock          the clock, not null
     * @param locale         the locale, not null
     * @param stdoutTerminal whether stdout is a terminal
     * @param stderrTerminal whether stderr is a terminal
     * @param workingDir     the working directory, not null
     */
    public CliEnvironment(Clock clock, Locale locale, boolean stdoutTerminal, boolean stderrTerminal,
            Path workingDir) {
        this(clock, locale, stdoutTerminal, stderrTerminal, workingDir, DEFAULT_COLUMNS);
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
        boolean stderr = isTerminal(2);
        return new CliEnvironment(Clock.systemDefaultZone(), Locale.getDefault(), colour, stderr,
                Path.of("").toAbsolutePath(), stderr ? terminalColumns(System.getenv("COLUMNS")) : DEFAULT_COLUMNS);
    }

    /**
     * Tells the width of the terminal: {@code COLUMNS} when the shell exports it, else what
     * {@code stty size} says of the controlling terminal ({@code /dev/tty}), else
     * {@value #DEFAULT_COLUMNS}.
     *
     * @param columnsVariable the value of {@code COLUMNS}, or null
     * @return the width in columns, positive
     */
    static int terminalColumns(String columnsVariable) {
        int fromVariable = parseColumns(columnsVariable);
        if (fromVariable > 0) {
            return fromVariable;
        }
        Path tty = Path.of("/dev/tty");
        if (!Files.isReadable(tty)) {
            return DEFAULT_COLUMNS;
        }
        try {
            Process stty = new ProcessBuilder("stty", "size").redirectInput(tty.toFile())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String answer = new String(stty.getInputStream().readNBytes(64), java.nio.charset.StandardCharsets.US_ASCII);
            if (!stty.waitFor(2, java.util.concurrent.TimeUnit.SECONDS)) {
                stty.destroy();
                return DEFAULT_COLUMNS;
            }
            String[] rowsColumns = answer.trim().split("\\s+");
            int columns = rowsColumns.length == 2 ? parseColumns(rowsColumns[1]) : -1;
            return columns > 0 ? columns : DEFAULT_COLUMNS;
        } catch (IOException | RuntimeException e) {
            return DEFAULT_COLUMNS;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return DEFAULT_COLUMNS;
        }
    }

    /**
     * Reads a column count.
     *
     * @param text the text, or null
     * @return the count, or -1 if the text is not a positive number of at most 5 digits
     */
    static int parseColumns(String text) {
        if (text == null || !text.trim().matches("[0-9]{1,5}")) {
            return -1;
        }
        int n = Integer.parseInt(text.trim());
        return n > 0 ? n : -1;
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
        return new CliEnvironment(clock, locale, stdout, stderr, workingDir, columns);
    }

    /**
     * Returns a copy with another terminal width.
     *
     * @param width the width in columns; clamped to {@value #MIN_COLUMNS}..{@value #MAX_COLUMNS}
     * @return the environment, not null
     */
    public CliEnvironment withColumns(int width) {
        return new CliEnvironment(clock, locale, stdoutTerminal, stderrTerminal, workingDir, width);
    }
}
