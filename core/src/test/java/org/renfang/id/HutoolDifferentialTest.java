package org.renfang.id;

import static org.assertj.core.api.Assertions.assertThat;

import cn.hutool.core.date.DateUtil;
import cn.hutool.core.util.CreditCodeUtil;
import cn.hutool.core.util.IdcardUtil;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.ToIntFunction;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.renfang.model.Sex;

/**
 * Differential test against hutool-core 5.8.46 ({@code IdcardUtil}, {@code CreditCodeUtil}) over
 * 1,270,000 generated inputs: valid numbers, numbers with one digit changed, impossible and
 * future birth dates, wrong check characters, every two-digit prefix and malformed input.
 *
 * <p>Every input on which the two libraries disagree is assigned to exactly one
 * {@link Difference}, by a predicate on the input that explains why; an input no predicate
 * explains is {@link Difference#UNEXPLAINED} and fails the test. Each family of inputs asserts
 * the exact set of differences it shows, so a documented difference that stops occurring
 * fails the test too.
 *
 * <p>hutool reads the system clock ({@code DateUtil.thisYear()}), so the as-of date here is
 * today; all inputs are derived from a fixed seed and from today.
 */
class HutoolDifferentialTest {

    /** Why renfang and hutool 5.8.46 disagree; every class is asserted, none is skipped. */
    enum Difference {
        /**
         * hutool's province table also holds 71 (Taiwan), 81 (Hong Kong), 82 (Macao), 83 (HMT
         * permits of Taiwan residents) and 91 ("abroad"). renfang accepts only the mainland
         * province codes for resident numbers and PR cards (HMT permits are their own type).
         * renfang: REGION; hutool: valid.
         */
        HUTOOL_PROVINCE_TABLE_WIDER,
        /**
         * hutool's {@code isValidCard18} reads any 18-digit number starting with 9 as a
         * 2023 permanent residence card (province from digits 2–3), even when asked about a
         * resident number. renfang checks resident numbers as resident numbers (9 is no
         * province). renfang: REGION; hutool: valid.
         */
        HUTOOL_LEADING_9_AS_PR_CARD,
        /**
         * hutool rejects birth years before 1900; renfang accepts from
         * {@link ResidentIds#MIN_BIRTH_YEAR} 1800 (the GB 11643 example 440524188001010014 was
         * born in 1880). renfang: OK; hutool: invalid.
         */
        HUTOOL_YEAR_FLOOR_1900,
        /**
         * hutool compares only the birth year with the current year, so a birth date later in
         * the current year passes; renfang compares the whole date with the as-of date.
         * renfang: BIRTH_DATE_IN_FUTURE; hutool: valid.
         */
        HUTOOL_FUTURE_BY_YEAR_ONLY,
        /**
         * hutool has no HMT-permit check: {@code isValidCard18} accepts any resident-number
         * prefix, and 81/82/83 followed by anything. renfang requires exactly 810000, 820000 or
         * 830000. renfang: PREFIX; hutool: valid.
         */
        HUTOOL_NO_HMT_PREFIX_RULE,
        /**
         * hutool has no PR-card-only check: {@code isValidCard18} accepts resident numbers,
         * which renfang refuses as PR cards because they do not start with 9.
         * renfang: PREFIX; hutool: valid.
         */
        HUTOOL_NO_PR_PREFIX_RULE,
        /**
         * hutool's {@code convert15To18} parses the two-digit year with a sliding century and
         * then subtracts 100 only from years after 2000, so year {@code 00} becomes 2000; a
         * 15-digit number always means 19YY, so renfang makes it 1900. Both 18-digit results
         * carry a correct check character.
         */
        HUTOOL_TO18_YEAR_00_AS_2000,
        /** No predicate explains the disagreement: a defect on one side. Never expected. */
        UNEXPLAINED
    }

    static final int RESIDENT_18_INPUTS = 870_000;
    static final int HMT_INPUTS = 60_000;
    static final int PR_2023_INPUTS = 60_000;
    static final int RESIDENT_15_INPUTS = 80_000;
    static final int CREDIT_CODE_INPUTS = 200_000;

