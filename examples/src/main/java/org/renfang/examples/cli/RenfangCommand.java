package org.renfang.examples.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code renfang} command line (README "Command line"): {@code demo}, {@code check},
 * {@code validate}, {@code permit}, {@code rating} and {@code label keygen|issue|read}.
 *
 * <p>Exit codes: {@value #EXIT_OK} for a valid report or a VALID label, {@value #EXIT_INVALID}
 * for a report with an ERROR or a label that is not VALID, {@value #EXIT_USAGE} for a usage
 * error or a file that cannot be read. Failures print one line on stderr, never a stack trace.
 *
 * <pre>{@code
 * int exit = RenfangCommand.commandLine(CliEnvironment.system()).execute("check", "registry.json");
 * }</pre>
 */
@Command(name = "renfang", mixinStandardHelpOptions = true, version = RenfangCommand.VERSION,
        description = "Person–house (人房) registries: check them, validate registrations, "
                + "answer residence-permit questions, rate premises, issue and read door labels.",
        subcommands = {DemoCommand.class, CheckCommand.class, ValidateCommand.class, PermitCommand.class,
                RatingCommand.class, LabelCommand.class, GenerateCommand.class, ConvertCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:valid report, VALID label", "1:report with an ERROR, label not VALID",
                "2:usage error, unreadable file"})
public final class RenfangCommand implements Callable<Integer> {
    /** What {@code --version} prints. */
    public static final String VERSION = "renfang 0.1.0-SNAPSHOT";
    /** Exit code of a valid report or a VALID label. */
    public static final int EXIT_OK = 0;
    /** Exit code of a report with an ERROR or a label that is not VALID. */
    public static final int EXIT_INVALID = 1;
    /** Exit code of a usage error or a file that cannot be read. */
    public static final int EXIT_USAGE = 2;

    /** Held so that its level stays set (loggers are weakly referenced). */
    private static final Logger QUIET_LOGGER = Logger.getLogger("org.hibernate.validator");

    private final CliEnvironment environment;

    @Spec
    CommandSpec spec;

    /** Creates the command in this process's environment. */
    public RenfangCommand() {
        this(CliEnvironment.system());
    }

    /**
     * Creates the command in an environment.
     *
     * @param environment the environment, not null
     */
    public RenfangCommand(CliEnvironment environment) {
        this.environment = Objects.requireNonNull(environment, "environment");
    }

    /** @return the environment, not null */
    public CliEnvironment environment() {
        return environment;
    }

    /**
     * Without a subcommand: a usage error.
     *
     * @return never returns normally
     * @throws ParameterException always
     */
    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "missing command: demo, check, validate, permit, rating or label");
    }

    /**
     * Builds the configured command line: a short message for usage errors (exit 2), and a last
     * handler that turns any exception into one line on stderr (exit 2).
     *
     * @param environment the environment, not null
     * @return the command line, not null; set its out and err writers to capture output
     */
    public static CommandLine commandLine(CliEnvironment environment) {
        CommandLine cl = new CommandLine(new RenfangCommand(environment));
        cl.setParameterExceptionHandler(RenfangCommand::usageError);
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("renfang: internal error (" + e.getClass().getSimpleName() + ")");
            commandLine.getErr().flush();
            return EXIT_USAGE;
        });
        return cl;
    }

    private static int usageError(ParameterException e, String[] args) {
        CommandLine cl = e.getCommandLine();
        PrintWriter err = cl.getErr();
        String message = shownValues(String.valueOf(e.getMessage()), args, cl.getCommandSpec());
        err.println("renfang: " + (message.startsWith("Error: ") ? message.substring("Error: ".length()) : message));
        if (!CommandLine.UnmatchedArgumentException.printSuggestions(e, err)) {
            err.println("Try '" + cl.getCommandSpec().qualifiedName() + " --help' for more information.");
        }
        err.flush();
        return EXIT_USAGE;
    }

    /**
     * Shows the arguments picocli quotes in a usage message ({@code 'x'}) through
     * {@link Shown#value}: the user sees which value was refused, while characters that a log or
     * template downstream would expand ({@code ${jndi:…}}, {@code {0}}, {@code %s}) are shown as
     * {@code ?}. Option and command names are left as they are.
     *
     * @param message the message, not null
     * @param args    the command line's arguments, not null
     * @param spec    the command that failed, not null
     * @return the message with the values made safe to show, not null
     */
    static String shownValues(String message, String[] args, CommandSpec spec) {
        String m = message;
        for (String a : args) {
            if (a == null || a.isEmpty() || spec.findOption(a) != null || spec.subcommands().containsKey(a)) {
                continue;
            }
            int eq = a.indexOf('=');
            if (eq > 0 && spec.findOption(a.substring(0, eq)) != null) {
                String v = a.substring(eq + 1);
                m = m.replace("'" + v + "'", "'" + Shown.value(v) + "'");
            }
            m = m.replace("'" + a + "'", "'" + Shown.value(a) + "'");
        }
        return m;
    }

    /** Keeps stderr free of libraries' informational log lines (Hibernate Validator's version banner). */
    private static void quietLibraryLogging() {
        QUIET_LOGGER.setLevel(Level.WARNING);
    }

    /**
     * Runs the command line with UTF-8 stdout and stderr and exits with its exit code.
     *
     * @param args the arguments, not null
     */
    public static void main(String[] args) {
        quietLibraryLogging();
        CommandLine cl = commandLine(CliEnvironment.system());
        cl.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        cl.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        int exit;
        try {
            exit = cl.execute(args);
        } catch (Throwable e) {
            cl.getErr().println("renfang: internal error (" + e.getClass().getSimpleName() + ")");
            exit = EXIT_USAGE;
        }
        cl.getOut().flush();
        cl.getErr().flush();
        System.exit(exit);
    }
}
