package org.renfang.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.metadata.BeanDescriptor;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.ContainerElementTypeDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.renfang.model.Basis;
import org.renfang.model.DocumentType;
import org.renfang.model.EmploymentId;
import org.renfang.model.EnrollmentId;
import org.renfang.model.ImmutableAddress;
import org.renfang.model.ImmutableBasis;
import org.renfang.model.ImmutableEmployment;
import org.renfang.model.ImmutableEnrollment;
import org.renfang.model.ImmutableFiling;
import org.renfang.model.ImmutableIdentityDocument;
import org.renfang.model.ImmutableLease;
import org.renfang.model.ImmutableOrganization;
import org.renfang.model.ImmutableParty;
import org.renfang.model.ImmutablePerson;
import org.renfang.model.ImmutablePremises;
import org.renfang.model.ImmutableResidence;
import org.renfang.model.ImmutableRoom;
import org.renfang.model.ImmutableVisit;
import org.renfang.model.LeaseId;
import org.renfang.model.OrganizationId;
import org.renfang.model.Party;
import org.renfang.model.PersonId;
import org.renfang.model.PremisesId;
import org.renfang.model.PremisesKind;
import org.renfang.model.PremisesUse;
import org.renfang.model.ResidenceId;
import org.renfang.model.RoomId;
import org.renfang.model.RoomKind;
import org.renfang.model.VisitId;
import org.renfang.model.VisitPurpose;

/**
 * {@link ModelConstraints} against the validator: the annotations of the model are the ones it
 * was written for, and on edge values it clears exactly the records the validator accepts.
 */
class ModelConstraintsTest {

    private static final Validator VALIDATOR = FieldConstraints.factory().getValidator();

    // -----------------------------------------------------------------------------------------
    // The annotations ModelConstraints mirrors. When this test fails, the model's constraints
    // changed: change ModelConstraints to match, then this list.

    private static final List<String> EXPECTED = List.of(
            "Address.building<> Size(max=32, min=0)",
            "Address.code<> Size(max=64, min=0)",
            "Address.division Pattern(regexp=\\d{6}|\\d{8}|\\d{9}|\\d{12})",
            "Address.floor<> Size(max=32, min=0)",
            "Address.line NotBlank()",
            "Address.line Size(max=256, min=0)",
            "Address.room<> Size(max=32, min=0)",
            "Address.unit<> Size(max=32, min=0)",
            "Filing.number<> Size(max=64, min=0)",
            "IdentityDocument.country<> Pattern(regexp=[A-Z]{3})",
            "IdentityDocument.number NotBlank()",
            "IdentityDocument.number Size(max=64, min=0)",
            "Lease.filing<> @Valid",
            "Lease.lessees<> @Valid",
            "Lease.lessor @Valid",
            "Organization.creditCode<> Size(max=18, min=0)",
            "Organization.name NotBlank()",
            "Organization.name Size(max=128, min=0)",
            "Person.documents<> @Valid",
            "Person.householdRegistration<> @Valid",
            "Person.name NotBlank()",
            "Person.name Size(max=128, min=0)",
            "Person.nationality<> Pattern(regexp=[A-Z]{3})",
            "Person.phone<> Pattern(regexp=\\+?[0-9 ()-]{3,32})",
            "Person.phone<> Size(max=32, min=0)",
            "Premises.address @Valid",
            "Premises.floorArea<> DecimalMax(inclusive=true, value=1000000)",
            "Premises.floorArea<> Positive()",
            "Premises.rentalRegister<> @Valid",
            "Premises.rooms<> @Valid",
            "Residence.basis @Valid",
            "ProviderConfirmation.by @Valid",
            "Residence.providerConfirmation<> @Valid",
            "Room.area<> DecimalMax(inclusive=true, value=100000)",
            "Room.area<> Positive()",
            "Visit.inspector<> Size(max=32, min=0)",
            "Visit.label<> Size(max=1024, min=0)",
            "Visit.observedOccupants<> Max(value=100000)",
            "Visit.observedOccupants<> PositiveOrZero()");

    private static final List<Class<?>> MODEL = List.of(ImmutableAddress.class, ImmutableBasis.class,
            ImmutableEmployment.class, ImmutableEnrollment.class, ImmutableFiling.class,
            ImmutableIdentityDocument.class, ImmutableLease.class, ImmutableOrganization.class, ImmutableParty.class,
            ImmutablePerson.class, ImmutablePremises.class, ImmutableResidence.class, ImmutableRoom.class,
            ImmutableVisit.class, org.renfang.model.ImmutableRentalRegister.class,
            org.renfang.model.ImmutableProviderConfirmation.class);