    /** Prefixes hutool's province table holds beyond the mainland ones renfang accepts. */
    private static final Set<String> HUTOOL_EXTRA_PROVINCES = Set.of("71", "81", "82", "83", "91");

    private static final DateTimeFormatter YYYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;

    private static LocalDate asOf;
    private static boolean laterThisYearExists;

    @BeforeAll
    static void today() {
        asOf = LocalDate.now();
        // hutool's "this year" must be our as-of year (a run across New Year's midnight would differ).
        assertThat(DateUtil.thisYear()).isEqualTo(asOf.getYear());
        laterThisYearExists = asOf.isBefore(LocalDate.of(asOf.getYear(), 12, 31));
    }

    @Test
    void inputCount_isAtLeastOneMillion() {
        assertThat(RESIDENT_18_INPUTS + HMT_INPUTS + PR_2023_INPUTS + RESIDENT_15_INPUTS + CREDIT_CODE_INPUTS)
                .isGreaterThanOrEqualTo(1_000_000);
    }

    // ==================================================================================
    // CN_RESIDENT_ID vs IdcardUtil.isValidCard18

    @Test
    void residentIds18_agreeWithIsValidCard18_exceptClassifiedDifferences() {
        assertDifferences("CN_RESIDENT_ID", 0x1164_3199L, RESIDENT_18_INPUTS, (r, i) -> resident18Input(r, i % 100),
                s -> differenceFromIsValidCard18(s, ResidentIds.check18(s, asOf), Kind.RESIDENT),
                withFutureByYearOnly(EnumSet.of(Difference.HUTOOL_PROVINCE_TABLE_WIDER,
                        Difference.HUTOOL_LEADING_9_AS_PR_CARD, Difference.HUTOOL_YEAR_FLOOR_1900)));
    }

    /** Mix (per 100): 30 valid, 28 one digit changed, 17 bad dates, 11 bad check, 11 any prefix, 3 malformed. */
    private static String resident18Input(SplittableRandom r, int slot) {
        if (slot < 30) {
            return TestNumbers.validResident18(r, asOf);
        }
        if (slot < 58) {
            return TestNumbers.changeOneDigit(r, TestNumbers.validResident18(r, asOf), r.nextInt(18));
        }
        if (slot < 75) {
            return badDate18(r, TestNumbers.mainlandRegion(r));
        }
        if (slot < 86) {
            return badCheck(r, TestNumbers.validResident18(r, asOf));
        }
        if (slot < 97) {
            LocalDate d = TestNumbers.date(r, LocalDate.of(1800, 1, 1), asOf);
            return TestNumbers.resident18(r.nextInt(1_000_000), d.getYear(), d.getMonthValue(), d.getDayOfMonth(),
                    r.nextInt(1000));
        }
        return malformed(r, TestNumbers.validResident18(r, asOf));
    }

    /** A number with a correct check character and a birth date that is impossible, too early, too late or pre-1900. */
    private static String badDate18(SplittableRandom r, int region) {
        int year = 1800 + r.nextInt(asOf.getYear() - 1800 + 1);
        int month = 1 + r.nextInt(12);
        int day = 1 + r.nextInt(28);
        switch (r.nextInt(8)) {
            case 0: month = r.nextBoolean() ? 0 : 13 + r.nextInt(87); break;
            case 1: day = r.nextBoolean() ? 0 : 32 + r.nextInt(68); break;
            case 2: day = LocalDate.of(2001, month, 1).lengthOfMonth() + 1 + r.nextInt(2); break;
            case 3: month = 2; day = 29; year = nonLeapYear(r); break;
            case 4: year = r.nextInt(1800); break;
            case 5: year = 1800 + r.nextInt(100); break;
            case 6: {
                LocalDate endOfYear = LocalDate.of(asOf.getYear(), 12, 31);
                LocalDate d = asOf.equals(endOfYear) ? endOfYear.plusDays(1) : TestNumbers.date(r, asOf.plusDays(1), endOfYear);
                return TestNumbers.resident18(region, d.getYear(), d.getMonthValue(), d.getDayOfMonth(), r.nextInt(1000));
            }
            default: year = asOf.getYear() + 1 + r.nextInt(9999 - asOf.getYear()); break;
        }
        return TestNumbers.resident18(region, year, month, day, r.nextInt(1000));
    }

