package org.renfang.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.lib.input.FileSplit;
import org.apache.hadoop.mapreduce.lib.input.TextInputFormat;
import org.apache.spark.api.java.JavaNewHadoopRDD;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.storage.StorageLevel;
import org.renfang.model.RecordType;
import org.renfang.model.json.JsonProblem;
import org.renfang.validation.Finding;
import org.renfang.validation.Report;
import org.renfang.validation.Validator;
import org.renfang.validation.internal.JsonFindings;
import org.renfang.validation.profile.Profile;
import scala.Tuple2;

/**
 * The registry check on Apache Spark: checks a registry held as per-kind datasets and gives the
 * findings of {@link Validator#check} on the same records.
 *
 * <p>The registry is a directory with one sub-directory per kind ({@code persons/},
 * {@code organizations/}, {@code premises/}, {@code leases/}, {@code employments/},
 * {@code enrollments/}, {@code residences/}, {@code visits/}; a missing one is empty), each holding
 * JSON Lines files (one record in the wire format a line) or Parquet files. A record's position is
 * its place among the records of its kind in file-name order, then line (or row) order; findings
 * point at records by that position ({@code /leases/17/end}), which is the record's index in the
 * registry document that {@code renfang convert --to json} makes of the directory.
 *
 * <p>Records are grouped into {@link Neighbourhood neighbourhoods} by joins, the rule engine runs on
 * each group on the executors, and nothing proportional to the registry is held on the driver.
 *
 * <pre>{@code
 * Dataset<Row> findings = SparkCheck.check(spark, "hdfs:///registry", ValidatorSource.profile("CN-31"), asOf);
 * Report report = SparkCheck.report(findings, "CN-31", asOf);   // collects the findings only
 * }</pre>
 */
public final class SparkCheck {
    /** How many times a chain of parent leases is followed at most (longer chains are cut there). */
    public static final int MAX_LEASE_CHAIN = 64;
    /**
     * How many other holders of one of a person's documents the person's {@link Neighbourhood#DOCUMENT}
     * group holds at most (the lowest ids); beyond, a document shared by very many records would make
     * the groups grow with the square of their number. The findings are exact below this bound.
     */
    public static final int MAX_DOCUMENT_HOLDERS = 1000;

    private static final String PREMISES_KEY = "H:";
    private static final String PERSON_KEY = "P:";
    private static final String DOCUMENT_KEY = "D:";
    private static final String ORGANIZATION_KEY = "O:";

    private SparkCheck() {
    }

    /**
     * Checks a registry directory.
     *
     * @param spark  the session, not null
     * @param dir    the registry directory (a Hadoop path or URI: local, HDFS, S3…), not null
     * @param source makes the validator on the executors, not null
     * @param asOf   the as-of date, not null
     * @return the findings, with columns {@code rule}, {@code severity}, {@code path},
     *         {@code subjects} (array of {@code kind:id}) and {@code params} (array of
     *         {@code key}/{@code value} structs, in the order of the single-machine report), not null
     * @throws UncheckedIOException if the directory cannot be listed
     */
    public static Dataset<Row> check(SparkSession spark, String dir, ValidatorSource source, LocalDate asOf) {
        Objects.requireNonNull(spark, "spark");
        Objects.requireNonNull(dir, "dir");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(asOf, "asOf");
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());

        List<JavaRDD<Lines.Parsed>> parsedKinds = new ArrayList<>();
        for (RecordType kind : RecordType.values()) {
            JavaRDD<Tuple2<Long, String>> lines = lines(spark, jsc, dir, kind);
            parsedKinds.add(lines.mapPartitions(it -> {
                Profile profile = source.validator().profile();
                return map(it, t -> Lines.parse(kind, t._1, t._2, profile));
            }));
        }
        JavaRDD<Lines.Parsed> parsed = jsc.union(parsedKinds.toArray(JavaRDD[]::new));
        parsed.persist(StorageLevel.MEMORY_AND_DISK_SER());
        JavaRDD<FindingRow> readFindings = parsed.flatMap(p -> p.findings.iterator());