    @Test
    void modelAnnotations_areTheOnesModelConstraintsMirrors() {
        Set<String> actual = new TreeSet<>();
        for (Class<?> type : MODEL) {
            BeanDescriptor bean = VALIDATOR.getConstraintsForClass(type);
            String owner = type.getSimpleName().substring("Immutable".length());
            for (PropertyDescriptor p : bean.getConstrainedProperties()) {
                String at = owner + "." + p.getPropertyName();
                describe(at, p.getConstraintDescriptors(), p.isCascaded(), actual);
                for (ContainerElementTypeDescriptor c : p.getConstrainedContainerElementTypes()) {
                    describe(at + "<>", c.getConstraintDescriptors(), c.isCascaded(), actual);
                }
            }
            assertThat(bean.getConstraintDescriptors()).as(owner + " class-level constraints").isEmpty();
        }
        assertThat(actual).containsExactlyElementsOf(new TreeSet<>(EXPECTED));
    }

    private static void describe(String at, Set<ConstraintDescriptor<?>> constraints, boolean cascaded,
            Set<String> out) {
        if (cascaded) {
            out.add(at + " @Valid");
        }
        for (ConstraintDescriptor<?> c : constraints) {
            Map<String, Object> attributes = new TreeMap<>(c.getAttributes());
            attributes.keySet().removeAll(Set.of("message", "groups", "payload", "flags"));
            StringBuilder sb = new StringBuilder(at).append(' ')
                    .append(c.getAnnotation().annotationType().getSimpleName()).append('(');
            String sep = "";
            for (Map.Entry<String, Object> e : attributes.entrySet()) {
                sb.append(sep).append(e.getKey()).append('=').append(e.getValue());
                sep = ", ";
            }
            out.add(sb.append(')').toString());
        }
    }

    // -----------------------------------------------------------------------------------------
    // Differential: on edge values, holds(r) == validator accepts r

    private static final Random RANDOM = new Random(20261126);

    @SafeVarargs
    private static <T> T pick(T... values) {
        return values[RANDOM.nextInt(values.length)];
    }

    private static String x(int n) {
        return "x".repeat(n);
    }

    private static String blankish() {
        return pick("", " ", "\t", "\u2003", "\u3000", " a ", "Li", "李", "\u0000");
    }

    private static String optional(String... values) {
        return RANDOM.nextInt(4) == 0 ? null : pick(values);
    }

    private static String country() {
        return optional("DEU", "deu", "DE", "DEUT", "D3U", "\u00c4BC", "ABC");
    }

    private static ImmutableAddress address() {
        ImmutableAddress.Builder b = ImmutableAddress.builder()
                .division(pick("650203", "65020", "650203001", "650203001002", "11000000", "6502030010", "65020a",
                        "\uff16\uff15\uff10\uff12\uff10\uff13", "6502030"))
                .line(pick(blankish(), x(256), x(257)));
        b.building(java.util.Optional.ofNullable(optional(x(32), x(33))));
        b.unit(java.util.Optional.ofNullable(optional(x(32), x(33))));
        b.floor(java.util.Optional.ofNullable(optional("3", x(33))));
        b.room(java.util.Optional.ofNullable(optional("501", x(33))));
        b.code(java.util.Optional.ofNullable(optional(x(64), x(65))));
        return b.build();
    }

    private static BigDecimal area(String max) {
        String v = optional("0", "-1", "0.0001", "12", max, max + ".0001", "1E-999999", "1E+7");
        return v == null ? null : new BigDecimal(v);
    }

    private static ImmutablePerson person() {
        ImmutablePerson.Builder b = ImmutablePerson.builder().id(PersonId.of("P1"))
                .name(pick(blankish(), x(128), x(129)));
        int docs = RANDOM.nextInt(3);
        for (int i = 0; i < docs; i++) {
            ImmutableIdentityDocument.Builder d = ImmutableIdentityDocument.builder()
                    .type(pick(DocumentType.values())).number(pick(blankish(), x(64), x(65), "E12345678"));
            d.country(java.util.Optional.ofNullable(country()));
            b.addDocuments(d.build());
        }
        b.nationality(java.util.Optional.ofNullable(country()));
        b.phone(java.util.Optional.ofNullable(optional("+86 991 1234567", "123", "12", "+12", "+123", "(0)-1",
                "1".repeat(32), "1".repeat(33), "+" + "1".repeat(31), "+" + "1".repeat(32), "abc", "+", "++123",
                "\uff11\uff12\uff13", "")));
        if (RANDOM.nextBoolean()) {
            b.householdRegistration(address());
        }
        return b.build();
    }

