package org.renfang.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

class ConcurrencySupportTest {

    @Test
    void onThreads_fillsEveryIndex_withEachThreadsOwnFunction() throws Exception {
        Set<Thread> used = ConcurrentHashMap.newKeySet();
        Integer[] out = Concurrency.onThreads(4, new Integer[10_000], () -> {
            Thread own = Thread.currentThread();
            return i -> {
                assertThat(Thread.currentThread()).isSameAs(own);
                used.add(own);
                return i * 2;
            };
        });

        for (int i = 0; i < out.length; i++) {
            assertThat(out[i]).isEqualTo(i * 2);
        }
        assertThat(used).isNotEmpty().hasSizeLessThanOrEqualTo(4);
    }

    @Test
    void onThreads_passesOnAThreadsFailure() {
        assertThatThrownBy(() -> Concurrency.onThreads(2, new String[10], () -> i -> {
            throw new IllegalStateException("at " + i);
        })).isInstanceOf(ExecutionException.class).hasCauseInstanceOf(IllegalStateException.class);
    }

    @Test
    void assertSameAsOneThread_comparesArraysByContent_andNamesTheFirstDifference() {
        byte[][] single = {{1, 2}, {3}, {4}};
        Concurrency.assertSameAsOneThread("results", single, new byte[][] {{1, 2}, {3}, {4}}, i -> "in" + i);

        assertThatThrownBy(() -> Concurrency.assertSameAsOneThread("results", single,
                new byte[][] {{1, 2}, {5}, {6}}, i -> "in" + i))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("results differing from one thread; first at input 1: in1");
    }
}
