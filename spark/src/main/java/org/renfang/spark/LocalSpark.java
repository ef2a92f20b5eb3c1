package org.renfang.spark;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Supplier;
import org.apache.spark.sql.SparkSession;
import org.renfang.validation.Report;
import org.renfang.validation.Validator;

/**
 * The embedded engine: runs the Spark check in this process on {@code local[*]} (all cores), for
 * {@code renfang check --engine spark}. Spark's start-up messages are kept to warnings on stderr.
 *
 * <p>The JVM needs Spark's module-access flags on JDK 17 (see the module's documentation); the
 * {@code ./renfang} script sets them.
 */
public final class LocalSpark {
    private LocalSpark() {
    }

    /**
     * Checks a registry directory on a local Spark session, started and stopped for this check.
     *
     * @param dir       the registry directory, not null
     * @param validator makes the validator; must also be {@link Serializable}, not null
     * @param asOf      the as-of date, not null
     * @param master    the Spark master, such as {@code local[*]}, not null
     * @return the report, not null
     * @throws IllegalArgumentException if {@code validator} is not serializable
     */
    public static Report check(String dir, Supplier<Validator> validator, LocalDate asOf, String master) {
        Objects.requireNonNull(dir, "dir");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(master, "master");
        if (!(Objects.requireNonNull(validator, "validator") instanceof Serializable)) {
            throw new IllegalArgumentException("the validator supplier must be serializable");
        }
        if (System.getProperty("log4j2.configurationFile") == null) {
            System.setProperty("log4j2.configurationFile", "classpath:org/renfang/spark/log4j2-embedded.properties");
        }
        String profile = validator.get().profile().code();
        ValidatorSource source = validator::get;
        SparkSession spark = session(master, "renfang check").getOrCreate();
        try {
            return SparkCheck.report(SparkCheck.check(spark, dir, source, asOf), profile, asOf);
        } finally {
            spark.stop();
        }
    }

    /**
     * A session builder for a check in this process: no web UI, the driver on the loopback
     * interface, Kryo with the check's classes registered ({@link CheckKryo}) for the records the
     * check shuffles and keeps (smaller and faster than Java serialization), and as many partitions for SQL shuffles as there are tasks at once, twice
     * (the check's own shuffles size themselves by the registry; SQL shuffles only serve queries on
     * the findings, which are few, and Spark's default of 200 partitions would be 200 tiny tasks
     * on two cores).
     *
     * @param master  the master, such as {@code local[2]}, not null
     * @param appName the application name, not null
     * @return the builder, not null
     */
    static SparkSession.Builder session(String master, String appName) {
        int cores = master.matches("local\\[\\d+]") ? Integer.parseInt(master.substring(6, master.length() - 1))
                : Runtime.getRuntime().availableProcessors();
        return SparkSession.builder().master(master).appName(appName)
                .config("spark.ui.enabled", "false")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config(CheckKryo.settings())
                .config("spark.sql.shuffle.partitions", String.valueOf(2 * cores));
    }
}
