package org.renfang.model.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.IgnoredPropertyException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.renfang.model.ImmutableRegistryDocument;
import org.renfang.model.InvalidFieldException;
import org.renfang.model.MissingFieldsException;
import org.renfang.model.Record;
import org.renfang.model.RecordType;
import org.renfang.model.RegistryDocument;
import org.renfang.model.source.JsonProblem;
import org.renfang.model.source.ReadResult;

/**
 * Reads registry documents and registration payloads record by record, never holding the
 * document text in memory, and turns every problem into a {@link JsonProblem} with the JSON
 * Pointer of the offending value instead of throwing.
 *
 * <p>A record that cannot be read is left out and reading goes on with the next one; JSON that is
 * not well-formed (or over a limit of {@link RenfangJson}) stops reading at that point. Without
 * a mapper passed in, every problem of a record's fields is reported (a misspelled field, an
 * impossible date and a missing required field are three problems at three pointers): reading
 * goes on at the record's next field where the JSON is well-formed. With a mapper passed in
 * (databind) a record's first problem ends it, and only that one is reported.
 *
 * <pre>{@code
 * ReadResult r = RegistryReader.readRegistry(Files.newInputStream(path));
 * r.problems().forEach(p -> System.out.println(p.kind() + " " + p.pointer()));
 * Registry registry = Registry.of(r);
 * }</pre>
 *
 * <p>The methods without a mapper read with the library's own configuration (that of
 * {@link RenfangJson}), and bind records with a hand-written streaming binder that gives exactly
 * the records and problems databind would, at a fraction of the cost. With a mapper passed in
 * (a host's, with {@link RenfangModule}, or one from {@link RenfangJson#registryMapper()}), which
 * may be configured differently, records are bound by databind ({@code mapper.readerFor(type)}).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RegistryReader {

    private RegistryReader() {
    }

    private static ObjectReader[] readers(JsonMapper mapper) {
        ObjectReader[] readers = new ObjectReader[RecordType.values().length];
        for (RecordType t : RecordType.values()) {
            readers[t.ordinal()] = mapper.readerFor(t.type())
                    .without(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        }
        return readers;
    }

    /**
     * Reads a registry document from a stream, streaming, with the settings of {@link RenfangJson#registryReader()}.
     *
     * @param in the stream, not null; not closed
     * @return the result, not null
     * @throws UncheckedIOException if reading the stream fails (not for bad content)
     */
    public static ReadResult readRegistry(InputStream in) {
        return read(RenfangJson.sharedRegistryMapper(), in, RegistryDocument.REGISTRY_SCHEMA);
    }

    /**
     * Reads a registration payload, with the limits of {@link RenfangJson#payloadReader()}.
     *
     * @param bytes the payload, not null
     * @return the result, not null
     */
    public static ReadResult readPayload(byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        if (bytes.length > RenfangJson.MAX_PAYLOAD_BYTES) {
            return tooLarge(bytes.length);
        }
        return read(RenfangJson.sharedPayloadMapper(), m -> m.createParser(bytes), RegistryDocument.REGISTRATION_SCHEMA);
    }

    /**
     * Reads a registration payload from a stream, with the limits of {@link RenfangJson#payloadReader()}.
     *
     * @param in the stream, not null; not closed
     * @return the result, not null
     * @throws UncheckedIOException if reading the stream fails (not for bad content)
     */
    public static ReadResult readPayload(InputStream in) {
        Objects.requireNonNull(in, "in");
        return read(RenfangJson.sharedPayloadMapper(), in, RegistryDocument.REGISTRATION_SCHEMA);
    }

    private static ReadResult tooLarge(long size) {
        return ReadResult.of(RegistryDocument.registration().build(),
                List.of(new JsonProblem(JsonProblem.Kind.MALFORMED, "",
                        "document of " + size + " bytes exceeds " + RenfangJson.MAX_PAYLOAD_BYTES)),
                new int[RecordType.values().length][]);
    }

    /**
     * Reads a document with a given mapper.
     *
     * @param mapper        the mapper, not null: configured for the wire format (with
     *                      {@link RenfangModule}); records are bound by its databind readers
     * @param in            the stream, not null; not closed
     * @param defaultSchema the schema to assume when the document names none, not null
     * @return the result, not null
     * @throws UncheckedIOException if reading the stream fails (not for bad content)
     */
    public static ReadResult read(JsonMapper mapper, InputStream in, String defaultSchema) {
        Objects.requireNonNull(mapper, "mapper");
        Objects.requireNonNull(in, "in");
        return read(mapper, m -> m.createParser(in), defaultSchema);
    }

    /** Opens the parser of a document. */
    @FunctionalInterface
    private interface Source {
        JsonParser open(JsonMapper mapper) throws IOException;
    }

    private static ReadResult read(JsonMapper mapper, Source source, String defaultSchema) {
        Objects.requireNonNull(defaultSchema, "defaultSchema");
        // Ids are shared within a read of a registry (memory); a payload is too small to gain.
        State s = new State(mapper, !RegistryDocument.REGISTRATION_SCHEMA.equals(defaultSchema));
        String schema = null;
        boolean schemaSeen = false;
        try (JsonParser p = source.open(mapper)) {
            if (s.binder != null) {
                // RecordBinder and skip() find duplicate keys themselves, more cheaply.
                p.disable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
            }
            try {
                java.util.Set<String> keys = new java.util.HashSet<>();
                JsonToken t = p.nextToken();
                if (t != JsonToken.START_OBJECT) {
                    s.problem(JsonProblem.Kind.MALFORMED, "", t == null ? "empty document" : "expected a JSON object");
                    return s.finish(defaultSchema);
                }
                while ((t = nextKey(p, keys)) == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    if (!keys.add(name)) {
                        throw RecordBinder.duplicate(p, name);
                    }
                    RecordType type = RecordType.ofJsonName(name);
                    JsonToken v = p.nextToken();
                    if ("schema".equals(name)) {
                        schemaSeen = true;
                        if (v == JsonToken.VALUE_STRING && isSchema(p.getText())) {
                            schema = p.getText();
                        } else {
                            s.problem(JsonProblem.Kind.INVALID, "/schema",
                                    "expected \"" + RegistryDocument.REGISTRY_SCHEMA + "\" or \""
                                            + RegistryDocument.REGISTRATION_SCHEMA + "\"");
                            skip(p);
                        }
                        continue;
                    }
                    if (type == null) {
                        s.problem(JsonProblem.Kind.INVALID, "/" + escape(name), "unknown field");
                        skip(p);
                        continue;
                    }
                    if (v == JsonToken.VALUE_NULL) {
                        continue;
                    }
                    if (v != JsonToken.START_ARRAY) {
                        s.problem(JsonProblem.Kind.INVALID, "/" + name, "expected an array");
                        skip(p);
                        continue;
                    }
                    s.readArray(p, type);
                }
                if (t != JsonToken.END_OBJECT) {
                    s.problem(JsonProblem.Kind.MALFORMED, pointer(p), "malformed JSON");
                } else if (p.nextToken() != null) {
                    s.problem(JsonProblem.Kind.MALFORMED, "", "trailing content after the document");
                }
            } catch (StreamConstraintsException e) {
                s.problem(JsonProblem.Kind.MALFORMED, pointer(p), "limit exceeded: " + limitDetail(e));
            } catch (JsonProcessingException e) {
                s.problem(JsonProblem.Kind.MALFORMED, pointer(p), malformedDetail(e));
            } catch (java.io.CharConversionException e) {
                s.problem(JsonProblem.Kind.MALFORMED, pointer(p), "invalid character encoding");
            }
        } catch (java.io.CharConversionException e) {
            s.problem(JsonProblem.Kind.MALFORMED, "", "invalid character encoding");
        } catch (JsonProcessingException e) {
            s.problem(JsonProblem.Kind.MALFORMED, "", malformedDetail(e));
        } catch (IOException e) {
            throw new UncheckedIOException("reading JSON failed", e);
        }
        if (!schemaSeen) {
            s.problems.add(0, new JsonProblem(JsonProblem.Kind.REQUIRED, "/schema", "required field is missing"));
        }
        return s.finish(schema == null ? defaultSchema : schema);
    }

    private static boolean isSchema(String s) {
        return RegistryDocument.REGISTRY_SCHEMA.equals(s) || RegistryDocument.REGISTRATION_SCHEMA.equals(s);
    }

    /**
     * Reads the token after a value of an object, normally its next key. The parser reads a scalar
     * value's first token with its key: when that fails, a repeated key is still reported first,
     * as the parser's own detection (which checks the key as it reads it) does.
     */
    private static JsonToken nextKey(JsonParser p, java.util.Set<String> keys) throws IOException {
        try {
            return p.nextToken();
        } catch (JsonProcessingException e) {
            if (p.hasToken(JsonToken.FIELD_NAME) && keys != null && keys.contains(p.currentName())) {
                throw RecordBinder.duplicate(p, p.currentName());
            }
            throw e;
        }
    }

    /** Skips the current value, refusing duplicate keys in it as the parser's detection would. */
    private static void skip(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
            skipTo(p, p.getParsingContext().getParent(), List.of());
        }
    }

    /**
     * Reads on until the parser is back in {@code stop}, refusing a key met twice in one object.
     * {@code open} holds the keys already read in the objects open now, outermost first (objects
     * entered without reading a key may be missing at the end).
     */
    static void skipTo(JsonParser p, JsonStreamContext stop, List<List<String>> open) throws IOException {
        java.util.Map<Integer, java.util.Set<String>> keys = new java.util.HashMap<>();
        java.util.ArrayDeque<JsonStreamContext> chain = new java.util.ArrayDeque<>();
        for (JsonStreamContext c = p.getParsingContext(); c != null && c != stop; c = c.getParent()) {
            chain.push(c);
        }
        int i = 0;
        for (JsonStreamContext c : chain) {
            if (c.inObject()) {
                java.util.Set<String> met = new java.util.HashSet<>();
                if (i < open.size()) {
                    met.addAll(open.get(i));
                }
                i++;
                keys.put(c.getNestingDepth(), met);
            }
        }
        while (p.getParsingContext() != stop) {
            // after a key comes its value; after anything else in an object, possibly a key
            JsonToken t = p.hasToken(JsonToken.FIELD_NAME) ? p.nextToken()
                    : nextKey(p, keys.get(p.getParsingContext().getNestingDepth()));
            if (t == null) {
                return;
            }
            if (t == JsonToken.START_OBJECT) {
                keys.put(p.getParsingContext().getNestingDepth(), new java.util.HashSet<>());
            } else if (t == JsonToken.FIELD_NAME && !keys.computeIfAbsent(p.getParsingContext().getNestingDepth(),
                    k -> new java.util.HashSet<>()).add(p.currentName())) {
                throw RecordBinder.duplicate(p, p.currentName());
            }
        }
    }

    private static String pointer(JsonParser p) {
        try {
            JsonStreamContext ctx = p.getParsingContext();
            return ctx == null ? "" : ctx.pathAsPointer().toString();
        } catch (RuntimeException e) {
            return "";
        }
    }

    static String limitDetail(StreamConstraintsException e) {
        String m = String.valueOf(e.getOriginalMessage());
        if (m.contains("Document length")) {
            return "document exceeds " + RenfangJson.MAX_PAYLOAD_BYTES + " bytes";
        }
        if (m.contains("String value length") || m.contains("String length")) {
            return "string exceeds " + RenfangJson.MAX_STRING_LENGTH + " characters";
        }
        if (m.contains("Number value length") || m.contains("Number length")) {
            return "number exceeds " + RenfangJson.MAX_NUMBER_LENGTH + " digits";
        }
        if (m.contains("nesting depth") || m.contains("Nesting depth")) {
            return "nesting exceeds depth " + RenfangJson.MAX_NESTING_DEPTH;
        }
        if (m.contains("Name length") || m.contains("name length")) {
            return "field name exceeds " + RenfangJson.MAX_NAME_LENGTH + " characters";
        }
        return "input limit";
    }

    private static String malformedDetail(JsonProcessingException e) {
        String m = String.valueOf(e.getOriginalMessage());
        if (m.startsWith("Duplicate field")) {
            return "duplicate field";
        }
        if (m.contains("end-of-input")) {
            return "unexpected end of input";
        }
        return "malformed JSON";
    }

    static String escape(String name) {
        if (name.indexOf('~') < 0 && name.indexOf('/') < 0) {
            return name;
        }
        return name.replace("~", "~0").replace("/", "~1");
    }

    /**
     * Returns the error a databind exception wraps that stops reading: the parser's own syntax
     * error, or an over-long number (other limits leave the parser able to go on); null if none.
     */
    static JsonProcessingException notWellFormed(JsonMappingException e) {
        for (Throwable c = e.getCause(); c != null && c != c.getCause(); c = c.getCause()) {
            if (c instanceof StreamConstraintsException && limitDetail((StreamConstraintsException) c)
                    .startsWith("number")) {
                // The parser refuses an over-long number in the middle of its token and cannot
                // find the record's end after it: reading stops, as for a syntax error.
                return (JsonProcessingException) c;
            }
            if (c instanceof StreamConstraintsException || c instanceof InputCoercionException) {
                return null;
            }
            if (c instanceof JsonProcessingException && !(c instanceof JsonMappingException)) {
                return (JsonProcessingException) c;
            }
        }
        return null;
    }

    /**
     * Adds the problems of a databind exception: one per missing required field, else one.
     * Pointers are relative to the value read.
     */
    static void problemsOf(String base, JsonMappingException e, List<JsonProblem> out) {
        JsonProblem first = problemOf(base, e);
        Throwable cause = e.getCause();
        if (first.kind() == JsonProblem.Kind.REQUIRED && cause instanceof MissingFieldsException) {
            List<String> fields = ((MissingFieldsException) cause).fields();
            String at = first.pointer().substring(0, first.pointer().length() - fields.get(0).length());
            for (String f : fields) {
                out.add(new JsonProblem(JsonProblem.Kind.REQUIRED, at + escape(f), "required field is missing"));
            }
        } else {
            out.add(first);
        }
    }

    /** Turns a databind exception into a problem whose pointer is relative to the value read. */
    static JsonProblem problemOf(String base, JsonMappingException e) {
        StringBuilder sb = new StringBuilder(base);
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                sb.append('/').append(escape(r.getFieldName()));
            } else if (r.getIndex() >= 0) {
                sb.append('/').append(r.getIndex());
            }
        }
        String at = sb.toString();
        Throwable cause = e.getCause();
        if (cause instanceof StreamConstraintsException) {
            return new JsonProblem(JsonProblem.Kind.INVALID, at,
                    "limit exceeded: " + limitDetail((StreamConstraintsException) cause));
        }
        if (e instanceof ValueInstantiationException || cause instanceof MissingFieldsException
                || cause instanceof InvalidFieldException) {
            if (cause instanceof MissingFieldsException) {
                return new JsonProblem(JsonProblem.Kind.REQUIRED,
                        at + "/" + ((MissingFieldsException) cause).fields().get(0), "required field is missing");
            }
            if (cause instanceof InvalidFieldException) {
                InvalidFieldException f = (InvalidFieldException) cause;
                return new JsonProblem(JsonProblem.Kind.INVALID, f.field() == null ? at : at + "/" + f.field(),
                        f.getMessage());
            }
            return new JsonProblem(JsonProblem.Kind.INVALID, at, "invalid value");
        }
        if (e instanceof UnrecognizedPropertyException || e instanceof IgnoredPropertyException) {
            return new JsonProblem(JsonProblem.Kind.INVALID, at, "unknown field");
        }
        if (e instanceof InvalidNullException) {
            return new JsonProblem(JsonProblem.Kind.INVALID, at, "null is not allowed here");
        }
        if (e instanceof InvalidFormatException) {
            Class<?> target = ((InvalidFormatException) e).getTargetType();
            return new JsonProblem(JsonProblem.Kind.INVALID, at, "invalid value for " + typeName(target));
        }
        if (e instanceof InvalidTypeIdException) {
            return new JsonProblem(JsonProblem.Kind.INVALID, at, "invalid value");
        }
        if (e instanceof MismatchedInputException) {
            Class<?> target = ((MismatchedInputException) e).getTargetType();
            return new JsonProblem(JsonProblem.Kind.INVALID, at, "wrong JSON type for " + typeName(target));
        }
        if (cause instanceof IllegalArgumentException || cause instanceof IllegalStateException
                || cause instanceof NullPointerException || cause instanceof java.time.DateTimeException) {
            return new JsonProblem(JsonProblem.Kind.INVALID, at, "invalid value");
        }
        return new JsonProblem(JsonProblem.Kind.INVALID, at, "invalid value");
    }

    private static String typeName(Class<?> target) {
        if (target == null) {
            return "value";
        }
        if (target.isEnum()) {
            return "enum " + target.getSimpleName();
        }
        String n = target.getSimpleName();
        if (n.startsWith("Immutable")) {
            n = n.substring("Immutable".length());
        }
        if (n.equals("Json") && target.getEnclosingClass() != null) {
            n = target.getEnclosingClass().getSimpleName().replace("Immutable", "");
        }
        return n;
    }

    /** Mutable reading state of one document. */
    private static final class State {
        /** The binder of the shared mappers, or null; then the databind readers of the mapper. */
        private final RecordBinder binder;
        private final ObjectReader[] readers;
        @SuppressWarnings({"unchecked", "rawtypes"})
        private final List<Object>[] records = new List[RecordType.values().length];
        private final int[][] sourceIndex = new int[RecordType.values().length][];
        private final int[] dropped = new int[RecordType.values().length];
        private final List<JsonProblem> problems = new ArrayList<>();

        State(JsonMapper mapper, boolean shareIds) {
            boolean shared = mapper == RenfangJson.sharedRegistryMapper() || mapper == RenfangJson.sharedPayloadMapper();
            // The shared mappers' configuration is the wire format, which RecordBinder implements;
            // another mapper may be configured otherwise and binds with databind.
            binder = shared ? new RecordBinder(mapper, shareIds) : null;
            readers = shared ? null : readers(mapper);
            Object ids = shareIds && !shared ? org.renfang.model.IdDeserializer.newCache() : null;
            for (RecordType t : RecordType.values()) {
                if (ids != null) {
                    readers[t.ordinal()] = readers[t.ordinal()]
                            .withAttribute(org.renfang.model.IdDeserializer.CACHE_ATTRIBUTE, ids);
                }
                records[t.ordinal()] = new ArrayList<>();
            }
        }

        void problem(JsonProblem.Kind kind, String pointer, String detail) {
            problems.add(new JsonProblem(kind, pointer, detail));
        }

        void readArray(JsonParser p, RecordType type) throws IOException {
            int o = type.ordinal();
            ObjectReader reader = readers == null ? null : readers[o];
            List<Object> list = records[o];
            int base = list.size() + dropped[o];
            int index = 0;
            JsonStreamContext arrayCtx = p.getParsingContext();
            JsonToken t;
            while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                if (t == null) {
                    problem(JsonProblem.Kind.MALFORMED, pointer(p), "unexpected end of input");
                    return;
                }
                int source = base + index++;
                if (t != JsonToken.START_OBJECT) {
                    problem(JsonProblem.Kind.INVALID, type.pointer(source),
                            t == JsonToken.VALUE_NULL ? "null is not allowed here" : "expected a JSON object");
                    skip(p);
                    drop(o, source);
                    continue;
                }
                String at = type.pointer(source);
                try {
                    Object value = binder != null ? binder.read(p, type) : reader.readValue(p);
                    keep(o, list, source, value);
                } catch (JsonMappingException e) {
                    fieldErrors(at);
                    JsonProcessingException notWellFormed = notWellFormed(e);
                    if (notWellFormed != null) {
                        // A syntax error (a duplicate key, a bad token) deep inside a record
                        // arrives wrapped; it stops reading like one at the top level.
                        throw notWellFormed;
                    }
                    if (!(e instanceof RecordBinder.FieldErrors)) {
                        problemsOf(at, e, problems);
                    }
                    drop(o, source);
                    recover(p, arrayCtx);
                } catch (InputCoercionException e) {
                    fieldErrors(at);
                    problem(JsonProblem.Kind.INVALID, pointer(p), "number out of range");
                    drop(o, source);
                    recover(p, arrayCtx);
                } catch (IOException e) {
                    // not well-formed (or the stream failed): the errors of the fields before it
                    // first, then reading stops
                    fieldErrors(at);
                    throw e;
                }
            }
        }

        /** Adds the problems of the fields of a record that the binder read past (none with databind). */
        private void fieldErrors(String at) {
            if (binder != null) {
                for (JsonMappingException e : binder.takeFieldErrors()) {
                    problemsOf(at, e, problems);
                }
            }
        }

        /**
         * Skips the rest of a record that could not be read, up to the array holding it, refusing
         * duplicate keys there too (also against the keys read before the error).
         */
        private void recover(JsonParser p, JsonStreamContext arrayCtx) throws IOException {
            skipTo(p, arrayCtx, binder == null ? List.of() : binder.openNames());
        }

        private void keep(int o, List<Object> list, int source, Object value) {
            list.add(value);
            int[] map = sourceIndex[o];
            if (map != null) {
                int pos = list.size() - 1;
                if (pos >= map.length) {
                    map = java.util.Arrays.copyOf(map, Math.max(16, map.length * 2));
                    sourceIndex[o] = map;
                }
                map[pos] = source;
            }
        }

        private void drop(int o, int source) {
            if (sourceIndex[o] == null) {
                int n = records[o].size();
                int[] map = new int[Math.max(16, n * 2)];
                for (int i = 0; i < n; i++) {
                    map[i] = i;
                }
                sourceIndex[o] = map;
            }
            dropped[o]++;
        }

        @SuppressWarnings("unchecked")
        ReadResult finish(String schema) {
            ImmutableRegistryDocument.Builder b = ImmutableRegistryDocument.builder().schema(schema);
            for (RecordType t : RecordType.values()) {
                t.set(b, (List<? extends Record<?>>) (List<?>) records[t.ordinal()]);
            }
            return ReadResult.of(b.build(), problems, sourceIndex);
        }
    }
}
