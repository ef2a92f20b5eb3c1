package org.renfang.examples.cli;

/**
 * ANSI colours for text output, switched off when stdout is not a terminal.
 *
 * <p>This class is immutable and thread-safe.
 */
final class Ansi {
    static final Ansi OFF = new Ansi(false);
    static final Ansi ON = new Ansi(true);

    private static final String RESET = "\u001b[0m";

    private final boolean on;

    private Ansi(boolean on) {
        this.on = on;
    }

    static Ansi of(boolean on) {
        return on ? ON : OFF;
    }

    String red(String s) {
        return wrap("\u001b[31m", s);
    }

    String yellow(String s) {
        return wrap("\u001b[33m", s);
    }

    String cyan(String s) {
        return wrap("\u001b[36m", s);
    }

    String green(String s) {
        return wrap("\u001b[32m", s);
    }

    String bold(String s) {
        return wrap("\u001b[1m", s);
    }

    String dim(String s) {
        return wrap("\u001b[2m", s);
    }

    private String wrap(String code, String s) {
        return on ? code + s + RESET : s;
    }
}
