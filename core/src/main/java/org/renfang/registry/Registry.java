package org.renfang.registry;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.renfang.model.DocumentType;
import org.renfang.model.Employment;
import org.renfang.model.Enrollment;
import org.renfang.model.IdentityDocument;
import org.renfang.model.Lease;
import org.renfang.model.Person;
import org.renfang.model.PersonId;
import org.renfang.model.Premises;
import org.renfang.model.PremisesId;
import org.renfang.model.Record;
import org.renfang.model.RecordId;
import org.renfang.model.RecordType;
import org.renfang.model.RegistryDocument;
import org.renfang.model.Residence;
import org.renfang.model.Visit;
import org.renfang.model.json.JsonProblem;
import org.renfang.model.json.ReadResult;
import org.renfang.model.json.RegistryReader;

/**
 * An in-memory registry: the records of a registry document with the indexes of
 * {@link RegistryView}, and the JSON Pointer of each record in its source.
 *
 * <p>When two records of a collection share an id, the first is indexed and the later ones are
 * reported by {@link #duplicateIds()}; every record stays in {@link #document()}.
 *
 * <pre>{@code
 * Registry registry = Registry.read(Files.newInputStream(Path.of("registry.json")));
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
    private final Map<PremisesId, List<Residence>> residencesAt;
    private final Map<PersonId, List<Residence>> residencesOf;
    private final Map<PremisesId, List<Lease>> leasesOf;
    private final Map<PersonId, List<Employment>> employmentsOf;
    private final Map<PersonId, List<Enrollment>> enrollmentsOf;
    private final Map<PremisesId, List<Visit>> visitsTo;
    private final Map<DocumentKey, List<Person>> byDocument;
    private final List<JsonProblem> duplicateIds = new ArrayList<>();

    @SuppressWarnings("unchecked")
    private Registry(ReadResult source) {
        this.source = source;
        this.document = source.document();
        byId = new Map[RecordType.values().length];
        for (RecordType t : RecordType.values()) {
            byId[t.ordinal()] = t.index(t.records(document), i -> duplicateIds.add(source.duplicateId(t, i)));
        }
        residencesAt = group(RecordType.RESIDENCES, Residence::premises);
        residencesOf = group(RecordType.RESIDENCES, Residence::person);
        leasesOf = group(RecordType.LEASES, Lease::premises);
        employmentsOf = group(RecordType.EMPLOYMENTS, Employment::person);
        enrollmentsOf = group(RecordType.ENROLLMENTS, Enrollment::person);
        visitsTo = group(RecordType.VISITS, Visit::premises);
        Collection<Person> persons = values(RecordType.PERSONS);
        byDocument = new HashMap<>((int) Math.min(1 << 30, persons.size() * 4L / 3 + 1));
        for (Person p : persons) {
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
     * Builds a registry from what a {@link RegistryReader} read; pointers refer to the source.
     *
     * @param result the read result, not null
     * @return the registry, not null
     */
    public static Registry of(ReadResult result) {
        return new Registry(Objects.requireNonNull(result, "result"));
    }

    /**
     * Reads a registry document from a stream (streaming) and indexes it. Problems in the
     * document are kept in {@link #readProblems()}.
     *
     * @param in the stream, not null; not closed
     * @return the registry, not null
     * @throws java.io.UncheckedIOException if the stream cannot be read
     */
    public static Registry read(InputStream in) {
        return of(RegistryReader.readRegistry(in));
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

    /** The indexed records of a kind (the first of each id). */
    @SuppressWarnings("unchecked")
    private <R> Collection<R> values(RecordType type) {
        return (Collection<R>) byId[type.ordinal()].values();
    }

    private <K, R> Map<K, List<R>> group(RecordType type, Function<R, K> key) {
        Map<K, List<R>> map = new HashMap<>();
        for (R r : this.<R>values(type)) {
            map.computeIfAbsent(key.apply(r), k -> new ArrayList<>(2)).add(r);
        }
        return map;
    }

    static <K, R> List<R> list(Map<K, List<R>> map, K key) {
        List<R> l = map.get(Objects.requireNonNull(key, "key"));
        return l == null ? List.of() : Collections.unmodifiableList(l);
    }

    @Override
    public Optional<Record<?>> record(RecordType type, RecordId id) {
        return Optional.ofNullable(byId[type.ordinal()].get(Objects.requireNonNull(id, "id")));
    }

    @Override
    public List<Residence> residencesAt(PremisesId premises) {
        return list(residencesAt, premises);
    }

    @Override
    public List<Residence> residencesOf(PersonId person) {
        return list(residencesOf, person);
    }

    @Override
    public List<Lease> leasesOf(PremisesId premises) {
        return list(leasesOf, premises);
    }

    @Override
    public List<Employment> employmentsOf(PersonId person) {
        return list(employmentsOf, person);
    }

    @Override
    public List<Enrollment> enrollmentsOf(PersonId person) {
        return list(enrollmentsOf, person);
    }

    @Override
    public List<Visit> visitsTo(PremisesId premises) {
        return list(visitsTo, premises);
    }

    @Override
    public List<Person> personsWithDocument(DocumentType type, String number) {
        return list(byDocument, new DocumentKey(type, null, DocumentKey.normalize(number)));
    }
}
