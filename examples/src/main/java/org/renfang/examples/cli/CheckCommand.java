package org.renfang.examples.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.renfang.validation.Report;
import org.renfang.validation.Validator;
import org.renfang.validation.profile.Profile;
import org.renfang.validation.profile.Profiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code renfang check}: streams a registry file, checks every record and prints the report; with
 * {@code --engine spark}, checks a registry directory on Spark ({@link SparkEngine}) and prints the
 * same report.
 */
@Command(name = "check", mixinStandardHelpOptions = true, version = RenfangCommand.VERSION,
        description = "Check a whole registry for consistency and print the report.")
final class CheckCommand extends ReportCommand {
    @Option(names = "--stats", description = "On stderr: time spent reading, indexing and in rules, records per "
            + "second, peak heap.")
    boolean stats;

    String engine = "local";

    /**
     * Sets {@code --engine}.
     *
     * @param name local or spark
     * @throws picocli.CommandLine.ParameterException for any other name
     */
    @Option(names = "--engine", paramLabel = "local|spark", description = "local: this process (default); spark: "
            + "Apache Spark embedded on all cores, for a registry held as a per-kind directory (persons/, premises/, "
            + "… as JSON Lines or Parquet; see renfang convert).")
    void engine(String name) {
        if (!"local".equals(name) && !"spark".equals(name)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--engine must be local or spark, not " + name);
        }
        engine = name;
    }

    @Option(names = "--registry", paramLabel = "REGISTRY.json",
            description = "The registry document (as in permit, rating and validate; with --engine spark: the "
                    + "registry directory).")
    Path registryOption;

    @Parameters(paramLabel = "REGISTRY.json", arity = "0..1",
            description = "The registry document (with --engine spark: the registry directory), the short form of "
                    + "--registry.")
    Path registry;

    @Override
    int run() {
        Profile p = judgement.profile.resolve(env());
        LocalDate day = judgement.asOf.resolve(env());
        if ("spark".equals(engine)) {
            return runSpark(p, day);
        }
        Validator validator = Validator.builder().profile(p).labelVerifier(judgement.keys.verifier(env()))
                .parallelism(Runtime.getRuntime().availableProcessors()).build();
        Path file = resolve(Options.oneRegistry(spec, registryOption, registry));
        Inputs.requireReadableFile(file);
        List<MemoryPoolMXBean> heap = heapPools();
        if (stats) {
            heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        }
        Texts t = texts();
        Inputs.LoadedRegistry loaded;
        Report report;
        long rulesNanos;
        try (Progress progress = Progress.of(env(), err(), t.get("progress.reading"), Inputs.size(file))) {
            loaded = Inputs.readRegistry(file, progress, t.get("progress.indexing"));
            progress.phase(t.get("progress.checking"));
            long t0 = System.nanoTime();
            report = validator.check(loaded.registry(), day);
            rulesNanos = System.nanoTime() - t0;
        }
        print(report, p);
        if (stats) {
            printStats(t, loaded, rulesNanos, heap);
        }
        return report.isValid() ? RenfangCommand.EXIT_OK : RenfangCommand.EXIT_INVALID;
    }

    /** {@code --engine spark}: the same report, from the Spark check of a registry directory. */
    private int runSpark(Profile p, LocalDate day) {
        Path dir = resolve(Options.oneRegistry(spec, registryOption, registry));
        Inputs.requireDirectory(dir);
        judgement.keys.verifier(env());
        String given = judgement.profile.profile == null ? Options.DEFAULT_PROFILE : judgement.profile.profile.trim();
        String profileArg = Profiles.SHIPPED.contains(given) ? given
                : env().workingDir().resolve(given).toAbsolutePath().toString();
        Path keys = judgement.keys.keys;
        String keysArg = keys == null ? null : env().workingDir().resolve(keys).toAbsolutePath().toString();
        Report report = SparkEngine.check(dir, profileArg, keysArg, day);
        print(report, p);
        return report.isValid() ? RenfangCommand.EXIT_OK : RenfangCommand.EXIT_INVALID;
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(m -> m.getType() == MemoryType.HEAP && m.isValid())
                .toList();
    }

    private void printStats(Texts t, Inputs.LoadedRegistry loaded, long rulesNanos, List<MemoryPoolMXBean> heap) {
        long total = loaded.readNanos() + loaded.indexNanos() + rulesNanos;
        long records = loaded.records();
        long perSecond = total == 0 ? 0 : Math.round(records * 1e9 / total);
        long peak = 0;
        for (MemoryPoolMXBean m : heap) {
            peak += m.getPeakUsage().getUsed();
        }
        long max = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax();
        err().println(t.get("stats.read", seconds(loaded.readNanos()), mib(loaded.bytes()), records));
        err().println(t.get("stats.index", seconds(loaded.indexNanos())));
        err().println(t.get("stats.rules", seconds(rulesNanos)));
        err().println(t.get("stats.total", seconds(total), perSecond));
        err().println(t.get("stats.heap", mib(peak), max < 0 ? "?" : String.valueOf(mib(max))));
        err().flush();
    }

    private static String seconds(long nanos) {
        return String.format(java.util.Locale.ROOT, "%.3f", nanos / 1e9);
    }

    private static long mib(long bytes) {
        return bytes < 0 ? 0 : (bytes + (1L << 19)) >> 20;
    }
}
