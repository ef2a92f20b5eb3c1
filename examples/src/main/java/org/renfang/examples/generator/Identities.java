package org.renfang.examples.generator;

import java.time.LocalDate;
import java.util.SplittableRandom;
import org.renfang.id.CreditCodes;
import org.renfang.id.ResidentIds;

/**
 * Makes identity numbers, passport numbers, credit codes and phone numbers that are valid and,
 * where a rule would notice a repeat, unique within one generated registry.
 *
 * <p>Resident-id uniqueness costs a fixed table, not a set of the numbers issued: for each
 * region, birth day and sex a counter of the sequence numbers used so far (a GB 11643 number
 * is region, birth date, sequence and check character, so two numbers differ when their
 * counters do). The table covers births from {@value #FIRST_YEAR} to {@value #LAST_YEAR}, about
 * 6 MB, whatever the registry's size. Passports, Hong Kong/Macao/Taiwan travel permits and
 * credit codes take a global serial scrambled by a bijection, so they are unique without any
 * table.
 *
 * <p>Not thread-safe: one instance serves one generation run.
 */
final class Identities {
    /** The earliest birth year a resident id may be issued for here. */
    static final int FIRST_YEAR = 1920;
    /** The latest birth year a resident id may be issued for here. */
    static final int LAST_YEAR = 2026;
    /** Sequence numbers of one sex on one day in one region (000–999, odd men, even women). */
    private static final int PER_SEX = 500;

    private static final long FIRST_DAY = LocalDate.of(FIRST_YEAR, 1, 1).toEpochDay();
    private static final int DAYS = (int) (LocalDate.of(LAST_YEAR + 1, 1, 1).toEpochDay() - FIRST_DAY);
    private static final String[] REGIONS = regions();
    private static final int SHANGHAI_FROM = 0;
    private static final int ELSEWHERE_FROM = Places.SHANGHAI.length;
    private static final int HMT_FROM = ELSEWHERE_FROM + Places.ELSEWHERE.length;
    private static final String[] MOBILE_PREFIXES = {
        "130", "131", "133", "135", "136", "137", "138", "139", "150", "151", "152", "155", "157", "158",
        "159", "166", "176", "177", "180", "181", "186", "187", "188", "189", "191", "199"};
    private static final String[][] PASSPORT_COUNTRIES = {
        {"USA", ""}, {"DEU", "C"}, {"JPN", "TR"}, {"KOR", "M"}, {"FRA", "18"}, {"GBR", "5"}, {"SGP", "E"},
        {"AUS", "PA"}, {"CAN", "AB"}, {"RUS", "75"}, {"ITA", "YA"}, {"MYS", "A"}, {"THA", "AA"}, {"ESP", "PAA"}};
    private static final long SCRAMBLE_MOD = 100_000_000L;
    private static final long SCRAMBLE_MUL = 2_654_435_761L;

    /** Sequence numbers used, per region × day × sex. */
    private final short[] used = new short[REGIONS.length * DAYS * 2];
    private long passports;
    /** One serial for both travel-permit kinds, so no two permits share their 8 digits. */
    private long hmtPermits;
    private long creditCodes;

    /** Where a resident id was issued. */
    enum Origin {
        /** A district of Shanghai. */
        SHANGHAI,
        /** A district of another province. */
        ELSEWHERE
    }

    private static String[] regions() {
        String[] all = new String[Places.SHANGHAI.length + Places.ELSEWHERE.length + Places.HMT.length];
        System.arraycopy(Places.SHANGHAI, 0, all, 0, Places.SHANGHAI.length);
        System.arraycopy(Places.ELSEWHERE, 0, all, Places.SHANGHAI.length, Places.ELSEWHERE.length);
        System.arraycopy(Places.HMT, 0, all, Places.SHANGHAI.length + Places.ELSEWHERE.length, Places.HMT.length);
        return all;
    }

    /**
     * Returns a valid resident id (GB 11643, 18 characters) not issued before in this run.
     *
     * @param r      the random source, not null
     * @param origin where it was issued, not null
     * @param birth  the birth date, in {@value #FIRST_YEAR}..{@value #LAST_YEAR}
     * @param male   the sex the sequence digit encodes
     * @return the number, not null
     */
    String residentId(SplittableRandom r, Origin origin, LocalDate birth, boolean male) {
        int from = origin == Origin.SHANGHAI ? SHANGHAI_FROM : ELSEWHERE_FROM;
        int count = origin == Origin.SHANGHAI ? Places.SHANGHAI.length : Places.ELSEWHERE.length;
        return issue(from + r.nextInt(count), from, count, birth, male);
    }

    /**
     * Returns a valid HMT residence-permit number (810000/820000/830000) not issued before.
     *
     * @param r     the random source, not null
     * @param birth the birth date, in {@value #FIRST_YEAR}..{@value #LAST_YEAR}
     * @param male  the sex the sequence digit encodes
     * @return the number, not null
     */
    String hmtPermit(SplittableRandom r, LocalDate birth, boolean male) {
        return issue(HMT_FROM + r.nextInt(Places.HMT.length), HMT_FROM, Places.HMT.length, birth, male);
    }

    /**
     * Returns a valid HMT residence-permit number of one region (810000 Hong Kong, 820000 Macao,
     * 830000 Taiwan) not issued before; when that region's numbers for the day and sex are used
     * up, another region's.
     *
     * @param region the index into {@link Places#HMT}
     * @param birth  the birth date, in {@value #FIRST_YEAR}..{@value #LAST_YEAR}
     * @param male   the sex the sequence digit encodes
     * @return the number, not null
     */
    String hmtPermit(int region, LocalDate birth, boolean male) {
        return issue(HMT_FROM + region, HMT_FROM, Places.HMT.length, birth, male);
    }

