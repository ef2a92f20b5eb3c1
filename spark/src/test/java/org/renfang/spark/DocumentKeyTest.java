package org.renfang.spark;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.renfang.model.DocumentType;
import org.renfang.model.IdentityDocument;
import org.renfang.model.ImmutableIdentityDocument;

/**
 * Persons meet in a DOCUMENT neighbourhood under the type and normalized number of a document they
 * hold: two numbers are two keys (a key of the type alone would put every holder of that type in
 * one group), one number in another spelling or of another country is one key.
 */
class DocumentKeyTest {

    @Test
    void differentNumbersAreDifferentKeys() {
        assertThat(Lines.documentKey(doc(DocumentType.PASSPORT, "E1234567", null)))
                .isNotEqualTo(Lines.documentKey(doc(DocumentType.PASSPORT, "E7654321", null)));
    }

    @Test
    void oneNumberOfTwoTypesIsTwoKeys() {
        assertThat(Lines.documentKey(doc(DocumentType.PASSPORT, "E1234567", null)))
                .isNotEqualTo(Lines.documentKey(doc(DocumentType.CN_RESIDENT_ID, "E1234567", null)));
    }

    @Test
    void theNumberIsNormalizedAndTheCountryLeftOut() {
        assertThat(Lines.documentKey(doc(DocumentType.CN_RESIDENT_ID, " 11010519491231002x", "CHN")))
                .isEqualTo(Lines.documentKey(doc(DocumentType.CN_RESIDENT_ID, "11010519491231002X", null)));
    }

    private static IdentityDocument doc(DocumentType type, String number, String country) {
        ImmutableIdentityDocument.Builder b = ImmutableIdentityDocument.builder().type(type).number(number);
        if (country != null) {
            b.country(country);
        }
        return b.build();
    }
}
