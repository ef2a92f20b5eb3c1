package org.renfang.model.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.junit.jupiter.api.Test;
import org.renfang.model.EmploymentId;
import org.renfang.model.OrganizationId;
import org.renfang.model.PersonId;
import org.renfang.model.RecordField;
import org.renfang.model.RecordType;
import org.renfang.model.RenfangStyle;

/**
 * Adding a field to a record kind is one change in the model: {@link Contract} is an employment-like kind
 * with two fields more ({@code position} and {@code trialEnd}), declared only in its interface,
 * and the descriptors ({@link RecordField}) and the binder take them from there, with no other
 * change.
 */
class DescriptorBindingTest {

    /** An employment-like kind with two fields more, declared only here. */
    @Value.Immutable
    @RenfangStyle
    @JsonDeserialize(as = ImmutableContract.class)
    @JsonPropertyOrder({"id", "person", "employer", "start", "position", "trialEnd"})
    interface Contract {
        @JsonProperty("id")
        EmploymentId id();

        @JsonProperty("person")
        PersonId person();

        @JsonProperty("employer")
        OrganizationId employer();

        @JsonProperty("start")
        LocalDate start();

        /** @return the new required field */
        @JsonProperty("position")
        String position();

        /** @return the new optional field */
        @JsonProperty("trialEnd")
        Optional<LocalDate> trialEnd();
    }

    private static Object bind(String json) throws IOException {
        try (JsonParser p = RenfangJson.sharedPayloadMapper().createParser(json)) {
            p.nextToken();
            return new RecordBinder(RenfangJson.sharedPayloadMapper(), false).read(p, Contract.class);
        }
    }

    @Test
    void theNewFields_areDescribed_fromTheInterfaceAlone() {
        List<RecordField> fields = RecordField.of(Contract.class);

        assertThat(fields).extracting(RecordField::name)
                .containsExactly("id", "person", "employer", "start", "position", "trialEnd");
        assertThat(fields.get(4).required()).isTrue();
        assertThat(fields.get(4).valueType()).isEqualTo(String.class);
        assertThat(fields.get(5).required()).isFalse();
        assertThat(fields.get(5).shape()).isEqualTo(RecordField.Shape.OPTIONAL);
        assertThat(fields.get(5).valueType()).isEqualTo(LocalDate.class);
        assertThat(fields.get(1).reference()).contains(RecordType.PERSONS);
        assertThat(fields.get(4).reference()).isEmpty();
    }

    @Test
    void theNewFields_areBound_withoutAnyChangeToTheBinder() throws IOException {
        Object c = bind("{\"id\":\"E1\",\"person\":\"P1\",\"employer\":\"O1\",\"start\":\"2026-01-01\","
                + "\"position\":\"cook\",\"trialEnd\":\"2026-06-30\"}");

        assertThat(c).isEqualTo(ImmutableContract.builder().id(EmploymentId.of("E1")).person(PersonId.of("P1"))
                .employer(OrganizationId.of("O1")).start(LocalDate.of(2026, 1, 1)).position("cook")
                .trialEnd(LocalDate.of(2026, 6, 30)).build());
    }

    @Test
    void theNewFields_travelInTheBinaryForm_withoutAnyChangeToIt() {
        Contract c = ImmutableContract.builder().id(EmploymentId.of("E1")).person(PersonId.of("P1"))
                .employer(OrganizationId.of("O1")).start(LocalDate.of(2026, 1, 1)).position("厨师")
                .trialEnd(LocalDate.of(2026, 6, 30)).build();
        Contract withoutTrial = ImmutableContract.copyOf(c).withTrialEnd(Optional.empty());

        assertThat(BinaryRecords.read(Contract.class, BinaryRecords.write(Contract.class, c))).isEqualTo(c);
        assertThat(BinaryRecords.read(Contract.class, BinaryRecords.write(Contract.class, withoutTrial)))
                .isEqualTo(withoutTrial);
    }

    @Test
    void aBrokenNewField_isItsOwnError_andAMissingOneIsRequired() throws IOException {
        String json = "{\"id\":\"E1\",\"person\":\"P1\",\"employer\":\"O1\",\"start\":\"2026-01-01\","
                + "\"trialEnd\":\"2026-02-30\",\"postion\":\"cook\"}";
        RecordBinder binder = new RecordBinder(RenfangJson.sharedPayloadMapper(), false);
        try (JsonParser p = RenfangJson.sharedPayloadMapper().createParser(json)) {
            p.nextToken();
            assertThatThrownBy(() -> binder.read(p, Contract.class)).isInstanceOf(RecordBinder.FieldErrors.class);
        }
        List<JsonMappingException> errors = binder.takeFieldErrors();

        assertThat(errors).hasSize(3);
        assertThat(errors.get(0).getPath().get(0).getFieldName()).isEqualTo("trialEnd");
        assertThat(errors.get(1).getPath().get(0).getFieldName()).isEqualTo("postion");
        assertThat(errors.get(1).getOriginalMessage()).isEqualTo("unknown field");
        assertThat(errors.get(2).getCause()).hasMessageContaining("position");
    }

    @Test
    void aTypeWithoutAnImplementation_isRefused() throws IOException {
        try (JsonParser p = RenfangJson.sharedPayloadMapper().createParser("{}")) {
            p.nextToken();
            assertThatThrownBy(() -> new RecordBinder(RenfangJson.sharedPayloadMapper(), false).read(p, String.class))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }
}
