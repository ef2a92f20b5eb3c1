package org.renfang.model.source;

import java.util.List;
import java.util.Objects;
import org.renfang.model.RecordType;
import org.renfang.model.RegistryDocument;

/**
 * What reading a registry or payload produced: the records that could be read, the problems
 * found, and where each record stood in the source (records that failed to read are left out,
 * so list positions and source positions may differ).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ReadResult {
    private final RegistryDocument document;
    private final List<JsonProblem> problems;
    private final int[][] sourceIndex;

    private ReadResult(RegistryDocument document, List<JsonProblem> problems, int[][] sourceIndex) {
        this.document = Objects.requireNonNull(document, "document");
        this.problems = List.copyOf(problems);
        this.sourceIndex = sourceIndex == null ? new int[RecordType.values().length][] : sourceIndex;
    }

    /**
     * A result as a reader produced it.
     *
     * @param document    the records read, not null
     * @param problems    the problems found, in document order, not null
     * @param sourceIndex for each record kind (by {@link RecordType#ordinal()}), the source position of
     *                    each list position, or a null entry where the two are equal; null if they are
     *                    equal for every kind; copied
     * @return the result, not null
     * @throws IllegalArgumentException if {@code sourceIndex} does not have one entry per record kind
     */
    public static ReadResult of(RegistryDocument document, List<JsonProblem> problems, int[][] sourceIndex) {
        if (sourceIndex != null && sourceIndex.length != RecordType.values().length) {
            throw new IllegalArgumentException("sourceIndex has " + sourceIndex.length + " entries, not one per record kind ("
                    + RecordType.values().length + ")");
        }
        int[][] copy = null;
        if (sourceIndex != null) {
            copy = sourceIndex.clone();
            for (int i = 0; i < copy.length; i++) {
                copy[i] = copy[i] == null ? null : copy[i].clone();
            }
        }
        return new ReadResult(document, problems, copy);
    }

    /**
     * Wraps a document built in memory: no problems, source positions equal list positions.
     *
     * @param document the document, not null
     * @return the result, not null
     */
    public static ReadResult of(RegistryDocument document) {
        return new ReadResult(document, List.of(), null);
    }

    /** @return the records read, not null */
    public RegistryDocument document() {
        return document;
    }

    /** @return the problems found, in document order, not null */
    public List<JsonProblem> problems() {
        return problems;
    }

    /**
     * Returns whether the document was read without any problem.
     *
     * @return true if no problem
     */
    public boolean isClean() {
        return problems.isEmpty();
    }

    /**
     * Returns the position in the source of the record at a list position.
     *
     * @param type  the collection, not null
     * @param index the position in {@code document()}'s list, 0 ≤ index &lt; size
     * @return the position in the source document
     */
    public int sourceIndex(RecordType type, int index) {
        int[] map = sourceIndex[type.ordinal()];
        return map == null ? index : map[index];
    }

    /**
     * Returns the JSON Pointer in the source of the record at a list position.
     *
     * @param type  the collection, not null
     * @param index the position in {@code document()}'s list
     * @return the pointer, such as {@code /leases/17}
     */
    public String pointer(RecordType type, int index) {
        return type.pointer(sourceIndex(type, index));
    }

    /**
     * Returns the problem of a record whose id an earlier record of its collection has (found
     * by {@link RecordType#index}): INVALID at the record's {@code /id}.
     *
     * @param type  the collection, not null
     * @param index the position in {@code document()}'s list
     * @return the problem, not null
     */
    public JsonProblem duplicateId(RecordType type, int index) {
        return new JsonProblem(JsonProblem.Kind.INVALID, pointer(type, index) + "/id",
                "id repeats an earlier " + type.subjectKind() + "'s id");
    }
}
