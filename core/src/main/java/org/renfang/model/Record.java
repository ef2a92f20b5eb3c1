package org.renfang.model;

/**
 * A registry record: anything with a typed id.
 *
 * @param <I> the id type
 */
public interface Record<I extends RecordId> {

    /**
     * Returns the record's id.
     *
     * @return the id, not null
     */
    I id();
}