    private static ImmutablePremises premises() {
        ImmutablePremises.Builder b = ImmutablePremises.builder().id(PremisesId.of("H1")).address(address())
                .kind(PremisesKind.APARTMENT).use(PremisesUse.RESIDENTIAL);
        b.floorArea(java.util.Optional.ofNullable(area("1000000")));
        int rooms = RANDOM.nextInt(3);
        for (int i = 0; i < rooms; i++) {
            ImmutableRoom.Builder r = ImmutableRoom.builder().id(RoomId.of("R" + i)).kind(RoomKind.BEDROOM);
            r.area(java.util.Optional.ofNullable(area("100000")));
            b.addRooms(r.build());
        }
        return b.build();
    }

    private static ImmutableVisit visit() {
        ImmutableVisit.Builder b = ImmutableVisit.builder().id(VisitId.of("V1")).premises(PremisesId.of("H1"))
                .agency(OrganizationId.of("O1")).purpose(VisitPurpose.OTHER)
                .at(OffsetDateTime.parse("2026-04-01T10:00:00+08:00"));
        b.inspector(java.util.Optional.ofNullable(optional(x(32), x(33), "")));
        b.label(java.util.Optional.ofNullable(optional(x(1024), x(1025), "RF1:")));
        Integer n = RANDOM.nextInt(4) == 0 ? null : pick(-1, 0, 1, 100000, 100001, Integer.MIN_VALUE);
        b.observedOccupants(java.util.Optional.ofNullable(n));
        return b.build();
    }

    private static ImmutableOrganization organization() {
        ImmutableOrganization.Builder b = ImmutableOrganization.builder().id(OrganizationId.of("O1"))
                .name(pick(blankish(), x(128), x(129)));
        b.creditCode(java.util.Optional.ofNullable(optional(x(18), x(19), "")));
        return b.build();
    }

    private static ImmutableLease lease() {
        ImmutableLease.Builder b = ImmutableLease.builder().id(LeaseId.of("L1")).premises(PremisesId.of("H1"))
                .lessor(Party.of(PersonId.of("P1"))).addLessees(Party.of(PersonId.of("P2")))
                .start(LocalDate.of(2026, 1, 1)).end(LocalDate.of(2026, 12, 31));
        if (RANDOM.nextBoolean()) {
            ImmutableFiling.Builder f = ImmutableFiling.builder().filedOn(LocalDate.of(2026, 1, 5));
            f.number(java.util.Optional.ofNullable(optional(x(64), x(65), "")));
            b.filing(f.build());
        }
        return b.build();
    }

    private static void same(Object record, List<String> disagreements) {
        Set<ConstraintViolation<Object>> violations = VALIDATOR.validate(record);
        boolean holds = ModelConstraints.holds(record);
        if (holds != violations.isEmpty()) {
            disagreements.add(record + " holds=" + holds + " violations=" + violations);
        }
    }

    @Test
    void onEdgeValues_holdsExactlyWhenTheValidatorAccepts() {
        List<String> disagreements = new ArrayList<>();
        int valid = 0;
        for (int i = 0; i < 3000; i++) {
            Object[] records = {person(), premises(), visit(), organization(), lease()};
            for (Object r : records) {
                same(r, disagreements);
                if (ModelConstraints.holds(r)) {
                    valid++;
                }
            }
        }
        assertThat(disagreements).isEmpty();
        assertThat(valid).as("some generated records are valid").isGreaterThan(500);
    }

    @Test
    void recordsWithoutConstraints_alwaysHold() {
        ImmutableResidence r = ImmutableResidence.builder().id(ResidenceId.of("R1")).person(PersonId.of("P1"))
                .premises(PremisesId.of("H1")).basis(Basis.owner()).movedIn(LocalDate.of(2026, 1, 1))
                .registeredOn(LocalDate.of(2026, 1, 2)).build();
        ImmutableEmployment e = ImmutableEmployment.builder().id(EmploymentId.of("E1")).person(PersonId.of("P1"))
                .employer(OrganizationId.of("O1")).start(LocalDate.of(2026, 1, 1)).build();
        ImmutableEnrollment s = ImmutableEnrollment.builder().id(EnrollmentId.of("S1")).person(PersonId.of("P1"))
                .school(OrganizationId.of("O2")).start(LocalDate.of(2026, 1, 1)).build();
        List<String> disagreements = new ArrayList<>();
        for (Object o : List.of(r, e, s)) {
            assertThat(ModelConstraints.holds(o)).isTrue();
            same(o, disagreements);
        }
        assertThat(disagreements).isEmpty();
        assertThat(ModelConstraints.holds("not a record")).isFalse();
    }

    @Test
    void hostBeans_keepJavaBeansPropertyNames() {
        class Bean {
            @jakarta.validation.constraints.NotBlank
            public String getTitle() {
                return " ";
            }
        }
        Set<ConstraintViolation<Bean>> v = VALIDATOR.validate(new Bean());
        assertThat(v).extracting(c -> c.getPropertyPath().toString()).containsExactly("title");
    }
}
