package org.renfang.id;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.renfang.model.DocumentType;

/**
 * The travel permits of Hong Kong, Macao and Taiwan residents (港澳居民来往内地通行证,
 * 台湾居民来往大陆通行证): valid numbers and the edge cases, through {@link IdNumbers} (the
 * path the ID_NUMBER_INVALID rule takes) and through {@link HmtTravelPermits} directly; each
 * failing reason is in {@link IdFailingReasonsTest}.
 */
class HmtTravelPermitsTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 26);

    // -----------------------------------------------------------------------------------------
    // CN_HK_MACAO_PERMIT: H or M and 8 digits

    @ParameterizedTest
    @ValueSource(strings = {"H12345678", "M00000000", "H99999999", "M80412635"})
    void hongKongMacao_valid(String number) {
        IdCheck check = IdNumbers.check(DocumentType.CN_HK_MACAO_PERMIT, number, AS_OF);

        assertThat(check.reason()).isEqualTo(IdReason.OK);
        assertThat(check.isValid()).isTrue();
        assertThat(check.type()).isEqualTo(DocumentType.CN_HK_MACAO_PERMIT);
        assertThat(check.birthDate()).isEmpty();
        assertThat(check.sex()).isEmpty();
        assertThat(check.regionCode()).isEmpty();
        assertThat(IdNumbers.isValid(DocumentType.CN_HK_MACAO_PERMIT, number, AS_OF)).isTrue();
        assertThat(HmtTravelPermits.checkHongKongMacao(number)).isEqualTo(check);
    }

    @Test
    void hongKongMacao_nullIsEmpty_andLengthBoundary() {
        assertThat(IdNumbers.check(DocumentType.CN_HK_MACAO_PERMIT, null, AS_OF).reason()).isEqualTo(IdReason.EMPTY);
        assertThat(HmtTravelPermits.checkHongKongMacao("H" + "1".repeat(HmtTravelPermits.DIGITS)).isValid()).isTrue();
        assertThat(HmtTravelPermits.checkHongKongMacao("H" + "1".repeat(HmtTravelPermits.DIGITS - 1)).reason())
                .isEqualTo(IdReason.LENGTH);
        assertThat(HmtTravelPermits.checkHongKongMacao("H" + "1".repeat(HmtTravelPermits.DIGITS + 1)).reason())
                .isEqualTo(IdReason.LENGTH);
    }

    // -----------------------------------------------------------------------------------------
    // CN_TAIWAN_PERMIT: 8 digits

    @ParameterizedTest
    @ValueSource(strings = {"12345678", "00000000", "07315482"})
    void taiwan_valid(String number) {
        IdCheck check = IdNumbers.check(DocumentType.CN_TAIWAN_PERMIT, number, AS_OF);

        assertThat(check.reason()).isEqualTo(IdReason.OK);
        assertThat(check.type()).isEqualTo(DocumentType.CN_TAIWAN_PERMIT);
        assertThat(check.birthDate()).isEmpty();
        assertThat(check.sex()).isEmpty();
        assertThat(IdNumbers.isValid(DocumentType.CN_TAIWAN_PERMIT, number, AS_OF)).isTrue();
        assertThat(HmtTravelPermits.checkTaiwan(number)).isEqualTo(check);
    }

    @Test
    void taiwan_nullIsEmpty_andNoPrefixReason() {
        assertThat(IdNumbers.check(DocumentType.CN_TAIWAN_PERMIT, null, AS_OF).reason()).isEqualTo(IdReason.EMPTY);
        // a Hong Kong number is not a Taiwan number, and the other way round: length tells
        assertThat(IdNumbers.check(DocumentType.CN_TAIWAN_PERMIT, "H1234567", AS_OF).reason())
                .isEqualTo(IdReason.CHARSET);
        assertThat(IdNumbers.check(DocumentType.CN_HK_MACAO_PERMIT, "12345678", AS_OF).reason())
                .isEqualTo(IdReason.LENGTH);
    }
}
