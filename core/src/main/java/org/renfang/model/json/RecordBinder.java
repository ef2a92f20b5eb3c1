package org.renfang.model.json;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.PropertyMetadata;
import com.fasterxml.jackson.databind.PropertyName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.deser.DefaultDeserializationContext;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.TypeFactory;
import java.io.IOException;
import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.renfang.model.IdDeserializer;
import org.renfang.model.IdShorthand;
import org.renfang.model.InvalidFieldException;
import org.renfang.model.MissingFieldsException;
import org.renfang.model.RecordField;
import org.renfang.model.RecordId;
import org.renfang.model.RecordType;

/**
 * Binds the records of the two shared {@link RenfangJson} mappers straight from the token stream
 * into the Immutables builders, without databind's bean machinery (reflective setters, the
 * {@code Json} delegate objects, {@code Optional} wrappers): binding was most of the time of a
 * payload validation and of a bulk read.
 *
 * <p>The binder is generic: what it knows of the model is derived once per type, when the type
 * is first read, from the model's own declarations ({@link RecordField#of(Class)}: the
 * {@code @JsonProperty} accessors of each Immutables interface, and the builder of its
 * {@code @JsonDeserialize(as = …)} implementation). Each type gets a {@link Table}: its fields in
 * the order of its {@code @JsonPropertyOrder} and by JSON name, each with a reader chosen by the
 * field's type and a setter of the builder made with {@link LambdaMetafactory} (no reflection per
 * record). A field is found by comparing the parser's interned name by identity with the fields
 * expected next in that order, and only otherwise by a map look-up; strings, dates and ids are
 * read without a call through the field's reader. No field name is written here.
 *
 * <p>The contract is equality with databind: for every input, the records and the problems are
 * those {@code mapper.readerFor(type)} would give (see {@code RecordBinderDifferentialTest}),
 * except that after the first problem of a record's fields the binder reads on and reports the
 * others too (see {@link #read}). The
 * well-formed, expected shape of each value is bound here; anything else (a wrong JSON type, a
 * value to coerce or to refuse) is handed to the mapper's own deserializer for that value, so
 * that the accepted values and the exceptions are databind's by construction. Errors carry the
 * same exception types and paths as databind's, and {@link RegistryReader} turns them into
 * problems as before.
 *
 * <p>One instance reads one document on one thread.
 */
final class RecordBinder {

    private static final TypeFactory TYPES = TypeFactory.defaultInstance();
    private static final JavaType STRING = TYPES.constructType(String.class);
    private static final JavaType DATE = TYPES.constructType(LocalDate.class);
    private static final JavaType DECIMAL = TYPES.constructType(BigDecimal.class);
    private static final JavaType INSTANT = TYPES.constructType(OffsetDateTime.class);
    private static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();

    /** The table of each type of the model, derived when first needed. */
    static final ClassValue<Table> TABLES = new ClassValue<>() {
        @Override
        protected Table computeValue(Class<?> type) {
            return new Table(type);
        }
    };
    /** The id kind of each id type, numbered in the order met. */
    private static final ClassValue<IdKind> ID_KINDS = new ClassValue<>() {
        @Override
        protected IdKind computeValue(Class<?> type) {
            return new IdKind(type);
        }
    };
    private static final ClassValue<EnumNames> ENUMS = new ClassValue<>() {
        @Override
        protected EnumNames computeValue(Class<?> type) {
            return new EnumNames(type);
        }
    };

    private final JsonMapper mapper;
    /** The field names met so far in each open object of the record, outermost first. */
    private final String[][] names = new String[RenfangJson.MAX_NESTING_DEPTH + 1][];
    private final int[] counts = new int[RenfangJson.MAX_NESTING_DEPTH + 1];
    /** The number of open objects; after an error, those the error left open. */
    private int depth;
    /** One table per id kind sharing one instance per id text, or null when ids are not shared. */
    private IdTable[] ids;
    private DefaultDeserializationContext context;
    /** The errors of the current record's fields met so far, each with its field in its path. */
    private final List<JsonMappingException> fieldErrors = new ArrayList<>();

