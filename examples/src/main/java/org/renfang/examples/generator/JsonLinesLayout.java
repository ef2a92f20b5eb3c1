package org.renfang.examples.generator;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.renfang.model.RecordType;
import org.renfang.model.RegistryDocument;

/**
 * The per-kind layout of a registry, for the Spark check: a directory with one sub-directory per
 * kind ({@code persons/}, {@code organizations/}, …), each holding JSON Lines files (one record a
 * line). {@link #split} writes it from a registry document, streaming, each record copied token by
 * token onto one line with its numbers as written (also a record the check will refuse, so that
 * both checks see the same input);
 * {@link #join} writes the registry document back. The records of a kind keep their order: the
 * files of a kind in name order, then the lines, so findings point at the same positions in both.
 *
 * <p>Not thread-safe per call target; the methods themselves are stateless.
 */
public final class JsonLinesLayout {
    /** The name of the one file {@link #split} writes per kind. */
    public static final String PART = "part-00000.jsonl";

    private JsonLinesLayout() {
    }

    /**
     * Splits a registry document into the per-kind layout.
     *
     * @param registry the registry document, not null; not closed
     * @param dir      the directory to write (created if missing; its kind files are replaced), not null
     * @return how many records of each kind were written, not null
     * @throws IOException if reading or writing fails, or if the document is not a JSON object of arrays
     */
    public static Map<RecordType, Long> split(InputStream registry, Path dir) throws IOException {
        Objects.requireNonNull(registry, "registry");
        Objects.requireNonNull(dir, "dir");
        JsonFactory factory = new JsonFactory();
        Map<RecordType, Long> counts = new EnumMap<>(RecordType.class);
        Map<RecordType, Writers> writers = new EnumMap<>(RecordType.class);
        try {
            for (RecordType t : RecordType.values()) {
                counts.put(t, 0L);
                writers.put(t, new Writers(dir.resolve(t.jsonName()), factory));
            }
            try (JsonParser p = factory.createParser(registry)) {
                if (p.nextToken() != JsonToken.START_OBJECT) {
                    throw new IOException("a registry document is a JSON object");
                }
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    JsonToken value = p.nextToken();
                    RecordType type = RecordType.ofJsonName(name);
                    if (type == null || value != JsonToken.START_ARRAY) {
                        p.skipChildren();
                        continue;
                    }
                    Writers w = writers.get(type);
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        w.copy(p);
                        counts.merge(type, 1L, Long::sum);
                    }
                }
            }
        } finally {
            IOException failed = null;
            for (Writers w : writers.values()) {
                try {
                    w.close();
                } catch (IOException e) {
                    failed = e;
                }
            }
            if (failed != null) {
                throw failed;
            }
        }
        return counts;
    }

    /**
     * Joins a per-kind layout into one registry document: each non-blank line of a kind's files
     * (in file-name order; names starting with {@code .} or {@code _} are skipped) becomes an
     * element of that kind's array, copied as it stands.
     *
     * @param dir the directory, not null
     * @param out where the document goes, not null; not closed
     * @return how many records of each kind were written, not null
     * @throws IOException if reading or writing fails
     */
    public static Map<RecordType, Long> join(Path dir, OutputStream out) throws IOException {
        Objects.requireNonNull(dir, "dir");
        Objects.requireNonNull(out, "out");
        if (!Files.isDirectory(dir)) {
            throw new IOException("not a directory: " + dir);
        }
        Map<RecordType, Long> counts = new EnumMap<>(RecordType.class);
        Writer w = new BufferedWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        w.write("{\"schema\":\"" + RegistryDocument.REGISTRY_SCHEMA + "\"");
        for (RecordType t : RecordType.values()) {
            w.write(",\n\"" + t.jsonName() + "\":[");
            long n = 0;
            for (Path file : files(dir.resolve(t.jsonName()))) {
                try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    for (String line = r.readLine(); line != null; line = r.readLine()) {
                        if (line.isBlank()) {
                            continue;
                        }
                        w.write(n == 0 ? "\n" : ",\n");
                        w.write(line);
                        n++;
                    }
                }
            }
            w.write(n == 0 ? "]" : "\n]");
            counts.put(t, n);
        }
        w.write("\n}\n");
        w.flush();
        return counts;
    }

    /** The data files of a kind's directory, in name order; none if it does not exist. */
    static List<Path> files(Path kindDir) throws IOException {
        List<Path> files = new ArrayList<>();
        if (!Files.isDirectory(kindDir)) {
            return files;
        }
        try (Stream<Path> s = Files.list(kindDir)) {
            s.filter(Files::isRegularFile).filter(f -> {
                String n = f.getFileName().toString();
                return !n.startsWith(".") && !n.startsWith("_");
            }).sorted().forEach(files::add);
        }
        return files;
    }

    /** The JSON Lines file of one kind. */
    private static final class Writers {
        private final OutputStream stream;
        private final JsonGenerator generator;

        Writers(Path kindDir, JsonFactory factory) throws IOException {
            Files.createDirectories(kindDir);
            stream = new java.io.BufferedOutputStream(Files.newOutputStream(kindDir.resolve(PART)), 1 << 16);
            generator = factory.createGenerator(stream, JsonEncoding.UTF8);
            generator.setRootValueSeparator(null);
        }

        /** Copies the value the parser is at, token by token, numbers as written, onto one line. */
        void copy(JsonParser p) throws IOException {
            int depth = 0;
            do {
                JsonToken t = p.currentToken();
                if (t == null) {
                    throw new IOException("the document ends inside a record");
                }
                generator.copyCurrentEventExact(p);
                if (t.isStructStart()) {
                    depth++;
                } else if (t.isStructEnd()) {
                    depth--;
                }
            } while (depth > 0 && p.nextToken() != null);
            generator.writeRaw('\n');
        }

        void close() throws IOException {
            generator.close();
            stream.close();
        }
    }
}
