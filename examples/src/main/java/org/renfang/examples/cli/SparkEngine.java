package org.renfang.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.Supplier;
import org.renfang.label.LabelVerifier;
import org.renfang.qr.KeyRing;
import org.renfang.qr.LabelReader;
import org.renfang.qr.RevocationList;
import org.renfang.validation.Report;
import org.renfang.validation.Validator;
import org.renfang.validation.profile.Profile;
import org.renfang.validation.profile.Profiles;

/**
 * {@code renfang check --engine spark}: runs the Spark check ({@code renfang-spark}'s
 * {@code org.renfang.spark.LocalSpark}) embedded on {@code local[*]}. The CLI jar does not carry
 * Spark: the class is looked up at run time, and the {@code ./renfang} script puts the spark module
 * and Spark on the class path for this option only, so that every other command starts as before.
 */
final class SparkEngine {
    /** The embedded engine's entry class. */
    static final String ENTRY = "org.renfang.spark.LocalSpark";
    /** The Spark master of the embedded engine: every core of this machine. */
    static final String MASTER = "local[*]";

    private SparkEngine() {
    }

    /** @return whether the Spark engine is on the class path */
    static boolean available() {
        try {
            Class.forName(ENTRY, false, SparkEngine.class.getClassLoader());
            Class.forName("org.apache.spark.sql.SparkSession", false, SparkEngine.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /**
     * Checks a registry directory.
     *
     * @param dir     the registry directory (per-kind layout), not null
     * @param profile the shipped profile code or the absolute path of a profile file, not null
     * @param keys    the absolute path of the keys directory, or null
     * @param asOf    the as-of date, not null
     * @return the report, not null
     * @throws CliException if the engine is not on the class path
     */
    static Report check(Path dir, String profile, String keys, LocalDate asOf) {
        if (!available()) {
            throw CliException.unusable("error.sparkMissing");
        }
        Supplier<Validator> validator = (Supplier<Validator> & Serializable) () -> validator(profile, keys);
        try {
            Method check = Class.forName(ENTRY).getMethod("check", String.class, Supplier.class, LocalDate.class,
                    String.class);
            return (Report) check.invoke(null, dir.toUri().toString(), validator, asOf, MASTER);
        } catch (InvocationTargetException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException) {
                throw (RuntimeException) c;
            }
            if (c instanceof Error) {
                throw (Error) c;
            }
            throw new IllegalStateException(c);
        } catch (ReflectiveOperationException e) {
            throw CliException.unusable("error.sparkMissing");
        }
    }

    /** The validator of {@code renfang check}, made again where Spark runs it. */
    static Validator validator(String profile, String keys) {
        Profile p;
        if (Profiles.SHIPPED.contains(profile)) {
            p = Profiles.load(profile);
        } else {
            try (InputStream in = Files.newInputStream(Path.of(profile))) {
                p = Profiles.read(in);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        LabelVerifier verifier = keys == null ? null
                : LabelReader.of(KeyRing.load(Path.of(keys)), RevocationList.empty());
        return Validator.builder().profile(p).labelVerifier(verifier).build();
    }
}
