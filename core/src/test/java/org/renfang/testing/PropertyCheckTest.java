package org.renfang.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The property runner and the generators: ranges, edges, sizes, seeds and failure reports. */
class PropertyCheckTest {

    private static <T> List<T> draw(Gen<T> gen, int n) {
        SplittableRandom r = new SplittableRandom(42);
        List<T> values = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            values.add(gen.next(r));
        }
        return values;
    }

    @Test
    void forAll_runsEveryTry_whenTheyPass() {
        AtomicInteger tries = new AtomicInteger();
        PropertyCheck.forAll(7L, 123, s -> tries.incrementAndGet());
        assertThat(tries).hasValue(123);
    }

    @Test
    void forAll_refusesNoTries() {
        assertThatThrownBy(() -> PropertyCheck.forAll(1L, 0, s -> { })).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void failure_namesSeedTryAndValues_andKeepsTheCause() {
        AtomicInteger tries = new AtomicInteger();
        assertThatThrownBy(() -> PropertyCheck.forAll(99L, 1000, s -> {
            tries.incrementAndGet();
            int x = s.draw("x", Gen.ints(0, 1000));
            String t = s.draw("t", Gen.constant("a\"\n人"));
            assertThat(x).isLessThan(900);
        }))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("property failed at try " + tries.get() + " of 1000 with seed 99")
                .hasMessageContaining("-Drenfang.seed=99")
                .hasMessageMatching("(?s).*\\n  x = (9[0-9][0-9]|1000)\\n  t = \"a\\\\\"\\\\u000a\\\\u4eba\"\\n.*")
                .cause().isInstanceOf(AssertionError.class);
        assertThat(tries.get()).isLessThan(1000);
    }

    @Test
    void sameSeed_drawsTheSameValues_otherSeedOthers() {
        List<Integer> a = new ArrayList<>();
        List<Integer> b = new ArrayList<>();
        List<Integer> c = new ArrayList<>();
        PropertyCheck.forAll(5L, 50, s -> a.add(s.draw("v", Gen.ints())));
        PropertyCheck.forAll(5L, 50, s -> b.add(s.draw("v", Gen.ints())));
        PropertyCheck.forAll(6L, 50, s -> c.add(s.draw("v", Gen.ints())));
        assertThat(a).isEqualTo(b).isNotEqualTo(c);
    }

    @Test
    void seed_comesFromTheSystemProperty_whenSet() {
        String old = System.getProperty(PropertyCheck.SEED_PROPERTY);
        try {
            System.setProperty(PropertyCheck.SEED_PROPERTY, " 1234 ");
            assertThat(PropertyCheck.seed()).isEqualTo(1234L);
            System.clearProperty(PropertyCheck.SEED_PROPERTY);
            assertThat(Set.of(PropertyCheck.seed(), PropertyCheck.seed(), PropertyCheck.seed())).hasSizeGreaterThan(1);
        } finally {
            if (old == null) {
                System.clearProperty(PropertyCheck.SEED_PROPERTY);
            } else {
                System.setProperty(PropertyCheck.SEED_PROPERTY, old);
            }
        }
    }

    @Test
    void show_abbreviatesLongValues_andWritesArrays() {
        assertThat(PropertyCheck.Sample.show(new byte[] {1, -2})).isEqualTo("[1, -2]");
        assertThat(PropertyCheck.Sample.show(null)).isEqualTo("null");
        assertThat(PropertyCheck.Sample.show('x')).isEqualTo("'x'");
        String shown = PropertyCheck.Sample.show(List.of("y".repeat(5000)));
        assertThat(shown).hasSizeLessThan(PropertyCheck.MAX_VALUE_TEXT + 60).endsWith("(5002 chars; the seed reproduces it)");
    }

    @Test
    void ints_stayInRange_andReachBothEdges() {
        List<Integer> v = draw(Gen.ints(-3, 17), 2000);
        assertThat(v).allMatch(i -> i >= -3 && i <= 17).contains(-3, 17, 0);
        assertThat(draw(Gen.ints(5, 5), 10)).containsOnly(5);
        assertThat(draw(Gen.ints(), 2000)).contains(Integer.MIN_VALUE, Integer.MAX_VALUE);
        assertThatThrownBy(() -> Gen.ints(2, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void longs_stayInRange_upToLongMax() {
        assertThat(draw(Gen.longs(0, Long.MAX_VALUE), 2000)).allMatch(l -> l >= 0).contains(0L, Long.MAX_VALUE);
        assertThat(draw(Gen.longs(), 2000)).contains(Long.MIN_VALUE, Long.MAX_VALUE, -1L, 1L);
    }

    @Test
    void strings_haveTheirLengthsAndChars() {
        List<String> v = draw(Gen.strings(Gen.charsOf("ab"), 2, 5), 1000);
        assertThat(v).allMatch(s -> s.length() >= 2 && s.length() <= 5 && s.matches("[ab]*"));
        assertThat(v).anyMatch(s -> s.length() == 2).anyMatch(s -> s.length() == 5);
        assertThat(draw(Gen.strings(), 300)).allMatch(s -> s.length() <= 255).anyMatch(String::isEmpty);
        assertThat(draw(Gen.chars('0', '9'), 500)).allMatch(Character::isDigit).contains('0', '9');
        assertThatThrownBy(() -> Gen.charsOf("")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void collections_haveTheirSizes() {
        assertThat(draw(Gen.ints(0, 9).list(1, 4), 500)).allMatch(l -> l.size() >= 1 && l.size() <= 4)
                .anyMatch(l -> l.size() == 4);
        assertThat(draw(Gen.of(1, 2).set(3), 500)).allMatch(s -> s.size() <= 2);
        assertThat(draw(Gen.bytes(0, 3), 500)).allMatch(b -> b.length <= 3).anyMatch(b -> b.length == 0);
        List<List<Integer>> unique = draw(Gen.ints(0, 2).uniqueList(5, i -> i), 500);
        assertThat(unique).allMatch(l -> new HashSet<>(l).size() == l.size() && l.size() <= 3);
        assertThatThrownBy(() -> Gen.bytes(-1, 2)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void choices_weightsOptionalsAndNulls() {
        List<Integer> f = draw(Gen.frequency(new int[] {1, 9}, Gen.constant(1), Gen.constant(2)), 2000);
        long ones = f.stream().filter(i -> i == 1).count();
        assertThat(ones).isBetween(100L, 300L);
        assertThat(draw(Gen.oneOf(Gen.constant("a"), Gen.constant("b")), 100)).contains("a", "b");
        assertThat(draw(Gen.constant(3).optional(), 100)).contains(Optional.of(3), Optional.empty());
        assertThat(draw(Gen.constant(3).injectNull(0.5), 100)).containsNull().contains(3);
        assertThat(draw(Gen.of(Thread.State.class), 500)).containsAll(List.of(Thread.State.values()));
        assertThat(draw(Gen.booleans(), 100)).contains(true, false);
        assertThatThrownBy(() -> Gen.frequency(new int[] {1}, Gen.constant(1), Gen.constant(2)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void filter_keepsOnlyMatches_andGivesUpOnNone() {
        assertThat(draw(Gen.ints(0, 100).filter(i -> i % 2 == 0), 300)).allMatch(i -> i % 2 == 0);
        assertThatThrownBy(() -> Gen.ints(0, 1).filter(i -> i > 5).next(new SplittableRandom(1)))
                .isInstanceOf(IllegalStateException.class);
    }
}
