package org.renfang.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.renfang.model.RecordType;
import org.renfang.validation.finding.RuleCode;

/**
 * The ownership table: every (carrier kind, rule) pair has exactly one owning neighbourhood, so a
 * finding is kept exactly once; the table is the one documented in docs/spark.md.
 */
class NeighbourhoodTest {

    @Test
    void everyRuleOfEveryCarrierHasOneOwner() {
        for (RecordType t : RecordType.values()) {
            for (RuleCode r : RuleCode.values()) {
                assertThat(Neighbourhood.owner(t, r)).as(t + " " + r).isNotNull();
            }
        }
    }

    @Test
    void theDocumentedTable() {
        // carrier kind -> owner (the persons' document rule aside)
        Map<RecordType, Neighbourhood> expected = Map.of(
                RecordType.PERSONS, Neighbourhood.PERSON, RecordType.ORGANIZATIONS, Neighbourhood.ORGANIZATION,
                RecordType.PREMISES, Neighbourhood.PREMISES, RecordType.LEASES, Neighbourhood.PREMISES,
                RecordType.EMPLOYMENTS, Neighbourhood.PERSON, RecordType.ENROLLMENTS, Neighbourhood.PERSON,
                RecordType.RESIDENCES, Neighbourhood.PREMISES, RecordType.VISITS, Neighbourhood.PREMISES);
        assertThat(expected).hasSize(RecordType.values().length);
        for (RecordType t : RecordType.values()) {
            for (RuleCode r : RuleCode.values()) {
                Neighbourhood want = t == RecordType.PERSONS && r == RuleCode.PERSON_DUPLICATE_DOCUMENT
                        ? Neighbourhood.DOCUMENT : expected.get(t);
                assertThat(Neighbourhood.owner(t, r)).as(t + " " + r).isEqualTo(want);
            }
        }
    }

    @Test
    void onlyTheDocumentRuleGoesToTheDocumentNeighbourhood() {
        for (RecordType t : RecordType.values()) {
            for (RuleCode r : RuleCode.values()) {
                if (Neighbourhood.owner(t, r) == Neighbourhood.DOCUMENT) {
                    assertThat(r).isEqualTo(RuleCode.PERSON_DUPLICATE_DOCUMENT);
                    assertThat(t).isEqualTo(RecordType.PERSONS);
                }
            }
        }
    }
}
