package org.renfang.id;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.renfang.model.DocumentType;
import org.renfang.model.Sex;

class HmtResidencePermitsTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 3, 1);

    @ParameterizedTest
    @ValueSource(ints = {810000, 820000, 830000})
    void eachPrefix_passes_andIsTheRegionCode(int prefix) {
        String number = TestNumbers.resident18(prefix, 1994, 8, 23, 2);

        IdCheck check = HmtResidencePermits.check(number, AS_OF);

        assertThat(check.reason()).isEqualTo(IdReason.OK);
        assertThat(check.type()).isEqualTo(DocumentType.CN_HMT_RESIDENCE_PERMIT);
        assertThat(check.regionCode()).contains(String.valueOf(prefix));
        assertThat(check.birthDate()).contains(LocalDate.of(1994, 8, 23));
        assertThat(check.sex()).contains(Sex.FEMALE);
        assertThat(HmtResidencePermits.isValid(number, AS_OF)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(ints = {810001, 811000, 840000, 710000, 110105, 800000})
    void otherPrefix_reportsPrefix(int prefix) {
        String number = TestNumbers.resident18(prefix, 1994, 8, 23, 1);

        assertThat(HmtResidencePermits.check(number, AS_OF).reason()).isEqualTo(IdReason.PREFIX);
        assertThat(HmtResidencePermits.isValid(number, AS_OF)).isFalse();
    }

    @Test
    void bornOnAsOf_passes() {
        assertThat(HmtResidencePermits.check(TestNumbers.resident18(820000, 2026, 3, 1, 7), AS_OF).isValid()).isTrue();
    }
}
