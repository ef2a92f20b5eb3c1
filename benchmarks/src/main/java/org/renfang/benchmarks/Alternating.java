package org.renfang.benchmarks;

import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.function.Function;

/**
 * A paired measurement for a noisy machine: one JVM runs a benchmark and its baseline in
 * alternating windows of the same length, and reports the median of the per-pair throughput
 * ratios. A slow phase of the machine (other work, a GC cycle) then falls on both sides of a pair
 * instead of on whichever benchmark JMH happened to be running, as it does when JMH runs them one
 * after the other. The JMH benchmarks stay the reference; this is the check on their ratios.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.renfang.benchmarks.Alternating payload [pairs] [window-ms]
 * java -cp benchmarks/target/benchmarks.jar org.renfang.benchmarks.Alternating binding|binding-registry [pairs] [window-ms]
 * java -cp benchmarks/target/benchmarks.jar org.renfang.benchmarks.Alternating label-text|label-png|label-issue
 * java -cp benchmarks/target/benchmarks.jar org.renfang.benchmarks.Alternating builds payload|read|check OLD_CP NEW_CP [pairs] [window-ms]
 * </pre>
 *
 * <p>{@code builds} pairs two builds of renfang (see {@link BuildPair}): the baseline is the
 * first class path (such as the previous build's {@code benchmarks.jar}), ours the second.
 */
public final class Alternating {

    /** Keeps results alive so that the JIT cannot drop the work. */
    private static volatile Object sink;

    private Alternating() {
    }

    /**
     * Runs one comparison.
     *
     * @param args the comparison, then optionally the number of measured pairs (default 30) and
     *             the window in milliseconds (default 1000)
     * @throws Exception if a benchmark's setup fails
     */
    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            System.err.println("usage: Alternating payload|binding|binding-registry|label-text|label-png|label-issue [pairs] [window-ms]");
            System.err.println("       Alternating builds payload|read|check OLD_CP NEW_CP [pairs] [window-ms]");
            System.exit(2);
        }
        if (args[0].equals("builds")) {
            if (args.length < 4) {
                System.err.println("usage: Alternating builds payload|read|check OLD_CP NEW_CP [pairs] [window-ms]");
                System.exit(2);
            }
            BuildPair b = BuildPair.of(args[1], args[2], args[3], Integer.getInteger("persons", 1_000_000));
            compare(args[1] + ", new build vs old build", b.second(), b.first(),
                    args.length > 4 ? Integer.parseInt(args[4]) : 30, args.length > 5 ? Long.parseLong(args[5]) : 1000);
            return;
        }
        int pairs = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        long window = args.length > 2 ? Long.parseLong(args[2]) : 1000;
        switch (args[0]) {
            case "payload": {
                PayloadBenchmark b = new PayloadBenchmark();
                b.persons = Integer.getInteger("persons", 1_000_000);
                b.setup();
                try {
                    compare("payload validation", b::renfang, b::jsonSchema, pairs, window);
                } finally {
                    b.tearDown();
                }
                break;
            }
            case "binding":
            case "binding-registry": {
                BindingBenchmark b = new BindingBenchmark();
                b.persons = Integer.getInteger("persons", 1_000_000);
                b.setup();
                try {
                    if (args[0].equals("binding")) {
                        compare("payload read, binder vs databind+Blackbird", b::binderPayload, b::databindPayload,
                                pairs, window);
                    } else {
                        compare("registry read, binder vs databind+Blackbird", b::binderRegistry,
                                b::databindRegistry, pairs, window);
                    }
                } finally {
                    b.tearDown();
                }
                break;
            }
            case "label-text":
                compareLabels("label read from text", b -> b::readText, b -> b::readTextBare, pairs, window);
                break;
            case "label-png":
                compareLabels("label read from PNG", b -> b::readPng, b -> b::readPngBare, pairs, window);
                break;
            case "label-issue":
                compareLabels("label issue", b -> b::issue, b -> b::issueBare, pairs, window);
                break;
            default:
                System.err.println("unknown comparison: " + args[0]);
                System.exit(2);
        }
    }

    /** Compares two operations of one {@link LabelBenchmark}, set up once. */
    private static void compareLabels(String name, Function<LabelBenchmark, Callable<?>> ours,
            Function<LabelBenchmark, Callable<?>> baseline, int pairs, long windowMillis) throws Exception {
        LabelBenchmark b = new LabelBenchmark();
        b.setup();
        compare(name, ours.apply(b), baseline.apply(b), pairs, windowMillis);
    }

    /**
     * Alternates windows of {@code ours} and {@code baseline} (five warm-up pairs first) and
     * prints the median per-pair ratio of our time per operation to the baseline's.
     */
    static double compare(String name, Callable<?> ours, Callable<?> baseline, int pairs, long windowMillis)
            throws Exception {
        double[] ratio = new double[pairs];
        double[] oursNs = new double[pairs];
        double[] baseNs = new double[pairs];
        for (int i = -5; i < pairs; i++) {
            double o = nanosPerOp(ours, windowMillis);
            double b = nanosPerOp(baseline, windowMillis);
            if (i >= 0) {
                oursNs[i] = o;
                baseNs[i] = b;
                ratio[i] = o / b;
            }
        }
        Arrays.sort(ratio);
        Arrays.sort(oursNs);
        Arrays.sort(baseNs);
        System.out.printf("%s: %d pairs of %d ms windows%n", name, pairs, windowMillis);
        System.out.printf("  ours     median %,.0f ns/op (%,.0f ops/s)%n", median(oursNs), 1e9 / median(oursNs));
        System.out.printf("  baseline median %,.0f ns/op (%,.0f ops/s)%n", median(baseNs), 1e9 / median(baseNs));
        System.out.printf("  time ratio ours/baseline: median %.3f, quartiles %.3f–%.3f, range %.3f–%.3f%n",
                median(ratio), ratio[pairs / 4], ratio[(3 * pairs) / 4], ratio[0], ratio[pairs - 1]);
        return median(ratio);
    }

    private static double nanosPerOp(Callable<?> task, long windowMillis) throws Exception {
        long n = 0;
        long start = System.nanoTime();
        long end = start + windowMillis * 1_000_000L;
        long now;
        do {
            sink = task.call();
            n++;
        } while ((now = System.nanoTime()) < end);
        return (now - start) / (double) n;
    }

    private static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
