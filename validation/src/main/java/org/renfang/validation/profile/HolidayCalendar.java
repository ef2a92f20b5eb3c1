package org.renfang.validation.profile;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Tells which days are not working days. A deadline counted in days that falls on a
 * holiday moves to the next working day. None is shipped: a host supplies its own.
 *
 * <p>Implementations must be immutable and thread-safe.
 */
@FunctionalInterface
public interface HolidayCalendar {

    /** A calendar without holidays: deadlines never move. */
    HolidayCalendar NONE = day -> false;

    /**
     * Returns whether a day is a holiday (not a working day).
     *
     * @param day the day, not null
     * @return true if deadlines falling on it move on
     */
    boolean isHoliday(LocalDate day);

    /**
     * Returns the last day of a deadline of some days after an event: the event day is
     * excluded, and a last day on a holiday moves to the next working day.
     *
     * @param event the event day, not null
     * @param days  the deadline in days, not negative
     * @return the last day on which the act is on time, not null
     */
    default LocalDate deadline(LocalDate event, int days) {
        Objects.requireNonNull(event, "event");
        if (days < 0) {
            throw new IllegalArgumentException("days " + days + " is negative");
        }
        LocalDate d = event.plusDays(days);
        int guard = 0;
        while (days > 0 && isHoliday(d) && guard++ < 366) {
            d = d.plusDays(1);
        }
        return d;
    }
}
