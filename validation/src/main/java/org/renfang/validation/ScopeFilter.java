package org.renfang.validation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.renfang.model.Record;
import org.renfang.registry.RegistryView;
import org.renfang.validation.finding.Finding;
import org.renfang.validation.rules.RuleContext;

/**
 * The payload-scope filter stage: a record sent again (a move-out is the residence again) must
 * not re-report what its context version already had, so that old problems never block a new
 * registration. The findings the context versions of the payload's records have in the context
 * alone, located at the payload records' pointers, are told apart from the new ones.
 */
final class ScopeFilter {

    private ScopeFilter() {
    }

    /**
     * Returns the findings of a payload run that are new.
     *
     * @param found   the findings of the run on context ⊕ payload, not null
     * @param scope   the payload's scope, not null
     * @param context the context alone, not null
     * @param checks  the record stages, not null
     * @param contextOf makes the rule context of a run on the context alone, given its subject test
     * @return the findings not already had by the context versions, in order, not null
     */
    static List<Finding> newFindings(List<Finding> found, PayloadScope scope, RegistryView context,
            RecordChecks checks, Function<Predicate<Object>, RuleContext> contextOf) {
        if (found.isEmpty()) {
            return found; // nothing to tell apart: the usual clean registration
        }
        Set<Finding> old = oldFindings(scope, context, checks, contextOf);
        List<Finding> out = new ArrayList<>(found.size());
        for (Finding f : found) {
            if (!old.contains(f)) {
                out.add(f);
            }
        }
        return out;
    }

    private static Set<Finding> oldFindings(PayloadScope scope, RegistryView context, RecordChecks checks,
            Function<Predicate<Object>, RuleContext> contextOf) {
        Set<Object> oldSubjects = Collections.newSetFromMap(new IdentityHashMap<>());
        List<PayloadScope.Located> old = new ArrayList<>();
        for (PayloadScope.Located l : scope.located) {
            Record<?> o = context.current(l.record()).orElse(null);
            if (o != null) {
                oldSubjects.add(o);
                old.add(new PayloadScope.Located(o, l.path()));
            }
        }
        if (old.isEmpty()) {
            return Set.of();
        }
        RuleContext octx = contextOf.apply(oldSubjects::contains);
        for (PayloadScope.Located l : old) {
            checks.run(l.record(), l.path(), octx);
        }
        scope.runTouched(checks, context, oldSubjects, octx);
        return new HashSet<>(octx.findings());
    }
}