    private String issue(int region, int from, int count, LocalDate birth, boolean male) {
        int day = (int) (birth.toEpochDay() - FIRST_DAY);
        if (day < 0 || day >= DAYS) {
            throw new IllegalArgumentException("birth year " + birth.getYear() + " outside " + FIRST_YEAR + ".." + LAST_YEAR);
        }
        int sex = male ? 1 : 0;
        for (int k = 0; k < count; k++) {
            int reg = from + (region - from + k) % count;
            int slot = (reg * DAYS + day) * 2 + sex;
            int c = used[slot];
            if (c < PER_SEX) {
                used[slot] = (short) (c + 1);
                int h = (reg * 31 + day) % PER_SEX;
                int seq = 2 * ((c * 7 + h) % PER_SEX) + sex;
                return number(REGIONS[reg], birth, seq);
            }
        }
        throw new IllegalStateException("more than " + PER_SEX * count + " numbers for one birth day and sex");
    }

    private static String number(String region, LocalDate birth, int seq) {
        char[] c = new char[18];
        region.getChars(0, 6, c, 0);
        int y = birth.getYear();
        c[6] = digit(y / 1000);
        c[7] = digit(y / 100 % 10);
        c[8] = digit(y / 10 % 10);
        c[9] = digit(y % 10);
        c[10] = digit(birth.getMonthValue() / 10);
        c[11] = digit(birth.getMonthValue() % 10);
        c[12] = digit(birth.getDayOfMonth() / 10);
        c[13] = digit(birth.getDayOfMonth() % 10);
        c[14] = digit(seq / 100);
        c[15] = digit(seq / 10 % 10);
        c[16] = digit(seq % 10);
        c[17] = ResidentIds.checkCharacter(new String(c, 0, 17));
        return new String(c);
    }

    private static char digit(int d) {
        return (char) ('0' + d);
    }

    /**
     * Returns a different, wrong check character for an 18-character number.
     *
     * @param number a valid 18-character resident id or HMT permit, not null
     * @return the number with its check character replaced
     */
    static String withWrongCheck(String number) {
        char right = number.charAt(17);
        char wrong = right == '9' ? '0' : right == 'X' ? '1' : (char) (right + 1);
        return number.substring(0, 17) + wrong;
    }

    /**
     * Returns a Hong Kong or Macao travel permit number (港澳居民来往内地通行证): {@code H} or
     * {@code M} and 8 digits, not issued before in this run.
     *
     * @param macao true for a Macao resident's ({@code M}), false for a Hong Kong resident's ({@code H})
     * @return the number, 9 characters
     */
    String hongKongMacaoPermit(boolean macao) {
        return (macao ? "M" : "H") + eightDigits(hmtPermits++);
    }

    /**
     * Returns a Taiwan travel permit number (台湾居民来往大陆通行证): 8 digits, not issued before
     * in this run.
     *
     * @return the number, 8 digits
     */
    String taiwanPermit() {
        return eightDigits(hmtPermits++);
    }

    /**
     * Returns a passport of a foreign country: its alpha-3 code and a number not issued before.
     *
     * @param r the random source, not null
     * @return {country, number}
     */
    String[] passport(SplittableRandom r) {
        String[] country = PASSPORT_COUNTRIES[r.nextInt(PASSPORT_COUNTRIES.length)];
        return new String[] {country[0], country[1] + eightDigits(passports++)};
    }

    /**
     * Returns a valid unified social credit code (GB 32100) with a valid organization code
     * (GB 11714) inside, not issued before in this run.
     *
     * @param kind   registration authority and entity type, two characters ("91" enterprise,
     *               "12" public institution, "11" government organ)
     * @param region the six-digit region code, not null
     * @return the code, 18 characters
     */
    String creditCode(String kind, String region) {
        String base = eightDigits(creditCodes++);
        int[] weights = {3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (base.charAt(i) - '0') * weights[i];
        }
        int c9 = 11 - sum % 11;
        char check = c9 == 10 ? 'X' : c9 == 11 ? '0' : (char) ('0' + c9);
        String first17 = kind + region + base + check;
        return first17 + CreditCodes.checkCharacter(first17);
    }

    /**
     * Returns a credit code with a different, wrong check character.
     *
     * @param code a valid code, not null
     * @return the code with its last character replaced by another of the alphabet
     */
    static String withWrongCheck18(String code) {
        char right = code.charAt(17);
        char wrong = right == '0' ? '1' : '0';
        return code.substring(0, 17) + wrong;
    }

    private static String eightDigits(long serial) {
        long v = Math.floorMod(serial * SCRAMBLE_MUL + 12_345_679L, SCRAMBLE_MOD);
        String s = Long.toString(v);
        return "00000000".substring(s.length()) + s;
    }

    /**
     * Returns a Chinese mobile or Shanghai landline number in one of the usual spellings.
     *
     * @param r the random source, not null
     * @return the number, matching the model's phone pattern
     */
    static String phone(SplittableRandom r) {
        int kind = r.nextInt(10);
        if (kind == 0) {
            return "021-" + (5 + r.nextInt(5)) + digits(r, 7);
        }
        String mobile = MOBILE_PREFIXES[r.nextInt(MOBILE_PREFIXES.length)] + digits(r, 8);
        if (kind < 4) {
            return "+86 " + mobile;
        }
        if (kind < 7) {
            return mobile.substring(0, 3) + " " + mobile.substring(3, 7) + " " + mobile.substring(7);
        }
        return mobile;
    }

    private static String digits(SplittableRandom r, int n) {
        char[] c = new char[n];
        for (int i = 0; i < n; i++) {
            c[i] = (char) ('0' + r.nextInt(10));
        }
        return new String(c);
    }
}