    /**
     * @param mapper   the mapper whose deserializers take the values not bound here, not null
     * @param shareIds whether every occurrence of the same id text shares one id instance
     */
    RecordBinder(JsonMapper mapper, boolean shareIds) {
        this.mapper = mapper;
        this.ids = shareIds ? new IdTable[IdKind.COUNT.get() + 1] : null;
    }

    /**
     * Reads one record; the parser is on its {@code START_OBJECT} and is left on its
     * {@code END_OBJECT}.
     *
     * <p>Unlike databind, an error in one field of the record (a wrong value, an unknown field, a
     * nested value that cannot be read) does not end the record: it is kept, the rest of that
     * field's value is skipped (refusing duplicate keys in it) and reading goes on with the next
     * field. A record with such errors then ends in {@link FieldErrors}, and
     * {@link #takeFieldErrors()} gives each error and, last, the required fields missing besides
     * the fields that failed. An error that leaves the JSON unreadable (a syntax error, a
     * duplicate key, an over-long number) is thrown as it is met; the errors of the fields before
     * it are in {@link #takeFieldErrors()} too. Inside a nested object the first error ends it, as
     * in databind.
     *
     * @throws JsonMappingException as databind would, with the path below the record, for an
     *                              error that ends reading; {@link FieldErrors} after field errors
     */
    Object read(JsonParser p, RecordType type) throws IOException {
        return read(p, type.type());
    }

    /**
     * Reads one value of a type of the model as {@link #read(JsonParser, RecordType)} reads a
     * record: any Immutables interface with {@code @JsonProperty} accessors and
     * {@code @JsonDeserialize(as = …)} is bound from its declarations alone.
     *
     * @param type the interface, not null
     * @throws IllegalArgumentException if the type is not bound so
     */
    Object read(JsonParser p, Class<?> type) throws IOException {
        depth = 0;
        fieldErrors.clear();
        return object(p, TABLES.get(type));
    }

    /**
     * Reads a value nested in a record: an object of a model type, or any other token for the
     * mapper's deserializer of that type to take or refuse.
     */
    private Object nested(JsonParser p, JsonToken start, Table table) throws IOException {
        if (start != JsonToken.START_OBJECT) {
            return delegate(p, table.type);
        }
        return object(p, table);
    }

    /**
     * Reads an object, the parser on its {@code START_OBJECT}, field by field into a builder: a
     * repeated key is refused, a null value counts as absent (the mappers' Nulls.SKIP), and an
     * error is wrapped with the field name as databind's bean deserializer does. At the record's
     * own level a field's error is kept and reading goes on (see {@link #read}).
     */
    private Object object(JsonParser p, Table table) throws IOException {
        Object builder = table.builder.get();
        int level = open();
        JsonStreamContext record = level == 0 ? p.getParsingContext() : null;
        Set<String> failed = null;
        int next = 0; // the position after the last field met: the next one expected there
        for (String f = name(p, level); f != null; f = name(p, level)) {
            JsonToken t = p.nextToken();
            if (t == JsonToken.VALUE_NULL) {
                table.check(p, f);
                continue;
            }
            try {
                Slot slot = table.slot(f, next);
                if (slot == null) {
                    throw table.unknown(p, f);
                }
                next = slot.position + 1;
                slot.setter.accept(builder, value(slot, p, t));
            } catch (Exception e) {
                IOException w = wrap(e, f);
                if (record == null || !(w instanceof JsonMappingException)
                        || RegistryReader.notWellFormed((JsonMappingException) w) != null) {
                    throw w;
                }
                StreamConstraintsException limit = limitOtherThanString(w);
                if (limit != null && !fieldErrors.isEmpty()) {
                    // Databind, skipping the rest of a record after its first error, meets such a
                    // limit (a field name, the nesting) as the parser's own error: so does the binder.
                    throw limit;
                }
                fieldErrors.add((JsonMappingException) w);
                if (failed == null) {
                    failed = new LinkedHashSet<>();
                }
                failed.add(f);
                // on to the end of this field's value, refusing duplicate keys in what is skipped
                RegistryReader.skipTo(p, record, openNames().subList(level + 1, depth));
                depth = level + 1;
            }
        }
        depth--;
        if (failed != null) {
            missingBesides(p, table, builder, failed);
            throw new FieldErrors(p);
        }
        return build(p, table, builder);
    }