    private static int nonLeapYear(SplittableRandom r) {
        int[] centuries = {1800, 1900, 2100};
        if (r.nextInt(4) == 0) {
            return centuries[r.nextInt(3)];
        }
        int y;
        do {
            y = 1800 + r.nextInt(300);
        } while (y % 4 == 0);
        return y;
    }

    /** Replaces the check character by a wrong one: another of 0–9/X, or a character outside the set. */
    private static String badCheck(SplittableRandom r, String valid) {
        char right = Character.toUpperCase(valid.charAt(17));
        String pool = r.nextInt(4) == 0 ? "YAZ*- ０٣\u0000" : "0123456789Xx";
        char c;
        do {
            c = pool.charAt(r.nextInt(pool.length()));
        } while (Character.toUpperCase(c) == right);
        return valid.substring(0, 17) + c;
    }

    /** Wrong length, a letter or a non-ASCII digit in the body, or surrounding space. */
    private static String malformed(SplittableRandom r, String valid) {
        switch (r.nextInt(5)) {
            case 0: return valid.substring(0, 17);
            case 1: return valid + r.nextInt(10);
            case 2: return " " + valid.substring(1);
            case 3: {
                int at = r.nextInt(17);
                return valid.substring(0, at) + "AXx０٣".charAt(r.nextInt(5)) + valid.substring(at + 1);
            }
            default: return valid.substring(0, 10) + "\u00A0" + valid.substring(11);
        }
    }

    /**
     * Classifies how our check of an 18-character number differs from hutool's
     * {@code isValidCard18}; where both accept it, compares the facts read from it.
     */
    private static Difference differenceFromIsValidCard18(String s, IdCheck ours, Kind kind) {
        boolean theirs = IdcardUtil.isValidCard18(s);
        Difference d = classify18(s, ours.reason(), theirs, kind);
        if (d == null && theirs) {
            d = compareFacts(s, ours);
        }
        return d;
    }

    /** For inputs both sides accept: hutool's birth date, sex and region must equal ours. */
    private static Difference compareFacts(String s, IdCheck ours) {
        String birth = IdcardUtil.getBirthByIdCard(s);
        Sex sex = IdcardUtil.getGenderByIdCard(s) == 1 ? Sex.MALE : Sex.FEMALE;
        boolean same = ours.birthDate().map(YYYYMMDD::format).orElse("").equals(birth)
                && ours.sex().orElse(null) == sex
                && ours.regionCode().orElse("").equals(s.substring(0, 6));
        return same ? null : Difference.UNEXPLAINED;
    }

    // ==================================================================================
    // CN_HMT_RESIDENCE_PERMIT vs IdcardUtil.isValidCard18

    @Test
    void hmtPermits_agreeWithIsValidCard18_exceptClassifiedDifferences() {
        assertDifferences("CN_HMT_RESIDENCE_PERMIT", 0x8100_0000L, HMT_INPUTS,
                (r, i) -> layout18Input(r, i % 10, rr -> TestNumbers.validHmt(rr, asOf),
                        rr -> TestNumbers.HMT_PREFIXES[rr.nextInt(3)],
                        rr -> (81 + rr.nextInt(3)) * 10000 + 1 + rr.nextInt(9999)), // 81/82/83 with a non-zero tail
                s -> differenceFromIsValidCard18(s, HmtResidencePermits.check(s, asOf), Kind.HMT),
                withFutureByYearOnly(EnumSet.of(Difference.HUTOOL_NO_HMT_PREFIX_RULE,
                        Difference.HUTOOL_YEAR_FLOOR_1900)));
    }

    // ==================================================================================
    // CN_FOREIGNER_PR (2023 form) vs IdcardUtil.isValidCard18

