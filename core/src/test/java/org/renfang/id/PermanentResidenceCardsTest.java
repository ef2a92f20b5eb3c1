package org.renfang.id;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.renfang.model.DocumentType;

class PermanentResidenceCardsTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 3, 1);

    @Test
    void form2017_threeLettersTwelveDigits_passesWithoutFacts() {
        IdCheck check = PermanentResidenceCards.check("USA310085012345", AS_OF);

        assertThat(check.reason()).isEqualTo(IdReason.OK);
        assertThat(check.type()).isEqualTo(DocumentType.CN_FOREIGNER_PR);
        assertThat(check.birthDate()).isEmpty();
        assertThat(check.regionCode()).isEmpty();
        assertThat(check.sex()).isEmpty();
    }

    @Test
    void form2023_passes_withBirthDateAndProvince_noSex() {
        String number = TestNumbers.resident18(931840, 1985, 1, 12, 3); // 9, Shanghai, nationality 840

        IdCheck check = PermanentResidenceCards.check(number, AS_OF);

        assertThat(check.reason()).isEqualTo(IdReason.OK);
        assertThat(check.birthDate()).contains(LocalDate.of(1985, 1, 12));
        assertThat(check.regionCode()).contains("310000");
        assertThat(check.sex()).isEmpty();
        assertThat(PermanentResidenceCards.isValid(number, AS_OF)).isTrue();
    }

    @Test
    void form2023_failingBranches() {
        assertThat(PermanentResidenceCards.check(TestNumbers.resident18(131840, 1985, 1, 12, 3), AS_OF).reason())
                .as("no leading 9").isEqualTo(IdReason.PREFIX);
        assertThat(PermanentResidenceCards.check(TestNumbers.resident18(981840, 1985, 1, 12, 3), AS_OF).reason())
                .as("province 81").isEqualTo(IdReason.REGION);
        assertThat(PermanentResidenceCards.check(TestNumbers.resident18(931840, 1985, 2, 29, 3), AS_OF).reason())
                .isEqualTo(IdReason.BIRTH_DATE);
        assertThat(PermanentResidenceCards.check(TestNumbers.resident18(931840, 2026, 3, 2, 3), AS_OF).reason())
                .isEqualTo(IdReason.BIRTH_DATE_IN_FUTURE);
        assertThat(PermanentResidenceCards.check(TestNumbers.resident18(931840, 2026, 3, 1, 3), AS_OF).reason())
                .isEqualTo(IdReason.OK);
        String valid = TestNumbers.resident18(931840, 1985, 1, 12, 3);
        String wrongCheck = valid.substring(0, 17) + (valid.charAt(17) == '0' ? '1' : '0');
        assertThat(PermanentResidenceCards.check(wrongCheck, AS_OF).reason()).isEqualTo(IdReason.CHECK_DIGIT);
        assertThat(PermanentResidenceCards.check("9318401985011200AX", AS_OF).reason()).isEqualTo(IdReason.CHARSET);
    }
}
