package org.renfang.spark;

import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryo.Serializer;
import com.esotericsoftware.kryo.io.Input;
import com.esotericsoftware.kryo.io.Output;
import org.apache.spark.serializer.KryoRegistrator;
import org.renfang.model.RecordType;

/**
 * Registers the classes the check shuffles and keeps with Kryo, so that a record travels as its
 * fields in binary, without its class name, and is written and read without reflection. A session
 * that runs the check should have the {@link #settings()} (the embedded sessions and
 * {@link SparkCheckMain} do); without them the check gives the same findings, with larger shuffles.
 */
public final class CheckKryo implements KryoRegistrator {
    private static final RecordType[] KINDS = RecordType.values();

    /**
     * The session settings for the check: the Kryo serializer, this registrator, no reference
     * tracking (the check's records form no cycles and share nothing), and the serialized shuffle
     * writer for every shuffle ({@code spark.shuffle.sort.bypassMergeThreshold=0}: Spark's default
     * writes a shuffle of up to 200 partitions through one open file and serializer per partition,
     * which for the check's record shuffles cost more CPU and system time than sorting serialized
     * records by partition in memory pages), and the kept datasets compressed
     * ({@code spark.rdd.compress=true}: uncompressed, a kept block is written in 8 KiB system
     * calls, three times the bytes; {@code benchmarks/README.md}).
     *
     * @return the settings, not null
     */
    public static java.util.Map<String, Object> settings() {
        return java.util.Map.of("spark.serializer", "org.apache.spark.serializer.KryoSerializer",
                "spark.kryo.registrator", CheckKryo.class.getName(),
                "spark.kryo.referenceTracking", "false",
                "spark.shuffle.sort.bypassMergeThreshold", "0",
                "spark.rdd.compress", "true");
    }

    /** Makes the registrator (Spark makes it by its class name). */
    public CheckKryo() {
    }

    @Override
    public void registerClasses(Kryo kryo) {
        kryo.register(String[].class);
        kryo.register(long[].class);
        kryo.register(byte[].class);
        kryo.register(RecordType.class);
        kryo.register(Rec.class, new RecSerializer());
        kryo.register(SparkCheck.Ask.class, new AskSerializer());
        kryo.register(FindingRow.class);
        kryo.register(Lines.Parsed.class, new ParsedSerializer());
        kryo.register(SparkCheck.Repeat.class);
        kryo.register(java.util.ArrayList.class);
        kryo.register(java.util.LinkedHashMap.class);
    }

    /** Each thread's buffer for {@link #bytes}, grown to the largest record it wrote. */
    private static final ThreadLocal<Output> BUFFER = ThreadLocal.withInitial(() -> new Output(4096, -1));

    /**
     * A record in a neighbourhood as bytes, as the rule stage reads it: whether it is owned, its
     * kind, position, id and binary form. The ids it names, which only the joins read, are left out.
     */
    static byte[] bytes(Held h) {
        Output out = BUFFER.get();
        out.setPosition(0);
        out.writeBoolean(h.owned);
        out.writeVarInt(h.rec.kind.ordinal(), true);
        out.writeVarLong(h.rec.ordinal, true);
        out.writeString(h.rec.id);
        out.writeVarInt(h.rec.bytes.length, true);
        out.writeBytes(h.rec.bytes);
        return out.toBytes();
    }

    /** A record in a neighbourhood from its {@link #bytes}: it names no ids. */
    static Held held(byte[] bytes) {
        Input in = new Input(bytes);
        boolean owned = in.readBoolean();
        RecordType kind = KINDS[in.readVarInt(true)];
        long ordinal = in.readVarLong(true);
        String id = in.readString();
        return new Held(new Rec(kind, ordinal, id, in.readBytes(in.readVarInt(true))), owned);
    }

    private static void writeStrings(Output out, String[] values) {
        out.writeVarInt(values.length, true);
        for (String v : values) {
            out.writeString(v);
        }
    }

    private static String[] readStrings(Input in) {
        String[] values = new String[in.readVarInt(true)];
        for (int i = 0; i < values.length; i++) {
            values[i] = in.readString();
        }
        return values;
    }

    /** A record: kind, position, id, binary form (its bytes, as they are) and the ids it names. */
    static final class RecSerializer extends Serializer<Rec> {
        RecSerializer() {
            setImmutable(true);
        }

        @Override
        public void write(Kryo kryo, Output out, Rec r) {
            out.writeVarInt(r.kind.ordinal(), true);
            out.writeVarLong(r.ordinal, true);
            out.writeString(r.id);
            out.writeVarInt(r.bytes.length, true);
            out.writeBytes(r.bytes);
            out.writeString(r.premises);
            out.writeString(r.person);
            writeStrings(out, r.persons);
            writeStrings(out, r.organizations);
            writeStrings(out, r.leases);
            writeStrings(out, r.documents);
        }

        @Override
        public Rec read(Kryo kryo, Input in, Class<Rec> type) {
            RecordType kind = KINDS[in.readVarInt(true)];
            long ordinal = in.readVarLong(true);
            String id = in.readString();
            Rec r = new Rec(kind, ordinal, id, in.readBytes(in.readVarInt(true)));
            r.premises = in.readString();
            r.person = in.readString();
            r.persons = readStrings(in);
            r.organizations = readStrings(in);
            r.leases = readStrings(in);
            r.documents = readStrings(in);
            return r;
        }
    }

    /** A line read: whether it gave a record, the record, then the findings of reading it. */
    static final class ParsedSerializer extends Serializer<Lines.Parsed> {
        private final RecSerializer rec = new RecSerializer();

        ParsedSerializer() {
            setImmutable(true);
        }

        @Override
        public void write(Kryo kryo, Output out, Lines.Parsed p) {
            out.writeBoolean(p.rec != null);
            if (p.rec != null) {
                rec.write(kryo, out, p.rec);
            }
            out.writeVarInt(p.findings.size(), true);
            for (FindingRow f : p.findings) {
                kryo.writeObject(out, f);
            }
        }

        @Override
        public Lines.Parsed read(Kryo kryo, Input in, Class<Lines.Parsed> type) {
            Rec r = in.readBoolean() ? rec.read(kryo, in, Rec.class) : null;
            int n = in.readVarInt(true);
            java.util.List<FindingRow> findings = new java.util.ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                findings.add(kryo.readObject(in, FindingRow.class));
            }
            return new Lines.Parsed(r, findings);
        }
    }

    /** A request to the index: the batch that asks, its lease chain and whether it owns what it finds. */
    static final class AskSerializer extends Serializer<SparkCheck.Ask> {
        AskSerializer() {
            setImmutable(true);
        }

        @Override
        public void write(Kryo kryo, Output out, SparkCheck.Ask a) {
            out.writeLong(a.group);
            writeStrings(out, a.chain);
            out.writeBoolean(a.owned);
        }

        @Override
        public SparkCheck.Ask read(Kryo kryo, Input in, Class<SparkCheck.Ask> type) {
            long group = in.readLong();
            String[] chain = readStrings(in);
            return new SparkCheck.Ask(group, chain.length == 0 ? SparkCheck.Ask.NONE : chain, in.readBoolean());
        }
    }
}
