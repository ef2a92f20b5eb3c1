package org.renfang.id;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.renfang.model.DocumentType;
import org.renfang.model.Sex;
import org.renfang.testing.Gen;
import org.renfang.testing.PropertyCheck;

/** Properties of the identity-number and credit-code checks (1000 tries each). */
class IdNumberPropertiesTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 3, 1);
    private static final int TRIES = 1000;

    /** The fields a resident number is built from, and the number. */
    record Resident(int region, LocalDate birth, int sequence, String number) {
    }

    static Gen<Resident> validResidents() {
        Gen<Integer> province = Gen.of(box(TestNumbers.MAINLAND_PROVINCES));
        Gen<Integer> tail = Gen.ints(0, 9999);
        Gen<LocalDate> birth = Gen.longs(LocalDate.of(ResidentIds.MIN_BIRTH_YEAR, 1, 1).toEpochDay(), AS_OF.toEpochDay())
                .map(LocalDate::ofEpochDay);
        Gen<Integer> sequence = Gen.ints(0, 999);
        return r -> {
            int region = province.next(r) * 10000 + tail.next(r);
            LocalDate b = birth.next(r);
            int s = sequence.next(r);
            return new Resident(region, b, s,
                    TestNumbers.resident18(region, b.getYear(), b.getMonthValue(), b.getDayOfMonth(), s));
        };
    }

    // ------------------------------------------------------------------ CN_RESIDENT_ID

    @Test
    void validResidentId_passes_andReportsWhatItEncodes() {
        PropertyCheck.forAll(TRIES, s -> {
            Resident r = s.draw("r", validResidents());
            IdCheck check = ResidentIds.check18(r.number(), AS_OF);

            assertThat(check.reason()).isEqualTo(IdReason.OK);
            assertThat(check.birthDate()).contains(r.birth());
            assertThat(check.regionCode()).contains(String.format("%06d", r.region()));
            assertThat(check.sex()).contains(r.sequence() % 2 == 1 ? Sex.MALE : Sex.FEMALE);
            assertThat(ResidentIds.isValid18(r.number(), AS_OF)).isTrue();
            assertThat(IdNumbers.check(DocumentType.CN_RESIDENT_ID, r.number(), AS_OF)).isEqualTo(check);
        });
    }

    @Test
    void anySingleDigitChange_ofValidResidentId_fails() {
        PropertyCheck.forAll(TRIES, s -> {
            Resident r = s.draw("r", validResidents());
            int index = s.draw("index", Gen.ints(0, 17));
            char digit = s.draw("digit", Gen.chars('0', '9'));
            String number = r.number();
            if (Character.toUpperCase(number.charAt(index)) == digit) {
                return; // no change
            }
            String changed = number.substring(0, index) + digit + number.substring(index + 1);

            IdReason reason = ResidentIds.check18(changed, AS_OF).reason();

            // MOD 11-2 detects every single substitution; an earlier step may name the fault first,
            // but only if the digit changed is in the region or the birth date.
            Set<IdReason> allowed = index < 14
                    ? EnumSet.of(IdReason.CHECK_DIGIT, IdReason.REGION, IdReason.BIRTH_DATE, IdReason.BIRTH_DATE_IN_FUTURE)
                    : EnumSet.of(IdReason.CHECK_DIGIT);
            assertThat(reason).isIn(allowed);
        });
    }

    @Test
    void checkCharacterChangedToX_orAnyOtherWrongCheck_isCheckDigit() {
        PropertyCheck.forAll(TRIES, s -> {
            Resident r = s.draw("r", validResidents());
            char check = s.draw("check", Gen.charsOf("0123456789Xx"));
            String number = r.number();
            if (Character.toUpperCase(check) == number.charAt(17)) {
                return; // not a wrong check
            }

            assertThat(ResidentIds.check18(number.substring(0, 17) + check, AS_OF).reason())
                    .isEqualTo(IdReason.CHECK_DIGIT);
        });
    }

    @Test
    void adjacentTransposition_ofValidResidentId_fails() {
        PropertyCheck.forAll(TRIES, s -> {
            Resident r = s.draw("r", validResidents());
            int index = s.draw("index", Gen.ints(0, 16));
            String number = r.number();
            if (number.charAt(index) == number.charAt(index + 1) || number.charAt(17) == 'X') {
                return; // no change, or a check character MOD 11-2 cannot compare
            }
            String swapped = number.substring(0, index) + number.charAt(index + 1) + number.charAt(index)
                    + number.substring(index + 2);

            assertThat(ResidentIds.check18(swapped, AS_OF).isValid()).isFalse();
        });
    }

    @Test
    void nonDigitInTheBody_isCharset() {
        PropertyCheck.forAll(TRIES, s -> {
            Resident r = s.draw("r", validResidents());
            int index = s.draw("index", Gen.ints(0, 16));
            char c = s.draw("c", Gen.chars().filter(ch -> ch < '0' || ch > '9'));
            String number = r.number();
            String changed = number.substring(0, index) + c + number.substring(index + 1);

            assertThat(ResidentIds.check18(changed, AS_OF).reason()).isEqualTo(IdReason.CHARSET);
        });
    }

    // ------------------------------------------------------------------ CN_RESIDENT_ID_15

    static Gen<String> validFifteens() {
        Gen<Integer> province = Gen.of(box(TestNumbers.MAINLAND_PROVINCES));
        Gen<Integer> tail = Gen.ints(0, 9999);
        Gen<LocalDate> birth = Gen.longs(LocalDate.of(1900, 1, 1).toEpochDay(), LocalDate.of(1999, 12, 31).toEpochDay())
                .map(LocalDate::ofEpochDay);
        Gen<Integer> sequence = Gen.ints(0, 999);
        return r -> {
            int region = province.next(r) * 10000 + tail.next(r);
            LocalDate b = birth.next(r);
            return TestNumbers.resident15(region, b.getYear() % 100, b.getMonthValue(), b.getDayOfMonth(),
                    sequence.next(r));
        };
    }

    @Test
    void to18_ofValidFifteen_isValidWithTheSameFacts() {
        PropertyCheck.forAll(TRIES, s -> {
            String fifteen = s.draw("fifteen", validFifteens());
            IdCheck check15 = ResidentIds.check15(fifteen, AS_OF);
            assertThat(check15.reason()).isEqualTo(IdReason.OK);

            String eighteen = ResidentIds.to18(fifteen).orElseThrow();
            IdCheck check18 = ResidentIds.check18(eighteen, AS_OF);

            assertThat(check18.reason()).isEqualTo(IdReason.OK);
            assertThat(check18.birthDate()).isEqualTo(check15.birthDate()).isPresent();
            assertThat(check18.sex()).isEqualTo(check15.sex());
            assertThat(check18.regionCode()).isEqualTo(check15.regionCode());
            assertThat(eighteen).startsWith(fifteen.substring(0, 6) + "19").contains(fifteen.substring(6));
        });
    }

    // ------------------------------------------------------------------ HMT, PR, credit codes

    @Test
    void validHmtPermit_passes_andIsNoResidentId() {
        PropertyCheck.forAll(TRIES, s -> {
            Resident r = s.draw("r", validResidents());
            int which = s.draw("which", Gen.ints(0, 2));
            String number = TestNumbers.HMT_PREFIXES[which] + r.number().substring(6, 17);
            number += ResidentIds.checkCharacter(number);

            assertThat(HmtResidencePermits.check(number, AS_OF).birthDate()).contains(r.birth());
            assertThat(ResidentIds.check18(number, AS_OF).reason()).isEqualTo(IdReason.REGION);
        });
    }

    @Test
    void validPrCard2023_passes() {
        PropertyCheck.forAll(TRIES, s -> {
            Resident r = s.draw("r", validResidents());
            String number = "9" + r.number().substring(0, 2) + "840" + r.number().substring(6, 17);
            number += ResidentIds.checkCharacter(number);

            IdCheck check = PermanentResidenceCards.check(number, AS_OF);

            assertThat(check.reason()).isEqualTo(IdReason.OK);
            assertThat(check.birthDate()).contains(r.birth());
            assertThat(check.regionCode()).contains(r.number().substring(0, 2) + "0000");
        });
    }

    static Gen<String> validCreditCodes() {
        Gen<Character> any = Gen.charsOf(TestNumbers.CREDIT_ALPHABET);
        Gen<String> head = Gen.strings(any, 2, 2);
        Gen<String> region = Gen.strings(Gen.chars('0', '9'), 6, 6);
        Gen<String> body = Gen.strings(any, 9, 9);
        return r -> {
            StringBuilder sb = new StringBuilder(18).append(head.next(r)).append(region.next(r)).append(body.next(r));
            return sb.append(CreditCodes.checkCharacter(sb)).toString();
        };
    }

    @Test
    void validCreditCode_passes() {
        PropertyCheck.forAll(TRIES, s -> {
            String code = s.draw("code", validCreditCodes());
            assertThat(CreditCodes.check(code)).isEqualTo(CreditCodeReason.OK);
        });
    }

    @Test
    void anySingleCharacterChange_ofValidCreditCode_fails() {
        PropertyCheck.forAll(TRIES, s -> {
            String code = s.draw("code", validCreditCodes());
            int index = s.draw("index", Gen.ints(0, 17));
            char c = s.draw("c", Gen.charsOf(TestNumbers.CREDIT_ALPHABET));
            if (code.charAt(index) == c) {
                return; // no change
            }
            String changed = code.substring(0, index) + c + code.substring(index + 1);

            CreditCodeReason reason = CreditCodes.check(changed);

            boolean letterInRegion = index >= 2 && index < 8 && (c < '0' || c > '9');
            assertThat(reason).isEqualTo(letterInRegion ? CreditCodeReason.CHARSET : CreditCodeReason.CHECK_CHARACTER);
        });
    }

    // ------------------------------------------------------------------ every type

    @Test
    void isValid_agreesWithCheck_andNeverThrows() {
        Gen<String> noise = Gen.oneOf(
                Gen.strings(Gen.chars(), 0, 80),
                Gen.strings(Gen.charsOf("0123456789Xx "), 14, 19),
                Gen.strings(Gen.charsOf("0123456789ABCXYZ"), 18, 18),
                validResidents().map(Resident::number));
        PropertyCheck.forAll(TRIES, s -> {
            DocumentType type = s.draw("type", Gen.of(DocumentType.class));
            String number = s.draw("number", noise);
            IdCheck check = IdNumbers.check(type, number, AS_OF);

            assertThat(IdNumbers.isValid(type, number, AS_OF)).isEqualTo(check.isValid());
            assertThat(check.type()).isEqualTo(type);
            assertThat(check.toString()).isEqualTo("IdCheck[" + type + ", " + check.reason() + "]");
            if (!check.isValid()) {
                assertThat(check.birthDate()).isEmpty();
                assertThat(check.regionCode()).isEmpty();
                assertThat(check.sex()).isEmpty();
            }
        });
    }

    @Test
    void other_printableAscii_ofAllowedLength_passes() {
        PropertyCheck.forAll(TRIES, s -> {
            String number = s.draw("number", Gen.strings(Gen.chars('!', '~'), 1, 64));
            assertThat(IdNumbers.check(DocumentType.OTHER, number, AS_OF).reason()).isEqualTo(IdReason.OK);
        });
    }

    // ------------------------------------------------------------------

    private static Integer[] box(int[] values) {
        Integer[] boxed = new Integer[values.length];
        for (int i = 0; i < values.length; i++) {
            boxed[i] = values[i];
        }
        return boxed;
    }
}
