package org.renfang.validation.internal;

/**
 * One node of the field constraints' fast path, compiled once from the model's annotations
 * ({@link ModelConstraints}): a test that a value certainly satisfies some constraints. It answers
 * true only if the validator would find no violation there; false means "maybe not", and the
 * validator then decides.
 *
 * <p>Implementations are immutable and thread-safe.
 */
@FunctionalInterface
interface ValueCheck {
    /** Clears every value. */
    ValueCheck ALWAYS = (value, depth) -> true;
    /** Clears no value: for what the fast path does not understand. */
    ValueCheck MAYBE = (value, depth) -> false;

    /**
     * Tests a value.
     *
     * @param value the value, possibly null
     * @param depth how many cascades lie above it, from 0 for the record
     * @return true if it certainly satisfies the constraints; false if it may not
     */
    boolean holds(Object value, int depth);
}
