package org.renfang.model.json;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.renfang.model.IdDeserializer;
import org.renfang.model.RecordField;
import org.renfang.model.RecordId;
import org.renfang.model.RecordType;

/**
 * A compact binary form of the model's values (a record, or a value nested in one), for values
 * that travel between processes of one version of the library, such as the records of a Spark
 * shuffle: reading it back is several times cheaper than binding the record's JSON again. It is
 * no storage or exchange format: it holds no field names and no version, and a process reads only
 * what the same version wrote.
 *
 * <p>The form follows the model's own declarations ({@link RecordField#of(Class)}), as the JSON
 * binder does, and builds values with the same Immutables builders, so a field added to the model
 * is in it without a change here. Each field in declaration order: a single value as itself, an
 * optional one as a presence byte and the value, a list or set as its size and its elements.
 * Values: text as its UTF-8 length and bytes; a date as its epoch day; an id as its text; an enum
 * constant by its position; a decimal as its unscaled value and scale; an instant as its local
 * epoch second, nano and offset; numbers as variable-length integers; a nested value by its own
 * fields. Reading what {@link #write} wrote gives a value equal to the one written.
 *
 * <p>This class is thread-safe.
 */
public final class BinaryRecords {

    /** How each type of the model is written and read, derived when first needed. */
    private static final ClassValue<Form> FORMS = new ClassValue<>() {
        @Override
        protected Form computeValue(Class<?> type) {
            return new Form(type);
        }
    };

    /** Each thread's buffer for {@link #write}, grown to the largest value it wrote. */
    private static final ThreadLocal<Sink> SINK = ThreadLocal.withInitial(Sink::new);

    private BinaryRecords() {
    }

    /**
     * Writes a value of the model in the binary form.
     *
     * @param type  the model interface of the value, such as {@code Person.class} ({@link RecordType#type()}), not null
     * @param value the value, not null
     * @return its binary form, not null
     * @throws IllegalArgumentException if the type is not a type of the model
     */
    public static byte[] write(Class<?> type, Object value) {
        Objects.requireNonNull(value, "value");
        Form form = form(type);
        Sink out = SINK.get();
        out.count = 0;
        form.write(out, value);
        return Arrays.copyOf(out.buf, out.count);
    }

    /**
     * Reads a value of the model from the binary form {@link #write} gave for that type.
     *
     * @param <T>   the type
     * @param type  the model interface of the value, as written, not null
     * @param bytes the binary form, not null
     * @return the value, equal to the one written, not null
     * @throws IllegalArgumentException if the bytes are not the binary form of a value of the type
     */
    public static <T> T read(Class<T> type, byte[] bytes) {
        Source in = new Source(Objects.requireNonNull(bytes, "bytes"));
        Object value;
        try {
            value = form(type).read(in);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not the binary form of a " + type.getSimpleName(), e);
        }
        if (in.pos != bytes.length) {
            throw new IllegalArgumentException("not the binary form of a " + type.getSimpleName()
                    + ": bytes left after the value");
        }
        return type.cast(value);
    }

    /** The form of a type; the binder's table refuses a type that is not of the model. */
    private static Form form(Class<?> type) {
        return FORMS.get(Objects.requireNonNull(type, "type"));
    }

    // -----------------------------------------------------------------------------------------
    // The form of a type: its fields, as the binder's table builds the type

    private interface Codec {
        void write(Sink out, Object value);

        Object read(Source in);
    }

    /** A type's fields in declaration order, each read by its accessor and set on the builder. */
    private static final class Form implements Codec {
        private final RecordBinder.Table table;
        private final Field[] fields;

        Form(Class<?> type) {
            this.table = RecordBinder.TABLES.get(type);
            List<RecordField> declared = RecordField.of(type);
            fields = new Field[declared.size()];
            for (int i = 0; i < fields.length; i++) {
                RecordField f = declared.get(i);
                fields[i] = new Field(f, getter(f), table.ordered[i].setter, codec(f.valueType()));
            }
        }