    /** The input limit other than a string's length behind an error, or null. */
    private static StreamConstraintsException limitOtherThanString(Throwable e) {
        for (Throwable c = e.getCause(); c != null && c != c.getCause(); c = c.getCause()) {
            if (c instanceof StreamConstraintsException) {
                StreamConstraintsException limit = (StreamConstraintsException) c;
                return RegistryReader.limitDetail(limit).startsWith("string") ? null : limit;
            }
        }
        return null;
    }

    /** Adds the required fields a record with field errors misses, other than those that failed. */
    private void missingBesides(JsonParser p, Table table, Object builder, Set<String> failed) {
        try {
            table.build.apply(builder);
        } catch (RuntimeException e) {
            if (e instanceof MissingFieldsException) {
                List<String> missing = new ArrayList<>(((MissingFieldsException) e).fields());
                missing.removeAll(failed);
                if (!missing.isEmpty()) {
                    fieldErrors.add(ValueInstantiationException.from(p, "cannot build " + table.raw.getSimpleName(),
                            table.type, new MissingFieldsException(missing.toArray(new String[0]))));
                }
            }
            // any other check of the whole record may involve a failed field: the field's own error stands
        }
    }

    /**
     * Returns the errors of the current record's fields (see {@link #read}) and forgets them.
     *
     * @return the errors, in the order met, then the missing required fields; empty if none
     */
    List<JsonMappingException> takeFieldErrors() {
        List<JsonMappingException> errors = List.copyOf(fieldErrors);
        fieldErrors.clear();
        return errors;
    }

    /** Ends a record whose fields had errors; the errors are {@link #takeFieldErrors()}. */
    static final class FieldErrors extends JsonMappingException {
        private static final long serialVersionUID = 1L;

        FieldErrors(JsonParser p) {
            super(p, "the record has field errors");
        }
    }

    // Duplicate keys. The binder finds them itself (the parser's detection allocates a set per
    // object, which was a sixth of a payload read): the names of each open object are kept per
    // nesting level, compared by identity first (the parser interns names). After an error the
    // names of the objects left open tell RegistryReader which keys its skipping must refuse.

    private int open() {
        counts[depth] = 0;
        if (names[depth] == null) {
            names[depth] = new String[16];
        }
        return depth++;
    }

    /**
     * Reads the next key of the object at {@code level}, or null at its end, refusing a key met
     * before. The parser reads a scalar value's first token with its key: when that fails, a
     * repeated key is still reported first, as the parser's own detection (which checks the key
     * as it reads it) does.
     */
    private String name(JsonParser p, int level) throws IOException {
        String name;
        try {
            name = p.nextFieldName();
        } catch (JsonProcessingException e) {
            String key = p.hasToken(JsonToken.FIELD_NAME) ? p.currentName() : null;
            if (key != null && met(level, key)) {
                throw duplicate(p, key);
            }
            throw e;
        }
        if (name != null) {
            seen(p, level, name);
        }
        return name;
    }

    private boolean met(int level, String name) {
        String[] met = names[level];
        for (int i = 0, n = counts[level]; i < n; i++) {
            if (met[i] == name || met[i].hashCode() == name.hashCode() && met[i].equals(name)) {
                return true;
            }
        }
        return false;
    }

    static JsonParseException duplicate(JsonParser p, String name) {
        return new JsonParseException(p, "Duplicate field '" + name + "'");
    }

    private void seen(JsonParser p, int level, String name) throws JsonParseException {
        if (met(level, name)) {
            throw duplicate(p, name);
        }
        String[] met = names[level];
        int n = counts[level];
        if (n == met.length) {
            met = Arrays.copyOf(met, n * 2);
            names[level] = met;
        }
        met[n] = name;
        counts[level] = n + 1;
    }

