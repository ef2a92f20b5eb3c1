package org.renfang.validation;

import java.util.List;
import org.renfang.model.Employment;
import org.renfang.model.Enrollment;
import org.renfang.model.Lease;
import org.renfang.model.Organization;
import org.renfang.model.Person;
import org.renfang.model.Premises;
import org.renfang.model.Record;
import org.renfang.model.RecordType;
import org.renfang.model.Residence;
import org.renfang.model.Visit;
import org.renfang.validation.internal.FieldConstraints;
import org.renfang.validation.rules.RuleContext;
import org.renfang.validation.rules.RuleFamily;

/**
 * The validator's stages for one record: the field constraints of the model, then every rule
 * family, dispatched on the record's kind ({@link RecordType}).
 *
 * <p>This class is immutable and thread-safe.
 */
final class RecordChecks {
    private final boolean fieldConstraints;
    private final List<RuleFamily> families;

    /**
     * @param fieldConstraints whether the field constraints run
     * @param families         the rule families, in order, not null
     */
    RecordChecks(boolean fieldConstraints, List<RuleFamily> families) {
        this.fieldConstraints = fieldConstraints;
        this.families = List.copyOf(families);
    }

    /** Runs the field constraints and every family on one record. */
    void run(Record<?> r, String path, RuleContext ctx) {
        run(RecordType.of(r), r, path, ctx);
    }

    /** Runs the field constraints and every family on one record of a kind known to the caller. */
    void run(RecordType type, Record<?> r, String path, RuleContext ctx) {
        if (fieldConstraints) {
            FieldConstraints.check(r, path, ctx);
        }
        for (RuleFamily f : families) {
            family(f, type, r, path, ctx);
        }
    }

    /** Runs every family's premises hook on premises a payload record touches. */
    void touched(Premises p, String path, RuleContext ctx) {
        for (RuleFamily f : families) {
            f.premises(p, path, ctx);
        }
    }

    private static void family(RuleFamily f, RecordType type, Record<?> r, String path, RuleContext ctx) {
        switch (type) {
            case PERSONS:
                f.person((Person) r, path, ctx);
                break;
            case ORGANIZATIONS:
                f.organization((Organization) r, path, ctx);
                break;
            case PREMISES:
                f.premises((Premises) r, path, ctx);
                break;
            case LEASES:
                f.lease((Lease) r, path, ctx);
                break;
            case EMPLOYMENTS:
                f.employment((Employment) r, path, ctx);
                break;
            case ENROLLMENTS:
                f.enrollment((Enrollment) r, path, ctx);
                break;
            case RESIDENCES:
                f.residence((Residence) r, path, ctx);
                break;
            default:
                f.visit((Visit) r, path, ctx);
                break;
        }
    }
}