    @Test
    void prCards2023_agreeWithIsValidCard18_exceptClassifiedDifferences() {
        // hutool has no PR-only method; isValidCard18 is its 2023 PR check. Inputs are 17 to 19
        // characters, so the 15-character 2017 form is not compared here.
        assertDifferences("CN_FOREIGNER_PR (2023)", 0x2023_1201L, PR_2023_INPUTS,
                (r, i) -> layout18Input(r, i % 10, rr -> TestNumbers.validPr2023(rr, asOf),
                        rr -> 900000 + TestNumbers.MAINLAND_PROVINCES[rr.nextInt(31)] * 1000 + rr.nextInt(1000),
                        rr -> 900000 + rr.nextInt(100_000)), // any province digits
                s -> classify18(s, PermanentResidenceCards.check(s, asOf).reason(), IdcardUtil.isValidCard18(s),
                        Kind.PR),
                withFutureByYearOnly(EnumSet.of(Difference.HUTOOL_PROVINCE_TABLE_WIDER,
                        Difference.HUTOOL_NO_PR_PREFIX_RULE, Difference.HUTOOL_YEAR_FLOOR_1900)));
    }

    /**
     * Mix (per 10) for the permits and cards of the 18-character layout: 3 valid, 2 one digit
     * changed, 1 bad date, 1 bad check, 1 of the kind's first digits with any tail, 1 resident
     * number, 1 malformed.
     */
    private static String layout18Input(SplittableRandom r, int slot, Function<SplittableRandom, String> valid,
            ToIntFunction<SplittableRandom> badDateRegion, ToIntFunction<SplittableRandom> anyTailRegion) {
        switch (slot) {
            case 0: case 1: case 2: return valid.apply(r);
            case 3: case 4: return TestNumbers.changeOneDigit(r, valid.apply(r), r.nextInt(18));
            case 5: return badDate18(r, badDateRegion.applyAsInt(r));
            case 6: return badCheck(r, valid.apply(r));
            case 7: {
                LocalDate d = TestNumbers.date(r, LocalDate.of(1900, 1, 1), asOf);
                return TestNumbers.resident18(anyTailRegion.applyAsInt(r), d.getYear(), d.getMonthValue(),
                        d.getDayOfMonth(), r.nextInt(1000));
            }
            case 8: return TestNumbers.validResident18(r, asOf);
            default: return malformed(r, valid.apply(r));
        }
    }

    /** Adds the difference of a birth date later this year, which exists unless today is 31 December. */
    private static Set<Difference> withFutureByYearOnly(Set<Difference> expected) {
        if (laterThisYearExists) {
            expected.add(Difference.HUTOOL_FUTURE_BY_YEAR_ONLY);
        }
        return expected;
    }

    // ==================================================================================
    // Classification of 18-character disagreements

    private enum Kind { RESIDENT, HMT, PR }

    /**
     * Returns null if both sides agree, else the difference that explains the disagreement,
     * judged from the input itself and from which side accepted it.
     */
    private static Difference classify18(String s, IdReason ours, boolean theirs, Kind kind) {
        if ((ours == IdReason.OK) == theirs) {
            return null;
        }
        if (ours == IdReason.OK) {
            // hutool rejects what we accept: only its 1900 floor may explain it.
            int year = Integer.parseInt(s.substring(6, 10));
            return year >= 1800 && year < 1900 ? Difference.HUTOOL_YEAR_FLOOR_1900 : Difference.UNEXPLAINED;
        }
        // hutool accepts what we reject.
        boolean leading9 = s.charAt(0) == '9';
        String hutoolProvince = leading9 ? s.substring(1, 3) : s.substring(0, 2);
        switch (ours) {
            case REGION:
                if (kind == Kind.RESIDENT && leading9) {
                    return Difference.HUTOOL_LEADING_9_AS_PR_CARD;
                }
                return HUTOOL_EXTRA_PROVINCES.contains(hutoolProvince)
                        ? Difference.HUTOOL_PROVINCE_TABLE_WIDER : Difference.UNEXPLAINED;
            case PREFIX:
                if (kind == Kind.HMT) {
                    return Difference.HUTOOL_NO_HMT_PREFIX_RULE;
                }
                return kind == Kind.PR && !leading9 ? Difference.HUTOOL_NO_PR_PREFIX_RULE : Difference.UNEXPLAINED;
            case BIRTH_DATE_IN_FUTURE:
                return Integer.parseInt(s.substring(6, 10)) == asOf.getYear()
                        ? Difference.HUTOOL_FUTURE_BY_YEAR_ONLY : Difference.UNEXPLAINED;
            default:
                return Difference.UNEXPLAINED;
        }
    }

