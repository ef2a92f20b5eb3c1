package org.renfang.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.SparkSession;
import org.renfang.examples.generator.JsonLinesLayout;
import org.renfang.model.json.RegistryReader;
import org.renfang.registry.Registry;
import org.renfang.validation.Report;
import org.renfang.validation.Validator;
import org.renfang.validation.finding.Finding;
import org.renfang.validation.profile.Profiles;

/** One Spark session on {@code local[2]} for every test class (start-up is slow), and the comparisons. */
final class SparkTesting {
    /** The as-of date of the equality tests. */
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 26);
    private static SparkSession session;

    private SparkTesting() {
    }

    static synchronized SparkSession spark() {
        if (session == null) {
            session = LocalSpark.session("local[2]", "renfang-spark-tests")
                    .config("spark.default.parallelism", "2")
                    .getOrCreate();
            Runtime.getRuntime().addShutdownHook(new Thread(session::stop));
            if (System.getenv("RENFANG_SPARK_TIMINGS") != null) {
                session.sparkContext().addSparkListener(new org.apache.spark.scheduler.SparkListener() {
                    @Override
                    public void onStageCompleted(org.apache.spark.scheduler.SparkListenerStageCompleted e) {
                        org.apache.spark.scheduler.StageInfo i = e.stageInfo();
                        long ms = (long) i.completionTime().get() - (long) i.submissionTime().get();
                        System.err.println("stage " + i.stageId() + " " + i.numTasks() + " tasks " + ms + " ms "
                                + i.name());
                    }
                });
            }
        }
        return session;
    }

    /** Splits a registry document into the per-kind layout in a new directory under {@code tmp}. */
    static Path layout(Path registry, Path tmp) {
        try (InputStream in = Files.newInputStream(registry)) {
            Path dir = Files.createTempDirectory(tmp, "layout");
            JsonLinesLayout.split(in, dir);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The single-machine report of a registry document. */
    static Report single(Path registry, String profile, LocalDate asOf) {
        try (InputStream in = Files.newInputStream(registry)) {
            return Validator.of(Profiles.load(profile)).check(Registry.of(RegistryReader.readRegistry(in)), asOf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The Spark report of a layout directory. */
    static Report spark(Path dir, String profile, LocalDate asOf) {
        return SparkCheck.report(SparkCheck.check(spark(), dir.toUri().toString(), ValidatorSource.profile(profile),
                asOf), profile, asOf);
    }

    /**
     * The whole findings as (rule, severity, path, subjects, params, category, responsible, legal
     * basis in both languages) lines, in report order.
     */
    static List<String> lines(Report r) {
        List<String> out = new ArrayList<>();
        for (Finding f : r.findings()) {
            out.add(f.rule() + " " + f.severity() + " " + f.path() + " " + f.subjects() + " " + f.params() + " "
                    + f.category() + " " + f.responsible() + " " + f.legalBasis(Locale.SIMPLIFIED_CHINESE).orElse("-")
                    + " | " + f.legalBasis(Locale.ENGLISH).orElse("-"));
        }
        return out;
    }

    static String json(Report r) {
        return r.toJson(Locale.ENGLISH);
    }

    /** Every field of a finding row, to compare rows. */
    static List<Object> fields(FindingRow f) {
        return List.of(f.rule, f.severity, f.path, f.subjects, f.params, f.category, f.responsible,
                String.valueOf(f.legalBasisZh), String.valueOf(f.legalBasisEn));
    }
}
