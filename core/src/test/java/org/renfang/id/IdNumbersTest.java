package org.renfang.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.renfang.model.DocumentType;

class IdNumbersTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 3, 1);

    @ParameterizedTest
    @CsvSource({
        "CN_RESIDENT_ID, 11010519491231002X",
        "CN_RESIDENT_ID_15, 110105491231002",
        "CN_HMT_RESIDENCE_PERMIT, 810000199408230021",
        "CN_FOREIGNER_PR, USA310085012345",
        "PASSPORT, E12345678",
        "OTHER, 军官证 No. 1234",
    })
    void eachType_dispatchesToItsRules(DocumentType type, String number) {
        IdCheck check = IdNumbers.check(type, number, AS_OF);

        assertThat(check.type()).isEqualTo(type);
        assertThat(check.reason()).isEqualTo(IdReason.OK);
        assertThat(IdNumbers.isValid(type, number, AS_OF)).isTrue();
    }

    @Test
    void sameNumber_differentType_differentVerdict() {
        assertThat(IdNumbers.check(DocumentType.CN_RESIDENT_ID, "810000199408230021", AS_OF).reason())
                .isEqualTo(IdReason.REGION);
        assertThat(IdNumbers.check(DocumentType.CN_HMT_RESIDENCE_PERMIT, "11010519491231002X", AS_OF).reason())
                .isEqualTo(IdReason.PREFIX);
        assertThat(IdNumbers.check(DocumentType.CN_RESIDENT_ID_15, "11010519491231002X", AS_OF).reason())
                .isEqualTo(IdReason.LENGTH);
    }

    @ParameterizedTest
    @EnumSource(DocumentType.class)
    void nullOrBlank_isEmptyForEveryType(DocumentType type) {
        assertThat(IdNumbers.check(type, null, AS_OF).reason()).isEqualTo(IdReason.EMPTY);
        assertThat(IdNumbers.check(type, "", AS_OF).reason()).isEqualTo(IdReason.EMPTY);
        assertThat(IdNumbers.check(type, " \t\u3000", AS_OF).reason()).isEqualTo(IdReason.EMPTY);
        assertThat(IdNumbers.isValid(type, null, AS_OF)).isFalse();
    }

    @Test
    void nullTypeOrAsOf_throws() {
        assertThatThrownBy(() -> IdNumbers.check(null, "x", AS_OF))
                .isInstanceOf(NullPointerException.class).hasMessage("type");
        assertThatThrownBy(() -> IdNumbers.check(DocumentType.OTHER, "x", null))
                .isInstanceOf(NullPointerException.class).hasMessage("asOf");
        assertThatThrownBy(() -> IdNumbers.isValid(DocumentType.OTHER, "x", null))
                .isInstanceOf(NullPointerException.class).hasMessage("asOf");
    }

    // ------------------------------------------------------------------ OTHER

    @Test
    void other_lengthLimits_inCodePoints() {
        String max = "a".repeat(IdNumbers.OTHER_MAX_LENGTH);
        String supplementaryMax = "\uD842\uDFB7".repeat(IdNumbers.OTHER_MAX_LENGTH); // 𠮷, two chars each

        assertThat(other("1")).isEqualTo(IdReason.OK);
        assertThat(other(max)).isEqualTo(IdReason.OK);
        assertThat(other(max + "a")).isEqualTo(IdReason.LENGTH);
        assertThat(other(supplementaryMax)).isEqualTo(IdReason.OK);
        assertThat(other(supplementaryMax + "a")).isEqualTo(IdReason.LENGTH);
        assertThat(other("a".repeat(10_000))).isEqualTo(IdReason.LENGTH);
    }

    @ParameterizedTest
    @CsvSource({
        "'AB\u0000C'", "'AB\nC'", "'AB\u007FC'", "'AB\u200BC'", "'AB\uE000C'", "'AB\u2028C'",
        "'AB\uD800C'", "'AB\uDC00'", "'AB\u0378'"})
    void other_nonPrintable_isCharset(String number) {
        assertThat(other(number)).isEqualTo(IdReason.CHARSET);
    }

    @Test
    void other_spacesInside_andOtherScripts_pass() {
        assertThat(other("A 12 / 3")).isEqualTo(IdReason.OK);
        assertThat(other("护照号码-Ü")).isEqualTo(IdReason.OK);
    }

    private static IdReason other(String number) {
        return IdNumbers.check(DocumentType.OTHER, number, AS_OF).reason();
    }
}
