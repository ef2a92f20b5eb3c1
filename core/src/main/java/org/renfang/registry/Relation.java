package org.renfang.registry;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.renfang.model.Employment;
import org.renfang.model.Enrollment;
import org.renfang.model.Lease;
import org.renfang.model.PersonId;
import org.renfang.model.PremisesId;
import org.renfang.model.Record;
import org.renfang.model.RecordType;
import org.renfang.model.Residence;
import org.renfang.model.Visit;

/**
 * The look-ups of {@link RegistryView} that return the records of one kind holding a key (a
 * premises or a person): each with its record kind, the key of a record, and the view's typed
 * query. {@link Registry} groups its records by each relation and {@link OverlayView} merges a
 * payload into each, from this one table instead of one method per look-up.
 */
enum Relation {
    /** {@link RegistryView#residencesAt}. */
    RESIDENCES_AT(RecordType.RESIDENCES, r -> ((Residence) r).premises(), (v, k) -> v.residencesAt((PremisesId) k)),
    /** {@link RegistryView#residencesOf}. */
    RESIDENCES_OF(RecordType.RESIDENCES, r -> ((Residence) r).person(), (v, k) -> v.residencesOf((PersonId) k)),
    /** {@link RegistryView#leasesOf}. */
    LEASES_OF(RecordType.LEASES, r -> ((Lease) r).premises(), (v, k) -> v.leasesOf((PremisesId) k)),
    /** {@link RegistryView#employmentsOf}. */
    EMPLOYMENTS_OF(RecordType.EMPLOYMENTS, r -> ((Employment) r).person(), (v, k) -> v.employmentsOf((PersonId) k)),
    /** {@link RegistryView#enrollmentsOf}. */
    ENROLLMENTS_OF(RecordType.ENROLLMENTS, r -> ((Enrollment) r).person(), (v, k) -> v.enrollmentsOf((PersonId) k)),
    /** {@link RegistryView#visitsTo}. */
    VISITS_TO(RecordType.VISITS, r -> ((Visit) r).premises(), (v, k) -> v.visitsTo((PremisesId) k));

    static final Relation[] VALUES = values();

    private final RecordType type;
    private final Function<Record<?>, Object> key;
    private final BiFunction<RegistryView, Object, List<? extends Record<?>>> query;

    Relation(RecordType type, Function<Record<?>, Object> key,
            BiFunction<RegistryView, Object, List<? extends Record<?>>> query) {
        this.type = type;
        this.key = key;
        this.query = query;
    }

    /** @return the kind of the records related */
    RecordType type() {
        return type;
    }

    /** @return the key a record of {@link #type()} is related under */
    Object key(Record<?> record) {
        return key.apply(record);
    }

    /** @return what a view answers for a key, through its typed look-up */
    List<? extends Record<?>> query(RegistryView view, Object key) {
        return query.apply(view, key);
    }
}
