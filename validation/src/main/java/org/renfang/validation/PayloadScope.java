package org.renfang.validation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.renfang.model.Premises;
import org.renfang.model.PremisesId;
import org.renfang.model.Record;
import org.renfang.model.RecordType;
import org.renfang.model.RegistryDocument;
import org.renfang.model.source.JsonProblem;
import org.renfang.model.source.ReadResult;
import org.renfang.registry.RegistryView;

/**
 * The overlay stage of a payload validation: the payload's subjects (the first record of each id;
 * a later one is a duplicate id), their pointers, and the premises that payload leases and
 * residences touch.
 *
 * <p>One instance serves one validation on one thread.
 */
final class PayloadScope {
    /** The subjects, by identity. */
    final Set<Object> subjects = Collections.newSetFromMap(new IdentityHashMap<>());
    /** The problems of payload records whose id an earlier payload record has. */
    final List<JsonProblem> duplicateIds = new ArrayList<>();
    /** The subjects with their pointers, in document order. */
    final List<Located> located = new ArrayList<>();
    /** Premises touched by payload leases or residences, with the pointer of the first record touching them. */
    final Map<PremisesId, String> touched = new LinkedHashMap<>();

    /** A payload record with its pointer. */
    record Located(Record<?> record, String path) {
    }

    PayloadScope(ReadResult payload) {
        RegistryDocument d = payload.document();
        for (RecordType t : RecordType.values()) {
            List<? extends Record<?>> records = t.records(d);
            if (records.isEmpty()) {
                continue;
            }
            // The first record of each id is a subject; a later one is a duplicate id.
            var firsts = t.index(records, i -> duplicateIds.add(payload.duplicateId(t, i)));
            for (int i = 0; i < records.size(); i++) {
                Record<?> r = records.get(i);
                if (firsts.get(r.id()) == r) {
                    subjects.add(r);
                    located.add(new Located(r, payload.pointer(t, i)));
                }
            }
        }
        for (int i = 0; i < d.leases().size(); i++) {
            touched.putIfAbsent(d.leases().get(i).premises(), payload.pointer(RecordType.LEASES, i));
        }
        for (int i = 0; i < d.residences().size(); i++) {
            touched.putIfAbsent(d.residences().get(i).premises(), payload.pointer(RecordType.RESIDENCES, i));
        }
    }

    /**
     * Runs the premises hook for touched premises that are not themselves subjects.
     *
     * @param view     the view the premises are looked up in
     * @param subjects the subjects of the run
     */
    void runTouched(RecordChecks checks, RegistryView view, Set<Object> subjects,
            org.renfang.validation.rules.RuleContext ctx) {
        for (Map.Entry<PremisesId, String> e : touched.entrySet()) {
            Premises p = view.premises(e.getKey()).orElse(null);
            if (p != null && !subjects.contains(p)) {
                checks.touched(p, e.getValue(), ctx);
            }
        }
    }
}
