package org.renfang.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CreditCodesTest {

    /** The example code used in GB 32100-2015 material and many implementations. */
    private static final String EXAMPLE = "91350100M000100Y43";

    @Test
    void example_passes() {
        assertThat(CreditCodes.check(EXAMPLE)).isEqualTo(CreditCodeReason.OK);
        assertThat(CreditCodes.isValid(EXAMPLE)).isTrue();
    }

    @Test
    void checkCharacterZero_whenSumIsAMultipleOf31() {
        // 17 zeros: weighted sum 0, so (31 - 0) mod 31 = 0.
        assertThat(CreditCodes.checkCharacter("00000000000000000")).isEqualTo('0');
        assertThat(CreditCodes.check("000000000000000000")).isEqualTo(CreditCodeReason.OK);
    }

    @ParameterizedTest
    @CsvSource({
        "'', EMPTY",
        "'                  ', EMPTY",
        "91350100M000100Y4, LENGTH",
        "91350100M000100Y430, LENGTH",
        "91350100m000100Y43, CHARSET",
        "91350100M000100I43, CHARSET",
        "91350100M000100O43, CHARSET",
        "91350100M000100Z43, CHARSET",
        "91350100M000100S43, CHARSET",
        "91350100M000100V43, CHARSET",
        "9135010AM000100Y43, CHARSET",
        "91350100M000100Y4I, CHARSET",
        "91350100M000100Y4-, CHARSET",
        "９1350100M000100Y43, CHARSET",
        "91350100M000100Y44, CHECK_CHARACTER",
        "91350100M000100Y34, CHECK_CHARACTER",
    })
    void failingBranch_reportsItsReason(String code, CreditCodeReason reason) {
        assertThat(CreditCodes.check(code)).isEqualTo(reason);
        assertThat(CreditCodes.isValid(code)).isFalse();
    }

    @Test
    void null_isEmpty() {
        assertThat(CreditCodes.check(null)).isEqualTo(CreditCodeReason.EMPTY);
    }

    @Test
    void checkCharacter_ofTheExample_andBadArguments() {
        assertThat(CreditCodes.checkCharacter("91350100M000100Y4")).isEqualTo('3');
        assertThatThrownBy(() -> CreditCodes.checkCharacter("91350100M000100Y"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("length 16 is not 17");
        assertThatThrownBy(() -> CreditCodes.checkCharacter("9135010AM000100Y4"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("character at index 7 is not allowed there");
        assertThatThrownBy(() -> CreditCodes.checkCharacter(null)).isInstanceOf(NullPointerException.class);
    }
}
