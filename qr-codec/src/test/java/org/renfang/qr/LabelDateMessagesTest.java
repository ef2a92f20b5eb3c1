package org.renfang.qr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.renfang.model.PremisesId;
import org.renfang.qr.internal.LabelFields;

/** Messages about label days name dates, never counts of days since 1970. */
class LabelDateMessagesTest {

    @Test
    void expiryBeforeIssue_namesBothDates() {
        assertThatThrownBy(() -> DoorLabel.of("650203", PremisesId.of("H1"), 1, LocalDate.of(2026, 11, 26),
                LocalDate.of(2026, 11, 25)))
                .isInstanceOf(LabelException.class)
                .hasMessageContaining("expiry day 2026-11-25 is outside 2026-11-26..9999-12-31")
                .hasMessageNotContaining("20417");
    }

    @Test
    void issueBefore1970_namesTheDate() {
        assertThatThrownBy(() -> DoorLabel.of("650203", PremisesId.of("H1"), 1, LocalDate.of(1969, 12, 30), null))
                .isInstanceOf(LabelException.class)
                .hasMessageContaining("issue day 1969-12-30 is outside 1970-01-01..9999-12-31");
    }

    @Test
    void day_isADate_orADayCountOnlyBeyondTheRangeOfDates() {
        assertThat(LabelFields.day(0)).isEqualTo("1970-01-01");
        assertThat(LabelFields.day(LabelFields.MAX_EPOCH_DAY)).isEqualTo("9999-12-31");
        assertThat(LabelFields.day(Long.MAX_VALUE)).isEqualTo("day " + Long.MAX_VALUE);
    }
}
