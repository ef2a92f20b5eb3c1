package org.renfang.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.IntConsumer;

/**
 * The record kinds of the model, in document order: one descriptor per kind, from which the
 * reader, the registry, the overlay of a payload, the field constraints and the validator's
 * dispatch are driven instead of restating the kinds. Each holds the record interface, its id
 * type and id factory, its JSON array name, its subject kind, the list of a
 * {@link RegistryDocument} that holds it and the builder's setter of that list; its fields and
 * references are derived from the interface's {@code @JsonProperty} accessors
 * ({@link RecordField#of(Class)}), so that adding a field is one change in the interface.
 */
public enum RecordType {
    /** {@code persons}. */
    PERSONS("persons", "person", Person.class, PersonId.class, PersonId::of, RegistryDocument::persons,
            (b, l) -> b.persons(cast(l))),
    /** {@code organizations}. */
    ORGANIZATIONS("organizations", "organization", Organization.class, OrganizationId.class, OrganizationId::of,
            RegistryDocument::organizations, (b, l) -> b.organizations(cast(l))),
    /** {@code premises}. */
    PREMISES("premises", "premises", Premises.class, PremisesId.class, PremisesId::of, RegistryDocument::premises,
            (b, l) -> b.premises(cast(l))),
    /** {@code leases}. */
    LEASES("leases", "lease", Lease.class, LeaseId.class, LeaseId::of, RegistryDocument::leases,
            (b, l) -> b.leases(cast(l))),
    /** {@code employments}. */
    EMPLOYMENTS("employments", "employment", Employment.class, EmploymentId.class, EmploymentId::of,
            RegistryDocument::employments, (b, l) -> b.employments(cast(l))),
    /** {@code enrollments}. */
    ENROLLMENTS("enrollments", "enrollment", Enrollment.class, EnrollmentId.class, EnrollmentId::of,
            RegistryDocument::enrollments, (b, l) -> b.enrollments(cast(l))),
    /** {@code residences}. */
    RESIDENCES("residences", "residence", Residence.class, ResidenceId.class, ResidenceId::of,
            RegistryDocument::residences, (b, l) -> b.residences(cast(l))),
    /** {@code visits}. */
    VISITS("visits", "visit", Visit.class, VisitId.class, VisitId::of, RegistryDocument::visits,
            (b, l) -> b.visits(cast(l)));

    private static final RecordType[] VALUES = values();
    /** The kind of each implementation class met, found once per class. */
    private static final ClassValue<RecordType> OF_CLASS = new ClassValue<>() {
        @Override
        protected RecordType computeValue(Class<?> c) {
            for (RecordType t : VALUES) {
                if (t.type.isAssignableFrom(c)) {
                    return t;
                }
            }
            return null;
        }
    };
    private static final ClassValue<RecordType> OF_ID_CLASS = new ClassValue<>() {
        @Override
        protected RecordType computeValue(Class<?> c) {
            for (RecordType t : VALUES) {
                if (t.idType == c) {
                    return t;
                }
            }
            return null;
        }
    };

    private final String jsonName;
    private final String subjectKind;
    private final Class<? extends Record<?>> type;
    private final Class<? extends RecordId> idType;
    private final Function<String, ? extends RecordId> idFactory;
    private final Function<RegistryDocument, List<? extends Record<?>>> records;
    private final BiConsumer<ImmutableRegistryDocument.Builder, List<? extends Record<?>>> setter;

    RecordType(String jsonName, String subjectKind, Class<? extends Record<?>> type,
            Class<? extends RecordId> idType, Function<String, ? extends RecordId> idFactory,
            Function<RegistryDocument, List<? extends Record<?>>> records,
            BiConsumer<ImmutableRegistryDocument.Builder, List<? extends Record<?>>> setter) {
        this.jsonName = jsonName;
        this.subjectKind = subjectKind;
        this.type = type;
        this.idType = idType;
        this.idFactory = idFactory;
        this.records = records;
        this.setter = setter;
    }

    @SuppressWarnings("unchecked")
    private static <R> List<R> cast(List<?> records) {
        return (List<R>) records;
    }

    /** @return the field name of the collection in a registry document */
    public String jsonName() {
        return jsonName;
    }

    /** @return the subject kind used in reports ({@code lease} in {@code lease:L1}) */
    public String subjectKind() {
        return subjectKind;
    }

