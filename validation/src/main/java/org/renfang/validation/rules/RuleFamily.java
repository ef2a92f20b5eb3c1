package org.renfang.validation.rules;

import org.renfang.model.Employment;
import org.renfang.model.Enrollment;
import org.renfang.model.Lease;
import org.renfang.model.Organization;
import org.renfang.model.Person;
import org.renfang.model.Premises;
import org.renfang.model.Residence;
import org.renfang.model.Visit;

/**
 * A family of related rules. The engine calls the method for each subject record with the
 * JSON Pointer of that record; the family reports findings through the context.
 *
 * <p>For premises, the engine also calls {@link #premises} in payload scope for premises that a
 * payload lease or residence touches although the premises record is not in the payload; the
 * path is then that of the first payload record touching them, and the family must report only
 * findings that involve a subject ({@link RuleContext#isSubject}).
 *
 * <p>Implementations are stateless, immutable and thread-safe.
 */
public interface RuleFamily {

    /**
     * @param person the person, not null
     * @param path   its JSON Pointer, not null
     * @param ctx    the context, not null
     */
    default void person(Person person, String path, RuleContext ctx) {
    }

    /**
     * @param organization the organization, not null
     * @param path         its JSON Pointer, not null
     * @param ctx          the context, not null
     */
    default void organization(Organization organization, String path, RuleContext ctx) {
    }

    /**
     * @param premises the premises, not null
     * @param path     the JSON Pointer of the premises or of the payload record that touches them, not null
     * @param ctx      the context, not null
     */
    default void premises(Premises premises, String path, RuleContext ctx) {
    }

    /**
     * @param lease the lease, not null
     * @param path  its JSON Pointer, not null
     * @param ctx   the context, not null
     */
    default void lease(Lease lease, String path, RuleContext ctx) {
    }

    /**
     * @param employment the employment, not null
     * @param path       its JSON Pointer, not null
     * @param ctx        the context, not null
     */
    default void employment(Employment employment, String path, RuleContext ctx) {
    }

    /**
     * @param enrollment the enrollment, not null
     * @param path       its JSON Pointer, not null
     * @param ctx        the context, not null
     */
    default void enrollment(Enrollment enrollment, String path, RuleContext ctx) {
    }

    /**
     * @param residence the residence, not null
     * @param path      its JSON Pointer, not null
     * @param ctx       the context, not null
     */
    default void residence(Residence residence, String path, RuleContext ctx) {
    }

    /**
     * @param visit the visit, not null
     * @param path  its JSON Pointer, not null
     * @param ctx   the context, not null
     */
    default void visit(Visit visit, String path, RuleContext ctx) {
    }
}
