package org.renfang.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.metadata.BeanDescriptor;
import jakarta.validation.metadata.ContainerElementTypeDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.renfang.model.Basis;
import org.renfang.model.DocumentType;
import org.renfang.model.EmploymentId;
import org.renfang.model.EnrollmentId;
import org.renfang.model.ImmutableAddress;
import org.renfang.model.ImmutableEmployment;
import org.renfang.model.ImmutableEnrollment;
import org.renfang.model.ImmutableFiling;
import org.renfang.model.ImmutableIdentityDocument;
import org.renfang.model.ImmutableLease;
import org.renfang.model.ImmutableOrganization;
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
import org.renfang.model.ProviderConfirmation;
import org.renfang.model.Record;
import org.renfang.model.RecordType;
import org.renfang.model.RentalRegister;
import org.renfang.model.ResidenceId;
import org.renfang.model.RoomId;
import org.renfang.model.RoomKind;
import org.renfang.model.VisitId;
import org.renfang.model.VisitPurpose;
import org.renfang.testing.Gen;
import org.renfang.testing.PropertyCheck;

/**
 * {@link ModelConstraints} against the validator: it understands every constraint of every record
 * kind and of what they cascade to, and on records near every boundary of the model's constraints
 * it clears exactly the records the validator accepts (in particular never one it rejects).
 */
class ModelConstraintsTest {

    private static final Validator VALIDATOR = FieldConstraints.factory().getValidator();

    // -----------------------------------------------------------------------------------------
    // Every record kind, and every type it cascades to, is compiled into checks the fast path
    // understands: none of them always goes to the validator.

    @Test
    void everyRecordKind_andEveryValueItCascadesTo_isUnderstood() {
        Set<Class<?>> seen = new LinkedHashSet<>();
        Deque<Class<?>> todo = new ArrayDeque<>();
        for (RecordType t : RecordType.values()) {
            todo.add(implementation(t.type()));
        }
        while (!todo.isEmpty()) {
            Class<?> type = todo.poll();
            if (!seen.add(type)) {
                continue;
            }
            assertThat(ModelConstraints.understands(type)).as(type.getSimpleName()).isTrue();
            BeanDescriptor bean = VALIDATOR.getConstraintsForClass(type);
            for (PropertyDescriptor p : bean.getConstrainedProperties()) {
                if (p.isCascaded()) {
                    todo.add(implementation(p.getElementClass()));
                }
                for (ContainerElementTypeDescriptor c : p.getConstrainedContainerElementTypes()) {
                    if (c.isCascaded()) {
                        todo.add(implementation(elementOf(type, p.getPropertyName())));
                    }
                }
            }
        }
        assertThat(seen).as("record kinds and the values they cascade to")
                .hasSizeGreaterThan(RecordType.values().length);
    }

    /** The Immutables class the wire format builds for an interface of the model. */
    private static Class<?> implementation(Class<?> type) {
        JsonDeserialize d = type.getAnnotation(JsonDeserialize.class);
        return d == null || d.as() == Void.class ? type : d.as();
    }

    private static Class<?> elementOf(Class<?> type, String property) {
        try {
            Type t = type.getMethod(property).getGenericReturnType();
            Type a = ((ParameterizedType) t).getActualTypeArguments()[0];
            return a instanceof ParameterizedType ? (Class<?>) ((ParameterizedType) a).getRawType() : (Class<?>) a;
        } catch (NoSuchMethodException e) {
            throw new AssertionError(e);
        }
    }

    // -----------------------------------------------------------------------------------------
    // Differential: on records near every boundary, holds(r) == the validator accepts r

    private static String x(int n) {
        return "x".repeat(n);
    }

    /** Strings at and one over a maximum length, blank ones of each kind, short ones; half of them valid. */
    private static Gen<String> text(int max) {
        return Gen.oneOf(Gen.of("Li", "李", " a ", x(max), x(max - 1)),
                Gen.of("", " ", "\t", "\u2003", "\u3000", " a ", "Li", "李", "\u0000", x(max), x(max + 1), x(max - 1),
                        " ".repeat(max), " ".repeat(max + 1)));
    }

    private static <T> Gen<Optional<T>> sometimes(Gen<T> gen) {
        return r -> r.nextInt(4) == 0 ? Optional.empty() : Optional.of(gen.next(r));
    }

    private static final Gen<String> COUNTRY = Gen.oneOf(Gen.of("CHN", "DEU"),
            Gen.of("DEU", "deu", "DE", "DEUT", "D3U", "\u00c4BC", "ABC", "CHN", "ZZZ", "AAA", "[BC", "@BC", "AB\uff21"),
            Gen.strings(Gen.charsOf("AZaz@[0"), 0, 4));