        @Override
        public void write(Sink out, Object value) {
            for (Field f : fields) {
                f.write(out, f.getter.apply(value));
            }
        }

        @Override
        public Object read(Source in) {
            Object builder = table.builder.get();
            for (Field f : fields) {
                f.read(in, builder);
            }
            return table.build.apply(builder);
        }

        @SuppressWarnings("unchecked")
        private static Function<Object, Object> getter(RecordField f) {
            try {
                return RecordBinder.lambda(Function.class, "apply", MethodType.methodType(Object.class, Object.class),
                        MethodHandles.lookup().unreflect(f.accessor()));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read " + f.name(), e);
            }
        }
    }

    /** One field: its shape says how its value is held, the codec how one value is written. */
    private static final class Field {
        private final RecordField.Shape shape;
        final Function<Object, Object> getter;
        private final BiConsumer<Object, Object> setter;
        private final Codec codec;

        Field(RecordField f, Function<Object, Object> getter, BiConsumer<Object, Object> setter, Codec codec) {
            this.shape = f.shape();
            this.getter = getter;
            this.setter = setter;
            this.codec = codec;
        }

        void write(Sink out, Object value) {
            switch (shape) {
                case ONE:
                    codec.write(out, value);
                    break;
                case OPTIONAL:
                    Optional<?> o = (Optional<?>) value;
                    out.varint(o.isPresent() ? 1 : 0);
                    if (o.isPresent()) {
                        codec.write(out, o.get());
                    }
                    break;
                default:
                    Collection<?> c = (Collection<?>) value;
                    out.varint(c.size());
                    for (Object v : c) {
                        codec.write(out, v);
                    }
                    break;
            }
        }

        void read(Source in, Object builder) {
            switch (shape) {
                case ONE:
                    setter.accept(builder, codec.read(in));
                    break;
                case OPTIONAL:
                    if (in.varint() != 0) {
                        setter.accept(builder, codec.read(in));
                    }
                    break;
                default:
                    int n = in.size();
                    Collection<Object> c = shape == RecordField.Shape.SET ? new LinkedHashSet<>() : new ArrayList<>(n);
                    for (int i = 0; i < n; i++) {
                        c.add(codec.read(in));
                    }
                    setter.accept(builder, c);
                    break;
            }
        }
    }

    /** The codec of one value of a type, as the binder reads the same type. */
    private static Codec codec(Class<?> c) {
        if (c == String.class) {
            return codec((out, v) -> out.text((String) v), Source::text);
        }
        if (c == LocalDate.class) {
            return codec((out, v) -> out.varlong(((LocalDate) v).toEpochDay()),
                    in -> LocalDate.ofEpochDay(in.varlong()));
        }
        if (RecordId.class.isAssignableFrom(c)) {
            Function<String, RecordId> factory = IdDeserializer.factory(c);
            if (factory == null) {
                throw new IllegalStateException("not an id type of the model: " + c.getName());
            }
            return codec((out, v) -> out.text(((RecordId) v).value()), in -> factory.apply(in.text()));
        }
        if (c.isEnum()) {
            Object[] constants = c.getEnumConstants();
            return codec((out, v) -> out.varint(((Enum<?>) v).ordinal()), in -> constants[in.varint()]);
        }
        if (c == boolean.class || c == Boolean.class) {
            return codec((out, v) -> out.varint((Boolean) v ? 1 : 0), in -> in.varint() != 0);
        }
        if (c == int.class || c == Integer.class) {
            return codec((out, v) -> out.varlong((Integer) v), in -> Math.toIntExact(in.varlong()));
        }
        if (c == BigDecimal.class) {
            return codec((out, v) -> {
                BigDecimal d = (BigDecimal) v;
                byte[] unscaled = d.unscaledValue().toByteArray();
                out.varint(unscaled.length);
                out.bytes(unscaled);
                out.varlong(d.scale());
            }, in -> {
                BigInteger unscaled = new BigInteger(in.bytes(in.size()));
                return new BigDecimal(unscaled, Math.toIntExact(in.varlong()));
            });
        }
        if (c == OffsetDateTime.class) {
            return codec((out, v) -> {
                OffsetDateTime t = (OffsetDateTime) v;
                out.varlong(t.toLocalDateTime().toEpochSecond(ZoneOffset.UTC));
                out.varint(t.getNano());
                out.varlong(t.getOffset().getTotalSeconds());
            }, in -> {
                long second = in.varlong();
                int nano = in.varint();
                ZoneOffset offset = ZoneOffset.ofTotalSeconds(Math.toIntExact(in.varlong()));
                return OffsetDateTime.of(LocalDateTime.ofEpochSecond(second, nano, ZoneOffset.UTC), offset);
            });
        }
        return FORMS.get(c); // a value of the model nested in a record
    }

