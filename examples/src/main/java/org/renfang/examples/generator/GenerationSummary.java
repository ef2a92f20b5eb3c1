package org.renfang.examples.generator;

import java.util.Map;
import java.util.Objects;
import org.renfang.model.RecordType;
import org.renfang.validation.finding.RuleCode;

/**
 * What one run of {@link RegistryGenerator} wrote.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param records    the number of records written per collection, not null, every collection present
 * @param blocks     the number of blocks generated (the shared organizations not counted)
 * @param violations the number of violations injected
 * @param byRule     the number of violations injected per rule, rules with none left out, not null
 * @param expected   the number of findings the manifest lists
 */
public record GenerationSummary(Map<RecordType, Long> records, long blocks, long violations,
        Map<RuleCode, Long> byRule, long expected) {

    /**
     * Checks and copies the components.
     *
     * @param records    the counts per collection, not null
     * @param blocks     the blocks
     * @param violations the violations
     * @param byRule     the violations per rule, not null
     * @param expected   the expected findings
     */
    public GenerationSummary {
        records = Map.copyOf(Objects.requireNonNull(records, "records"));
        byRule = Map.copyOf(Objects.requireNonNull(byRule, "byRule"));
    }

    /**
     * Returns the number of records of a collection.
     *
     * @param type the collection, not null
     * @return the count
     */
    public long count(RecordType type) {
        return records.getOrDefault(Objects.requireNonNull(type, "type"), 0L);
    }

    /** @return the total number of records written */
    public long total() {
        long n = 0;
        for (long c : records.values()) {
            n += c;
        }
        return n;
    }
}
