package org.renfang.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/**
 * Support for the concurrency tests: one shared object used from several threads must give the
 * same result for every input as one thread gives.
 */
public final class Concurrency {

    private Concurrency() {
    }

    /**
     * Computes {@code out[i]} for every index on a fixed pool of threads that start together and
     * take the next index from one shared counter, so that neighbouring inputs run on different
     * threads at the same time.
     *
     * @param <T>       the result type
     * @param threads   how many threads, at least 1
     * @param out       the array to fill, not null; its length is the number of inputs
     * @param perThread gives each thread its own function from an index to the result (so that a
     *                  thread may keep unshared state such as a digest), not null
     * @return {@code out}
     * @throws Exception what a thread threw, wrapped by its {@link Future}
     */
    public static <T> T[] onThreads(int threads, T[] out, Supplier<? extends IntFunction<? extends T>> perThread)
            throws Exception {
        AtomicInteger next = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    IntFunction<? extends T> task = perThread.get();
                    start.await();
                    for (int i = next.getAndIncrement(); i < out.length; i = next.getAndIncrement()) {
                        out[i] = task.apply(i);
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> w : workers) {
                w.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return out;
    }

    /**
     * Fails if any result of the threads differs from one thread's ({@link Objects#deepEquals}, so
     * byte arrays compare by content), naming how many differ and the first of them.
     *
     * @param what     what the results are, for the message ("readings"), not null
     * @param single   the results of one thread, not null
     * @param parallel the results of the threads, as long as {@code single}, not null
     * @param input    describes the input at an index, for the message, not null
     * @throws AssertionError if a result differs
     */
    public static void assertSameAsOneThread(String what, Object[] single, Object[] parallel,
            IntFunction<String> input) {
        assertThat(parallel).hasSameSizeAs(single);
        int differing = 0;
        int first = -1;
        for (int i = 0; i < single.length; i++) {
            if (!Objects.deepEquals(single[i], parallel[i])) {
                differing++;
                first = first < 0 ? i : first;
            }
        }
        int f = first;
        assertThat(differing).as(() -> what + " differing from one thread; first at input " + f + ": "
                + input.apply(f)).isZero();
    }
}