    /** A codec of a writer and a reader. */
    private static Codec codec(BiConsumer<Sink, Object> write, Function<Source, Object> read) {
        return new Codec() {
            @Override
            public void write(Sink out, Object value) {
                write.accept(out, value);
            }

            @Override
            public Object read(Source in) {
                return read.apply(in);
            }
        };
    }

    // -----------------------------------------------------------------------------------------
    // Bytes

    /** A growing buffer of bytes written. */
    private static final class Sink {
        byte[] buf = new byte[256];
        int count;

        private void room(int n) {
            if (count + n > buf.length) {
                buf = Arrays.copyOf(buf, Math.max(buf.length * 2, count + n));
            }
        }

        void varint(int v) {
            room(5);
            while ((v & ~0x7F) != 0) {
                buf[count++] = (byte) (v & 0x7F | 0x80);
                v >>>= 7;
            }
            buf[count++] = (byte) v;
        }

        /** A signed long, zigzag-encoded so that small negative values stay short. */
        void varlong(long v) {
            long z = v << 1 ^ v >> 63;
            room(10);
            while ((z & ~0x7FL) != 0) {
                buf[count++] = (byte) (z & 0x7F | 0x80);
                z >>>= 7;
            }
            buf[count++] = (byte) z;
        }

        void bytes(byte[] b) {
            room(b.length);
            System.arraycopy(b, 0, buf, count, b.length);
            count += b.length;
        }

        /** Text as its UTF-8 length and bytes; ASCII text (most ids and codes) byte for char. */
        void text(String s) {
            int n = s.length();
            room(5 + n);
            int start = count;
            varint(n);
            for (int i = 0; i < n; i++) {
                char c = s.charAt(i);
                if (c >= 0x80) {
                    count = start;
                    byte[] b = s.getBytes(StandardCharsets.UTF_8);
                    varint(b.length);
                    bytes(b);
                    return;
                }
                buf[count++] = (byte) c;
            }
        }
    }

    /** Bytes read in order; reading past the end throws. */
    private static final class Source {
        private final byte[] buf;
        int pos;

        Source(byte[] buf) {
            this.buf = buf;
        }

        int varint() {
            int v = 0;
            for (int shift = 0; shift < 35; shift += 7) {
                byte b = buf[pos++];
                v |= (b & 0x7F) << shift;
                if (b >= 0) {
                    return v;
                }
            }
            throw new IllegalArgumentException("malformed variable-length integer");
        }

        /** A count of what follows: not negative, and not more than the bytes left. */
        int size() {
            int n = varint();
            if (n < 0 || n > buf.length - pos) {
                throw new IllegalArgumentException("size out of range");
            }
            return n;
        }

        long varlong() {
            long z = 0;
            for (int shift = 0; shift < 70; shift += 7) {
                byte b = buf[pos++];
                z |= (long) (b & 0x7F) << shift;
                if (b >= 0) {
                    return z >>> 1 ^ -(z & 1);
                }
            }
            throw new IllegalArgumentException("malformed variable-length integer");
        }

        byte[] bytes(int n) {
            byte[] b = Arrays.copyOfRange(buf, pos, pos + n);
            pos += n;
            return b;
        }

        String text() {
            int n = size();
            String s = new String(buf, pos, n, StandardCharsets.UTF_8);
            pos += n;
            return s;
        }
    }
}
