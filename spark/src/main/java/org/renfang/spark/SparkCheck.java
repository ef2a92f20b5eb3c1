package org.renfang.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
import org.apache.spark.HashPartitioner;
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
import org.renfang.model.source.JsonProblem;
import org.renfang.validation.Report;
import org.renfang.validation.Validator;
import org.renfang.validation.finding.Finding;
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
    /**
     * About how many records a batch of neighbourhoods owns: neighbourhoods of one kind are checked
     * together in batches (by a hash of their key), so that the fixed cost of a check is paid once a
     * batch; a batch holds the union of its neighbourhoods, which is all each of them reads. There
     * are at least twice as many batches as the default parallelism.
     */
    public static final int BATCH_RECORDS = 2000;
    /**
     * About how many records each shuffle partition receives: the number of partitions of the
     * check's shuffles grows with the registry (at least twice the default parallelism), so that a
     * task's share of records, and so its memory, does not.
     */
    public static final int RECORDS_PER_PARTITION = 50_000;

    /**
     * How the intermediate datasets the check reads twice are kept: on local disk, serialized
     * (Kryo when the session uses it), so that the heap holds only what the running tasks work on;
     * the operating system's page cache keeps recently written blocks in memory outside the heap.
     */
    private static final StorageLevel KEPT = StorageLevel.DISK_ONLY();
    /** Index key tags: a person (with residences and employments), an organization, a lease, a premises. */
    private static final char PERS = 'p';
    private static final char ORG = 'o';
    private static final char LEASE = 'l';
    private static final char HOUSE = 'h';

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
     *         {@code key}/{@code value} structs, in the order of the single-machine report),
     *         {@code category}, {@code responsible} ({@code ROLE} or {@code ROLE:kind:id}) and
     *         {@code legalBasis} (struct of {@code zh} and {@code en}, null where none), not null
     * @throws UncheckedIOException if the directory cannot be listed
     */
    public static Dataset<Row> check(SparkSession spark, String dir, ValidatorSource source, LocalDate asOf) {
        Objects.requireNonNull(spark, "spark");
        Objects.requireNonNull(dir, "dir");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(asOf, "asOf");
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        warmUp(spark, jsc);

        long[] total = new long[1];
        JavaRDD<Lines.Parsed> parsed = read(spark, jsc, dir, source, total);
        // Shuffles get about RECORDS_PER_PARTITION records a partition (at least two tasks a
        // core), so that a task's share stays the same whatever the registry's size.
        int partitions = (int) Math.max(2L * jsc.defaultParallelism(),
                Math.min(1 << 20, (total[0] + RECORDS_PER_PARTITION - 1) / RECORDS_PER_PARTITION));
        HashPartitioner byKey = new HashPartitioner(partitions);
        // Neighbourhoods are checked in batches of about BATCH_RECORDS owned records: a batch is
        // the union of its neighbourhoods, which holds everything each of them reads.
        int buckets = (int) Math.max(2L * jsc.defaultParallelism(), Math.min(1L << 30, total[0] / BATCH_RECORDS));
        parsed.persist(KEPT);
        JavaRDD<FindingRow> readFindings = parsed.flatMap(p -> p.findings.iterator());

        // One record per kind and id: the first; the later ones are findings, as in Registry. Only
        // the keys travel: each record's kind and id with its position and the partition it was
        // read in; a repeated one goes back to that partition, where it is left out.
        JavaRDD<Repeat> repeats = parsed.mapPartitionsWithIndex((part, it) -> map(filter(it, p -> p.rec != null),
                        p -> new Tuple2<>(p.rec.kind.ordinal() + ":" + p.rec.id,
                                new long[] {p.rec.ordinal, part, p.rec.kind.ordinal()})), false)
                .mapToPair(t -> t)
                .partitionBy(byKey)
                .mapPartitions(it -> flatten(groups(it), g -> repeats(g._2)));
        repeats.persist(KEPT);
        JavaRDD<FindingRow> duplicateFindings = repeats.mapPartitions(it -> {
            Profile profile = source.validator().profile();
            return flatten(it, r -> r.findings(profile));
        });
        JavaPairRDD<Integer, Long> left = repeats.mapToPair(r -> new Tuple2<>(r.partition, r.ordinal))
                .partitionBy(new ByIndex(parsed.getNumPartitions()));
        // A partition of the parsed records holds one kind (one input split or one kind's Parquet
        // rows): its positions are unique in it.
        JavaRDD<Rec> recs = parsed.zipPartitions(left, (ps, ls) -> {
            java.util.Set<Long> repeated = new java.util.HashSet<>();
            ls.forEachRemaining(t -> repeated.add(t._2));
            return map(filter(ps, p -> p.rec != null && !repeated.contains(p.rec.ordinal)), p -> p.rec);
        });

        // The index for the look-ups, partitioned once (its shuffle output is what a look-up
        // streams), so that a look-up shuffles only the requests: persons (with all their residences
        // and employments), organizations, leases and premises. The lease chains' later links read
        // only the places (leases and premises), kept apart when a chain goes on.
        JavaPairRDD<String, Rec> indexed = recs.flatMapToPair(r -> indexed(r).iterator()).partitionBy(byKey);
        JavaPairRDD<String, Rec> places = indexed.filter(t -> t._1.charAt(0) == LEASE || t._1.charAt(0) == HOUSE);
        places.persist(KEPT);

        List<JavaPairRDD<Long, Held>> parts = new ArrayList<>();
        // Every record in the neighbourhood that owns it (and a residence as its person's context),
        // and what each owned record asks the indexes for: one pass over the records.
        parts.add(recs.flatMapToPair(r -> owned(r, buckets).iterator()));
        // Document neighbourhoods: only the keys travel to find the documents persons share; each
        // holder of a shared document then asks the index for itself (owned) and the other holders.
        JavaPairRDD<String, Ask> documentRequests = recs
                .filter(r -> r.kind == RecordType.PERSONS && r.documents.length > 0)
                .flatMapToPair(r -> named("", r.documents, r.id).iterator())
                .groupByKey(byKey)
                .flatMapToPair(g -> documentRequests(g._2, buckets).iterator());
        JavaPairRDD<String, Ask> requests = recs.flatMapToPair(r -> requests(r, buckets).iterator())
                .union(documentRequests);
        JavaPairRDD<String, Tuple2<Ask, Rec>> joined = lookUp(requests.partitionBy(byKey), indexed);
        joined.persist(KEPT);
        parts.add(context(joined, buckets));
        // Parent chains of leases (and their premises), one look-up per link, until no chain goes on:
        // each request carries the leases of its chain so far, and a chain that loops stops where it closes.
        JavaPairRDD<String, Ask> frontier = chainRequests(joined);
        for (int step = 0; step < MAX_LEASE_CHAIN && !frontier.isEmpty(); step++) {
            JavaPairRDD<String, Tuple2<Ask, Rec>> more = lookUp(frontier.partitionBy(byKey), places);
            more.persist(KEPT);
            parts.add(context(more, buckets));
            frontier = chainRequests(more);
        }

        JavaPairRDD<Long, Held> all = parts.get(0);
        for (int i = 1; i < parts.size(); i++) {
            all = all.union(parts.get(i));
        }
        // Grouped by batch within each partition: a task checks its batches one at a time. The
        // records travel and are grouped as bytes (CheckKryo.bytes), made records again one batch
        // at a time: a task holds its whole partition, and as objects (a record is some fifteen)
        // that share outlived the young generation and was copied by every collection.
        JavaRDD<FindingRow> ruleFindings = all.mapValues(CheckKryo::bytes).partitionBy(byKey)
                .mapPartitions(it -> {
                    Validator validator = source.validator();
                    return flatten(groups(it), g -> {
                        List<Held> batch = new ArrayList<>(g._2.size());
                        g._2.forEach(b -> batch.add(CheckKryo.held(b)));
                        return GroupCheck.run(kind(g._1), batch, validator, asOf);
                    });
                });

        JavaRDD<Row> rows = readFindings.union(duplicateFindings).union(ruleFindings).map(FindingRow::toRow);
        return spark.createDataFrame(rows, FindingRow.SCHEMA);
    }

    /**
     * Makes Spark SQL ready for the findings' dataset while the registry is read: a session
     * builds its state (function registry, analyzer, planner, code generator) when it makes its
     * first dataset, which takes the driver alone some seconds, and the check makes its dataset
     * only when its plan is complete. An empty dataset of the findings' schema is made and
     * collected (a job of no tasks) on a daemon thread; should that fail, making the findings'
     * dataset fails the same way and says why.
     */
    private static void warmUp(SparkSession spark, JavaSparkContext jsc) {
        Thread warm = new Thread(() -> {
            try {
                spark.createDataFrame(jsc.<Row>emptyRDD(), FindingRow.SCHEMA).collectAsList();
            } catch (RuntimeException e) {
                // reported by the check's own dataset, made from the same session
            }
        }, "renfang-sql-warm-up");
        warm.setDaemon(true);
        warm.start();
    }

    /**
     * Collects the findings into a report, as {@code renfang check} prints it. The driver holds the
     * findings (not the registry), as the report does.
     *
     * @param findings the findings of {@link #check}, not null
     * @param profile  the profile code the report names, not null
     * @param asOf     the as-of date, not null
     * @return the report, not null
     */
    public static Report report(Dataset<Row> findings, String profile, LocalDate asOf) {
        List<Finding> list = new ArrayList<>();
        for (Row row : findings.collectAsList()) {
            list.add(FindingRow.finding(row));
        }
        return new Report(profile, asOf, list);
    }

    // -----------------------------------------------------------------------------------------
    // Reading

    /**
     * Reads every kind's dataset into records (and the findings of reading them), each with its
     * position among the records of its kind: file-name order, then line (or row) order.
     *
     * <p>JSON Lines: every input split is one file's lines from one offset on, so one job counts the
     * non-blank lines of each split, the driver orders the splits (their number, not the records)
     * and each split numbers its lines from its base. Parquet (a partition may pack several files):
     * the rows are sorted by file and row index.
     */
    private static JavaRDD<Lines.Parsed> read(SparkSession spark, JavaSparkContext jsc, String dir,
            ValidatorSource source, long[] total) {
        Configuration conf = jsc.hadoopConfiguration();
        List<JavaRDD<Lines.Parsed>> all = new ArrayList<>();
        List<JavaRDD<byte[]>> text = new ArrayList<>();
        List<JavaRDD<Tuple2<String, long[]>>> splits = new ArrayList<>();
        for (RecordType kind : RecordType.values()) {
            org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(dir, kind.jsonName());
            boolean isParquet = false;
            try {
                FileSystem fs = path.getFileSystem(conf);
                if (!fs.exists(path)) {
                    continue;
                }
                for (FileStatus s : fs.listStatus(path)) {
                    isParquet |= s.getPath().getName().endsWith(".parquet");
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + path, e);
            }
            int k = kind.ordinal();
            if (isParquet) {
                Dataset<Row> df = spark.read().parquet(path.toString());
                Column[] columns = new Column[df.columns().length];
                for (int i = 0; i < columns.length; i++) {
                    columns[i] = df.col(df.columns()[i]);
                }
                JavaPairRDD<byte[], Long> numbered = df.select(functions.col("_metadata.file_path").alias("f"),
                                functions.col("_metadata.row_index").alias("r"),
                                functions.to_json(functions.struct(columns)).alias("j"))
                        .orderBy("f", "r").javaRDD().map(r -> r.getString(2).getBytes(StandardCharsets.UTF_8))
                        .zipWithIndex();
                all.add(numbered.mapPartitions(it -> {
                    Profile profile = source.validator().profile();
                    return flatten(chunks(it), chunk -> {
                        long[] ordinals = new long[chunk.size()];
                        List<byte[]> texts = new ArrayList<>(chunk.size());
                        for (int i = 0; i < ordinals.length; i++) {
                            ordinals[i] = chunk.get(i)._2;
                            texts.add(chunk.get(i)._1);
                        }
                        return Lines.parseAll(kind, ordinals, texts, profile);
                    });
                }));
            } else {
                @SuppressWarnings("unchecked")
                JavaNewHadoopRDD<LongWritable, Text> raw = (JavaNewHadoopRDD<LongWritable, Text>) jsc.newAPIHadoopFile(
                        path.toString(), TextInputFormat.class, LongWritable.class, Text.class, new Configuration(conf));
                // Each split: its file, and its kind, start offset and number of non-blank lines.
                splits.add(raw.mapPartitionsWithInputSplit((split, it) -> {
                    long n = 0;
                    while (it.hasNext()) {
                        Text t = it.next()._2;
                        n += Lines.isBlank(t.getBytes(), t.getLength()) ? 0 : 1;
                    }
                    FileSplit f = (FileSplit) split;
                    return List.of(new Tuple2<>(f.getPath().toString(), new long[] {k, f.getStart(), n})).iterator();
                }, false));
                text.add(raw.map(t -> Lines.line(t._2.getBytes(), t._2.getLength())).filter(Objects::nonNull));
            }
        }
        if (!text.isEmpty()) {
            // One small job counts the lines of each split (one entry a split on the driver); the
            // splits in kind, file and offset order give each its first position.
            List<Tuple2<String, long[]>> counts = jsc.union(splits.toArray(JavaRDD[]::new)).collect();
            Integer[] order = new Integer[counts.size()];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            java.util.Arrays.sort(order, Comparator.<Integer>comparingLong(i -> counts.get(i)._2[0])
                    .thenComparing(i -> counts.get(i)._1).thenComparingLong(i -> counts.get(i)._2[1]));
            long[] base = new long[counts.size()];
            int[] kinds = new int[counts.size()];
            long[] next = new long[RecordType.values().length];
            for (Integer i : order) {
                long[] c = counts.get(i)._2;
                kinds[i] = (int) c[0];
                base[i] = next[kinds[i]];
                next[kinds[i]] += c[2];
                total[0] += c[2];
            }
            JavaRDD<byte[]> lines = jsc.union(text.toArray(JavaRDD[]::new));
            all.add(lines.mapPartitionsWithIndex((index, it) -> {
                Profile profile = source.validator().profile();
                RecordType kind = RecordType.values()[kinds[index]];
                long[] ordinal = {base[index]};
                return flatten(chunks(it), chunk -> {
                    long[] ordinals = new long[chunk.size()];
                    for (int i = 0; i < ordinals.length; i++) {
                        ordinals[i] = ordinal[0]++;
                    }
                    return Lines.parseAll(kind, ordinals, chunk, profile);
                });
            }, false));
        }
        if (all.isEmpty()) {
            return jsc.emptyRDD();
        }
        return jsc.union(all.toArray(JavaRDD[]::new));
    }

    /**
     * The later records of one kind and id (each its position, the partition read in and its kind):
     * all but the first by position.
     */
    private static List<Repeat> repeats(List<long[]> records) {
        if (records.size() < 2) {
            return List.of();
        }
        records.sort(Comparator.comparingLong(r -> r[0]));
        List<Repeat> out = new ArrayList<>(records.size() - 1);
        for (long[] r : records.subList(1, records.size())) {
            out.add(new Repeat(RecordType.values()[(int) r[2]], r[0], (int) r[1]));
        }
        return out;
    }

    /** A record left out because an earlier one of its kind has its id: where it was read. */
    static final class Repeat implements java.io.Serializable {
        private static final long serialVersionUID = 1L;

        final RecordType kind;
        final long ordinal;
        /** The partition of the parsed records it was read in. */
        final int partition;

        Repeat(RecordType kind, long ordinal, int partition) {
            this.kind = kind;
            this.ordinal = ordinal;
            this.partition = partition;
        }

        /** The finding at its id, as the in-memory registry gives it. */
        List<FindingRow> findings(Profile profile) {
            return Lines.findings(List.of(new JsonProblem(JsonProblem.Kind.INVALID,
                    "/" + kind.jsonName() + "/" + ordinal + "/id",
                    "id repeats an earlier " + kind.subjectKind() + "'s id")), profile);
        }
    }

    /** Partition i of a pair dataset keyed by partition index i. */
    static final class ByIndex extends org.apache.spark.Partitioner {
        private static final long serialVersionUID = 1L;

        private final int partitions;

        ByIndex(int partitions) {
            this.partitions = partitions;
        }

        @Override
        public int numPartitions() {
            return partitions;
        }

        @Override
        public int getPartition(Object key) {
            return (Integer) key;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof ByIndex && ((ByIndex) o).partitions == partitions;
        }

        @Override
        public int hashCode() {
            return partitions;
        }
    }

    // -----------------------------------------------------------------------------------------
    // Neighbourhoods

    /** The index entries of a record: under its own id, and a person's residences and employments under the person. */
    private static List<Tuple2<String, Rec>> indexed(Rec r) {
        switch (r.kind) {
            case PERSONS:
            case RESIDENCES:
            case EMPLOYMENTS:
                return List.of(new Tuple2<>(PERS + r.person, r));
            case ORGANIZATIONS:
                return List.of(new Tuple2<>(ORG + r.id, r));
            case LEASES:
                return List.of(new Tuple2<>(LEASE + r.id, r));
            case PREMISES:
                return List.of(new Tuple2<>(HOUSE + r.id, r));
            default:
                return List.of();
        }
    }

    /**
     * A record in the neighbourhood that owns it (a premises, lease, residence or visit under its
     * premises; a person, employment or enrollment under the person; an organization under itself)
     * and a residence also as context under its person.
     */
    private static List<Tuple2<Long, Held>> owned(Rec r, int buckets) {
        long[] homes = homes(r, buckets);
        List<Tuple2<Long, Held>> out = new ArrayList<>(homes.length);
        for (int i = 0; i < homes.length; i++) {
            out.add(new Tuple2<>(homes[i], new Held(r, i == 0)));
        }
        return out;
    }

    /**
     * The batches a record is put in by {@link #owned}: first the one that owns it, then (a
     * residence) its person's, which holds it as context.
     */
    private static long[] homes(Rec r, int buckets) {
        switch (r.kind) {
            case PREMISES:
            case LEASES:
            case VISITS:
                return new long[] {key(Neighbourhood.PREMISES, r.premises, buckets)};
            case RESIDENCES:
                return new long[] {key(Neighbourhood.PREMISES, r.premises, buckets),
                    key(Neighbourhood.PERSON, r.person, buckets)};
            case ORGANIZATIONS:
                return new long[] {key(Neighbourhood.ORGANIZATION, r.id, buckets)};
            default:
                return new long[] {key(Neighbourhood.PERSON, r.person, buckets)};
        }
    }

    /** Whether {@link #owned} already puts a record in a batch. */
    private static boolean home(Rec r, long batch, int buckets) {
        for (long k : homes(r, buckets)) {
            if (k == batch) {
                return true;
            }
        }
        return false;
    }

    /**
     * What an owned record asks the indexes for, with the batch that asks: a premises
     * neighbourhood's record the persons, organizations and leases it names; a person
     * neighbourhood's record the organizations it names.
     */
    private static List<Tuple2<String, Ask>> requests(Rec r, int buckets) {
        switch (r.kind) {
            case PERSONS:
            case EMPLOYMENTS:
            case ENROLLMENTS:
                return named(ORG, r.organizations, new Ask(key(Neighbourhood.PERSON, r.person, buckets), Ask.NONE, false));
            case ORGANIZATIONS:
                return List.of();
            default:
                Ask ask = new Ask(key(Neighbourhood.PREMISES, r.premises, buckets), Ask.NONE, false);
                List<Tuple2<String, Ask>> out = new ArrayList<>(named(PERS, r.persons, ask));
                out.addAll(named(ORG, r.organizations, ask));
                out.addAll(named(LEASE, r.leases, ask));
                return out;
        }
    }

    /**
     * The next links of the lease chains: each lease found asks for its premises and, unless the
     * chain closes there (the parent is already on it), for its parent.
     */
    private static JavaPairRDD<String, Ask> chainRequests(JavaPairRDD<String, Tuple2<Ask, Rec>> found) {
        return found.filter(t -> t._1.charAt(0) == LEASE).flatMapToPair(t -> {
            Ask ask = t._2._1;
            Rec lease = t._2._2;
            String[] chain = java.util.Arrays.copyOf(ask.chain, ask.chain.length + 1);
            chain[ask.chain.length] = lease.id;
            List<Tuple2<String, Ask>> out = new ArrayList<>(2);
            for (String parent : lease.leases) {
                if (!java.util.Arrays.asList(chain).contains(parent)) {
                    out.add(new Tuple2<>(LEASE + parent, new Ask(ask.group, chain, false)));
                }
            }
            out.add(new Tuple2<>(HOUSE + lease.premises, new Ask(ask.group, Ask.NONE, false)));
            return out.iterator();
        });
    }

    /**
     * Looks requests up in an index: each record under a requested key once for each batch that
     * asks for it (with the chain of the first request of that batch), and once more where the
     * batch asks for it as its own. The requests, partitioned as
     * the index, are held in a hash table; the index partition is streamed past it (and not read
     * where no request came), so a task holds its share of the requests, never of the index.
     */
    private static JavaPairRDD<String, Tuple2<Ask, Rec>> lookUp(JavaPairRDD<String, Ask> requests,
            JavaPairRDD<String, Rec> index) {
        return requests.zipPartitions(index, (asked, records) -> {
            java.util.Map<String, java.util.Map<Long, Ask>> byIndexKey = new java.util.HashMap<>();
            while (asked.hasNext()) {
                Tuple2<String, Ask> a = asked.next();
                byIndexKey.computeIfAbsent(a._1, k -> new java.util.LinkedHashMap<>(2))
                        .putIfAbsent(a._2.group << 1 | (a._2.owned ? 1 : 0), a._2);
            }
            if (byIndexKey.isEmpty()) {
                return java.util.Collections.<Tuple2<String, Tuple2<Ask, Rec>>>emptyIterator();
            }
            return flatten(records, r -> {
                java.util.Map<Long, Ask> groups = byIndexKey.get(r._1);
                if (groups == null) {
                    return List.<Tuple2<String, Tuple2<Ask, Rec>>>of();
                }
                List<Tuple2<String, Tuple2<Ask, Rec>>> out = new ArrayList<>(groups.size());
                for (Ask a : groups.values()) {
                    out.add(new Tuple2<>(r._1, new Tuple2<>(a, r._2)));
                }
                return out;
            });
        }).mapToPair(t -> t);
    }

    private static <V> List<Tuple2<String, V>> named(Object prefix, String[] ids, V value) {
        List<Tuple2<String, V>> out = new ArrayList<>(ids.length);
        for (String id : ids) {
            out.add(new Tuple2<>(prefix + id, value));
        }
        return out;
    }

    /** (key, (request, record)) looked up → (batch, record: context, or a person its request owns). */
    private static JavaPairRDD<Long, Held> context(JavaPairRDD<String, Tuple2<Ask, Rec>> found, int buckets) {
        return found.filter(t -> sent(t._2._1, t._2._2, buckets))
                .mapToPair(t -> new Tuple2<>(t._2._1.group, new Held(t._2._2, t._2._1.owned)));
    }

    /**
     * Whether a record found for a request goes to the batch that asked: a document neighbourhood
     * reads persons only (not their residences and employments); any other batch is not sent a
     * record it already holds from the pass over the records (a resident's residence at this
     * premises, a basis lease of it), which it would read as the same record.
     */
    private static boolean sent(Ask ask, Rec r, int buckets) {
        if (kind(ask.group) == Neighbourhood.DOCUMENT) {
            return r.kind == RecordType.PERSONS;
        }
        return !home(r, ask.group, buckets);
    }

    /**
     * A request to an index: the batch that asks (its key), the leases of its chain so far, and
     * whether the batch owns the person found (else all it finds is context).
     */
    static final class Ask implements java.io.Serializable {
        private static final long serialVersionUID = 1L;

        static final String[] NONE = new String[0];

        final long group;
        /** The ids of the leases followed to this request, in chain order; empty if none. */
        final String[] chain;

        /** Whether the batch owns the person it asks for (a document neighbourhood's holder). */
        final boolean owned;

        Ask(long group, String[] chain, boolean owned) {
            this.group = group;
            this.chain = chain;
            this.owned = owned;
        }
    }

    /**
     * For each holder of a shared document (by id), what its document neighbourhood asks the index
     * for: the holder, owned, and up to {@link #MAX_DOCUMENT_HOLDERS} other holders (the lowest
     * ids), as context.
     */
    private static List<Tuple2<String, Ask>> documentRequests(Iterable<String> holders, int buckets) {
        List<String> list = new ArrayList<>();
        holders.forEach(list::add);
        List<Tuple2<String, Ask>> out = new ArrayList<>();
        if (list.size() < 2) {
            return out;
        }
        list.sort(Comparator.naturalOrder());
        for (String x : list) {
            long key = key(Neighbourhood.DOCUMENT, x, buckets);
            out.add(new Tuple2<>(PERS + x, new Ask(key, Ask.NONE, true)));
            int n = 0;
            for (String y : list) {
                if (!y.equals(x) && n++ < MAX_DOCUMENT_HOLDERS) {
                    out.add(new Tuple2<>(PERS + y, new Ask(key, Ask.NONE, false)));
                }
            }
        }
        return out;
    }

    /** The batch of a neighbourhood: its kind in the high half, a bucket of its key in the low half. */
    private static long key(Neighbourhood kind, String id, int buckets) {
        return (long) kind.ordinal() << 32 | Math.floorMod(id.hashCode(), buckets);
    }

    private static final Neighbourhood[] NEIGHBOURHOODS = Neighbourhood.values();

    private static Neighbourhood kind(long key) {
        return NEIGHBOURHOODS[(int) (key >>> 32)];
    }

    // -----------------------------------------------------------------------------------------
    // Iterators over a partition: streamed, except where groups() holds it as a table.

    /** How many lines are read as one document (the reader's fixed cost is paid once for them). */
    private static final int PARSE_CHUNK = 500;

    /** The lines of a partition in chunks of up to PARSE_CHUNK, read as one document each. */
    private static <A> Iterator<List<A>> chunks(Iterator<A> it) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public List<A> next() {
                if (!it.hasNext()) {
                    throw new java.util.NoSuchElementException();
                }
                List<A> chunk = new ArrayList<>(PARSE_CHUNK);
                while (chunk.size() < PARSE_CHUNK && it.hasNext()) {
                    chunk.add(it.next());
                }
                return chunk;
            }
        };
    }

    /**
     * A partition's records grouped by key, one group at a time (in the order their keys first
     * came). The partition is read into a table first; a group leaves the table when it is handed
     * out, so the memory of the groups checked is freed as the task goes on.
     */
    static <K, V> Iterator<Tuple2<K, List<V>>> groups(Iterator<Tuple2<K, V>> records) {
        java.util.Map<K, List<V>> byKey = new java.util.LinkedHashMap<>();
        records.forEachRemaining(t -> byKey.computeIfAbsent(t._1, k -> new ArrayList<>(4)).add(t._2));
        Iterator<java.util.Map.Entry<K, List<V>>> entries = byKey.entrySet().iterator();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return entries.hasNext();
            }

            @Override
            public Tuple2<K, List<V>> next() {
                java.util.Map.Entry<K, List<V>> g = entries.next();
                entries.remove();
                return new Tuple2<>(g.getKey(), g.getValue());
            }
        };
    }

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

    private static <A> Iterator<A> filter(Iterator<A> it, java.util.function.Predicate<A> keep) {
        return new Iterator<>() {
            private A next;
            private boolean ready;

            @Override
            public boolean hasNext() {
                while (!ready && it.hasNext()) {
                    A a = it.next();
                    if (keep.test(a)) {
                        next = a;
                        ready = true;
                    }
                }
                return ready;
            }

            @Override
            public A next() {
                if (!hasNext()) {
                    throw new java.util.NoSuchElementException();
                }
                ready = false;
                A a = next;
                next = null;
                return a;
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
