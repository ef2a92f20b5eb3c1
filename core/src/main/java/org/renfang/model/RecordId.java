package org.renfang.model;

/**
 * A typed record id. Records refer to each other only by id.
 */
public interface RecordId {

    /**
     * Returns the id text.
     *
     * @return the text, not null, not blank
     */
    String value();

    /**
     * Returns the record kind, as used in finding subjects ({@code "lease"} in {@code "lease:L1"}).
     *
     * @return the kind, not null
     */
    String kind();

    /**
     * Returns the subject reference {@code kind:value}, as used in reports.
     *
     * @return the subject, not null
     */
    default String subject() {
        return kind() + ":" + value();
    }
}
