package org.renfang.model.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.renfang.model.EmploymentId;
import org.renfang.model.ImmutableEmployment;
import org.renfang.model.OrganizationId;
import org.renfang.model.PersonId;
import org.renfang.model.RecordType;
import org.renfang.model.RegistryDocument;

class ReadResultTest {

    private static final RegistryDocument TWO_EMPLOYMENTS = RegistryDocument.registry()
            .addEmployments(employment("E1"), employment("E2")).build();

    private static ImmutableEmployment employment(String id) {
        return ImmutableEmployment.builder().id(EmploymentId.of(id)).person(PersonId.of("P1"))
                .employer(OrganizationId.of("O1")).start(LocalDate.of(2026, 1, 1)).build();
    }

    @Test
    void inMemory_sourcePositionsAreListPositions() {
        ReadResult r = ReadResult.of(TWO_EMPLOYMENTS);

        assertThat(r.isClean()).isTrue();
        assertThat(r.pointer(RecordType.EMPLOYMENTS, 1)).isEqualTo("/employments/1");
        assertThat(r.duplicateId(RecordType.EMPLOYMENTS, 1))
                .isEqualTo(new JsonProblem(JsonProblem.Kind.INVALID, "/employments/1/id",
                        "id repeats an earlier employment's id"));
    }

    @Test
    void asRead_pointsIntoTheSource_pastTheRecordsLeftOut() {
        // the source's employment 1 failed to read: list position 1 is source position 2
        int[][] sourceIndex = new int[RecordType.values().length][];
        sourceIndex[RecordType.EMPLOYMENTS.ordinal()] = new int[] {0, 2};
        JsonProblem problem = new JsonProblem(JsonProblem.Kind.REQUIRED, "/employments/1/person", "missing");

        ReadResult r = ReadResult.of(TWO_EMPLOYMENTS, List.of(problem), sourceIndex);

        assertThat(r.isClean()).isFalse();
        assertThat(r.problems()).containsExactly(problem);
        assertThat(r.sourceIndex(RecordType.EMPLOYMENTS, 1)).isEqualTo(2);
        assertThat(r.pointer(RecordType.EMPLOYMENTS, 1)).isEqualTo("/employments/2");
        assertThat(r.pointer(RecordType.PERSONS, 3)).isEqualTo("/persons/3");

        // the result keeps its own copy
        sourceIndex[RecordType.EMPLOYMENTS.ordinal()][1] = 7;
        sourceIndex[RecordType.PERSONS.ordinal()] = new int[] {9, 9, 9, 9};
        assertThat(r.pointer(RecordType.EMPLOYMENTS, 1)).isEqualTo("/employments/2");
        assertThat(r.pointer(RecordType.PERSONS, 3)).isEqualTo("/persons/3");
    }

    @Test
    void aSourceIndexNotOnePerKind_isRefused() {
        assertThatThrownBy(() -> ReadResult.of(TWO_EMPLOYMENTS, List.of(), new int[2][]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("one per record kind");
    }
}