    /**
     * Returns the field names met in the objects a failed read left open, outermost (the record)
     * first.
     */
    List<List<String>> openNames() {
        List<List<String>> open = new ArrayList<>(depth);
        for (int i = 0; i < depth; i++) {
            open.add(Arrays.asList(names[i]).subList(0, counts[i]));
        }
        return open;
    }

    // Values. The expected token is bound here; any other is the mapper's deserializer's to
    // take or refuse. A value the deserializer turns into null counts as absent.

    /**
     * Reads a field's value: the most frequent kinds of value straight from here (a call the JIT
     * inlines), any other through the slot's reader.
     */
    private Object value(Slot slot, JsonParser p, JsonToken t) throws IOException {
        switch (slot.kind) {
            case STRING:
                return string(p, t);
            case DATE:
                return date(p, t);
            case ID:
                return id(p, t, slot.id);
            default:
                return slot.reader.read(this, p, t);
        }
    }

    private String string(JsonParser p, JsonToken t) throws IOException {
        return t == JsonToken.VALUE_STRING ? p.getText() : (String) delegate(p, STRING);
    }

    private LocalDate date(JsonParser p, JsonToken t) throws IOException {
        if (t == JsonToken.VALUE_STRING) {
            LocalDate d = StrictLocalDateDeserializer.parse(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
            if (d != null) {
                return d;
            }
        }
        return (LocalDate) delegate(p, DATE);
    }

    private BigDecimal decimal(JsonParser p, JsonToken t) throws IOException {
        if (t == JsonToken.VALUE_NUMBER_FLOAT || t == JsonToken.VALUE_NUMBER_INT) {
            BigDecimal d = p.getDecimalValue();
            if (StrictDecimalDeserializer.isBounded(d)) {
                return d;
            }
        }
        return (BigDecimal) delegate(p, DECIMAL);
    }

    private Object bool(JsonParser p, JsonToken t, JavaType type) throws IOException {
        if (t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE) {
            return t == JsonToken.VALUE_TRUE;
        }
        return delegate(p, type);
    }

    private Object integer(JsonParser p, JsonToken t, JavaType type) throws IOException {
        if (t == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.INT) {
            return p.getIntValue();
        }
        return delegate(p, type);
    }

    private RecordId id(JsonParser p, JsonToken t, IdKind kind) throws IOException {
        if (t != JsonToken.VALUE_STRING) {
            return (RecordId) delegate(p, kind.type);
        }
        if (ids == null) {
            return kind.create(p, p.getText());
        }
        if (kind.index >= ids.length) {
            ids = Arrays.copyOf(ids, kind.index + 1);
        }
        IdTable shared = ids[kind.index];
        if (shared == null) {
            shared = new IdTable();
            ids[kind.index] = shared;
        }
        char[] chars = p.getTextCharacters();
        int offset = p.getTextOffset();
        int length = p.getTextLength();
        // the limit getText() enforces, with its exception, for the text not made a String here
        p.streamReadConstraints().validateStringLength(length);
        RecordId id = shared.find(chars, offset, length, IdTable.hash(chars, offset, length));
        return id != null ? id : shared.add(kind.create(p, new String(chars, offset, length)));
    }

    /**
     * Reads an array into {@code out}, element by element, as databind's collection deserializer
     * does: a null element is refused, and any error is wrapped with the index the element would
     * have had in the collection.
     */
    @SuppressWarnings("unchecked")
    private Collection<Object> collection(JsonParser p, JsonToken t, JavaType type, Collection<Object> out,
            Reader element) throws IOException {
        if (t != JsonToken.START_ARRAY) {
            Collection<Object> c = (Collection<Object>) delegate(p, type);
            return c == null ? out : c;
        }
        JsonToken e;
        while ((e = p.nextToken()) != JsonToken.END_ARRAY) {
            try {
                if (e == JsonToken.VALUE_NULL) {
                    throw InvalidNullException.from(context(p), PropertyName.NO_NAME, type.getContentType());
                }
                Object v = element.read(this, p, e);
                if (v == null) {
                    throw ValueInstantiationException.from(p, "null element", type, new NullPointerException());
                }
                out.add(v);
            } catch (Exception x) {
                throw JsonMappingException.wrapWithPath(x, (Object) null, out.size());
            }
        }
        return out;
    }

    private static Object build(JsonParser p, Table table, Object builder) throws JsonMappingException {
        try {
            return table.build.apply(builder);
        } catch (RuntimeException e) {
            throw ValueInstantiationException.from(p, "cannot build " + table.raw.getSimpleName(), table.type, e);
        }
    }

    /** The mapper's own deserializer reads the current value (the shape not bound here). */
    private Object delegate(JsonParser p, JavaType type) throws IOException {
        DeserializationContext c = context(p);
        // A collection is a property value, as in databind (a root collection cannot have the
        // mappers' content nulls setting).
        JsonDeserializer<Object> d = type.isContainerType()
                ? c.findContextualValueDeserializer(type, new BeanProperty.Std(PropertyName.construct("value"), type,
                        null, null, PropertyMetadata.STD_OPTIONAL))
                : c.findRootValueDeserializer(type);
        return d.deserialize(p, c);
    }

    private DeserializationContext context(JsonParser p) {
        if (context == null) {
            context = ((DefaultDeserializationContext) mapper.getDeserializationContext())
                    .createInstance(mapper.getDeserializationConfig(), p, mapper.getInjectableValues());
        }
        return context;
    }

    /**
     * Wraps an error of a field as databind's bean deserializer does: a JSON error (even a syntax
     * error or a limit) or a runtime exception gets the field in its path; another I/O error goes
     * on as it is.
     */
    private static IOException wrap(Exception e, String field) {
        if (e instanceof IOException && !(e instanceof com.fasterxml.jackson.core.JsonProcessingException)) {
            return (IOException) e;
        }
        return JsonMappingException.wrapWithPath(e, (Object) null, field);
    }

    /** Reads one value (a field's, or an element's), whose token is not null. */
    @FunctionalInterface
    private interface Reader {
        Object read(RecordBinder binder, JsonParser p, JsonToken t) throws IOException;
    }

    /** The kinds of value {@link #value} reads without a call through the slot's reader. */
    private enum Kind {
        STRING, DATE, ID, OTHER
    }

    /**
     * A field of a table: its name (interned, as the parser's names are), its position in the
     * type's {@code @JsonPropertyOrder}, how its value is read, and the builder's setter.
     */
    static final class Slot {
        final String name;
        final int position;
        final Kind kind;
        /** The id kind of an {@link Kind#ID} value, else null. */
        final IdKind id;
        final Reader reader;
        final BiConsumer<Object, Object> setter;

        Slot(RecordField f, int position, Reader reader, BiConsumer<Object, Object> setter) {
            this.name = f.name().intern();
            this.position = position;
            boolean one = f.shape() == RecordField.Shape.ONE || f.shape() == RecordField.Shape.OPTIONAL;
            Class<?> c = f.valueType();
            if (one && c == String.class) {
                kind = Kind.STRING;
            } else if (one && c == LocalDate.class) {
                kind = Kind.DATE;
            } else if (one && RecordId.class.isAssignableFrom(c)) {
                kind = Kind.ID;
            } else {
                kind = Kind.OTHER;
            }
            this.id = kind == Kind.ID ? ID_KINDS.get(c) : null;
            this.reader = reader;
            this.setter = setter;
        }
    }

    /**
     * What the binder knows of one type of the model, derived from its declarations: its fields
     * ({@link RecordField#of}), the builder of its Immutables implementation, and for each field
     * a reader by the field's type and the builder's setter of that field.
     */
    static final class Table {
        final Class<?> raw;
        final JavaType type;
        final Map<String, Slot> slots = new HashMap<>();
        /** The slots in the order of the type's {@code @JsonPropertyOrder}, which writers follow. */
        final Slot[] ordered;
        private final List<String> names = new ArrayList<>();
        final Supplier<Object> builder;
        final Function<Object, Object> build;

        @SuppressWarnings("unchecked")
        Table(Class<?> raw) {
            this.raw = raw;
            this.type = TYPES.constructType(raw);
            JsonDeserialize as = raw.getAnnotation(JsonDeserialize.class);
            if (as == null || as.as() == Void.class) {
                throw new IllegalArgumentException("not a bound type of the model: " + raw.getName());
            }
            try {
                Method factory = as.as().getMethod("builder");
                Class<?> builderType = factory.getReturnType();
                builder = lambda(Supplier.class, "get", MethodType.methodType(Object.class),
                        LOOKUP.unreflect(factory));
                build = lambda(Function.class, "apply", MethodType.methodType(Object.class, Object.class),
                        LOOKUP.unreflect(builderType.getMethod("build")));
                List<RecordField> fields = RecordField.of(raw);
                ordered = new Slot[fields.size()];
                for (RecordField f : fields) {
                    Slot slot = new Slot(f, names.size(), reader(f), setter(builderType, f));
                    ordered[slot.position] = slot;
                    names.add(f.name());
                    slots.put(f.name(), slot);
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot bind " + raw.getName(), e);
            }
        }

        /**
         * Finds the slot of a field name. Fields mostly come in the declared order, some left
         * out: the slots from {@code from} on are compared by identity first (the parser interns
         * names, as {@link Slot#name} is), then the name is looked up in the map.
         *
         * @param name the field name
         * @param from the position after the previous field's
         * @return the slot, or null for an unknown field
         */
        Slot slot(String name, int from) {
            Slot[] o = ordered;
            for (int i = from; i < o.length; i++) {
                if (o[i].name == name) {
                    return o[i];
                }
            }
            return slots.get(name);
        }

        /** Refuses an unknown field whose value is null (a known one is skipped: null is absent). */
        void check(JsonParser p, String name) throws JsonMappingException {
            if (!slots.containsKey(name)) {
                throw JsonMappingException.wrapWithPath(unknown(p, name), (Object) null, name);
            }
        }

        /** The exception of an unknown field, without the path, which the field loop adds. */
        JsonMappingException unknown(JsonParser p, String name) {
            return new UnrecognizedPropertyException(p, "unknown field", p.currentLocation(), raw, name,
                    List.copyOf(names));
        }

        /** The builder's setter of a field: the one-value overload, or the Iterable one of a collection. */
        @SuppressWarnings("unchecked")
        private static BiConsumer<Object, Object> setter(Class<?> builderType, RecordField f)
                throws ReflectiveOperationException {
            Class<?> param;
            switch (f.shape()) {
                case LIST:
                case SET:
                    param = Iterable.class;
                    break;
                case OPTIONAL:
                    param = f.valueType();
                    break;
                default:
                    param = f.accessor().getReturnType();
                    break;
            }
            MethodHandle m = LOOKUP.unreflect(builderType.getMethod(f.accessor().getName(), param));
            return lambda(BiConsumer.class, "accept", MethodType.methodType(void.class, Object.class, Object.class), m);
        }

        /** The reader of a field's value, by its shape and type. */
        private static Reader reader(RecordField f) {
            if (f.shape() == RecordField.Shape.ONE || f.shape() == RecordField.Shape.OPTIONAL) {
                return value(f.valueType());
            }
            boolean set = f.shape() == RecordField.Shape.SET;
            JavaType collection = TYPES.constructType(f.genericType());
            Reader element = value(f.valueType());
            JsonDeserialize using = f.accessor().getAnnotation(JsonDeserialize.class);
            if (using != null && using.contentUsing() != JsonDeserializer.None.class) {
                // the elements are read as the field's annotation reads them; an object of a
                // model type is bound here, any other token is the annotation's deserializer's
                JsonDeserializer<?> content = instantiate(using.contentUsing());
                collection = collection.withContentValueHandler(content);
                Reader object = element;
                if (content instanceof IdShorthand) {
                    // a string is an id, read (and shared) here, standing for a value of the type
                    IdShorthand<?> shorthand = (IdShorthand<?>) content;
                    IdKind kind = ID_KINDS.get(shorthand.idType());
                    element = (b, p, t) -> t == JsonToken.START_OBJECT ? object.read(b, p, t)
                            : t == JsonToken.VALUE_STRING ? shorthand.fromId(b.id(p, t, kind))
                            : content.deserialize(p, b.context(p));
                } else {
                    element = (b, p, t) -> t == JsonToken.START_OBJECT ? object.read(b, p, t)
                            : content.deserialize(p, b.context(p));
                }
            }
            JavaType type = collection;
            Reader each = element;
            return set ? (b, p, t) -> b.collection(p, t, type, new LinkedHashSet<>(), each)
                    : (b, p, t) -> b.collection(p, t, type, new ArrayList<>(), each);
        }

        /** The reader of one value of a type. */
        private static Reader value(Class<?> c) {
            if (c == String.class) {
                return (b, p, t) -> b.string(p, t);
            }
            if (c == LocalDate.class) {
                return (b, p, t) -> b.date(p, t);
            }
            if (c == BigDecimal.class) {
                return (b, p, t) -> b.decimal(p, t);
            }
            if (c == boolean.class || c == Boolean.class) {
                JavaType type = TYPES.constructType(c);
                return (b, p, t) -> b.bool(p, t, type);
            }
            if (c == Integer.class || c == int.class) {
                JavaType type = TYPES.constructType(c);
                return (b, p, t) -> b.integer(p, t, type);
            }
            if (c == OffsetDateTime.class) {
                return (b, p, t) -> b.delegate(p, INSTANT);
            }
            if (RecordId.class.isAssignableFrom(c)) {
                IdKind kind = ID_KINDS.get(c);
                return (b, p, t) -> b.id(p, t, kind);
            }
            if (c.isEnum()) {
                EnumNames names = ENUMS.get(c);
                return (b, p, t) -> names.read(b, p, t);
            }
            Table nested = TABLES.get(c); // a value of the model nested in a record
            return (b, p, t) -> b.nested(p, t, nested);
        }

        private static JsonDeserializer<?> instantiate(Class<?> type) {
            try {
                return (JsonDeserializer<?>) type.getConstructor().newInstance();
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot make " + type.getName(), e);
            }
        }
    }

    /** An implementation of a functional interface calling a method handle, made once. */
    @SuppressWarnings("unchecked")
    static <F> F lambda(Class<? super F> type, String method, MethodType erased, MethodHandle target)
            throws ReflectiveOperationException {
        MethodType instantiated = target.type().wrap().changeReturnType(
                erased.returnType() == void.class ? void.class : target.type().wrap().returnType());
        try {
            return (F) LambdaMetafactory.metafactory(LOOKUP, method, MethodType.methodType(type), erased, target,
                    instantiated).getTarget().invoke();
        } catch (ReflectiveOperationException | RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    /** A typed id: its slot in the sharing tables, its class and its factory. */
    private static final class IdKind {
        static final AtomicInteger COUNT = new AtomicInteger();
        final int index;
        final JavaType type;
        private final Function<String, RecordId> factory;

        IdKind(Class<?> type) {
            this.index = COUNT.getAndIncrement();
            this.type = TYPES.constructType(type);
            this.factory = IdDeserializer.factory(type);
            if (factory == null) {
                throw new IllegalArgumentException("not an id type of the model: " + type.getName());
            }
        }

        RecordId create(JsonParser p, String text) throws JsonMappingException {
            try {
                return factory.apply(text);
            } catch (InvalidFieldException e) {
                throw JsonMappingException.from(p, e.getMessage(), e);
            }
        }
    }

    /** An enum read by constant name; any other value is the mapper's to refuse. */
    private static final class EnumNames {
        private final JavaType type;
        private final Map<String, Object> byName = new HashMap<>();

        EnumNames(Class<?> type) {
            this.type = TYPES.constructType(type);
            for (Object e : type.getEnumConstants()) {
                byName.put(((Enum<?>) e).name(), e);
            }
        }

        Object read(RecordBinder binder, JsonParser p, JsonToken t) throws IOException {
            if (t == JsonToken.VALUE_STRING) {
                Object e = byName.get(p.getText());
                if (e != null) {
                    return e;
                }
            }
            return binder.delegate(p, type);
        }
    }
}