    /** @return the record interface */
    public Class<? extends Record<?>> type() {
        return type;
    }

    /** @return the id type of the records, such as {@code LeaseId.class} */
    public Class<? extends RecordId> idType() {
        return idType;
    }

    /**
     * Obtains an id of this kind from its text.
     *
     * @param value the id text, not null
     * @return the id, not null
     * @throws InvalidFieldException if the text is blank or too long
     */
    public RecordId id(String value) {
        return idFactory.apply(value);
    }

    /**
     * Returns the records of this kind in a document.
     *
     * @param document the document, not null
     * @return the document's list of this kind, not null
     */
    public List<? extends Record<?>> records(RegistryDocument document) {
        return records.apply(document);
    }

    /**
     * Sets the records of this kind on a document builder, replacing any set before.
     *
     * @param builder the builder, not null
     * @param records records of this kind, not null
     * @throws ClassCastException if a record is of another kind (the builder casts each record)
     */
    public void set(ImmutableRegistryDocument.Builder builder, List<? extends Record<?>> records) {
        setter.accept(builder, records);
    }

    /** @return the fields of the record interface, in JSON order, not null */
    public List<RecordField> fields() {
        return RecordField.of(type);
    }

    /**
     * Returns the record's own fields that hold ids of a record kind (not those of nested values,
     * such as a basis's lease).
     *
     * @return the referring fields, in JSON order, not null
     */
    public List<RecordField> references() {
        List<RecordField> out = new ArrayList<>();
        for (RecordField f : fields()) {
            if (ofIdType(f.valueType()) != null && !f.name().equals("id")) {
                out.add(f);
            }
        }
        return out;
    }

    /**
     * Returns the JSON Pointer of the record at an index of this collection.
     *
     * @param index the index in the document, not negative
     * @return the pointer, such as {@code /leases/17}
     */
    public String pointer(int index) {
        return "/" + jsonName + "/" + index;
    }

    /**
     * Indexes records of this kind by id: the first record with an id is indexed, each later one
     * is a duplicate. This is where duplicate ids are detected, for a registry and a payload alike.
     *
     * @param <I>        the id type
     * @param <R>        the record type
     * @param records    records of this kind, not null
     * @param duplicates told the list position of each record whose id an earlier record has, not null
     * @return the records by id, not null; a new mutable map
     */
    public <I extends RecordId, R extends Record<? extends I>> Map<I, R> index(List<? extends R> records,
            IntConsumer duplicates) {
        return index(records, new HashMap<>((int) Math.min(1 << 30, records.size() * 4L / 3 + 1)), duplicates);
    }

    /**
     * Indexes records of this kind by id into a given map, as {@link #index(List, IntConsumer)} does.
     *
     * @param <I>        the id type
     * @param <R>        the record type
     * @param <M>        the map type
     * @param records    records of this kind, not null
     * @param into       the map to fill, not null
     * @param duplicates told the list position of each record whose id an earlier record has, not null
     * @return {@code into}
     */
    public <I extends RecordId, R extends Record<? extends I>, M extends Map<I, R>> M index(List<? extends R> records,
            M into, IntConsumer duplicates) {
        for (int i = 0; i < records.size(); i++) {
            R r = records.get(i);
            if (into.putIfAbsent(r.id(), r) != null) {
                duplicates.accept(i);
            }
        }
        return into;
    }

    /**
     * Finds the kind of a record.
     *
     * @param record a record, not null
     * @return the kind, not null
     */
    public static RecordType of(Record<?> record) {
        return Objects.requireNonNull(OF_CLASS.get(record.getClass()), "not a record kind");
    }

    /**
     * Finds the kind whose records have ids of a type.
     *
     * @param idType an id type, not null
     * @return the kind, or null if the type is not the id type of a record kind (a room's id)
     */
    public static RecordType ofIdType(Class<?> idType) {
        return OF_ID_CLASS.get(idType);
    }

    /**
     * Finds a collection by its JSON name.
     *
     * @param jsonName the name, not null
     * @return the type, or null if none has that name
     */
    public static RecordType ofJsonName(String jsonName) {
        for (RecordType t : VALUES) {
            if (t.jsonName.equals(jsonName)) {
                return t;
            }
        }
        return null;
    }
}
