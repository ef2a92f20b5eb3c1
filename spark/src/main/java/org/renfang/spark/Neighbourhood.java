package org.renfang.spark;

import java.util.Objects;
import org.renfang.model.RecordType;
import org.renfang.validation.finding.RuleCode;

/**
 * The kinds of neighbourhood the Spark check groups records into. Each group holds the records it
 * owns and, as context, every record their rules read; the rule engine runs on the group and
 * keeps only the findings carried by an owned record (see {@link #owner}), so that every finding
 * of the single-machine check is produced exactly once.
 */
public enum Neighbourhood {
    /**
     * Keyed by premises id. Owns the premises and every lease, residence and visit naming it.
     * Context: the persons and organizations those records name; every residence and employment of
     * those persons, wherever they are; the leases named as a residence's basis and the whole parent
     * chain of every lease held, with those leases' premises.
     */
    PREMISES,
    /**
     * Keyed by person id. Owns the person (every rule but {@link RuleCode#PERSON_DUPLICATE_DOCUMENT})
     * and the person's employments and enrollments. Context: the employers and schools they name and
     * the person's residences.
     */
    PERSON,
    /**
     * Keyed by person id, for persons who share a document with another. Owns the person's
     * {@link RuleCode#PERSON_DUPLICATE_DOCUMENT} findings. Context: every person holding one of the
     * person's documents.
     */
    DOCUMENT,
    /** Keyed by organization id. Owns the organization; its rules read nothing else. */
    ORGANIZATION;

    /**
     * Returns the neighbourhood that owns the findings of a rule carried by a record of a kind
     * (the record whose JSON Pointer the finding's path starts with).
     *
     * @param carrier the kind of the carrying record, not null
     * @param rule    the rule, not null
     * @return the owning neighbourhood, not null
     */
    public static Neighbourhood owner(RecordType carrier, RuleCode rule) {
        Objects.requireNonNull(rule, "rule");
        switch (Objects.requireNonNull(carrier, "carrier")) {
            case PERSONS:
                return rule == RuleCode.PERSON_DUPLICATE_DOCUMENT ? DOCUMENT : PERSON;
            case ORGANIZATIONS:
                return ORGANIZATION;
            case EMPLOYMENTS:
            case ENROLLMENTS:
                return PERSON;
            default:
                return PREMISES;
        }
    }
}
