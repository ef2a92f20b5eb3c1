package org.renfang.validation.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Each whole-number accessor of a profile answers only for its own type of parameter. */
class WholeNumberParametersTest {

    private final Profile cn = Profiles.load("CN");

    @Test
    void eachAccessorReturnsItsOwnType() {
        assertThat(cn.days(Parameter.RESIDENCE_REGISTRATION_DAYS)).isEqualTo(OptionalInt.of(3));
        assertThat(cn.hours(Parameter.FOREIGNER_REGISTRATION_HOURS)).isEqualTo(OptionalInt.of(24));
        assertThat(cn.count(Parameter.MAX_LEASE_YEARS)).isEqualTo(OptionalInt.of(20));
    }

    @Test
    void anAbsentParameterIsEmpty() {
        assertThat(cn.count(Parameter.GROUP_RENTAL_ROOMS)).isEmpty();
        assertThat(Profiles.load("DE").hours(Parameter.HMT_REGISTRATION_HOURS)).isEmpty();
    }

    @Test
    void daysRejectsHoursAndCounts() {
        assertThatThrownBy(() -> cn.days(Parameter.FOREIGNER_REGISTRATION_HOURS))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("FOREIGNER_REGISTRATION_HOURS is of type HOURS, not DAYS");
        assertThatThrownBy(() -> cn.days(Parameter.RESIDENCE_PERMIT_MONTHS)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void hoursRejectsDaysAndCounts() {
        assertThatThrownBy(() -> cn.hours(Parameter.LEASE_FILING_DAYS)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> cn.hours(Parameter.MAX_LEASE_YEARS)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void countRejectsDaysHoursAndOtherTypes() {
        assertThatThrownBy(() -> cn.count(Parameter.LEASE_FILING_DAYS))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("LEASE_FILING_DAYS is of type DAYS, not COUNT");
        assertThatThrownBy(() -> cn.count(Parameter.HMT_REGISTRATION_HOURS)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> cn.count(Parameter.MIN_AREA_PER_PERSON)).isInstanceOf(IllegalArgumentException.class);
    }
}