    private static final Gen<String> PHONE = Gen.oneOf(Gen.of("+86 991 1234567", "(0)-1"),
            Gen.of("+86 991 1234567", "123", "12", "+12", "+123", "(0)-1", "1".repeat(32), "1".repeat(33),
                    "+" + "1".repeat(31), "+" + "1".repeat(32), "+" + "1".repeat(33), "abc", "+", "++123",
                    "\uff11\uff12\uff13", "", "1+23", "12\n3", "123\n"),
            Gen.strings(Gen.charsOf("+0123456789 ()-/a"), 0, 35));

    private static final Gen<String> DIVISION = Gen.oneOf(Gen.of("650203", "11000000"),
            Gen.of("650203", "65020", "650203001", "650203001002", "11000000", "6502030010", "65020a",
                    "\uff16\uff15\uff10\uff12\uff10\uff13", "6502030", "1100000", "6502030010020", "", "65020 3"),
            Gen.strings(Gen.charsOf("0123456789a"), 0, 13));

    private static final Gen<ImmutableAddress> ADDRESS = r -> ImmutableAddress.builder()
            .division(DIVISION.next(r))
            .line(text(256).next(r))
            .building(sometimes(text(32)).next(r))
            .unit(sometimes(text(32)).next(r))
            .floor(sometimes(Gen.of("3", x(32), x(33))).next(r))
            .room(sometimes(Gen.of("501", x(32), x(33))).next(r))
            .code(sometimes(text(64)).next(r))
            .build();

    private static Gen<BigDecimal> area(String max) {
        return Gen.of("0", "-1", "-0.0001", "0.0001", "0.00", "12", max, max + ".0001", max + ".0000", "1E-999999",
                "1E+7", "1E+6", "1E+5", "-1E+7").map(BigDecimal::new);
    }

    private static final Gen<ImmutablePerson> PERSON = r -> ImmutablePerson.builder().id(PersonId.of("P1"))
            .name(text(128).next(r))
            .documents(((Gen<ImmutableIdentityDocument>) d -> ImmutableIdentityDocument.builder()
                    .type(Gen.of(DocumentType.class).next(d))
                    .number(Gen.oneOf(text(64), Gen.of("E12345678")).next(d))
                    .country(sometimes(COUNTRY).next(d)).build()).list(0, 3).next(r))
            .nationality(sometimes(COUNTRY).next(r))
            .phone(sometimes(PHONE).next(r))
            .householdRegistration(r.nextBoolean() ? Optional.of(ADDRESS.next(r)) : Optional.empty())
            .build();

    private static final Gen<ImmutablePremises> PREMISES = r -> {
        ImmutablePremises.Builder b = ImmutablePremises.builder().id(PremisesId.of("H1")).address(ADDRESS.next(r))
                .kind(Gen.of(PremisesKind.class).next(r)).use(PremisesUse.RESIDENTIAL)
                .floorArea(sometimes(area("1000000")).next(r));
        int rooms = r.nextInt(4);
        for (int i = 0; i < rooms; i++) {
            b.addRooms(ImmutableRoom.builder().id(RoomId.of("R" + i)).kind(RoomKind.BEDROOM)
                    .area(sometimes(area("100000")).next(r)).build());
        }
        if (r.nextBoolean()) {
            b.rentalRegister(RentalRegister.since(LocalDate.of(2025, 1, 1)));
        }
        return b.build();
    };

    private static final Gen<ImmutableVisit> VISIT = r -> ImmutableVisit.builder().id(VisitId.of("V1"))
            .premises(PremisesId.of("H1")).agency(OrganizationId.of("O1")).purpose(VisitPurpose.OTHER)
            .at(OffsetDateTime.parse("2026-04-01T10:00:00+08:00"))
            .inspector(sometimes(Gen.of(x(32), x(33), "", " ")).next(r))
            .label(sometimes(Gen.of(x(1024), x(1025), "RF1:", "")).next(r))
            .observedOccupants(sometimes(Gen.oneOf(Gen.of(-1, 0, 1, 99999, 100000, 100001, Integer.MIN_VALUE,
                    Integer.MAX_VALUE), Gen.ints(-5, 200000))).next(r))
            .build();

    private static final Gen<ImmutableOrganization> ORGANIZATION = r -> ImmutableOrganization.builder()
            .id(OrganizationId.of("O1")).name(text(128).next(r))
            .creditCode(sometimes(Gen.of(x(18), x(19), x(17), "")).next(r)).build();

    private static final Gen<ImmutableLease> LEASE = r -> {
        ImmutableLease.Builder b = ImmutableLease.builder().id(LeaseId.of("L1")).premises(PremisesId.of("H1"))
                .lessor(Party.of(PersonId.of("P1"))).addLessees(Party.of(PersonId.of("P2")))
                .start(LocalDate.of(2026, 1, 1)).end(LocalDate.of(2026, 12, 31));
        if (r.nextBoolean()) {
            b.filing(ImmutableFiling.builder().filedOn(LocalDate.of(2026, 1, 5))
                    .number(sometimes(Gen.of(x(64), x(65), x(63), "")).next(r)).build());
        }
        return b.build();
    };

