package org.renfang.id;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.renfang.model.DocumentType;

class PassportsTest {

    @ParameterizedTest
    @ValueSource(strings = {"E12345678", "C01X00T47", "12345", "ABCDEFGHIJKLMNOPQRSTUV"})
    void icaoCharactersWithinLength_pass(String number) {
        IdCheck check = Passports.check(number);

        assertThat(check.reason()).isEqualTo(IdReason.OK);
        assertThat(check.type()).isEqualTo(DocumentType.PASSPORT);
        assertThat(check.birthDate()).isEmpty();
        assertThat(check.regionCode()).isEmpty();
        assertThat(check.sex()).isEmpty();
        assertThat(Passports.isValid(number)).isTrue();
    }

    @ParameterizedTest
    @CsvSource({
        "'', EMPTY",
        "'      ', EMPTY",
        "1234, LENGTH",
        "ABCDEFGHIJKLMNOPQRSTUVW, LENGTH",
        "e12345678, CHARSET",
        "E1234567<, CHARSET",
        "'E1234 678', CHARSET",
        "E1234-678, CHARSET",
        "Ｅ12345678, CHARSET",
    })
    void failingBranch_reportsItsReason(String number, IdReason reason) {
        assertThat(Passports.check(number).reason()).isEqualTo(reason);
        assertThat(Passports.isValid(number)).isFalse();
    }

    @org.junit.jupiter.api.Test
    void lengthLimits_justInsideAndJustOutside() {
        assertThat(Passports.check("A".repeat(Passports.MIN_LENGTH)).reason()).isEqualTo(IdReason.OK);
        assertThat(Passports.check("A".repeat(Passports.MIN_LENGTH - 1)).reason()).isEqualTo(IdReason.LENGTH);
        assertThat(Passports.check("A".repeat(Passports.MAX_LENGTH)).reason()).isEqualTo(IdReason.OK);
        assertThat(Passports.check("A".repeat(Passports.MAX_LENGTH + 1)).reason()).isEqualTo(IdReason.LENGTH);
        assertThat(Passports.check(null).reason()).isEqualTo(IdReason.EMPTY);
    }
}
