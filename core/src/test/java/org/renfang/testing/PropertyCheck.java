package org.renfang.testing;

import java.lang.reflect.Array;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * Runs a property: a check repeated for a number of tries, each on values drawn from
 * {@link Gen generators} through a {@link Sample}.
 *
 * <p>A run's values come from one {@link SplittableRandom} with a seed: the system property
 * {@value #SEED_PROPERTY} if set, else a new random seed each run. When a try fails, the
 * {@link AssertionError} thrown names the property's seed, the try and every value drawn in it
 * (by the name it was drawn with), and has the failure as its cause; running again with
 * {@code -D}{@value #SEED_PROPERTY}{@code =<seed>} repeats the same values, try by try.
 *
 * <pre>{@code
 * @Test
 * void roundTrip() {
 *     PropertyCheck.forAll(300, s -> {
 *         byte[] bytes = s.draw("bytes", Gen.bytes(0, 255));
 *         assertThat(decode(encode(bytes))).isEqualTo(bytes);
 *     });
 * }
 * }</pre>
 */
public final class PropertyCheck {

    /** The system property that fixes the seed of every property run. */
    public static final String SEED_PROPERTY = "renfang.seed";
    /** Longest text of one drawn value in a failure message, in chars. */
    static final int MAX_VALUE_TEXT = 2000;

    private PropertyCheck() {
    }

    /**
     * Runs a property for some tries, with the seed of {@value #SEED_PROPERTY} or a new one.
     *
     * @param tries    how many times to run the check, at least 1
     * @param property the check of one try, drawing its values from the sample, not null
     * @throws AssertionError for the first try that fails, naming the seed and the values
     */
    public static void forAll(int tries, Consumer<Sample> property) {
        forAll(seed(), tries, property);
    }

    /**
     * Runs a property for some tries with a given seed.
     *
     * @param seed     the seed of the run
     * @param tries    how many times to run the check, at least 1
     * @param property the check of one try, drawing its values from the sample, not null
     * @throws AssertionError for the first try that fails, naming the seed and the values
     */
    public static void forAll(long seed, int tries, Consumer<Sample> property) {
        if (tries < 1) {
            throw new IllegalArgumentException("tries < 1");
        }
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 1; i <= tries; i++) {
            Sample sample = new Sample(random);
            try {
                property.accept(sample);
            } catch (Throwable t) {
                if (t instanceof VirtualMachineError) {
                    throw (VirtualMachineError) t;
                }
                throw new AssertionError("property failed at try " + i + " of " + tries + " with seed " + seed
                        + " (rerun with -D" + SEED_PROPERTY + "=" + seed + "), drawn:\n" + sample.describe()
                        + "cause: " + t.getClass().getName(), t);
            }
        }
    }

    /** The seed of {@value #SEED_PROPERTY}, or a new random one. */
    static long seed() {
        String fixed = System.getProperty(SEED_PROPERTY);
        if (fixed != null && !fixed.isBlank()) {
            return Long.parseLong(fixed.trim());
        }
        return new SecureRandom().nextLong();
    }

    /** The values of one try: each drawn from a generator and recorded under a name. */
    public static final class Sample {
        private final SplittableRandom random;
        private final List<String> drawn = new ArrayList<>();

        Sample(SplittableRandom random) {
            this.random = random;
        }

        /**
         * Draws a value and records it for the failure message.
         *
         * @param name the name to show the value under, not null
         * @param gen  the generator, not null
         * @param <T>  the type of the value
         * @return the value
         */
        public <T> T draw(String name, Gen<T> gen) {
            T value = gen.next(random);
            drawn.add(name + " = " + show(value));
            return value;
        }

        /**
         * Returns the values drawn so far, one a line.
         *
         * @return the text, not null
         */
        String describe() {
            StringBuilder sb = new StringBuilder();
            for (String d : drawn) {
                sb.append("  ").append(d).append('\n');
            }
            return sb.toString();
        }

        static String show(Object value) {
            String s;
            if (value == null) {
                s = "null";
            } else if (value.getClass().isArray()) {
                StringBuilder sb = new StringBuilder("[");
                for (int i = 0; i < Array.getLength(value); i++) {
                    sb.append(i > 0 ? ", " : "").append(show(Array.get(value, i)));
                }
                s = sb.append(']').toString();
            } else if (value instanceof CharSequence || value instanceof Character) {
                s = quote(value.toString(), value instanceof Character ? '\'' : '"');
            } else {
                s = value.toString();
            }
            return s.length() <= MAX_VALUE_TEXT ? s
                    : s.substring(0, MAX_VALUE_TEXT) + "…(" + s.length() + " chars; the seed reproduces it)";
        }

        /** Quotes text, escaping control chars, quotes, backslashes and non-ASCII as Java escapes. */
        private static String quote(String text, char quote) {
            StringBuilder sb = new StringBuilder(text.length() + 2).append(quote);
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == quote || c == '\\') {
                    sb.append('\\').append(c);
                } else if (c >= ' ' && c < 0x7f) {
                    sb.append(c);
                } else {
                    sb.append(String.format("\\u%04x", (int) c));
                }
            }
            return sb.append(quote).toString();
        }
    }
}