    // ==================================================================================
    // CN_RESIDENT_ID_15 vs IdcardUtil.isValidCard15 and convert15To18

    @Test
    void residentIds15_agreeWithIsValidCard15AndConvert15To18_exceptClassifiedDifferences() {
        assertDifferences("CN_RESIDENT_ID_15", 0x1515_1515L, RESIDENT_15_INPUTS,
                HutoolDifferentialTest::resident15Input, HutoolDifferentialTest::differenceFrom15,
                EnumSet.of(Difference.HUTOOL_PROVINCE_TABLE_WIDER, Difference.HUTOOL_TO18_YEAR_00_AS_2000));
    }

    /** Mix (per 10): 4 valid, 1 one digit changed, 2 any prefix, 2 bad dates, 1 malformed. */
    private static String resident15Input(SplittableRandom r, int i) {
        String s;
        switch (i % 10) {
            case 0: case 1: case 2: case 3: s = TestNumbers.validResident15(r); break;
            case 4: s = TestNumbers.changeOneDigit(r, TestNumbers.validResident15(r), r.nextInt(15)); break;
            case 5: case 6: { // any prefix
                String v = TestNumbers.validResident15(r);
                s = String.format("%06d", r.nextInt(1_000_000)) + v.substring(6);
                break;
            }
            case 7: case 8: { // bad dates
                int month = 1 + r.nextInt(12);
                int day = 1 + r.nextInt(28);
                int yy = r.nextInt(100);
                switch (r.nextInt(3)) {
                    case 0: month = r.nextBoolean() ? 0 : 13 + r.nextInt(87); break;
                    case 1: day = LocalDate.of(2001, month, 1).lengthOfMonth() + 1 + r.nextInt(68); break;
                    default: month = 2; day = 29; yy = nonLeapYear(r) % 100; if (yy % 4 == 0) { yy = 0; } break;
                }
                s = TestNumbers.resident15(TestNumbers.mainlandRegion(r), yy, month, day, r.nextInt(1000));
                break;
            }
            default: {
                String v = TestNumbers.validResident15(r);
                int at = r.nextInt(15);
                s = r.nextBoolean() ? v.substring(0, 14) : v.substring(0, at) + "X０ ".charAt(r.nextInt(3)) + v.substring(at + 1);
                break;
            }
        }
        return s;
    }

    /** Classifies how our check of a 15-digit number differs from hutool's {@code isValidCard15}. */
    private static Difference differenceFrom15(String s) {
        IdCheck ours = ResidentIds.check15(s, asOf);
        boolean theirs = IdcardUtil.isValidCard15(s);
        if (ours.isValid() == theirs) {
            return theirs ? compareTo18(s) : null;
        }
        if (ours.reason() == IdReason.REGION && theirs && HUTOOL_EXTRA_PROVINCES.contains(s.substring(0, 2))) {
            return Difference.HUTOOL_PROVINCE_TABLE_WIDER;
        }
        return Difference.UNEXPLAINED;
    }

    private static Difference compareTo18(String fifteen) {
        String ours = ResidentIds.to18(fifteen).orElseThrow();
        String theirs = IdcardUtil.convert15To18(fifteen);
        if (ours.equals(theirs)) {
            return null;
        }
        boolean year00 = fifteen.startsWith("00", 6)
                && theirs.startsWith("20", 6)
                && ours.startsWith("19", 6)
                && ours.regionMatches(8, theirs, 8, 9)
                && IdcardUtil.isValidCard18(theirs) && ResidentIds.isValid18(ours, asOf);
        return year00 ? Difference.HUTOOL_TO18_YEAR_00_AS_2000 : Difference.UNEXPLAINED;
    }

