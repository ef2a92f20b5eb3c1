package org.renfang.id;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.renfang.model.DocumentType;
import org.renfang.model.Sex;

/** Properties of the identity-number and credit-code checks. */
class IdNumberProperties {

    private static final LocalDate AS_OF = LocalDate.of(2026, 3, 1);

    /** The fields a resident number is built from, and the number. */
    record Resident(int region, LocalDate birth, int sequence, String number) {
    }

    @Provide
    Arbitrary<Resident> validResidents() {
        Arbitrary<Integer> region = Combinators.combine(
                Arbitraries.of(box(TestNumbers.MAINLAND_PROVINCES)), Arbitraries.integers().between(0, 9999))
                .as((p, tail) -> p * 10000 + tail);
        Arbitrary<LocalDate> birth = Arbitraries.longs()
                .between(LocalDate.of(ResidentIds.MIN_BIRTH_YEAR, 1, 1).toEpochDay(), AS_OF.toEpochDay())
                .map(LocalDate::ofEpochDay);
        Arbitrary<Integer> sequence = Arbitraries.integers().between(0, 999);
        return Combinators.combine(region, birth, sequence).as((r, b, s) -> new Resident(r, b, s,
                TestNumbers.resident18(r, b.getYear(), b.getMonthValue(), b.getDayOfMonth(), s)));
    }

    // ------------------------------------------------------------------ CN_RESIDENT_ID

    @Property
    void validResidentId_passes_andReportsWhatItEncodes(@ForAll("validResidents") Resident r) {
        IdCheck check = ResidentIds.check18(r.number(), AS_OF);

        assertThat(check.reason()).isEqualTo(IdReason.OK);
        assertThat(check.birthDate()).contains(r.birth());
        assertThat(check.regionCode()).contains(String.format("%06d", r.region()));
        assertThat(check.sex()).contains(r.sequence() % 2 == 1 ? Sex.MALE : Sex.FEMALE);
        assertThat(ResidentIds.isValid18(r.number(), AS_OF)).isTrue();
        assertThat(IdNumbers.check(DocumentType.CN_RESIDENT_ID, r.number(), AS_OF)).isEqualTo(check);
    }

    @Property
    void anySingleDigitChange_ofValidResidentId_fails(
            @ForAll("validResidents") Resident r,
            @ForAll @IntRange(min = 0, max = 17) int index,
            @ForAll @CharRange(from = '0', to = '9') char digit) {
        String number = r.number();
        Assume.that(Character.toUpperCase(number.charAt(index)) != digit);
        String changed = number.substring(0, index) + digit + number.substring(index + 1);

        IdReason reason = ResidentIds.check18(changed, AS_OF).reason();

        // MOD 11-2 detects every single substitution; an earlier step may name the fault first,
        // but only if the digit changed is in the region or the birth date.
        Set<IdReason> allowed = index < 14
                ? EnumSet.of(IdReason.CHECK_DIGIT, IdReason.REGION, IdReason.BIRTH_DATE, IdReason.BIRTH_DATE_IN_FUTURE)
                : EnumSet.of(IdReason.CHECK_DIGIT);
        assertThat(reason).isIn(allowed);
    }

    @Property
    void checkCharacterChangedToX_orAnyOtherWrongCheck_isCheckDigit(
            @ForAll("validResidents") Resident r, @ForAll("checkCharacters") char check) {
        String number = r.number();
        Assume.that(Character.toUpperCase(check) != number.charAt(17));

        assertThat(ResidentIds.check18(number.substring(0, 17) + check, AS_OF).reason()).isEqualTo(IdReason.CHECK_DIGIT);
    }

