package org.renfang.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.renfang.validation.Report;
import org.renfang.validation.profile.ProfileException;
import org.renfang.validation.profile.Profiles;

/**
 * The main class of the assembly jar, for {@code spark-submit}:
 *
 * <pre>
 * spark-submit --class org.renfang.spark.SparkCheckMain renfang-spark-VERSION-assembly.jar \
 *     [--profile CN] [--as-of DATE] [--lang zh-CN|en] [--report FILE] [--findings DIR] REGISTRY_DIR
 * </pre>
 *
 * <p>Writes the report ({@code renfang/report@1}) to {@code --report} (a local file of the driver)
 * or stdout, and, with {@code --findings}, the findings dataset as Parquet to that directory (any
 * Hadoop path), which needs no collection on the driver. The session uses Kryo with the check's
 * classes registered ({@link CheckKryo#settings()}). Exit codes as {@code renfang check}: 0 valid,
 * 1 a finding is an ERROR, 2 usage error.
 */
public final class SparkCheckMain {
    private SparkCheckMain() {
    }

    /**
     * Runs the check.
     *
     * @param args the arguments, as above
     */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        String profile = "CN";
        LocalDate asOf = LocalDate.now(java.time.Clock.systemDefaultZone());
        Locale lang = Locale.SIMPLIFIED_CHINESE;
        String report = null;
        String findingsDir = null;
        String dir = null;
        try {
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                switch (a) {
                    case "--profile":
                        profile = value(args, ++i, a);
                        Profiles.load(profile);
                        break;
                    case "--as-of":
                        asOf = LocalDate.parse(value(args, ++i, a));
                        break;
                    case "--lang":
                        lang = Locale.forLanguageTag(value(args, ++i, a));
                        break;
                    case "--report":
                        report = value(args, ++i, a);
                        break;
                    case "--findings":
                        findingsDir = value(args, ++i, a);
                        break;
                    default:
                        if (a.startsWith("--") || dir != null) {
                            throw new IllegalArgumentException("unknown argument: " + a);
                        }
                        dir = a;
                }
            }
            if (dir == null) {
                throw new IllegalArgumentException("the registry directory is missing");
            }
        } catch (IllegalArgumentException | DateTimeParseException | ProfileException e) {
            err.println("renfang-spark: " + e.getMessage());
            err.println("usage: SparkCheckMain [--profile CN] [--as-of DATE] [--lang zh-CN|en] [--report FILE] "
                    + "[--findings DIR] REGISTRY_DIR");
            return 2;
        }
        SparkSession spark = SparkSession.builder().appName("renfang check").config(CheckKryo.settings()).getOrCreate();
        try {
            Dataset<Row> findings = SparkCheck.check(spark, dir, ValidatorSource.profile(profile), asOf);
            if (findingsDir != null) {
                findings.write().mode("overwrite").parquet(findingsDir);
                findings = spark.read().parquet(findingsDir);
            }
            Report r = SparkCheck.report(findings, profile, asOf);
            if (report == null) {
                r.writeJson(out, lang);
                out.flush();
            } else {
                try (OutputStream o = Files.newOutputStream(Path.of(report))) {
                    r.writeJson(o, lang);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot write " + report, e);
                }
            }
            return r.isValid() ? 0 : 1;
        } finally {
            spark.stop();
        }
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }
}
