package org.renfang.id;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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
    // CN_HK_MACAO_PERMIT: H or M and 8 digits; CN_TAIWAN_PERMIT: 8 digits

    @ParameterizedTest
    @CsvSource({
        "CN_HK_MACAO_PERMIT, H12345678", "CN_HK_MACAO_PERMIT, M00000000", "CN_HK_MACAO_PERMIT, H99999999",
        "CN_HK_MACAO_PERMIT, M80412635",
        "CN_TAIWAN_PERMIT, 12345678", "CN_TAIWAN_PERMIT, 00000000", "CN_TAIWAN_PERMIT, 07315482",
    })
    void valid_withoutFacts(DocumentType type, String number) {
        IdCheck check = IdNumbers.check(type, number, AS_OF);

        assertThat(check.reason()).isEqualTo(IdReason.OK);
        assertThat(check.isValid()).isTrue();
        assertThat(check.type()).isEqualTo(type);
        assertThat(check.birthDate()).isEmpty();
        assertThat(check.sex()).isEmpty();
        assertThat(check.regionCode()).isEmpty();
        assertThat(IdNumbers.isValid(type, number, AS_OF)).isTrue();
        assertThat(type == DocumentType.CN_HK_MACAO_PERMIT ? HmtTravelPermits.checkHongKongMacao(number)
                : HmtTravelPermits.checkTaiwan(number)).isEqualTo(check);
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