    private static final Gen<ImmutableResidence> RESIDENCE = r -> ImmutableResidence.builder().id(ResidenceId.of("R1"))
            .person(PersonId.of("P1")).premises(PremisesId.of("H1")).basis(Basis.owner())
            .movedIn(LocalDate.of(2026, 1, 1)).registeredOn(LocalDate.of(2026, 1, 2))
            .providerConfirmation(r.nextBoolean()
                    ? Optional.of(ProviderConfirmation.of(Party.of(PersonId.of("P1")), LocalDate.of(2026, 1, 3)))
                    : Optional.empty())
            .build();

    private static final Gen<ImmutableEmployment> EMPLOYMENT = r -> ImmutableEmployment.builder()
            .id(EmploymentId.of("E1")).person(PersonId.of("P1")).employer(OrganizationId.of("O1"))
            .start(LocalDate.of(2026, 1, 1)).build();

    private static final Gen<ImmutableEnrollment> ENROLLMENT = r -> ImmutableEnrollment.builder()
            .id(EnrollmentId.of("S1")).person(PersonId.of("P1")).school(OrganizationId.of("O2"))
            .start(LocalDate.of(2026, 1, 1)).build();

    /** One generator per record kind, so that a kind added to the model without one fails here. */
    private static final Map<RecordType, Gen<? extends Record<?>>> RECORDS = Map.of(
            RecordType.PERSONS, PERSON, RecordType.ORGANIZATIONS, ORGANIZATION, RecordType.PREMISES, PREMISES,
            RecordType.LEASES, LEASE, RecordType.EMPLOYMENTS, EMPLOYMENT, RecordType.ENROLLMENTS, ENROLLMENT,
            RecordType.RESIDENCES, RESIDENCE, RecordType.VISITS, VISIT);

    @Test
    void nearEveryBoundary_holdsExactlyWhenTheValidatorAccepts() {
        assertThat(RECORDS.keySet()).containsExactlyInAnyOrder(RecordType.values());
        Map<RecordType, int[]> clearedAndNot = new EnumMap<>(RecordType.class);
        PropertyCheck.forAll(3000, s -> {
            for (RecordType t : RecordType.values()) {
                Record<?> record = s.draw(t.jsonName(), RECORDS.get(t));
                Set<ConstraintViolation<Object>> violations = VALIDATOR.validate(record);
                boolean holds = ModelConstraints.holds(record);
                assertThat(holds).as("holds, where the validator finds %s", violations).isEqualTo(violations.isEmpty());
                clearedAndNot.computeIfAbsent(t, k -> new int[2])[holds ? 0 : 1]++;
            }
        });
        for (RecordType t : List.of(RecordType.PERSONS, RecordType.ORGANIZATIONS, RecordType.PREMISES,
                RecordType.LEASES, RecordType.VISITS)) {
            assertThat(clearedAndNot.get(t)[0]).as("%s cleared", t).isGreaterThan(100);
            assertThat(clearedAndNot.get(t)[1]).as("%s not cleared", t).isGreaterThan(100);
        }
        for (RecordType t : List.of(RecordType.EMPLOYMENTS, RecordType.ENROLLMENTS, RecordType.RESIDENCES)) {
            assertThat(clearedAndNot.get(t)[1]).as("%s without constraints, never refused", t).isZero();
        }
    }

    @Test
    void aDivisionsShape_isItsOwnConstraint_withoutTheRestOfTheAddress() {
        ImmutableAddress good = ImmutableAddress.builder().division("650203").line(" ").build();
        assertThat(ModelConstraints.holds(good)).as("a blank line").isFalse();
        assertThat(ModelConstraints.propertyHolds(good, "division")).isTrue();
        assertThat(ModelConstraints.propertyHolds(good.withDivision("65020a"), "division")).isFalse();
        assertThat(ModelConstraints.propertyHolds(good.withDivision("6502030"), "division")).isFalse();
        assertThat(ModelConstraints.propertyHolds(good.withDivision("11000000"), "division")).isTrue();
        assertThat(ModelConstraints.propertyHolds(good, "building")).as("an empty optional").isTrue();
        assertThat(ModelConstraints.propertyHolds(good.withBuilding(x(33)), "building")).isFalse();
        assertThat(ModelConstraints.propertyHolds(good, "noSuchProperty")).isTrue();
    }

    @Test
    void aValueWithoutConstraints_holds_asTheValidatorSays() {
        assertThat(ModelConstraints.holds("not a record")).isTrue();
        assertThat(VALIDATOR.validate("not a record")).isEmpty();
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
        assertThat(ModelConstraints.holds(new Bean())).as("a blank title").isFalse();
    }
}
