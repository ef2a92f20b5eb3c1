package org.renfang.examples.cli;

import java.util.Locale;

/**
 * The output formats of {@code --format}: text for people, JSON for machines.
 */
public enum OutputFormat {
    /** Readable text, grouped by severity, coloured on a terminal. */
    TEXT,
    /** JSON only, nothing else on stdout. */
    JSON;

    /**
     * Parses a format name.
     *
     * @param name {@code text} or {@code json}, any case, not null
     * @return the format, not null
     * @throws IllegalArgumentException if the name is neither
     */
    public static OutputFormat parse(String name) {
        switch (name.trim().toLowerCase(Locale.ROOT)) {
            case "text":
                return TEXT;
            case "json":
                return JSON;
            default:
                throw new IllegalArgumentException("format must be text or json");
        }
    }
}