    // ==================================================================================
    // Credit codes vs CreditCodeUtil.isCreditCode

    @Test
    void creditCodes_agreeWithIsCreditCode_withoutDifferences() {
        assertDifferences("credit code", 0x3210_0201_5L, CREDIT_CODE_INPUTS, HutoolDifferentialTest::creditCodeInput,
                s -> (CreditCodes.check(s) == CreditCodeReason.OK) == CreditCodeUtil.isCreditCode(s)
                        ? null : Difference.UNEXPLAINED,
                EnumSet.noneOf(Difference.class));
    }

    /** Mix (per 10): 4 valid, 3 one character changed within the alphabet, 1 lower case, 1 foreign character, 1 wrong length. */
    private static String creditCodeInput(SplittableRandom r, int i) {
        String alphabet = TestNumbers.CREDIT_ALPHABET;
        String v = TestNumbers.validCreditCode(r);
        int at = r.nextInt(18);
        String s;
        switch (i % 10) {
            case 0: case 1: case 2: case 3: s = v; break;
            case 4: case 5: case 6: { // one character changed to another of the alphabet
                char c;
                do {
                    c = alphabet.charAt(r.nextInt(alphabet.length()));
                } while (c == v.charAt(at));
                s = v.substring(0, at) + c + v.substring(at + 1);
                break;
            }
            case 7: s = v.toLowerCase(); break;
            case 8: s = v.substring(0, at) + "IOSVZ-a０ ".charAt(r.nextInt(9)) + v.substring(at + 1); break;
            default: s = r.nextBoolean() ? v.substring(1) : v + alphabet.charAt(r.nextInt(31)); break;
        }
        return s;
    }

    // ==================================================================================

    /**
     * Generates a family of inputs from a seed, classifies each, prints the tally and asserts that
     * no difference is unexplained and that the differences are exactly the expected ones.
     */
    private static void assertDifferences(String family, long seed, int inputs,
            BiFunction<SplittableRandom, Integer, String> input, Function<String, Difference> difference,
            Set<Difference> expected) {
        SplittableRandom r = new SplittableRandom(seed);
        Tally tally = new Tally(family);
        for (int i = 0; i < inputs; i++) {
            String s = input.apply(r, i);
            tally.add(s, difference.apply(s));
        }
        tally.print();
        tally.assertExactly(inputs, expected);
    }

    /** Counts agreements and differences of one family of inputs. */
    private static final class Tally {
        private final String family;
        private final Map<Difference, Integer> differences = new EnumMap<>(Difference.class);
        private final List<String> unexplained = new ArrayList<>();
        private int agreements;
        private int total;
        private final long start = System.nanoTime();

        Tally(String family) {
            this.family = family;
        }

        void add(String input, Difference difference) {
            total++;
            if (difference == null) {
                agreements++;
                return;
            }
            differences.merge(difference, 1, Integer::sum);
            if (difference == Difference.UNEXPLAINED && unexplained.size() < 10) {
                unexplained.add(input); // synthetic numbers only
            }
        }

        void print() {
            System.out.printf("hutool differential, %s: %,d inputs, %,d agree, differences %s, %d ms%n",
                    family, total, agreements, differences, (System.nanoTime() - start) / 1_000_000);
        }

        void assertExactly(int inputs, Set<Difference> expected) {
            assertThat(unexplained).as("%s: unexplained disagreements (synthetic inputs)", family).isEmpty();
            assertThat(total).isEqualTo(inputs);
            assertThat(differences.keySet()).as("%s: classes of difference", family)
                    .containsExactlyInAnyOrderElementsOf(expected);
            assertThat(agreements).as("%s: most inputs agree", family).isGreaterThan(inputs / 2);
        }
    }
}
