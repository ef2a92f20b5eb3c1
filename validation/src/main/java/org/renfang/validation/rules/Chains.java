package org.renfang.validation.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The walk up a chain of records (a lease's parent leases, a residence's family-member homes) to
 * the cycle it runs into, if any. The results of earlier walks of the run are kept, so all chains
 * together are walked once (a 5 000-deep chain costs 5 000 steps, not 5 000 squared).
 *
 * <p>This class is stateless and thread-safe; the maps it is given are not shared between threads.
 */
final class Chains {

    private Chains() {
    }

    /**
     * Returns the cycle the chain from a record runs into.
     *
     * @param <N>   the records of the chain
     * @param <K>   what identifies a record of the chain
     * @param <V>   what the cycle lists of each of its records
     * @param start the first record, not null
     * @param known the cycles found so far in the run, by record: updated for every record walked
     * @param at    an empty map for this walk, of the same kind as {@code known}
     * @param key   what identifies a record, not null
     * @param value what the cycle lists of a record, not null
     * @param next  the next record up the chain, or null where the chain ends
     * @return the records of the cycle in chain order (the same list for every record on the cycle
     *         or leading into it, starting where the first walk met it), or null if the chain ends
     */
    static <N, K, V> List<V> cycle(N start, Map<K, List<V>> known, Map<K, Integer> at, Function<N, K> key,
            Function<N, V> value, UnaryOperator<N> next) {
        List<N> walked = new ArrayList<>();
        List<V> result;
        N cur = start;
        while (true) {
            K k = key.apply(cur);
            List<V> prior = known.get(k);
            if (prior != null) {
                result = prior;
                break;
            }
            Integer seen = at.putIfAbsent(k, walked.size());
            if (seen != null) {
                List<V> values = new ArrayList<>(walked.size() - seen);
                for (N c : walked.subList(seen, walked.size())) {
                    values.add(value.apply(c));
                }
                result = List.copyOf(values);
                break;
            }
            walked.add(cur);
            cur = next.apply(cur);
            if (cur == null) {
                result = List.of();
                break;
            }
        }
        for (N w : walked) {
            known.put(key.apply(w), result);
        }
        return result.isEmpty() ? null : result;
    }
}