        // One record per kind and id: the first; the later ones are findings, as in Registry.
        JavaRDD<Tuple2<Rec, FindingRow>> deduped = parsed.filter(p -> p.rec != null)
                .mapToPair(p -> new Tuple2<>(p.rec.kind.ordinal() + ":" + p.rec.id, p.rec))
                .groupByKey()
                .mapPartitions(it -> {
                    Profile profile = source.validator().profile();
                    return flatten(it, g -> firstAndRepeats(g._2, profile));
                });
        deduped.persist(StorageLevel.MEMORY_AND_DISK_SER());
        JavaRDD<FindingRow> duplicateFindings = deduped.filter(t -> t._2 != null).map(t -> t._2);
        JavaRDD<Rec> recs = deduped.filter(t -> t._1 != null).map(t -> t._1);

        JavaPairRDD<String, Rec> personsById = byId(recs, RecordType.PERSONS);
        JavaPairRDD<String, Rec> organizationsById = byId(recs, RecordType.ORGANIZATIONS);
        JavaPairRDD<String, Rec> premisesById = byId(recs, RecordType.PREMISES);
        JavaPairRDD<String, Rec> leasesById = byId(recs, RecordType.LEASES);
        JavaPairRDD<String, Rec> residencesByPerson = recs.filter(r -> r.kind == RecordType.RESIDENCES)
                .mapToPair(r -> new Tuple2<>(r.person, r));
        JavaPairRDD<String, Rec> employmentsByPerson = recs.filter(r -> r.kind == RecordType.EMPLOYMENTS)
                .mapToPair(r -> new Tuple2<>(r.person, r));

        List<JavaPairRDD<String, Held>> parts = new ArrayList<>();

        // Premises neighbourhoods.
        JavaRDD<Rec> premisesOwned = recs.filter(r -> r.kind == RecordType.PREMISES || r.kind == RecordType.LEASES
                || r.kind == RecordType.RESIDENCES || r.kind == RecordType.VISITS);
        parts.add(premisesOwned.mapToPair(r -> new Tuple2<>(PREMISES_KEY + r.premises, new Held(r, true))));
        JavaPairRDD<String, String> personRequests = premisesOwned
                .flatMapToPair(r -> named(r.persons, PREMISES_KEY + r.premises)).distinct();
        parts.add(context(personRequests.join(personsById)));
        parts.add(context(personRequests.join(residencesByPerson)));
        parts.add(context(personRequests.join(employmentsByPerson)));
        parts.add(context(premisesOwned.flatMapToPair(r -> named(r.organizations, PREMISES_KEY + r.premises))
                .distinct().join(organizationsById)));
        JavaPairRDD<String, Rec> chainLeases = leaseChains(premisesOwned, leasesById);
        parts.add(chainLeases.mapValues(r -> new Held(r, false)));
        parts.add(context(chainLeases.mapToPair(t -> new Tuple2<>(t._2.premises, t._1)).distinct()
                .join(premisesById)));

        // Person neighbourhoods.
        JavaRDD<Rec> personOwned = recs.filter(r -> r.kind == RecordType.PERSONS
                || r.kind == RecordType.EMPLOYMENTS || r.kind == RecordType.ENROLLMENTS);
        parts.add(personOwned.mapToPair(r -> new Tuple2<>(PERSON_KEY + r.person, new Held(r, true))));
        parts.add(residencesByPerson.mapToPair(t -> new Tuple2<>(PERSON_KEY + t._1, new Held(t._2, false))));
        parts.add(context(personOwned.flatMapToPair(r -> named(r.organizations, PERSON_KEY + r.person)).distinct()
                .join(organizationsById)));

        // Document neighbourhoods.
        parts.add(personsById.values()
                .flatMapToPair(r -> named(r.documents, r))
                .groupByKey()
                .flatMapToPair(g -> documentGroups(g._2).iterator()));

        // Organizations.
        parts.add(organizationsById.mapToPair(t -> new Tuple2<>(ORGANIZATION_KEY + t._1, new Held(t._2, true))));

        JavaPairRDD<String, Held> all = parts.get(0);
        for (int i = 1; i < parts.size(); i++) {
            all = all.union(parts.get(i));
        }
        JavaRDD<FindingRow> ruleFindings = all.groupByKey().mapPartitions(it -> {
            Validator validator = source.validator();
            return flatten(it, g -> GroupCheck.run(kind(g._1), g._2, validator, asOf));
        });

