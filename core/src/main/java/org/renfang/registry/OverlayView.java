package org.renfang.registry;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import org.renfang.model.DocumentType;
import org.renfang.model.IdentityDocument;
import org.renfang.model.Person;
import org.renfang.model.Record;
import org.renfang.model.RecordId;
import org.renfang.model.RecordType;
import org.renfang.model.RegistryDocument;

/**
 * A context view with a payload applied on top: payload records replace context records with
 * the same id and new ones are added. Built in time proportional to the payload, so it suits
 * validating one registration against a large context.
 *
 * <p>This class is immutable and thread-safe if the base view is.
 */
final class OverlayView extends IndexedView {

    private final RegistryView base;
    /** The payload's records of each kind by id, indexed by {@link RecordType#ordinal()}. */
    private final Map<RecordId, Record<?>>[] overlay;

    @SuppressWarnings("unchecked")
    OverlayView(RegistryView base, RegistryDocument payload) {
        this.base = Objects.requireNonNull(base, "base");
        Objects.requireNonNull(payload, "payload");
        overlay = new Map[RecordType.values().length];
        for (RecordType t : RecordType.values()) {
            List<? extends Record<?>> records = t.records(payload);
            overlay[t.ordinal()] = records.isEmpty() ? Map.of() : t.index(records, i -> { });
        }
    }

    @Override
    Record<?> find(RecordType type, RecordId id) {
        Record<?> r = overlay[type.ordinal()].get(id);
        return r != null ? r : find(base, type, id);
    }

    @Override
    List<? extends Record<?>> related(Relation relation, Object key) {
        return merge(relation.type(), relation.query(base, key), r -> relation.key(r).equals(key));
    }

    @Override
    public List<Person> personsWithDocument(DocumentType type, String number) {
        String n = DocumentKey.normalize(number);
        return merge(RecordType.PERSONS, base.personsWithDocument(type, number), p -> {
            for (IdentityDocument d : p.documents()) {
                if (d.type() == type && DocumentKey.normalize(d.number()).equals(n)) {
                    return true;
                }
            }
            return false;
        });
    }

    /** The base records, less those the payload replaces, plus the payload records matching. */
    @SuppressWarnings("unchecked")
    private <R extends Record<?>> List<R> merge(RecordType type, List<? extends R> fromBase, Predicate<R> matches) {
        Map<RecordId, Record<?>> replaced = overlay[type.ordinal()];
        if (replaced.isEmpty()) {
            return (List<R>) fromBase;
        }
        List<R> out = new ArrayList<>(fromBase.size() + 2);
        for (R r : fromBase) {
            if (!replaced.containsKey(r.id())) {
                out.add(r);
            }
        }
        for (Record<?> r : replaced.values()) {
            if (matches.test((R) r)) {
                out.add((R) r);
            }
        }
        return Collections.unmodifiableList(out);
    }
}
