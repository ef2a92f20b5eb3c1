package org.renfang.registry;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.renfang.model.Employment;
import org.renfang.model.EmploymentId;
import org.renfang.model.Enrollment;
import org.renfang.model.EnrollmentId;
import org.renfang.model.Lease;
import org.renfang.model.LeaseId;
import org.renfang.model.Organization;
import org.renfang.model.OrganizationId;
import org.renfang.model.Person;
import org.renfang.model.PersonId;
import org.renfang.model.Premises;
import org.renfang.model.PremisesId;
import org.renfang.model.Record;
import org.renfang.model.RecordId;
import org.renfang.model.RecordType;
import org.renfang.model.Residence;
import org.renfang.model.ResidenceId;
import org.renfang.model.Visit;
import org.renfang.model.VisitId;

/**
 * A view that holds its records by kind and by {@link Relation}: every typed look-up of
 * {@link RegistryView} is one line here over two look-ups a subclass implements once for all
 * kinds, {@link #find} (by id, null when absent: no {@code Optional} on the way) and
 * {@link #related} (by a relation's key).
 */
abstract class IndexedView implements RegistryView {

    /**
     * Looks a record up by kind and id.
     *
     * @param type the kind, not null
     * @param id   an id of that kind, not null
     * @return the record, or null
     */
    abstract Record<?> find(RecordType type, RecordId id);

    /**
     * Returns the records related under a key.
     *
     * @param relation the relation, not null
     * @param key      the key (a premises or person id), not null
     * @return the records of the relation's kind, not null, unmodifiable
     */
    abstract List<? extends Record<?>> related(Relation relation, Object key);

    /** {@link #find} on any view: directly on an indexed view, through {@link #record} on another. */
    static Record<?> find(RegistryView view, RecordType type, RecordId id) {
        return view instanceof IndexedView ? ((IndexedView) view).find(type, id) : view.record(type, id).orElse(null);
    }

    @Override
    public Optional<Record<?>> record(RecordType type, RecordId id) {
        return Optional.ofNullable(find(type, Objects.requireNonNull(id, "id")));
    }

    @SuppressWarnings("unchecked")
    private <R> Optional<R> byId(RecordType type, RecordId id) {
        return Optional.ofNullable((R) find(type, Objects.requireNonNull(id, "id")));
    }

    @SuppressWarnings("unchecked")
    private <R> List<R> byKey(Relation relation, Object key) {
        return (List<R>) related(relation, Objects.requireNonNull(key, "key"));
    }

    // The typed look-ups of the interface, each a kind or a relation of the tables above.
    @Override public Optional<Person> person(PersonId id) { return byId(RecordType.PERSONS, id); }
    @Override public Optional<Organization> organization(OrganizationId id) { return byId(RecordType.ORGANIZATIONS, id); }
    @Override public Optional<Premises> premises(PremisesId id) { return byId(RecordType.PREMISES, id); }
    @Override public Optional<Lease> lease(LeaseId id) { return byId(RecordType.LEASES, id); }
    @Override public Optional<Employment> employment(EmploymentId id) { return byId(RecordType.EMPLOYMENTS, id); }
    @Override public Optional<Enrollment> enrollment(EnrollmentId id) { return byId(RecordType.ENROLLMENTS, id); }
    @Override public Optional<Residence> residence(ResidenceId id) { return byId(RecordType.RESIDENCES, id); }
    @Override public Optional<Visit> visit(VisitId id) { return byId(RecordType.VISITS, id); }
    @Override public List<Residence> residencesAt(PremisesId p) { return byKey(Relation.RESIDENCES_AT, p); }
    @Override public List<Residence> residencesOf(PersonId p) { return byKey(Relation.RESIDENCES_OF, p); }
    @Override public List<Lease> leasesOf(PremisesId p) { return byKey(Relation.LEASES_OF, p); }
    @Override public List<Employment> employmentsOf(PersonId p) { return byKey(Relation.EMPLOYMENTS_OF, p); }
    @Override public List<Enrollment> enrollmentsOf(PersonId p) { return byKey(Relation.ENROLLMENTS_OF, p); }
    @Override public List<Visit> visitsTo(PremisesId p) { return byKey(Relation.VISITS_TO, p); }
}
