package org.renfang.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The descriptors of the record kinds, checked against the model's own declarations. */
class RecordTypeTest {

    private static Employment employment(String id, String person) {
        return ImmutableEmployment.builder().id(EmploymentId.of(id)).person(PersonId.of(person))
                .employer(OrganizationId.of("O1")).start(LocalDate.of(2026, 1, 1)).build();
    }

    @Test
    void everyKind_describesItsInterface_inJsonOrder() {
        for (RecordType t : RecordType.values()) {
            List<String> names = new ArrayList<>();
            t.fields().forEach(f -> names.add(f.name()));
            assertThat(names).as(t.name())
                    .containsExactly(t.type().getAnnotation(JsonPropertyOrder.class).value());
            assertThat(t.fields().get(0).valueType()).as(t.name()).isEqualTo(t.idType());
        }
    }

    @Test
    void theKindsAreTheSealedRecordsPermittedSubclasses() {
        assertThat(Record.class.isSealed()).isTrue();
        assertThat(Record.class.getPermittedSubclasses())
                .containsExactly(List.of(RecordType.values()).stream().map(RecordType::type).toArray(Class[]::new));
    }

    @Test
    void requiredFields_areOneValueWithoutDefault() {
        Map<String, Boolean> lease = new java.util.HashMap<>();
        RecordType.LEASES.fields().forEach(f -> lease.put(f.name(), f.required()));

        assertThat(lease).containsEntry("id", true).containsEntry("premises", true).containsEntry("lessor", true)
                .containsEntry("start", true).containsEntry("end", true)
                .containsEntry("household", false).containsEntry("subletPermitted", false) // defaults
                .containsEntry("rooms", false).containsEntry("signedOn", false).containsEntry("parent", false);
    }

    @Test
    void references_areTheOwnFieldsHoldingIdsOfARecordKind() {
        assertThat(RecordType.RESIDENCES.references()).extracting(RecordField::name)
                .containsExactly("person", "premises"); // room is not a record kind; basis.lease is nested
        assertThat(RecordType.LEASES.references()).extracting(RecordField::name)
                .containsExactly("premises", "occupants", "parent");
        assertThat(RecordType.LEASES.references().get(2).reference()).contains(RecordType.LEASES);
        assertThat(RecordType.PERSONS.references()).isEmpty();
    }

    @Test
    void ofRecord_ofIdType_ofJsonName() {
        assertThat(RecordType.of(employment("E1", "P1"))).isEqualTo(RecordType.EMPLOYMENTS);
        assertThat(RecordType.ofIdType(VisitId.class)).isEqualTo(RecordType.VISITS);
        assertThat(RecordType.ofIdType(RoomId.class)).isNull();
        assertThat(RecordType.ofJsonName("enrollments")).isEqualTo(RecordType.ENROLLMENTS);
        assertThat(RecordType.ofJsonName("rooms")).isNull();
        assertThat(RecordType.PREMISES.id("H1")).isEqualTo(PremisesId.of("H1"));
        assertThatThrownBy(() -> RecordType.PREMISES.id(" ")).isInstanceOf(InvalidFieldException.class);
    }

    @Test
    void set_andRecords_roundTrip_andRefuseAnotherKind() {
        ImmutableRegistryDocument.Builder b = RegistryDocument.registration();
        RecordType.EMPLOYMENTS.set(b, List.of(employment("E1", "P1")));
        RegistryDocument d = b.build();

        assertThat(List.<Object>copyOf(RecordType.EMPLOYMENTS.records(d))).containsExactly(employment("E1", "P1"));
        assertThat(RecordType.PERSONS.records(d)).isEmpty();
        assertThatThrownBy(() -> RecordType.ENROLLMENTS.set(RegistryDocument.registration(),
                List.of(employment("E1", "P1")))).isInstanceOf(ClassCastException.class);
    }

    @Test
    void index_keepsTheFirstOfEachId_andTellsTheLaterOnes() {
        List<Employment> records = List.of(employment("E1", "P1"), employment("E2", "P1"), employment("E1", "P2"),
                employment("E1", "P3"));
        List<Integer> duplicates = new ArrayList<>();

        Map<EmploymentId, Employment> byId = RecordType.EMPLOYMENTS.index(records, duplicates::add);

        assertThat(byId).hasSize(2);
        assertThat(byId.get(EmploymentId.of("E1")).person()).isEqualTo(PersonId.of("P1"));
        assertThat(duplicates).containsExactly(2, 3);
        assertThat(RecordType.EMPLOYMENTS.index(List.<Employment>of(), i -> { })).isEmpty();
    }
}
