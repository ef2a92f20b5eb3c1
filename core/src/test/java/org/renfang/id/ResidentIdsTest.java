package org.renfang.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.renfang.model.DocumentType;
import org.renfang.model.Sex;

class ResidentIdsTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 3, 1);

    // ------------------------------------------------------------------ published examples

    @ParameterizedTest
    @CsvSource({
        "11010519491231002X, 1949-12-31, 110105, FEMALE", // the female example of 1949
        "440524188001010014, 1880-01-01, 440524, MALE",   // born 1880: years from 1800 pass
    })
    void gb11643Examples_areValidWithFacts(String number, LocalDate birthDate, String region, Sex sex) {
        IdCheck check = ResidentIds.check18(number, AS_OF);

        assertThat(check.reason()).isEqualTo(IdReason.OK);
        assertThat(check.isValid()).isTrue();
        assertThat(check.type()).isEqualTo(DocumentType.CN_RESIDENT_ID);
        assertThat(check.birthDate()).contains(birthDate);
        assertThat(check.regionCode()).contains(region);
        assertThat(check.sex()).contains(sex);
    }

    @Test
    void checkCharacterX_lowerCase_isAccepted() {
        assertThat(ResidentIds.check18("11010519491231002x", AS_OF).reason()).isEqualTo(IdReason.OK);
    }

    @Test
    void fifteenDigitExample_convertsToTheGb11643Example() {
        assertThat(ResidentIds.check15("110105491231002", AS_OF).birthDate()).contains(LocalDate.of(1949, 12, 31));
        assertThat(ResidentIds.to18("110105491231002")).contains("11010519491231002X");
    }

    // ------------------------------------------------------------------ failing cases (18; one per branch: IdFailingReasonsTest)

    @Test
    void check18_null_isEmpty() {
        assertThat(ResidentIds.check18(null, AS_OF).reason()).isEqualTo(IdReason.EMPTY);
        assertThat(ResidentIds.isValid18(null, AS_OF)).isFalse();
    }

    @ParameterizedTest
    @CsvSource({
        "1949, 0, 1", "1949, 13, 1", "1949, 1, 0", "1949, 1, 32", "1949, 4, 31",
        "1949, 2, 29", "1900, 2, 29", "2100, 2, 29", "1949, 2, 30", "1799, 12, 31", "0000, 1, 1"})
    void check18_notARealBirthDate_reportsBirthDate(int year, int month, int day) {
        String number = TestNumbers.resident18(110105, year, month, day, 2);

        assertThat(ResidentIds.check18(number, LocalDate.of(9999, 12, 31)).reason()).isEqualTo(IdReason.BIRTH_DATE);
    }

    @ParameterizedTest
    @CsvSource({"2000, 2, 29", "1904, 2, 29", "1800, 1, 1", "1949, 12, 31"})
    void check18_realBirthDate_boundaries_pass(int year, int month, int day) {
        String number = TestNumbers.resident18(110105, year, month, day, 2);

        assertThat(ResidentIds.check18(number, AS_OF).birthDate()).contains(LocalDate.of(year, month, day));
    }

    @Test
    void check18_bornOnAsOf_passes_bornTheDayAfter_isInFuture() {
        String onAsOf = TestNumbers.resident18(110105, 2026, 3, 1, 1);
        String dayAfter = TestNumbers.resident18(110105, 2026, 3, 2, 1);

        assertThat(ResidentIds.check18(onAsOf, AS_OF).reason()).isEqualTo(IdReason.OK);
        assertThat(ResidentIds.check18(dayAfter, AS_OF).reason()).isEqualTo(IdReason.BIRTH_DATE_IN_FUTURE);
        assertThat(ResidentIds.check18(dayAfter, AS_OF.plusDays(1)).reason()).isEqualTo(IdReason.OK);
    }

    @Test
    void check18_wrongCheckCharacter_reportsCheckDigit() {
        assertThat(ResidentIds.check18("110105194912310021", AS_OF).reason()).isEqualTo(IdReason.CHECK_DIGIT);
        assertThat(ResidentIds.check18("440524188001010013", AS_OF).reason()).isEqualTo(IdReason.CHECK_DIGIT);
    }

    @Test
    void check18_everyProvinceOfTheTable_passes_andNoOtherTwoDigitPrefix() {
        for (int p = 0; p < 100; p++) {
            String number = TestNumbers.resident18(p * 10000 + 101, 1990, 6, 15, 123);
            boolean mainland = false;
            for (int q : TestNumbers.MAINLAND_PROVINCES) {
                mainland |= q == p;
            }
            assertThat(ResidentIds.check18(number, AS_OF).reason())
                    .as("province %02d", p)
                    .isEqualTo(mainland ? IdReason.OK : IdReason.REGION);
        }
    }

    @Test
    void check18_acceptsAnyCharSequence() {
        assertThat(ResidentIds.check18(new StringBuilder("11010519491231002X"), AS_OF).isValid()).isTrue();
    }

    @Test
    void check18_nullAsOf_throws() {
        assertThatThrownBy(() -> ResidentIds.check18("11010519491231002X", null))
                .isInstanceOf(NullPointerException.class).hasMessage("asOf");
        assertThatThrownBy(() -> ResidentIds.isValid18("11010519491231002X", null))
                .isInstanceOf(NullPointerException.class);
    }

    // ------------------------------------------------------------------ 15 digits (one failing case per branch: IdFailingReasonsTest)

    @Test
    void check15_leapDay1948_passes_male() {
        IdCheck check = ResidentIds.check15("110105480229001", AS_OF);

        assertThat(check.birthDate()).contains(LocalDate.of(1948, 2, 29));
        assertThat(check.sex()).contains(Sex.MALE);
        assertThat(check.regionCode()).contains("110105");
        assertThat(check.type()).isEqualTo(DocumentType.CN_RESIDENT_ID_15);
    }

    @Test
    void check15_bornAfterAsOf_isInFuture() {
        assertThat(ResidentIds.check15("110105491231002", LocalDate.of(1949, 12, 30)).reason())
                .isEqualTo(IdReason.BIRTH_DATE_IN_FUTURE);
        assertThat(ResidentIds.check15("110105491231002", LocalDate.of(1949, 12, 31)).reason())
                .isEqualTo(IdReason.OK);
    }

    @Test
    void to18_year00_is1900() {
        assertThat(ResidentIds.to18("110105000101001")).hasValueSatisfying(s -> {
            assertThat(s).startsWith("11010519000101001");
            assertThat(ResidentIds.check18(s, AS_OF).birthDate()).contains(LocalDate.of(1900, 1, 1));
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "11010549123100", "710105491231002", "110105491331002", "11010519491231002X"})
    void to18_invalidFifteen_isEmpty(String number) {
        assertThat(ResidentIds.to18(number)).isEmpty();
    }

    @Test
    void to18_null_isEmpty() {
        assertThat(ResidentIds.to18(null)).isEqualTo(Optional.empty());
    }

    // ------------------------------------------------------------------ check character

    @Test
    void checkCharacter_ofTheExamples() {
        assertThat(ResidentIds.checkCharacter("11010519491231002")).isEqualTo('X');
        assertThat(ResidentIds.checkCharacter("44052418800101001")).isEqualTo('4');
    }

    @Test
    void checkCharacter_badArgument_throwsWithoutEchoingIt() {
        assertThatThrownBy(() -> ResidentIds.checkCharacter("1101051949123100"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("length 16 is not 17");
        assertThatThrownBy(() -> ResidentIds.checkCharacter("1101051949123100A"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("character at index 16 is not an ASCII digit");
        assertThatThrownBy(() -> ResidentIds.checkCharacter(null)).isInstanceOf(NullPointerException.class);
    }
}
