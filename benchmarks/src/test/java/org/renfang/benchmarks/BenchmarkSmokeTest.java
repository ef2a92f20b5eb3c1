package org.renfang.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs every benchmark for one short iteration in this JVM, so that `verify` proves each one
 * still sets up and runs. The real measurements run on demand (benchmarks/README.md).
 */
class BenchmarkSmokeTest {

    @ParameterizedTest
    @ValueSource(classes = {IdCheckBenchmark.class, LabelBenchmark.class, PayloadBenchmark.class,
        PairwiseRuleBenchmark.class})
    void benchmark_runsOneShortIteration(Class<?> benchmark) throws Exception {
        OptionsBuilder b = new OptionsBuilder();
        if (benchmark == PayloadBenchmark.class) {
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
                .build();
        Collection<RunResult> results = new Runner(opt).run();
        assertThat(results).isNotEmpty();
        for (RunResult r : results) {
            assertThat(r.getPrimaryResult().getScore()).as(r.getParams().getBenchmark()).isPositive();
        }
    }

    @org.junit.jupiter.api.Test
    void alternating_comparesABenchmarkWithItsBaseline() throws Exception {
        LabelBenchmark b = new LabelBenchmark();
        b.setup();
        double ratio = Alternating.compare("label read from text", b::readText, b::readTextBare, 3, 20);
        assertThat(ratio).isPositive().isFinite();
    }
}
