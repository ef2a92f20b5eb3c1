package org.renfang.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.renfang.model.Employment;
import org.renfang.model.EmploymentId;
import org.renfang.model.ImmutableEmployment;
import org.renfang.model.OrganizationId;
import org.renfang.model.PersonId;
import org.renfang.model.RecordType;
import org.renfang.model.RegistryDocument;
import org.renfang.model.source.JsonProblem;

/**
 * The lookup of a record by kind and id, which the registry, the overlay and a host's view share:
 * the typed lookups ({@link RegistryView#employment}) are this one lookup.
 */
class RecordLookupTest {

    private static Employment employment(String id, String person) {
        return ImmutableEmployment.builder().id(EmploymentId.of(id)).person(PersonId.of(person))
                .employer(OrganizationId.of("O1")).start(LocalDate.of(2026, 1, 1)).build();
    }

    private static final Employment E1 = employment("E1", "P1");
    private static final Employment E1_AGAIN = employment("E1", "P2");
    private static final Employment E2 = employment("E2", "P1");

    private static Registry registry() {
        return Registry.of(RegistryDocument.registry().addEmployments(E1, E1_AGAIN, E2).build());
    }

    @Test
    void registry_findsTheFirstRecordOfAnId_andReportsTheLaterOnes() {
        Registry r = registry();

        assertThat(r.record(RecordType.EMPLOYMENTS, EmploymentId.of("E1"))).containsSame(E1);
        assertThat(r.employment(EmploymentId.of("E1"))).containsSame(E1);
        assertThat(r.current(E1_AGAIN)).containsSame(E1);
        assertThat(r.record(RecordType.EMPLOYMENTS, EmploymentId.of("E9"))).isEmpty();
        assertThat(r.duplicateIds()).containsExactly(new JsonProblem(JsonProblem.Kind.INVALID, "/employments/1/id",
                "id repeats an earlier employment's id"));
        assertThat(r.employmentsOf(PersonId.of("P1"))).containsExactlyInAnyOrder(E1, E2);
    }

    @Test
    void overlay_prefersThePayload_andFallsBackToItsBase() {
        Employment moved = employment("E1", "P3");
        RegistryView v = registry().with(RegistryDocument.registration().addEmployments(moved).build());

        assertThat(v.record(RecordType.EMPLOYMENTS, EmploymentId.of("E1"))).containsSame(moved);
        assertThat(v.current(E1)).containsSame(moved);
        assertThat(v.employment(EmploymentId.of("E2"))).containsSame(E2);
        assertThat(v.employmentsOf(PersonId.of("P1"))).containsExactly(E2);
        assertThat(v.employmentsOf(PersonId.of("P3"))).containsExactly(moved);
    }

    @Test
    void aHostsView_answersRecord_throughItsTypedLookups() {
        RegistryView host = hostView(registry());

        assertThat(host.record(RecordType.EMPLOYMENTS, EmploymentId.of("E2"))).containsSame(E2);
        assertThat(host.current(E1_AGAIN)).containsSame(E1);
        assertThat(host.record(RecordType.PERSONS, PersonId.of("P1"))).isEmpty();
        assertThatThrownBy(() -> host.record(RecordType.PERSONS, EmploymentId.of("E1")))
                .isInstanceOf(ClassCastException.class);
    }

    /**
     * A host's view: the typed lookups only, as a database-backed view implements them (here
     * answered by a registry); the default methods run as the interface declares them.
     */
    private static RegistryView hostView(RegistryView answers) {
        return (RegistryView) Proxy.newProxyInstance(RegistryView.class.getClassLoader(),
                new Class<?>[] {RegistryView.class}, (proxy, method, args) -> method.isDefault()
                        ? InvocationHandler.invokeDefault(proxy, method, args) : method.invoke(answers, args));
    }
}
