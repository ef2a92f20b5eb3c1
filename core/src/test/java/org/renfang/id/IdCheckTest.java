package org.renfang.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.renfang.model.DocumentType;

class IdCheckTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 3, 1);

    @Test
    void toString_namesTypeAndReasonOnly_neverTheNumberOrItsFacts() {
        IdCheck ok = ResidentIds.check18("11010519491231002X", AS_OF);
        IdCheck bad = ResidentIds.check18("110105194912310021", AS_OF);

        assertThat(ok).hasToString("IdCheck[CN_RESIDENT_ID, OK]");
        assertThat(bad).hasToString("IdCheck[CN_RESIDENT_ID, CHECK_DIGIT]");
        assertThat(ok.toString()).doesNotContain("110105", "1949", "FEMALE");
    }

    @Test
    void failedCheck_hasNoFacts_evenWhenTheDigitsWouldParse() {
        IdCheck check = ResidentIds.check18("110105194912310021", AS_OF);

        assertThat(check.isValid()).isFalse();
        assertThat(check.birthDate()).isEmpty();
        assertThat(check.regionCode()).isEmpty();
        assertThat(check.sex()).isEmpty();
    }

    @Test
    void equality_byTypeReasonAndFacts() {
        IdCheck a = ResidentIds.check18("11010519491231002X", AS_OF);
        IdCheck sameFacts = ResidentIds.check18("11010519491231002x", AS_OF);
        IdCheck otherFacts = ResidentIds.check18("440524188001010014", AS_OF);
        IdCheck sameAsFifteen = ResidentIds.check15("110105491231002", AS_OF);

        assertThat(a).isEqualTo(sameFacts).hasSameHashCodeAs(sameFacts);
        assertThat(a).isNotEqualTo(otherFacts).isNotEqualTo(sameAsFifteen).isNotEqualTo(null).isNotEqualTo("x");
        assertThat(ResidentIds.check18("", AS_OF)).isSameAs(ResidentIds.check18(null, AS_OF));
    }

    @Test
    void failed_isCachedPerTypeAndReason_andRefusesOk() {
        assertThat(IdCheck.failed(DocumentType.PASSPORT, IdReason.LENGTH)).isSameAs(Passports.check("1"));
        assertThatThrownBy(() -> IdCheck.failed(DocumentType.PASSPORT, IdReason.OK))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> IdCheck.failed(null, IdReason.LENGTH)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void regionCode_keepsLeadingZeros() {
        assertThat(IdCheck.of(DocumentType.CN_RESIDENT_ID, Gb11643.ok(Gb11643.SEX_MALE, 19900101, 12345)).regionCode())
                .contains("012345");
    }
}
