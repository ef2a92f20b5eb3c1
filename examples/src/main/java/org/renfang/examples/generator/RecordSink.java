package org.renfang.examples.generator;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.renfang.model.RecordType;
import org.renfang.model.RegistryDocument;
import org.renfang.model.json.RenfangJson;

/**
 * Writes blocks record by record, streaming: persons straight into the registry file, every
 * other collection into a temporary file of its own beside it; {@link #finish()} then appends
 * the temporary files in the order of the wire format and moves the result into place. The
 * manifest of expected findings is streamed the same way.
 *
 * <p>Each record is serialized with {@link RenfangJson#registryMapper()}, one record a line.
 * Not thread-safe.
 */
final class RecordSink implements Closeable {
    private static final int BUFFER = 1 << 16;
    private static final RecordType[] TYPES = RecordType.values();

    private final Path out;
    private final Path manifest;
    private final JsonGenerator[] generators = new JsonGenerator[TYPES.length];
    private final Path[] parts = new Path[TYPES.length];
    private final ObjectWriter[] writers = new ObjectWriter[TYPES.length];
    private final SequenceWriter[] sequences = new SequenceWriter[TYPES.length];
    private final ObjectWriter treeWriter;
    private final long[] counts = new long[TYPES.length];
    private Path outPart;
    private Path manifestPart;
    private FileChannel outChannel;
    private OutputStream outStream;
    private JsonGenerator manifestGenerator;
    private long expected;
    private boolean finished;

