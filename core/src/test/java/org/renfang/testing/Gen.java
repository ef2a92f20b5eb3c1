package org.renfang.testing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A generator of random values for property tests: {@link #next} draws one value from a
 * {@link SplittableRandom}, so that the same seed gives the same values.
 *
 * <p>Numbers drawn from a range are biased to its edges: about one draw in ten is the least or the
 * greatest value of the range, one next to them, or 0, 1 or -1 when the range holds them. Strings,
 * lists and byte arrays take their shortest allowed length about one draw in ten.
 *
 * @param <T> the type of the values
 */
@FunctionalInterface
public interface Gen<T> {

    /** How many draws a {@link #filter} makes for one value before it gives up. */
    int MAX_FILTER_MISSES = 10_000;

    /**
     * Draws one value.
     *
     * @param random the source of randomness, not null
     * @return the value
     */
    T next(SplittableRandom random);

    /**
     * Returns a generator of this generator's values passed through a function.
     *
     * @param f   the function, not null
     * @param <R> the type of the results
     * @return the generator, not null
     */
    default <R> Gen<R> map(Function<? super T, ? extends R> f) {
        return r -> f.apply(next(r));
    }

    /**
     * Returns a generator of this generator's values that satisfy a predicate, drawing again
     * (at most {@value #MAX_FILTER_MISSES} times) while they do not.
     *
     * @param keep the predicate, not null
     * @return the generator, not null
     */
    default Gen<T> filter(Predicate<? super T> keep) {
        return r -> {
            for (int i = 0; i < MAX_FILTER_MISSES; i++) {
                T value = next(r);
                if (keep.test(value)) {
                    return value;
                }
            }
            throw new IllegalStateException("filter rejected " + MAX_FILTER_MISSES + " values in a row");
        };
    }

    /**
     * Returns a generator of lists of this generator's values.
     *
     * @param min the least size, at least 0
     * @param max the greatest size, at least {@code min}
     * @return the generator, not null
     */
    default Gen<List<T>> list(int min, int max) {
        Gen<Integer> size = size(min, max);
        return r -> {
            int n = size.next(r);
            List<T> list = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                list.add(next(r));
            }
            return list;
        };
    }

    /**
     * Returns a generator of lists of this generator's values, no two of which have the same key.
     * A value whose key is already in the list is drawn again (at most
     * {@value #MAX_FILTER_MISSES} times in all); the list may then be shorter than the size drawn.
     *
     * @param max the greatest size, at least 0
     * @param key the key of a value, not null
     * @return the generator, not null
     */
    default Gen<List<T>> uniqueList(int max, Function<? super T, ?> key) {
        Gen<Integer> size = size(0, max);
        return r -> {
            int n = size.next(r);
            List<T> list = new ArrayList<>(n);
            Set<Object> keys = new HashSet<>();
            for (int misses = 0; list.size() < n && misses < MAX_FILTER_MISSES; ) {
                T value = next(r);
                if (keys.add(key.apply(value))) {
                    list.add(value);
                } else {
                    misses++;
                }
            }
            return list;
        };
    }

    /**
     * Returns a generator of sets of this generator's values of at most {@code max} elements
     * (fewer when the values drawn repeat).
     *
     * @param max the greatest size, at least 0
     * @return the generator, not null
     */
    default Gen<Set<T>> set(int max) {
        return list(0, max).map(LinkedHashSet::new);
    }

    /**
     * Returns a generator of this generator's values, or (half of the time) of nothing.
     *
     * @return the generator, not null
     */
    default Gen<Optional<T>> optional() {
        return r -> r.nextBoolean() ? Optional.of(next(r)) : Optional.empty();
    }

    /**
     * Returns a generator of this generator's values, or of null with a given probability.
     *
     * @param probability the probability of null, from 0 to 1
     * @return the generator, not null
     */
    default Gen<T> injectNull(double probability) {
        return r -> r.nextDouble() < probability ? null : next(r);
    }

    // ---------------------------------------------------------------------------------------------

    /**
     * Returns a generator of one value.
     *
     * @param value the value
     * @param <T>   its type
     * @return the generator, not null
     */
    static <T> Gen<T> constant(T value) {
        return r -> value;
    }

    /**
     * Returns a generator of any of some values, equally likely.
     *
     * @param values the values, at least one
     * @param <T>    their type
     * @return the generator, not null
     */
    @SafeVarargs
    static <T> Gen<T> of(T... values) {
        List<T> list = new ArrayList<>(values.length);
        for (T v : values) {
            list.add(v);
        }
        if (list.isEmpty()) {
            throw new IllegalArgumentException("no values");
        }
        return r -> list.get(r.nextInt(list.size()));
    }

    /**
     * Returns a generator of the constants of an enum, equally likely.
     *
     * @param type the enum, not null
     * @param <E>  the enum
     * @return the generator, not null
     */
    static <E extends Enum<E>> Gen<E> of(Class<E> type) {
        return of(type.getEnumConstants());
    }

    /**
     * Returns a generator that draws from one of some generators, each equally likely.
     *
     * @param gens the generators, at least one
     * @param <T>  the type of the values
     * @return the generator, not null
     */
    @SafeVarargs
    static <T> Gen<T> oneOf(Gen<? extends T>... gens) {
        List<Gen<? extends T>> list = new ArrayList<>(gens.length);
        for (Gen<? extends T> g : gens) {
            list.add(g);
        }
        return r -> list.get(r.nextInt(list.size())).next(r);
    }

    /**
     * Returns a generator that draws from one of two or three generators with given weights.
     *
     * @param weights the weights, one per generator, each positive
     * @param gens    the generators
     * @param <T>     the type of the values
     * @return the generator, not null
     */
    @SafeVarargs
    static <T> Gen<T> frequency(int[] weights, Gen<? extends T>... gens) {
        if (weights.length != gens.length) {
            throw new IllegalArgumentException("one weight per generator");
        }
        int total = Arrays.stream(weights).sum();
        return r -> {
            int pick = r.nextInt(total);
            for (int i = 0; ; i++) {
                pick -= weights[i];
                if (pick < 0) {
                    return gens[i].next(r);
                }
            }
        };
    }

    /**
     * Returns a generator of ints in a range, biased to its edges.
     *
     * @param min the least value
     * @param max the greatest value, at least {@code min}
     * @return the generator, not null
     */
    static Gen<Integer> ints(int min, int max) {
        Gen<Long> longs = longs(min, max);
        return r -> (int) (long) longs.next(r);
    }

    /**
     * Returns a generator of any int, biased to the edges of the range and to 0, 1 and -1.
     *
     * @return the generator, not null
     */
    static Gen<Integer> ints() {
        return ints(Integer.MIN_VALUE, Integer.MAX_VALUE);
    }

    /**
     * Returns a generator of longs in a range, biased to its edges.
     *
     * @param min the least value
     * @param max the greatest value, at least {@code min}
     * @return the generator, not null
     */
    static Gen<Long> longs(long min, long max) {
        if (max < min) {
            throw new IllegalArgumentException("max < min");
        }
        long[] edges = new LinkedHashSet<>(List.of(min, Math.min(max, min + 1), Math.max(min, max - 1), max,
                Math.max(min, Math.min(max, 0L)), Math.max(min, Math.min(max, 1L)), Math.max(min, Math.min(max, -1L))))
                .stream().mapToLong(Long::longValue).toArray();
        return r -> {
            if (r.nextInt(10) == 0) {
                return edges[r.nextInt(edges.length)];
            }
            if (max == Long.MAX_VALUE && min == Long.MIN_VALUE) {
                return r.nextLong();
            }
            if (max == Long.MAX_VALUE) {
                // max - min + 1 may overflow: draw below max, then once in a while max itself
                return r.nextLong(min, max);
            }
            return r.nextLong(min, max + 1);
        };
    }

    /**
     * Returns a generator of any long, biased to the edges of the range and to 0, 1 and -1.
     *
     * @return the generator, not null
     */
    static Gen<Long> longs() {
        return longs(Long.MIN_VALUE, Long.MAX_VALUE);
    }

    /**
     * Returns a generator of true and false, equally likely.
     *
     * @return the generator, not null
     */
    static Gen<Boolean> booleans() {
        return SplittableRandom::nextBoolean;
    }

    /**
     * Returns a generator of chars in a range, biased to its edges.
     *
     * @param from the least char
     * @param to   the greatest char, at least {@code from}
     * @return the generator, not null
     */
    static Gen<Character> chars(char from, char to) {
        return ints(from, to).map(i -> (char) (int) i);
    }

    /**
     * Returns a generator of any char ({@code \u0000} to {@code \uffff}, lone surrogates included).
     *
     * @return the generator, not null
     */
    static Gen<Character> chars() {
        return chars(Character.MIN_VALUE, Character.MAX_VALUE);
    }

    /**
     * Returns a generator of the chars of a string, equally likely.
     *
     * @param alphabet the chars, not empty
     * @return the generator, not null
     */
    static Gen<Character> charsOf(String alphabet) {
        if (alphabet.isEmpty()) {
            throw new IllegalArgumentException("empty alphabet");
        }
        return r -> alphabet.charAt(r.nextInt(alphabet.length()));
    }

    /**
     * Returns a generator of strings of some chars.
     *
     * @param chars the generator of each char, not null
     * @param min   the least length, at least 0
     * @param max   the greatest length, at least {@code min}
     * @return the generator, not null
     */
    static Gen<String> strings(Gen<Character> chars, int min, int max) {
        Gen<Integer> size = size(min, max);
        return r -> {
            int n = size.next(r);
            StringBuilder sb = new StringBuilder(n);
            for (int i = 0; i < n; i++) {
                sb.append(chars.next(r));
            }
            return sb.toString();
        };
    }

    /**
     * Returns a generator of strings of any chars of up to 255 chars.
     *
     * @return the generator, not null
     */
    static Gen<String> strings() {
        return strings(chars(), 0, 255);
    }

    /**
     * Returns a generator of byte arrays of any bytes.
     *
     * @param min the least length, at least 0
     * @param max the greatest length, at least {@code min}
     * @return the generator, not null
     */
    static Gen<byte[]> bytes(int min, int max) {
        Gen<Integer> size = size(min, max);
        return r -> {
            byte[] b = new byte[size.next(r)];
            for (int i = 0; i < b.length; i++) {
                b[i] = (byte) r.nextInt(256);
            }
            return b;
        };
    }

    /** Sizes from min to max: the least one draw in ten, otherwise uniform. */
    private static Gen<Integer> size(int min, int max) {
        if (min < 0 || max < min) {
            throw new IllegalArgumentException("bad size range " + min + ".." + max);
        }
        return r -> r.nextInt(10) == 0 ? min : r.nextInt(min, max + 1);
    }
}