    @Provide
    Arbitrary<Character> checkCharacters() {
        return Arbitraries.of('0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'X', 'x');
    }

    @Property
    void adjacentTransposition_ofValidResidentId_fails(
            @ForAll("validResidents") Resident r, @ForAll @IntRange(min = 0, max = 16) int index) {
        String number = r.number();
        Assume.that(number.charAt(index) != number.charAt(index + 1) && number.charAt(17) != 'X');
        String swapped = number.substring(0, index) + number.charAt(index + 1) + number.charAt(index)
                + number.substring(index + 2);

        assertThat(ResidentIds.check18(swapped, AS_OF).isValid()).isFalse();
    }

    @Property
    void nonDigitInTheBody_isCharset(
            @ForAll("validResidents") Resident r,
            @ForAll @IntRange(min = 0, max = 16) int index,
            @ForAll("nonDigits") char c) {
        String number = r.number();
        String changed = number.substring(0, index) + c + number.substring(index + 1);

        assertThat(ResidentIds.check18(changed, AS_OF).reason()).isEqualTo(IdReason.CHARSET);
    }

    @Provide
    Arbitrary<Character> nonDigits() {
        return Arbitraries.chars().filter(c -> c < '0' || c > '9');
    }

    // ------------------------------------------------------------------ CN_RESIDENT_ID_15

    @Provide
    Arbitrary<String> validFifteens() {
        Arbitrary<Integer> region = Combinators.combine(
                Arbitraries.of(box(TestNumbers.MAINLAND_PROVINCES)), Arbitraries.integers().between(0, 9999))
                .as((p, tail) -> p * 10000 + tail);
        Arbitrary<LocalDate> birth = Arbitraries.longs()
                .between(LocalDate.of(1900, 1, 1).toEpochDay(), LocalDate.of(1999, 12, 31).toEpochDay())
                .map(LocalDate::ofEpochDay);
        return Combinators.combine(region, birth, Arbitraries.integers().between(0, 999))
                .as((r, b, s) -> TestNumbers.resident15(r, b.getYear() % 100, b.getMonthValue(), b.getDayOfMonth(), s));
    }

    @Property
    void to18_ofValidFifteen_isValidWithTheSameFacts(@ForAll("validFifteens") String fifteen) {
        IdCheck check15 = ResidentIds.check15(fifteen, AS_OF);
        assertThat(check15.reason()).isEqualTo(IdReason.OK);

        String eighteen = ResidentIds.to18(fifteen).orElseThrow();
        IdCheck check18 = ResidentIds.check18(eighteen, AS_OF);

        assertThat(check18.reason()).isEqualTo(IdReason.OK);
        assertThat(check18.birthDate()).isEqualTo(check15.birthDate()).isPresent();
        assertThat(check18.sex()).isEqualTo(check15.sex());
        assertThat(check18.regionCode()).isEqualTo(check15.regionCode());
        assertThat(eighteen).startsWith(fifteen.substring(0, 6) + "19").contains(fifteen.substring(6));
    }

    // ------------------------------------------------------------------ HMT, PR, credit codes

    @Property
    void validHmtPermit_passes_andIsNoResidentId(@ForAll("validResidents") Resident r,
                                                 @ForAll @IntRange(min = 0, max = 2) int which) {
        String number = TestNumbers.HMT_PREFIXES[which] + r.number().substring(6, 17);
        number += ResidentIds.checkCharacter(number);

        assertThat(HmtResidencePermits.check(number, AS_OF).birthDate()).contains(r.birth());
        assertThat(ResidentIds.check18(number, AS_OF).reason()).isEqualTo(IdReason.REGION);
    }

    @Property
    void validPrCard2023_passes(@ForAll("validResidents") Resident r) {
        String number = "9" + r.number().substring(0, 2) + "840" + r.number().substring(6, 17);
        number += ResidentIds.checkCharacter(number);

        IdCheck check = PermanentResidenceCards.check(number, AS_OF);

        assertThat(check.reason()).isEqualTo(IdReason.OK);
        assertThat(check.birthDate()).contains(r.birth());
        assertThat(check.regionCode()).contains(r.number().substring(0, 2) + "0000");
    }

    @Provide
    Arbitrary<String> validCreditCodes() {
        Arbitrary<Character> any = Arbitraries.of(chars(TestNumbers.CREDIT_ALPHABET));
        Arbitrary<Character> digit = Arbitraries.chars().range('0', '9');
        return Combinators.combine(
                        any.list().ofSize(2), digit.list().ofSize(6), any.list().ofSize(9))
                .as((a, b, c) -> {
                    StringBuilder sb = new StringBuilder(18);
                    a.forEach(sb::append);
                    b.forEach(sb::append);
                    c.forEach(sb::append);
                    return sb.append(CreditCodes.checkCharacter(sb)).toString();
                });
    }

    @Property
    void validCreditCode_passes(@ForAll("validCreditCodes") String code) {
        assertThat(CreditCodes.check(code)).isEqualTo(CreditCodeReason.OK);
    }

    @Property
    void anySingleCharacterChange_ofValidCreditCode_fails(
            @ForAll("validCreditCodes") String code,
            @ForAll @IntRange(min = 0, max = 17) int index,
            @ForAll("creditAlphabet") char c) {
        Assume.that(code.charAt(index) != c);
        String changed = code.substring(0, index) + c + code.substring(index + 1);

        CreditCodeReason reason = CreditCodes.check(changed);

        boolean letterInRegion = index >= 2 && index < 8 && (c < '0' || c > '9');
        assertThat(reason).isEqualTo(letterInRegion ? CreditCodeReason.CHARSET : CreditCodeReason.CHECK_CHARACTER);
    }

    @Provide
    Arbitrary<Character> creditAlphabet() {
        return Arbitraries.of(chars(TestNumbers.CREDIT_ALPHABET));
    }

    // ------------------------------------------------------------------ every type

    @Property
    void isValid_agreesWithCheck_andNeverThrows(@ForAll DocumentType type, @ForAll("noise") String number) {
        IdCheck check = IdNumbers.check(type, number, AS_OF);

        assertThat(IdNumbers.isValid(type, number, AS_OF)).isEqualTo(check.isValid());
        assertThat(check.type()).isEqualTo(type);
        assertThat(check.toString()).isEqualTo("IdCheck[" + type + ", " + check.reason() + "]");
        if (!check.isValid()) {
            assertThat(check.birthDate()).isEmpty();
            assertThat(check.regionCode()).isEmpty();
            assertThat(check.sex()).isEmpty();
        }
    }

    @Provide
    Arbitrary<String> noise() {
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(80),
                Arbitraries.strings().withChars("0123456789Xx ").ofMinLength(14).ofMaxLength(19),
                Arbitraries.strings().withChars("0123456789ABCXYZ").ofLength(18),
                validResidents().map(Resident::number));
    }

    @Property
    void other_printableAscii_ofAllowedLength_passes(
            @ForAll @StringLength(min = 1, max = 64) @CharRange(from = '!', to = '~') String number) {
        assertThat(IdNumbers.check(DocumentType.OTHER, number, AS_OF).reason()).isEqualTo(IdReason.OK);
    }

    // ------------------------------------------------------------------

    private static Integer[] box(int[] values) {
        Integer[] boxed = new Integer[values.length];
        for (int i = 0; i < values.length; i++) {
            boxed[i] = values[i];
        }
        return boxed;
    }

    private static Character[] chars(String s) {
        Character[] c = new Character[s.length()];
        for (int i = 0; i < c.length; i++) {
            c[i] = s.charAt(i);
        }
        return c;
    }
}
