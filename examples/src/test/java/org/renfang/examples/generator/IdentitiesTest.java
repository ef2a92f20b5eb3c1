package org.renfang.examples.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.renfang.id.CreditCodeReason;
import org.renfang.id.CreditCodes;
import org.renfang.id.IdCheck;
import org.renfang.id.IdNumbers;
import org.renfang.model.DocumentType;
import org.renfang.model.Sex;

class IdentitiesTest {
    private static final LocalDate AS_OF = RegistryGenerator.AS_OF;

    @Test
    void residentIds_onOneBirthDay_areValidUniqueAndEncodeDateAndSex() {
        Identities ids = new Identities();
        SplittableRandom r = new SplittableRandom(1);
        LocalDate birth = LocalDate.of(1988, 2, 29);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 4_000; i++) {
            boolean male = i % 2 == 0;
            String n = ids.residentId(r, i % 3 == 0 ? Identities.Origin.SHANGHAI : Identities.Origin.ELSEWHERE,
                    birth, male);
            IdCheck c = IdNumbers.check(DocumentType.CN_RESIDENT_ID, n, AS_OF);
            assertThat(c.isValid()).as(n).isTrue();
            assertThat(c.birthDate()).contains(birth);
            assertThat(c.sex()).contains(male ? Sex.MALE : Sex.FEMALE);
            assertThat(seen.add(n)).as("repeated " + n).isTrue();
        }
    }

    @Test
    void shanghaiIds_areIssuedInShanghai_othersElsewhere() {
        Identities ids = new Identities();
        SplittableRandom r = new SplittableRandom(2);
        for (int i = 0; i < 200; i++) {
            assertThat(ids.residentId(r, Identities.Origin.SHANGHAI, LocalDate.of(2001, 5, 4), true)).startsWith("3101");
            assertThat(ids.residentId(r, Identities.Origin.ELSEWHERE, LocalDate.of(2001, 5, 4), true))
                    .doesNotStartWith("31");
        }
    }

    @Test
    void hmtPermits_areValid_andWrongCheckIsNot() {
        Identities ids = new Identities();
        SplittableRandom r = new SplittableRandom(3);
        for (int i = 0; i < 300; i++) {
            String n = ids.hmtPermit(r, LocalDate.of(1975, 12, 31), i % 2 == 0);
            assertThat(n).matches("8[123]0000\\d{11}[0-9X]");
            assertThat(IdNumbers.isValid(DocumentType.CN_HMT_RESIDENCE_PERMIT, n, AS_OF)).isTrue();
            assertThat(IdNumbers.isValid(DocumentType.CN_HMT_RESIDENCE_PERMIT, Identities.withWrongCheck(n), AS_OF))
                    .isFalse();
        }
    }

    @Test
    void hmtPermits_ofOneRegion_carryItsPrefix_andSpillToAnotherWhenItsNumbersAreUsedUp() {
        Identities ids = new Identities();
        LocalDate birth = LocalDate.of(1990, 1, 1);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 500; i++) {
            String n = ids.hmtPermit(Places.TAIWAN, birth, true);
            assertThat(n).startsWith("830000");
            assertThat(IdNumbers.isValid(DocumentType.CN_HMT_RESIDENCE_PERMIT, n, AS_OF)).isTrue();
            assertThat(seen.add(n)).isTrue();
        }
        String next = ids.hmtPermit(Places.TAIWAN, birth, true);
        assertThat(next).startsWith("810000");
        assertThat(seen.add(next)).isTrue();
    }

    @Test
    void travelPermits_hongKongMacaoAndTaiwan_areValidAndUnique() {
        Identities ids = new Identities();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 3_000; i++) {
            String hm = ids.hongKongMacaoPermit(i % 3 == 0);
            assertThat(hm).matches((i % 3 == 0 ? "M" : "H") + "\\d{8}");
            assertThat(IdNumbers.isValid(DocumentType.CN_HK_MACAO_PERMIT, hm, AS_OF)).as(hm).isTrue();
            String tw = ids.taiwanPermit();
            assertThat(IdNumbers.isValid(DocumentType.CN_TAIWAN_PERMIT, tw, AS_OF)).as(tw).isTrue();
            assertThat(seen.add(hm.substring(1))).as("digits repeated " + hm).isTrue();
            assertThat(seen.add(tw)).as("digits repeated " + tw).isTrue();
        }
    }

    @Test
    void creditCodes_areValidAndUnique_andWrongCheckIsInvalid() {
        Identities ids = new Identities();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 5_000; i++) {
            String c = ids.creditCode(i % 2 == 0 ? "91" : "12", Places.SHANGHAI[i % Places.SHANGHAI.length]);
            assertThat(CreditCodes.check(c)).as(c).isEqualTo(CreditCodeReason.OK);
            assertThat(CreditCodes.check(Identities.withWrongCheck18(c))).isEqualTo(CreditCodeReason.CHECK_CHARACTER);
            assertThat(seen.add(c)).isTrue();
        }
    }

    @Test
    void passports_areValidAndUnique() {
        Identities ids = new Identities();
        SplittableRandom r = new SplittableRandom(4);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 5_000; i++) {
            String[] p = ids.passport(r);
            assertThat(p[0]).matches("[A-Z]{3}");
            assertThat(IdNumbers.isValid(DocumentType.PASSPORT, p[1], AS_OF)).as(p[1]).isTrue();
            assertThat(seen.add(p[1])).isTrue();
        }
    }

    @Test
    void phones_matchTheModelsPattern() {
        Pattern model = Pattern.compile("\\+?[0-9 ()-]{3,32}");
        SplittableRandom r = new SplittableRandom(5);
        for (int i = 0; i < 1_000; i++) {
            assertThat(Identities.phone(r)).matches(model);
        }
    }

    @Test
    void names_areShortEnough() {
        SplittableRandom r = new SplittableRandom(6);
        for (int i = 0; i < 1_000; i++) {
            assertThat(Names.chinese(r, i % 2 == 0)).hasSizeBetween(2, 4);
            assertThat(Names.latin(r).length()).isBetween(5, 128);
            assertThat(Names.company(r).length()).isLessThanOrEqualTo(128);
        }
    }
}
