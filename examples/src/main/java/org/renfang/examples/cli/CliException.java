package org.renfang.examples.cli;

import java.util.Objects;

/**
 * A failure the command line reports as one line on stderr with an exit code: the key of a
 * text in {@link Texts} and its arguments (file names, ids, codes, numbers; never file contents
 * or personal data).
 */
final class CliException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int exitCode;
    private final String key;
    private final transient Object[] args;

    /**
     * Creates an exception.
     *
     * @param exitCode the exit code, 1 or 2
     * @param key      the text key, not null
     * @param args     the text's arguments
     */
    CliException(int exitCode, String key, Object... args) {
        super(key, null, false, false);
        this.exitCode = exitCode;
        this.key = Objects.requireNonNull(key, "key");
        this.args = args.clone();
    }

    /**
     * Creates an exit-code-2 failure: a file that cannot be read or written, or input refused.
     *
     * @param key  the text key, not null
     * @param args the text's arguments
     * @return the exception, not null
     */
    static CliException unusable(String key, Object... args) {
        return new CliException(RenfangCommand.EXIT_USAGE, key, args);
    }

    int exitCode() {
        return exitCode;
    }

    String message(Texts texts) {
        return texts.get(key, args);
    }
}
