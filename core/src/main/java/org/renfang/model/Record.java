package org.renfang.model;

/**
 * A registry record: one of the eight record kinds of {@link RecordType}, each with a typed id.
 *
 * @param <I> the id type
 */
public sealed interface Record<I extends RecordId>
        permits Person, Organization, Premises, Lease, Employment, Enrollment, Residence, Visit {

    /**
     * Returns the record's id.
     *
     * @return the id, not null
     */
    I id();
}
