package org.renfang.registry;

import java.util.List;
import java.util.Optional;
import org.renfang.model.DocumentType;
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
 * The read-only lookups the consistency rules need, implemented by a host over its own
 * database (each method maps to one indexed query) or by the in-memory {@link Registry}.
 *
 * <p>Lookups by id return the current record; lookups by premises or person return every
 * matching record (past ones included) in no particular order. Implementations must be safe
 * for concurrent reads while a validation runs.
 */
public interface RegistryView {

    /**
     * @param id the id, not null
     * @return the person, or empty
     */
    Optional<Person> person(PersonId id);

    /**
     * @param id the id, not null
     * @return the organization, or empty
     */
    Optional<Organization> organization(OrganizationId id);

    /**
     * @param id the id, not null
     * @return the premises, or empty
     */
    Optional<Premises> premises(PremisesId id);

    /**
     * @param id the id, not null
     * @return the lease, or empty
     */
    Optional<Lease> lease(LeaseId id);

    /**
     * @param id the id, not null
     * @return the employment, or empty
     */
    Optional<Employment> employment(EmploymentId id);

    /**
     * @param id the id, not null
     * @return the enrollment, or empty
     */
    Optional<Enrollment> enrollment(EnrollmentId id);

    /**
     * @param id the id, not null
     * @return the residence, or empty
     */
    Optional<Residence> residence(ResidenceId id);

    /**
     * @param id the id, not null
     * @return the visit, or empty
     */
    Optional<Visit> visit(VisitId id);

    /**
     * Looks a record up by kind and id: the typed lookup of the kind ({@link #person},
     * {@link #lease}, …). Hosts need not override it.
     *
     * @param type the kind, not null
     * @param id   an id of that kind, not null
     * @return the record, or empty
     * @throws ClassCastException if the id is not of the kind's id type
     */
    default Optional<Record<?>> record(RecordType type, RecordId id) {
        switch (type) {
            case PERSONS:
                return widen(person((PersonId) id));
            case ORGANIZATIONS:
                return widen(organization((OrganizationId) id));
            case PREMISES:
                return widen(premises((PremisesId) id));
            case LEASES:
                return widen(lease((LeaseId) id));
            case EMPLOYMENTS:
                return widen(employment((EmploymentId) id));
            case ENROLLMENTS:
                return widen(enrollment((EnrollmentId) id));
            case RESIDENCES:
                return widen(residence((ResidenceId) id));
            default:
                return widen(visit((VisitId) id));
        }
    }

    /**
     * Looks up the current version of a record: the record of its kind with its id.
     *
     * @param record a record, not null
     * @return the record with that id in this view (the same or another version), or empty
     */
    default Optional<Record<?>> current(Record<?> record) {
        return record(RecordType.of(record), record.id());
    }

    /** An optional record of a kind, as an optional record (the same instance). */
    @SuppressWarnings("unchecked")
    private static Optional<Record<?>> widen(Optional<? extends Record<?>> record) {
        return (Optional<Record<?>>) record;
    }

    /**
     * Returns the residences registered at premises ({@code SELECT … WHERE premises = ?}).
     *
     * @param premises the premises, not null
     * @return the residences, not null, possibly empty
     */
    List<Residence> residencesAt(PremisesId premises);

    /**
     * Returns the residences of a person ({@code WHERE person = ?}).
     *
     * @param person the person, not null
     * @return the residences, not null, possibly empty
     */
    List<Residence> residencesOf(PersonId person);

    /**
     * Returns the leases of premises, subleases included ({@code WHERE premises = ?}).
     *
     * @param premises the premises, not null
     * @return the leases, not null, possibly empty
     */
    List<Lease> leasesOf(PremisesId premises);

    /**
     * Returns the employments of a person.
     *
     * @param person the person, not null
     * @return the employments, not null, possibly empty
     */
    List<Employment> employmentsOf(PersonId person);

    /**
     * Returns the enrollments of a person.
     *
     * @param person the person, not null
     * @return the enrollments, not null, possibly empty
     */
    List<Enrollment> enrollmentsOf(PersonId person);

    /**
     * Returns the visits to premises.
     *
     * @param premises the premises, not null
     * @return the visits, not null, possibly empty
     */
    List<Visit> visitsTo(PremisesId premises);

    /**
     * Returns the persons holding a document. Numbers compare after {@link DocumentKey#normalize}
     * (trimmed, upper case).
     *
     * @param type   the document type, not null
     * @param number the number, not null
     * @return the persons, not null, possibly empty
     */
    List<Person> personsWithDocument(DocumentType type, String number);

    /**
     * Returns a view of a context with a registration payload applied on top: payload records
     * replace context records with the same id, new ones are added. Built in time proportional
     * to the payload; the context is read through, never copied.
     *
     * @param context the context, not null
     * @param payload the payload, not null
     * @return the combined view, not null
     */
    static RegistryView overlay(RegistryView context, org.renfang.model.RegistryDocument payload) {
        return new OverlayView(context, payload);
    }

    /**
     * Returns an empty view.
     *
     * @return a view with no records, not null
     */
    static RegistryView empty() {
        return Registry.of(org.renfang.model.RegistryDocument.registry().build());
    }
}
