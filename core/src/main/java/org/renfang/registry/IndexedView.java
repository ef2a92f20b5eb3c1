package org.renfang.registry;

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
 * A view that holds its records by kind: every typed lookup by id is
 * {@link #record(RecordType, RecordId)}, which a subclass implements once for all kinds.
 */
abstract class IndexedView implements RegistryView {

    @Override
    public abstract Optional<Record<?>> record(RecordType type, RecordId id);

    @SuppressWarnings("unchecked")
    private <R> Optional<R> find(RecordType type, RecordId id) {
        return (Optional<R>) record(type, id);
    }

    @Override
    public Optional<Person> person(PersonId id) {
        return find(RecordType.PERSONS, id);
    }

    @Override
    public Optional<Organization> organization(OrganizationId id) {
        return find(RecordType.ORGANIZATIONS, id);
    }

    @Override
    public Optional<Premises> premises(PremisesId id) {
        return find(RecordType.PREMISES, id);
    }

    @Override
    public Optional<Lease> lease(LeaseId id) {
        return find(RecordType.LEASES, id);
    }

    @Override
    public Optional<Employment> employment(EmploymentId id) {
        return find(RecordType.EMPLOYMENTS, id);
    }

    @Override
    public Optional<Enrollment> enrollment(EnrollmentId id) {
        return find(RecordType.ENROLLMENTS, id);
    }

    @Override
    public Optional<Residence> residence(ResidenceId id) {
        return find(RecordType.RESIDENCES, id);
    }

    @Override
    public Optional<Visit> visit(VisitId id) {
        return find(RecordType.VISITS, id);
    }
}
