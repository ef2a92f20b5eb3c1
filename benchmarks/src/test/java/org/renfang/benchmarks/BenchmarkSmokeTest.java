package org.renfang.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Collection;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Runs every benchmark for one short iteration in this JVM, so that `verify` proves each one
 * still sets up and runs. The real measurements run on demand (benchmarks/README.md).
 *
 * <p>Nothing here depends on the machine's speed or on other processes: one iteration is at least
 * one operation however long it takes, only a positive score is asserted, no JVM is forked and no
 * port opened. JMH's machine-wide lock (a file in {@code java.io.tmpdir} that made this test
 * error whenever another JMH run, such as another build's smoke test, held it) is ignored: the
 * module's Surefire configuration sets {@code jmh.ignoreLock} and keeps {@code java.io.tmpdir}
 * in {@code target}.
 */
class BenchmarkSmokeTest {

    private static Collection<RunResult> runOnce(Class<?> benchmark) throws RunnerException {
        OptionsBuilder b = new OptionsBuilder();
        if (benchmark == PayloadBenchmark.class || benchmark == BindingBenchmark.class) {
            b.param("persons", "2000");
        }
        if (benchmark == PairwiseRuleBenchmark.class) {
            b.param("records", "500");
        }
        Options opt = b
                .include(benchmark.getName() + ".*")
                .forks(0)
                .warmupIterations(0)
                .measurementIterations(1)
                .measurementTime(TimeValue.milliseconds(100))
                .timeUnit(TimeUnit.MICROSECONDS)
                .shouldFailOnError(true)
                .verbosity(VerboseMode.SILENT)
                .build();
        return new Runner(opt).run();
    }

    private static void assertScored(Collection<RunResult> results) {
        assertThat(results).isNotEmpty();
        for (RunResult r : results) {
            assertThat(r.getPrimaryResult().getScore()).as(r.getParams().getBenchmark()).isPositive();
        }
    }

    @ParameterizedTest
    @ValueSource(classes = {IdCheckBenchmark.class, LabelBenchmark.class, PayloadBenchmark.class,
        PairwiseRuleBenchmark.class, BindingBenchmark.class})
    void benchmark_runsOneShortIteration(Class<?> benchmark) throws Exception {
        assertScored(runOnce(benchmark));
    }

    /** What made a fresh-clone verify error on a busy machine: another JMH run holding the lock. */
    @Test
    void benchmark_runsWhileAnotherJmhRunHoldsTheLock() throws Exception {
        assertThat(Boolean.getBoolean("jmh.ignoreLock")).as("jmh.ignoreLock set by the POM").isTrue();
        Path lockFile = Path.of(System.getProperty("java.io.tmpdir"), "jmh.lock");
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock lock = channel.lock()) {
            assertThat(lock.isValid()).isTrue();
            assertScored(runOnce(IdCheckBenchmark.class));
        }
    }

    @Test
    void alternating_comparesABenchmarkWithItsBaseline() throws Exception {
        LabelBenchmark b = new LabelBenchmark();
        b.setup();
        double ratio = Alternating.compare("label read from text", b::readText, b::readTextBare, 3, 20);
        assertThat(ratio).isPositive().isFinite();
    }

    /**
     * The pairing of two builds, with this build on both sides (the previous build is not at hand
     * in a test): each side runs in a class loader of its own, and the windows give a ratio.
     */
    @ParameterizedTest
    @ValueSource(strings = {"payload", "read", "check"})
    void alternating_pairsTwoBuildsEachInItsOwnLoader(String kind) throws Exception {
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        BuildPair pair = BuildPair.of(kind, cp, cp, 2000);
        ClassLoader first = pair.first().call().getClass().getClassLoader();
        ClassLoader second = pair.second().call().getClass().getClassLoader();
        assertThat(first).isNotSameAs(second).isNotSameAs(BuildPair.class.getClassLoader());
        assertThat(second).isNotSameAs(BuildPair.class.getClassLoader());
        double ratio = Alternating.compare(kind + ", this build vs itself", pair.second(), pair.first(), 3, 20);
        assertThat(ratio).isPositive().isFinite();
    }
}
