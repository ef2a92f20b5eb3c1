package org.renfang.examples.generator;

import java.util.ArrayList;
import java.util.List;
import org.renfang.model.Lease;
import org.renfang.model.Person;
import org.renfang.model.Premises;
import org.renfang.model.RecordType;
import org.renfang.model.Residence;
import org.renfang.validation.finding.RuleCode;

/**
 * The records of one block (a household, a letting, an employer, a hotel…) before they are
 * written, and the findings an injected violation must cause, by position within the block.
 * A block is small: its records are all that the generator ever holds in memory.
 *
 * <p>Records are model values, or a {@link com.fasterxml.jackson.databind.node.ObjectNode} for
 * a record the model cannot represent (one that lacks a required field). Not thread-safe.
 */
final class Block {
    private final List<List<Object>> records = new ArrayList<>(RecordType.values().length);
    private final List<Expected> expected = new ArrayList<>(2);

    /** Position of the main premises (the home, the dormitory, the hotel), or -1. */
    int home = -1;
    /** Position of the current lease (the master lease of a shared flat), or -1. */
    int lease = -1;
    /** Position of an earlier, ended lease of the same premises, or -1. */
    int pastLease = -1;
    /** Position of the main resident's residence (owner, lessee, first dormitory resident), or -1. */
    int residence = -1;
    /** Position of a family member's residence, or -1. */
    int member = -1;
    /** Position of a moved-out residence, or -1. */
    int pastResidence = -1;
    /** Position of the block's own organization (employer, hotel operator), or -1. */
    int organization = -1;

    /** A finding the block must cause: its rule, and the record (and field suffix) carrying it. */
    record Expected(RuleCode rule, RecordType type, int index, String suffix) {
    }

    Block() {
        for (int i = 0; i < RecordType.values().length; i++) {
            records.add(new ArrayList<>(4));
        }
    }

    /**
     * Adds a residence; the block's first residence becomes {@link #residence}.
     *
     * @param record the residence, not null
     */
    void addResidence(Residence record) {
        int at = add(RecordType.RESIDENCES, record);
        if (residence < 0) {
            residence = at;
        }
    }

    /**
     * Adds a record.
     *
     * @param type   its collection, not null
     * @param record the record, not null
     * @return its position within the block's collection
     */
    int add(RecordType type, Object record) {
        List<Object> list = records.get(type.ordinal());
        list.add(record);
        return list.size() - 1;
    }

    /** @return the records of a collection, in order; modifiable */
    List<Object> all(RecordType type) {
        return records.get(type.ordinal());
    }

    /** @return the record at a position of a collection */
    Object get(RecordType type, int index) {
        return records.get(type.ordinal()).get(index);
    }

    /** Replaces the record at a position of a collection. */
    void set(RecordType type, int index, Object record) {
        records.get(type.ordinal()).set(index, record);
    }

    /** @return how many records the collection holds */
    int size(RecordType type) {
        return records.get(type.ordinal()).size();
    }

    /**
     * Records a finding the block must cause.
     *
     * @param rule   the rule, not null
     * @param type   the collection of the carrier, not null
     * @param index  the carrier's position within the block
     * @param suffix what follows the record's pointer ("" for the record, "/birthDate" for a field)
     */
    void expect(RuleCode rule, RecordType type, int index, String suffix) {
        expected.add(new Expected(rule, type, index, suffix));
    }

    /** @return the expected findings, not null */
    List<Expected> expected() {
        return expected;
    }

    // -----------------------------------------------------------------------------------------
    // Typed access

    Person person(int i) {
        return (Person) get(RecordType.PERSONS, i);
    }

    Premises premises(int i) {
        return (Premises) get(RecordType.PREMISES, i);
    }

    Lease lease(int i) {
        return (Lease) get(RecordType.LEASES, i);
    }

    Residence residence(int i) {
        return (Residence) get(RecordType.RESIDENCES, i);
    }
}
