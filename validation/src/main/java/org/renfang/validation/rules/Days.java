package org.renfang.validation.rules;

import java.time.LocalDate;

/**
 * The comparisons of days that the rules and the permit assessment share, where an end day may be
 * null for "open" (not moved out, no end).
 *
 * <p>This class is stateless and thread-safe.
 */
public final class Days {

    private Days() {
    }

    /**
     * Returns the later of two days.
     *
     * @param a a day, not null
     * @param b a day, not null
     * @return the later one, not null
     */
    public static LocalDate later(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? b : a;
    }

    /**
     * Returns the earlier of two end days, null standing for an open end.
     *
     * @param a an end day, or null if open
     * @param b an end day, or null if open
     * @return the earlier end, null only if both are open
     */
    public static LocalDate earlierEnd(LocalDate a, LocalDate b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return a.isBefore(b) ? a : b;
    }
}
