package org.renfang.spark;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.spark.executor.TaskMetrics;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerStageCompleted;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.scheduler.StageInfo;
import org.apache.spark.sql.SparkSession;
import org.renfang.validation.Report;

/**
 * The scale harness of {@code benchmarks/spark-scale.sh}: checks a registry directory on a Spark
 * master and prints one JSON line with the wall time, the number of findings, the bytes written to
 * and read from shuffles, records spilled to disk, the peak heap of this JVM (the driver, and in
 * local mode the executors too) and the largest peak execution memory of a task. With
 * {@code -Drenfang.stages=true} it also prints, on stderr, each stage's start, wall time, the CPU
 * time its tasks used (the CPU time says where the work is even on a loaded machine), their
 * garbage-collection, shuffle-fetch wait and shuffle-write times and the bytes they wrote to
 * shuffles (the start lines a profile of the whole process up with the stages).
 *
 * <pre>
 * java $FLAGS -Xmx1g [-Drenfang.stages=true] -cp CLASSPATH org.renfang.spark.ScaleRun DIR PROFILE AS_OF [MASTER]
 * </pre>
 */
public final class ScaleRun {
    private ScaleRun() {
    }

    /**
     * Runs the check once.
     *
     * @param args the registry directory, the profile code, the as-of date, optionally the master
     *             ({@code local[2]} by default)
     */
    public static void main(String[] args) {
        if (args.length < 3) {
            System.err.println("usage: ScaleRun DIR PROFILE AS_OF [MASTER]");
            System.exit(2);
        }
        String master = args.length > 3 ? args[3] : "local[2]";
        boolean stages = Boolean.getBoolean("renfang.stages");
        LocalDate asOf = LocalDate.parse(args[2]);
        if (System.getProperty("log4j2.configurationFile") == null) {
            System.setProperty("log4j2.configurationFile", "classpath:org/renfang/spark/log4j2-embedded.properties");
        }
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(m -> m.getType() == MemoryType.HEAP && m.isValid()).toList();
        SparkSession spark = LocalSpark.session(master, "renfang scale").getOrCreate();
        AtomicLong shuffleWrite = new AtomicLong();
        AtomicLong shuffleRead = new AtomicLong();
        AtomicLong spilled = new AtomicLong();
        AtomicLong peakTask = new AtomicLong();
        java.util.Map<Integer, long[]> taskTimes = new java.util.concurrent.ConcurrentHashMap<>();
        spark.sparkContext().addSparkListener(new SparkListener() {
            @Override
            public void onTaskEnd(SparkListenerTaskEnd end) {
                long d = end.taskInfo().duration();
                taskTimes.merge(end.stageId(), new long[] {d, d}, (a, b) -> new long[] {a[0] + b[0], Math.max(a[1], b[1])});
                TaskMetrics m = end.taskMetrics();
                if (m != null) {
                    shuffleWrite.addAndGet(m.shuffleWriteMetrics().bytesWritten());
                    shuffleRead.addAndGet(m.shuffleReadMetrics().totalBytesRead());
                    spilled.addAndGet(m.diskBytesSpilled());
                    peakTask.accumulateAndGet(m.peakExecutionMemory(), Math::max);
                }
            }

            @Override
            public void onStageCompleted(SparkListenerStageCompleted e) {
                if (stages) {
                    StageInfo i = e.stageInfo();
                    long submitted = (long) i.submissionTime().get();
                    long ms = (long) i.completionTime().get() - submitted;
                    long[] t = taskTimes.getOrDefault(i.stageId(), new long[2]);
                    TaskMetrics m = i.taskMetrics();
                    String metrics = m == null ? "no task metrics" : String.format(Locale.ROOT,
                            "cpu %d ms, tasks %d ms (longest %d ms), gc %d ms, fetch wait %d ms, shuffle write %d ms, %d MiB",
                            m.executorCpuTime() / 1_000_000, t[0], t[1], m.jvmGCTime(),
                            m.shuffleReadMetrics().fetchWaitTime(), m.shuffleWriteMetrics().writeTime() / 1_000_000,
                            m.shuffleWriteMetrics().bytesWritten() >> 20);
                    System.err.println("stage " + i.stageId() + " [" + Instant.ofEpochMilli(submitted) + "]: "
                            + i.numTasks() + " tasks, " + ms + " ms, " + metrics + ", " + i.name());
                }
            }
        });
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long t0 = System.nanoTime();
        Report report;
        try {
            report = SparkCheck.report(SparkCheck.check(spark, args[0], ValidatorSource.profile(args[1]), asOf),
                    args[1], asOf);
        } finally {
            long wall = System.nanoTime() - t0;
            long peak = 0;
            for (MemoryPoolMXBean m : heap) {
                peak += m.getPeakUsage().getUsed();
            }
            spark.stop();
            System.out.println(String.format(Locale.ROOT,
                    "{\"master\":\"%s\",\"wallSeconds\":%.1f,\"shuffleWriteMiB\":%d,\"shuffleReadMiB\":%d,"
                            + "\"diskSpilledMiB\":%d,\"peakTaskExecutionMiB\":%d,\"peakHeapMiB\":%d,"
                            + "\"maxHeapMiB\":%d}",
                    master, wall / 1e9, shuffleWrite.get() >> 20, shuffleRead.get() >> 20, spilled.get() >> 20,
                    peakTask.get() >> 20, peak >> 20, Runtime.getRuntime().maxMemory() >> 20));
        }
        System.out.println("{\"findings\":" + report.findings().size() + ",\"valid\":" + report.isValid() + "}");
    }
}
