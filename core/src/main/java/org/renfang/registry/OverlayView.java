package org.renfang.registry;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.renfang.model.DocumentType;
import org.renfang.model.Employment;
import org.renfang.model.EmploymentId;
import org.renfang.model.Enrollment;
import org.renfang.model.EnrollmentId;
import org.renfang.model.IdentityDocument;
import org.renfang.model.Lease;
import org.renfang.model.LeaseId;
import org.renfang.model.Organization;
import org.renfang.model.OrganizationId;
import org.renfang.model.Person;
import org.renfang.model.PersonId;
import org.renfang.model.Premises;
import org.renfang.model.PremisesId;
import org.renfang.model.Record;
import org.renfang.model.RegistryDocument;
import org.renfang.model.Residence;
import org.renfang.model.ResidenceId;
import org.renfang.model.Visit;
import org.renfang.model.VisitId;

/**
 * A context view with a payload applied on top: payload records replace context records with
 * the same id and new ones are added. Built in time proportional to the payload, so it suits
 * validating one registration against a large context.
 *
 * <p>This class is immutable and thread-safe if the base view is.
 */
final class OverlayView implements RegistryView {

    private final RegistryView base;
    private final Map<PersonId, Person> persons;
    private final Map<OrganizationId, Organization> organizations;
    private final Map<PremisesId, Premises> premises;
    private final Map<LeaseId, Lease> leases;
    private final Map<EmploymentId, Employment> employments;
    private final Map<EnrollmentId, Enrollment> enrollments;
    private final Map<ResidenceId, Residence> residences;
    private final Map<VisitId, Visit> visits;

    OverlayView(RegistryView base, RegistryDocument payload) {
        this.base = Objects.requireNonNull(base, "base");
        Objects.requireNonNull(payload, "payload");
        persons = index(payload.persons());
        organizations = index(payload.organizations());
        premises = index(payload.premises());
        leases = index(payload.leases());
        employments = index(payload.employments());
        enrollments = index(payload.enrollments());
        residences = index(payload.residences());
        visits = index(payload.visits());
    }

    private static <I extends org.renfang.model.RecordId, R extends Record<I>> Map<I, R> index(List<R> records) {
        if (records.isEmpty()) {
            return Map.of();
        }
        Map<I, R> map = new HashMap<>();
        for (R r : records) {
            map.putIfAbsent(r.id(), r);
        }
        return map;
    }

    private static <I, R> Optional<R> find(Map<I, R> overlay, I id, Function<I, Optional<R>> fallback) {
        R r = overlay.get(Objects.requireNonNull(id, "id"));
        return r != null ? Optional.of(r) : fallback.apply(id);
    }

    /** The base records, less those the payload replaces, plus the payload records matching. */
    private static <I extends org.renfang.model.RecordId, R extends Record<I>> List<R> merge(List<R> fromBase, Map<I, R> overlay,
            java.util.function.Predicate<R> matches) {
        if (overlay.isEmpty()) {
            return fromBase;
        }
        List<R> out = new ArrayList<>(fromBase.size() + 2);
        for (R r : fromBase) {
            if (!overlay.containsKey(r.id())) {
                out.add(r);
            }
        }
        for (R r : overlay.values()) {
            if (matches.test(r)) {
                out.add(r);
            }
        }
        return Collections.unmodifiableList(out);
    }

    @Override
    public Optional<Person> person(PersonId id) {
        return find(persons, id, base::person);
    }

    @Override
    public Optional<Organization> organization(OrganizationId id) {
        return find(organizations, id, base::organization);
    }

    @Override
    public Optional<Premises> premises(PremisesId id) {
        return find(premises, id, base::premises);
    }

    @Override
    public Optional<Lease> lease(LeaseId id) {
        return find(leases, id, base::lease);
    }

    @Override
    public Optional<Employment> employment(EmploymentId id) {
        return find(employments, id, base::employment);
    }

    @Override
    public Optional<Enrollment> enrollment(EnrollmentId id) {
        return find(enrollments, id, base::enrollment);
    }

    @Override
    public Optional<Residence> residence(ResidenceId id) {
        return find(residences, id, base::residence);
    }

    @Override
    public Optional<Visit> visit(VisitId id) {
        return find(visits, id, base::visit);
    }

    @Override
    public List<Residence> residencesAt(PremisesId p) {
        return merge(base.residencesAt(p), residences, r -> r.premises().equals(p));
    }

    @Override
    public List<Residence> residencesOf(PersonId p) {
        return merge(base.residencesOf(p), residences, r -> r.person().equals(p));
    }

    @Override
    public List<Lease> leasesOf(PremisesId p) {
        return merge(base.leasesOf(p), leases, l -> l.premises().equals(p));
    }

    @Override
    public List<Employment> employmentsOf(PersonId p) {
        return merge(base.employmentsOf(p), employments, e -> e.person().equals(p));
    }

    @Override
    public List<Enrollment> enrollmentsOf(PersonId p) {
        return merge(base.enrollmentsOf(p), enrollments, e -> e.person().equals(p));
    }

    @Override
    public List<Visit> visitsTo(PremisesId p) {
        return merge(base.visitsTo(p), visits, v -> v.premises().equals(p));
    }

    @Override
    public List<Person> personsWithDocument(DocumentType type, String number) {
        String n = DocumentKey.normalize(number);
        return merge(base.personsWithDocument(type, number), persons, p -> {
            for (IdentityDocument d : p.documents()) {
                if (d.type() == type && DocumentKey.normalize(d.number()).equals(n)) {
                    return true;
                }
            }
            return false;
        });
    }
}