    /**
     * Opens the files.
     *
     * @param out      the registry file to write, not null
     * @param manifest the manifest file to write, or null for none
     * @param profile  the profile code the manifest names, not null
     * @param asOf     the as-of date the manifest names, not null
     * @throws IOException if a file cannot be created
     */
    RecordSink(Path out, Path manifest, String profile, LocalDate asOf) throws IOException {
        this.out = out.toAbsolutePath();
        this.manifest = manifest == null ? null : manifest.toAbsolutePath();
        JsonMapper mapper = RenfangJson.registryMapper();
        for (RecordType t : TYPES) {
            writers[t.ordinal()] = mapper.writerFor(t.type()).without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);
        }
        treeWriter = mapper.writer().without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);
        try {
            open(mapper.getFactory(), profile, asOf);
        } catch (IOException | RuntimeException e) {
            close();
            throw e;
        }
    }

    private void open(JsonFactory factory, String profile, LocalDate asOf) throws IOException {
        Path dir = out.getParent();
        String base = out.getFileName().toString();
        outPart = newPart(dir, "." + base + "-");
        outChannel = FileChannel.open(outPart, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
        outStream = new BufferedOutputStream(Channels.newOutputStream(outChannel), BUFFER);
        outStream.write(("{\"schema\":\"" + RegistryDocument.REGISTRY_SCHEMA + "\",\n\""
                + RecordType.PERSONS.jsonName() + "\":").getBytes(StandardCharsets.UTF_8));
        for (RecordType t : TYPES) {
            JsonGenerator g;
            if (t == RecordType.PERSONS) {
                g = factory.createGenerator(outStream, JsonEncoding.UTF8);
                g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            } else {
                Path part = Files.createTempFile(dir, "." + base + "-" + t.jsonName() + "-", ".part");
                parts[t.ordinal()] = part;
                g = factory.createGenerator(new BufferedOutputStream(Files.newOutputStream(part), BUFFER),
                        JsonEncoding.UTF8);
            }
            generators[t.ordinal()] = g;
            g.setRootValueSeparator(null);
            g.writeRaw('[');
            sequences[t.ordinal()] = writers[t.ordinal()].writeValues(g);
        }
        if (manifest != null) {
            manifestPart = newPart(manifest.getParent(), "." + manifest.getFileName() + "-");
            manifestGenerator = factory.createGenerator(
                    new BufferedOutputStream(Files.newOutputStream(manifestPart), BUFFER), JsonEncoding.UTF8);
            manifestGenerator.setRootValueSeparator(null);
            manifestGenerator.writeRaw("{\"profile\":");
            manifestGenerator.writeString(profile);
            manifestGenerator.writeRaw(",\"asOf\":\"" + asOf + "\",\n\"expected\":[");
        }
    }

    /**
     * Writes the records of a block and the findings it must cause.
     *
     * @param block the block, not null
     * @throws IOException if writing fails
     */
    void write(Block block) throws IOException {
        long[] base = new long[TYPES.length];
        for (RecordType t : TYPES) {
            int o = t.ordinal();
            base[o] = counts[o];
            List<Object> records = block.all(t);
            JsonGenerator g = generators[o];
            for (int i = 0, n = records.size(); i < n; i++) {
                g.writeRaw(counts[o] == 0 ? "\n" : ",\n");
                Object r = records.get(i);
                if (r instanceof com.fasterxml.jackson.databind.JsonNode) {
                    treeWriter.writeValue(g, r);
                } else {
                    sequences[o].write(r);
                }
                counts[o]++;
            }
        }
        for (Block.Expected e : block.expected()) {
            long index = base[e.type().ordinal()] + e.index();
            if (manifestGenerator != null) {
                manifestGenerator.writeRaw(expected == 0 ? "\n" : ",\n");
                manifestGenerator.writeStartObject();
                manifestGenerator.writeStringField("rule", e.rule().name());
                manifestGenerator.writeStringField("path", "/" + e.type().jsonName() + "/" + index + e.suffix());
                manifestGenerator.writeEndObject();
            }
            expected++;
        }
    }

    /**
     * Returns how many records of a collection were written so far.
     *
     * @param type the collection, not null
     * @return the count
     */
    long count(RecordType type) {
        return counts[type.ordinal()];
    }

    /** @return how many expected findings were written so far */
    long expected() {
        return expected;
    }

    /**
     * Completes the registry and the manifest and moves them into place.
     *
     * @throws IOException if writing or moving fails
     */
    void finish() throws IOException {
        for (RecordType t : TYPES) {
            JsonGenerator g = generators[t.ordinal()];
            g.writeRaw(counts[t.ordinal()] == 0 ? "]" : "\n]");
            g.close();
            generators[t.ordinal()] = null;
        }
        for (RecordType t : TYPES) {
            if (t == RecordType.PERSONS) {
                continue;
            }
            outStream.write((",\n\"" + t.jsonName() + "\":").getBytes(StandardCharsets.UTF_8));
            outStream.flush();
            Path part = parts[t.ordinal()];
            try (FileChannel in = FileChannel.open(part, StandardOpenOption.READ)) {
                long size = in.size();
                long at = 0;
                while (at < size) {
                    at += in.transferTo(at, size - at, outChannel);
                }
            }
            Files.delete(part);
            parts[t.ordinal()] = null;
        }
        outStream.write("\n}\n".getBytes(StandardCharsets.UTF_8));
        outStream.flush();
        outChannel.force(false);
        outStream.close();
        if (manifestGenerator != null) {
            manifestGenerator.writeRaw(expected == 0 ? "]}\n" : "\n]}\n");
            manifestGenerator.close();
        }
        move(outPart, out);
        if (manifest != null) {
            move(manifestPart, manifest);
        }
        finished = true;
    }

    /**
     * Creates an empty part file that becomes an output by a rename. Unlike
     * {@link Files#createTempFile}, which makes an owner-only file (0600), it is created like any
     * new file, so the output gets the usual mode (0644 under the common umask 022).
     *
     * @param dir    the folder of the output, not null
     * @param prefix the start of the part's name, not null
     * @return the new, empty file, not null
     * @throws IOException if it cannot be created
     */
    static Path newPart(Path dir, String prefix) throws IOException {
        for (int attempt = 1; ; attempt++) {
            Path part = dir.resolve(prefix + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".part");
            try {
                return Files.createFile(part);
            } catch (FileAlreadyExistsException e) {
                if (attempt == 10) {
                    throw e;
                }
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (java.nio.file.AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Releases the files; after a failure, deletes every partial file. */
    @Override
    public void close() {
        for (int i = 0; i < generators.length; i++) {
            if (generators[i] != null) {
                quietly(generators[i]);
                generators[i] = null;
            }
        }
        if (manifestGenerator != null && !manifestGenerator.isClosed()) {
            quietly(manifestGenerator);
        }
        if (outStream != null) {
            quietly(outStream);
        }
        if (outChannel != null) {
            quietly(outChannel);
        }
        if (!finished) {
            for (Path p : parts) {
                deleteQuietly(p);
            }
            deleteQuietly(outPart);
            deleteQuietly(manifestPart);
        }
    }

    private static void quietly(Closeable c) {
        try {
            c.close();
        } catch (IOException e) {
            // the failure that matters has been thrown already
        }
    }

    private static void deleteQuietly(Path p) {
        if (p == null) {
            return;
        }
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            // best effort: a stray partial file is left behind
        }
    }
}
