package org.renfang.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.renfang.validation.Fixtures.d;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.renfang.testing.Gen;
import org.renfang.testing.PropertyCheck;
import org.renfang.validation.profile.HolidayCalendar;

/**
 * {@link HolidayCalendar#deadline}: the event day is excluded, a last day on a holiday moves to
 * the next working day (past consecutive holidays), a zero-day deadline is the event day itself.
 */
class HolidayCalendarTest {

    private static HolidayCalendar holidays(String... days) {
        Set<LocalDate> set = new java.util.HashSet<>();
        for (String day : days) {
            set.add(d(day));
        }
        return set::contains;
    }

    @Test
    void none_countsFromDayAfterEvent() {
        assertThat(HolidayCalendar.NONE.deadline(d("2026-03-01"), 3)).isEqualTo(d("2026-03-04"));
        assertThat(HolidayCalendar.NONE.deadline(d("2026-03-01"), 1)).isEqualTo(d("2026-03-02"));
    }

    @Test
    void none_crossesMonthAndLeapDay() {
        assertThat(HolidayCalendar.NONE.deadline(d("2028-02-27"), 3)).isEqualTo(d("2028-03-01"));
        assertThat(HolidayCalendar.NONE.deadline(d("2026-12-30"), 7)).isEqualTo(d("2027-01-06"));
    }

    @Test
    void zeroDays_isEventDay() {
        assertThat(HolidayCalendar.NONE.deadline(d("2026-03-01"), 0)).isEqualTo(d("2026-03-01"));
    }

    @Test
    void zeroDays_onHoliday_doesNotMove() {
        // a same-day duty is due the day of the event, holiday or not
        assertThat(holidays("2026-03-01").deadline(d("2026-03-01"), 0)).isEqualTo(d("2026-03-01"));
    }

    @Test
    void eventDayHoliday_doesNotMoveDeadline() {
        assertThat(holidays("2026-03-01").deadline(d("2026-03-01"), 3)).isEqualTo(d("2026-03-04"));
    }

    @Test
    void holidayInsideTheTerm_doesNotExtendIt() {
        assertThat(holidays("2026-03-02", "2026-03-03").deadline(d("2026-03-01"), 3)).isEqualTo(d("2026-03-04"));
    }

    @Test
    void lastDayHoliday_movesToNextWorkingDay() {
        assertThat(holidays("2026-03-04").deadline(d("2026-03-01"), 3)).isEqualTo(d("2026-03-05"));
    }

    @Test
    void consecutiveHolidays_moveToFirstWorkingDayAfterAll() {
        // 2026 National Day golden week: 10-01 .. 10-07
        HolidayCalendar cal = holidays("2026-10-01", "2026-10-02", "2026-10-03", "2026-10-04", "2026-10-05",
                "2026-10-06", "2026-10-07");
        assertThat(cal.deadline(d("2026-09-28"), 3)).isEqualTo(d("2026-10-08"));
        assertThat(cal.deadline(d("2026-09-24"), 7)).isEqualTo(d("2026-10-08"));
        assertThat(cal.deadline(d("2026-09-23"), 7)).isEqualTo(d("2026-09-30"));
    }

    @Test
    void weekendCalendar_movesSaturdayDeadlineToMonday() {
        HolidayCalendar weekends = day -> day.getDayOfWeek() == DayOfWeek.SATURDAY
                || day.getDayOfWeek() == DayOfWeek.SUNDAY;
        // 2026-03-04 is a Wednesday; +3 days = Saturday 2026-03-07
        assertThat(weekends.deadline(d("2026-03-04"), 3)).isEqualTo(d("2026-03-09"));
    }

    @Test
    void negativeDays_isRejected() {
        assertThatThrownBy(() -> HolidayCalendar.NONE.deadline(d("2026-03-01"), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void nullEvent_isRejected() {
        assertThatThrownBy(() -> HolidayCalendar.NONE.deadline(null, 3)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void everyDayAHoliday_stillTerminates() {
        HolidayCalendar always = day -> true;
        LocalDate deadline = always.deadline(d("2026-03-01"), 3);
        assertThat(deadline).isAfter(d("2026-03-04"));
    }

    @Test
    void deadline_isNeverBeforeEventPlusDays_andNeverAHolidayWhenItMoved() {
        PropertyCheck.forAll(1000, s -> {
            int days = s.draw("days", Gen.ints(0, 3650));
            int epochDay = s.draw("epochDay", Gen.ints(0, 400_000));
            int period = s.draw("period", Gen.ints(2, 9));
            HolidayCalendar every = day -> day.toEpochDay() % period == 0;
            LocalDate event = LocalDate.ofEpochDay(epochDay - 60_000);
            LocalDate deadline = every.deadline(event, days);
            LocalDate plain = event.plusDays(days);
            assertThat(deadline).isAfterOrEqualTo(plain);
            if (days > 0) {
                assertThat(every.isHoliday(deadline)).isFalse();
                for (LocalDate x = plain; x.isBefore(deadline); x = x.plusDays(1)) {
                    assertThat(every.isHoliday(x)).isTrue();
                }
            } else {
                assertThat(deadline).isEqualTo(event);
            }
        });
    }
}