        JavaRDD<Row> rows = readFindings.union(duplicateFindings).union(ruleFindings).map(FindingRow::toRow);
        return spark.createDataFrame(rows, FindingRow.SCHEMA);
    }

    /**
     * Collects the findings into a report, as {@code renfang check} prints it. The driver holds the
     * findings (not the registry).
     *
     * @param findings the findings of {@link #check}, not null
     * @param profile  the profile code the report names, not null
     * @param asOf     the as-of date, not null
     * @return the report, not null
     */
    public static Report report(Dataset<Row> findings, String profile, LocalDate asOf) {
        List<Finding> list = new ArrayList<>();
        Iterator<Row> it = findings.toLocalIterator();
        while (it.hasNext()) {
            list.add(FindingRow.finding(it.next()));
        }
        return new Report(profile, asOf, list);
    }

    // -----------------------------------------------------------------------------------------
    // Reading

    /** The non-blank lines of a kind's dataset with their positions, in file then offset order. */
    private static JavaRDD<Tuple2<Long, String>> lines(SparkSession spark, JavaSparkContext jsc, String dir,
            RecordType kind) {
        Configuration conf = jsc.hadoopConfiguration();
        org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(dir, kind.jsonName());
        JavaPairRDD<Pos, String> positioned;
        try {
            FileSystem fs = path.getFileSystem(conf);
            if (!fs.exists(path)) {
                return jsc.emptyRDD();
            }
            boolean parquet = false;
            for (FileStatus s : fs.listStatus(path)) {
                String name = s.getPath().getName();
                parquet |= name.endsWith(".parquet");
            }
            if (parquet) {
                Dataset<Row> df = spark.read().parquet(path.toString());
                Column[] columns = new Column[df.columns().length];
                for (int i = 0; i < columns.length; i++) {
                    columns[i] = df.col(df.columns()[i]);
                }
                positioned = df.select(functions.col("_metadata.file_path"), functions.col("_metadata.row_index"),
                                functions.to_json(functions.struct(columns)))
                        .javaRDD()
                        .mapToPair(r -> new Tuple2<>(new Pos(r.getString(0), r.getLong(1)), r.getString(2)));
            } else {
                @SuppressWarnings("unchecked")
                JavaNewHadoopRDD<LongWritable, Text> raw = (JavaNewHadoopRDD<LongWritable, Text>) jsc.newAPIHadoopFile(
                        path.toString(), TextInputFormat.class, LongWritable.class, Text.class, new Configuration(conf));
                positioned = raw.mapPartitionsWithInputSplit((split, it) -> {
                    String file = ((FileSplit) split).getPath().toString();
                    return map(it, t -> new Tuple2<>(new Pos(file, t._1.get()), t._2.toString()));
                }, false).mapToPair(t -> t).filter(t -> !t._2.isBlank());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + path, e);
        }
        return positioned.sortByKey().values().zipWithIndex().map(t -> new Tuple2<>(t._2, t._1));
    }

    /** The first record of a kind and id, and a finding at the id of each later one. */
    private static List<Tuple2<Rec, FindingRow>> firstAndRepeats(Iterable<Rec> group, Profile profile) {
        List<Rec> list = new ArrayList<>();
        group.forEach(list::add);
        list.sort(Comparator.comparingLong(r -> r.ordinal));
        List<Tuple2<Rec, FindingRow>> out = new ArrayList<>(list.size());
        out.add(new Tuple2<>(list.get(0), null));
        for (int i = 1; i < list.size(); i++) {
            Rec r = list.get(i);
            List<Finding> f = new ArrayList<>(1);
            JsonFindings.add(List.of(new JsonProblem(JsonProblem.Kind.INVALID,
                    "/" + r.kind.jsonName() + "/" + r.ordinal + "/id",
                    "id repeats an earlier " + r.kind.subjectKind() + "'s id")), profile, f);
            for (Finding x : f) {
                out.add(new Tuple2<>(null, new FindingRow(x, x.path())));
            }
        }
        return out;
    }

    // -----------------------------------------------------------------------------------------
    // Neighbourhoods

    private static JavaPairRDD<String, Rec> byId(JavaRDD<Rec> recs, RecordType kind) {
        return recs.filter(r -> r.kind == kind).mapToPair(r -> new Tuple2<>(r.id, r));
    }

    private static <V> Iterator<Tuple2<String, V>> named(String[] ids, V value) {
        List<Tuple2<String, V>> out = new ArrayList<>(ids.length);
        for (String id : ids) {
            out.add(new Tuple2<>(id, value));
        }
        return out.iterator();
    }

    /** (id, (group, record)) joined on requests → (group, record as context). */
    private static JavaPairRDD<String, Held> context(JavaPairRDD<String, Tuple2<String, Rec>> joined) {
        return joined.mapToPair(t -> new Tuple2<>(t._2._1, new Held(t._2._2, false)));
    }

    /**
     * The leases each premises group reads beyond its own: residences' basis leases and the parent
     * chains of all its leases, followed join by join until no group asks for a lease it lacks.
     */
    private static JavaPairRDD<String, Rec> leaseChains(JavaRDD<Rec> premisesOwned,
            JavaPairRDD<String, Rec> leasesById) {
        // (lease id, group) pairs a group holds or has asked for.
        JavaPairRDD<String, String> held = premisesOwned.filter(r -> r.kind == RecordType.LEASES)
                .mapToPair(r -> new Tuple2<>(r.id, PREMISES_KEY + r.premises));
        JavaPairRDD<String, String> frontier = premisesOwned
                .flatMapToPair(r -> named(r.leases, PREMISES_KEY + r.premises)).distinct().subtract(held);
        List<JavaPairRDD<String, Rec>> found = new ArrayList<>();
        for (int step = 0; step < MAX_LEASE_CHAIN && !frontier.isEmpty(); step++) {
            JavaPairRDD<String, Rec> more = frontier.join(leasesById)
                    .mapToPair(t -> new Tuple2<>(t._2._1, t._2._2));
            more.persist(StorageLevel.MEMORY_AND_DISK_SER());
            found.add(more);
            held = held.union(frontier).distinct();
            held.persist(StorageLevel.MEMORY_AND_DISK_SER());
            frontier = more.flatMapToPair(t -> named(t._2.leases, t._1)).distinct().subtract(held);
            frontier.persist(StorageLevel.MEMORY_AND_DISK_SER());
        }
        JavaPairRDD<String, Rec> out = JavaPairRDD.fromJavaRDD(
                JavaSparkContext.fromSparkContext(premisesOwned.context()).<Tuple2<String, Rec>>emptyRDD());
        for (JavaPairRDD<String, Rec> f : found) {
            out = out.union(f);
        }
        return out;
    }

    /** For each holder of a shared document: the holder owned, and the other holders as context. */
    private static List<Tuple2<String, Held>> documentGroups(Iterable<Rec> holders) {
        List<Rec> list = new ArrayList<>();
        holders.forEach(list::add);
        list.sort(Comparator.comparing((Rec r) -> r.id).thenComparingLong(r -> r.ordinal));
        List<Tuple2<String, Held>> out = new ArrayList<>();
        if (list.size() < 2) {
            return out;
        }
        for (Rec x : list) {
            String key = DOCUMENT_KEY + x.id;
            out.add(new Tuple2<>(key, new Held(x, true)));
            int n = 0;
            for (Rec y : list) {
                if (y != x && n++ < MAX_DOCUMENT_HOLDERS) {
                    out.add(new Tuple2<>(key, new Held(y, false)));
                }
            }
        }
        return out;
    }

    private static Neighbourhood kind(String key) {
        switch (key.substring(0, 2)) {
            case PREMISES_KEY:
                return Neighbourhood.PREMISES;
            case PERSON_KEY:
                return Neighbourhood.PERSON;
            case DOCUMENT_KEY:
                return Neighbourhood.DOCUMENT;
            default:
                return Neighbourhood.ORGANIZATION;
        }
    }

    // -----------------------------------------------------------------------------------------
    // Lazy iterators: a partition is streamed, never held.

    private interface Fn<A, B> {
        B apply(A a) throws Exception;
    }

    private static <A, B> Iterator<B> map(Iterator<A> it, Fn<A, B> f) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public B next() {
                try {
                    return f.apply(it.next());
                } catch (RuntimeException e) {
                    throw e;
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        };
    }

    private static <A, B> Iterator<B> flatten(Iterator<A> it, Fn<A, List<B>> f) {
        return new Iterator<>() {
            private Iterator<B> current = java.util.Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                while (!current.hasNext() && it.hasNext()) {
                    try {
                        current = f.apply(it.next()).iterator();
                    } catch (RuntimeException e) {
                        throw e;
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }
                return current.hasNext();
            }

            @Override
            public B next() {
                if (!hasNext()) {
                    throw new java.util.NoSuchElementException();
                }
                return current.next();
            }
        };
    }
}
