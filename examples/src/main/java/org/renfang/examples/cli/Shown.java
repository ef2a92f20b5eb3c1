package org.renfang.examples.cli;

/**
 * How a value typed on the command line is shown in a usage error: as typed, so that the user
 * sees which value was refused, but only with characters that no logger, template or terminal
 * downstream interprets. Letters (any script), digits, spaces and {@code - _ . : / + , @ = ~}
 * are kept; every other character ({@code $ { } % # * ' " \}, controls, …) is shown as
 * {@code ?}; a value longer than {@value #MAX_LENGTH} characters is cut with {@code …}.
 */
final class Shown {
    /** The most characters of a value shown. */
    static final int MAX_LENGTH = 40;

    private Shown() {
    }

    /**
     * Returns a value as it may be shown.
     *
     * @param value the value as typed, not null
     * @return the value, safe to print, not null
     */
    static String value(String value) {
        StringBuilder b = new StringBuilder(Math.min(value.length(), MAX_LENGTH + 1));
        int shown = 0;
        for (int i = 0; i < value.length(); ) {
            int c = value.codePointAt(i);
            i += Character.charCount(c);
            if (shown == MAX_LENGTH) {
                b.append('…');
                break;
            }
            b.appendCodePoint(isKept(c) ? c : '?');
            shown++;
        }
        return b.toString();
    }

    private static boolean isKept(int c) {
        return Character.isLetterOrDigit(c) || c == ' ' || "-_.:/+,@=~".indexOf(c) >= 0;
    }
}
