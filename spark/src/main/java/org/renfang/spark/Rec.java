package org.renfang.spark;

import java.io.Serializable;
import org.renfang.model.RecordType;
import org.renfang.model.json.BinaryRecords;

/**
 * One record read from a per-kind dataset: its kind, its position in that dataset, its id, the
 * record as read in its binary form ({@link BinaryRecords}: the rule stage reads it back without
 * binding JSON again) and the ids it names, by which the neighbourhoods are joined.
 */
final class Rec implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final String[] NONE = new String[0];

    final RecordType kind;
    final long ordinal;
    final String id;
    /** The record in its binary form ({@link BinaryRecords#write}). */
    final byte[] bytes;
    /** Premises the record belongs to (its own id for premises), or null. */
    String premises;
    /** The person the record belongs to (its own id for persons), or null. */
    String person;
    /** Persons named (premises owner, lessor, lessees, occupants, resident, family basis). */
    String[] persons = NONE;
    /** Organizations named. */
    String[] organizations = NONE;
    /** Leases named (a sublease's parent, a residence's basis). */
    String[] leases = NONE;
    /** A person's document keys (type and normalized number, without country). */
    String[] documents = NONE;

    Rec(RecordType kind, long ordinal, String id, byte[] bytes) {
        this.kind = kind;
        this.ordinal = ordinal;
        this.id = id;
        this.bytes = bytes;
    }
}
