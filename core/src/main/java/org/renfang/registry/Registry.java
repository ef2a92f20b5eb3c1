package org.renfang.registry;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.renfang.model.DocumentType;
import org.renfang.model.IdentityDocument;
import org.renfang.model.Person;
import org.renfang.model.Record;
import org.renfang.model.RecordId;
import org.renfang.model.RecordType;
import org.renfang.model.RegistryDocument;
import org.renfang.model.source.JsonProblem;
import org.renfang.model.source.ReadResult;

/**
 * An in-memory registry: the records of a registry document with the indexes of
 * {@link RegistryView}, and the JSON Pointer of each record in its source.
 *
 * <p>When two records of a collection share an id, the first is indexed and the later ones are
 * reported by {@link #duplicateIds()}; every record stays in {@link #document()}.
 *
 * <p>A registry is built from a document in memory ({@link #of(RegistryDocument)}) or from what
 * the JSON reader read ({@link #of(ReadResult)}, which keeps the source's pointers and problems);
 * this package does not read JSON itself.
 *
 * <pre>{@code
 * Registry registry = Registry.of(RegistryReader.readRegistry(in));   // org.renfang.model.json
 * List<Residence> living = registry.residencesAt(PremisesId.of("H1"));
 * RegistryView withPayload = registry.with(payload);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Registry extends IndexedView {

    private final ReadResult source;
    private final RegistryDocument document;
    /** The records of each kind by id, indexed by {@link RecordType#ordinal()}. */
    private final Map<RecordId, Record<?>>[] byId;
    /** The positions of each kind's records whose id an earlier record has, or null if none. */
    private final BitSet[] repeated;
    /** The records of each {@link Relation} by key, indexed by {@link Relation#ordinal()}. */
    private final Map<Object, List<Record<?>>>[] related;
    private final Map<DocumentKey, List<Person>> byDocument;
    private final List<JsonProblem> duplicateIds = new ArrayList<>();

    @SuppressWarnings("unchecked")
    private Registry(ReadResult source) {
        this.source = source;
        this.document = source.document();
        byId = new Map[RecordType.values().length];
        repeated = new BitSet[byId.length];
        for (RecordType t : RecordType.values()) {
            byId[t.ordinal()] = t.index(t.records(document), i -> {
                duplicateIds.add(source.duplicateId(t, i));
                if (repeated[t.ordinal()] == null) {
                    repeated[t.ordinal()] = new BitSet();
                }
                repeated[t.ordinal()].set(i);
            });
        }
        related = new Map[Relation.VALUES.length];
        for (Relation r : Relation.VALUES) {
            Map<Object, List<Record<?>>> map = new HashMap<>();
            for (Record<?> record : byId[r.type().ordinal()].values()) {
                map.computeIfAbsent(r.key(record), k -> new ArrayList<>(2)).add(record);
            }
            related[r.ordinal()] = map;
        }
        Collection<Record<?>> persons = byId[RecordType.PERSONS.ordinal()].values();
        byDocument = new HashMap<>((int) Math.min(1 << 30, persons.size() * 4L / 3 + 1));
        for (Record<?> r : persons) {
            Person p = (Person) r;
            for (IdentityDocument doc : p.documents()) {
                List<Person> list = byDocument.computeIfAbsent(DocumentKey.of(doc).withoutCountry(),
                        k -> new ArrayList<>(1));
                if (!list.contains(p)) {
                    list.add(p);
                }
            }
        }
    }

    /**
     * Builds a registry from a document built in memory.
     *
     * @param document the document, not null
     * @return the registry, not null
     */
    public static Registry of(RegistryDocument document) {
        return new Registry(ReadResult.of(Objects.requireNonNull(document, "document")));
    }

    /**
     * Builds a registry from what the JSON reader ({@code RegistryReader}) read; pointers refer to
     * the source.
     *
     * @param result the read result, not null
     * @return the registry, not null
     */
    public static Registry of(ReadResult result) {
        return new Registry(Objects.requireNonNull(result, "result"));
    }

    /** @return the records, not null */
    public RegistryDocument document() {
        return document;
    }

    /** @return the problems met while reading the source, not null */
    public List<JsonProblem> readProblems() {
        return source.problems();
    }

    /** @return records whose id repeats an earlier record's id in the same collection, as problems at their id */
    public List<JsonProblem> duplicateIds() {
        return Collections.unmodifiableList(duplicateIds);
    }

    /**
     * Tells whether the record at a position of {@link #document()} is the one indexed under its
     * id, that is, no earlier record of its collection has its id (see {@link #duplicateIds()}).
     * Answered from the positions noted while indexing, without a look-up.
     *
     * @param type  the collection, not null
     * @param index the position in the document's list
     * @return whether the record is indexed
     */
    public boolean isIndexed(RecordType type, int index) {
        BitSet r = repeated[type.ordinal()];
        return r == null || !r.get(index);
    }

    /**
     * Returns the JSON Pointer in the source of a record of {@link #document()}.
     *
     * @param type  the collection, not null
     * @param index the position in the document's list
     * @return the pointer, such as {@code /leases/17}
     */
    public String pointer(RecordType type, int index) {
        return source.pointer(type, index);
    }

    /**
     * Overlays a registration payload: records of the payload replace records with the same
     * id, new ones are added. The registry itself is unchanged.
     *
     * @param payload the payload, not null
     * @return a view of this registry with the payload applied, not null
     */
    public RegistryView with(RegistryDocument payload) {
        return new OverlayView(this, payload);
    }

    @Override
    Record<?> find(RecordType type, RecordId id) {
        return byId[type.ordinal()].get(id);
    }

    @Override
    List<? extends Record<?>> related(Relation relation, Object key) {
        return unmodifiable(related[relation.ordinal()].get(key));
    }

    @Override
    public List<Person> personsWithDocument(DocumentType type, String number) {
        return unmodifiable(byDocument.get(new DocumentKey(type, null, DocumentKey.normalize(number))));
    }

    private static <R> List<R> unmodifiable(List<R> list) {
        return list == null ? List.of() : Collections.unmodifiableList(list);
    }
}
