package org.renfang.model;

/**
 * The collections of a registry document, in document order, with their JSON names.
 */
public enum RecordType {
    /** {@code persons}. */
    PERSONS("persons", "person", Person.class),
    /** {@code organizations}. */
    ORGANIZATIONS("organizations", "organization", Organization.class),
    /** {@code premises}. */
    PREMISES("premises", "premises", Premises.class),
    /** {@code leases}. */
    LEASES("leases", "lease", Lease.class),
    /** {@code employments}. */
    EMPLOYMENTS("employments", "employment", Employment.class),
    /** {@code enrollments}. */
    ENROLLMENTS("enrollments", "enrollment", Enrollment.class),
    /** {@code residences}. */
    RESIDENCES("residences", "residence", Residence.class),
    /** {@code visits}. */
    VISITS("visits", "visit", Visit.class);

    private static final RecordType[] VALUES = values();

    private final String jsonName;
    private final String subjectKind;
    private final Class<? extends Record<?>> type;

    RecordType(String jsonName, String subjectKind, Class<? extends Record<?>> type) {
        this.jsonName = jsonName;
        this.subjectKind = subjectKind;
        this.type = type;
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
