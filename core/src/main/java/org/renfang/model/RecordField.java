package org.renfang.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One field of a record kind or of a value nested in a record, as the model declares it: the
 * accessor of the Immutables interface annotated {@code @JsonProperty}. Everything that needs
 * the fields of the model (the reader, the field constraints, the descriptors of
 * {@link RecordType}) derives them from the interface through {@link #of(Class)}, so that a field
 * is declared once, in its interface (and in its {@code @JsonPropertyOrder}).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param name      the JSON name, not null
 * @param accessor  the accessor of the interface, not null
 * @param shape     how the value is held: one value, an optional one, a list or a set
 * @param valueType the type of one value (the element of a list, set or optional), not null
 * @param required  whether a record without the field cannot be built (one value, no default)
 */
public record RecordField(String name, Method accessor, Shape shape, Class<?> valueType, boolean required) {

    private static final ClassValue<List<RecordField>> FIELDS = new ClassValue<>() {
        @Override
        protected List<RecordField> computeValue(Class<?> type) {
            return derive(type);
        }
    };

    /** How a field holds its value. */
    public enum Shape {
        /** A single value ({@code LocalDate start()}). */
        ONE,
        /** An optional value ({@code Optional<LocalDate> end()}). */
        OPTIONAL,
        /** A list of values, possibly empty. */
        LIST,
        /** A set of values, possibly empty, in insertion order. */
        SET
    }

    /**
     * Checks the components.
     *
     * @param name      the JSON name, not null
     * @param accessor  the accessor of the interface, not null
     * @param shape     how the value is held, not null
     * @param valueType the type of one value, not null
     * @param required  whether a record without the field cannot be built
     * @throws NullPointerException if a component is null
     */
    public RecordField {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(accessor, "accessor");
        Objects.requireNonNull(shape, "shape");
        Objects.requireNonNull(valueType, "valueType");
    }

    /**
     * Returns the fields of an interface of the model, in the order of its
     * {@code @JsonPropertyOrder} (then any others in name order).
     *
     * @param type an Immutables interface of the model, such as {@code Residence.class}, not null
     * @return the fields, not null, computed once per type
     */
    public static List<RecordField> of(Class<?> type) {
        return FIELDS.get(type);
    }

    /**
     * Returns the generic type of the field's accessor, such as {@code List<PersonId>}.
     *
     * @return the type, not null
     */
    public Type genericType() {
        return accessor.getGenericReturnType();
    }

    /**
     * Returns the record kind this field refers to, if its values are ids of a record kind.
     *
     * @return the kind, or empty if the field holds no reference
     */
    public Optional<RecordType> reference() {
        return Optional.ofNullable(RecordType.ofIdType(valueType));
    }

    /**
     * Reads the field of a value.
     *
     * @param value a value of the interface that declares the field, not null
     * @return the field's value as the accessor returns it
     * @throws IllegalStateException if the accessor fails
     */
    public Object get(Object value) {
        try {
            return accessor.invoke(value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("reading " + name + " failed", e);
        }
    }

    private static List<RecordField> derive(Class<?> type) {
        Map<String, RecordField> byName = new HashMap<>();
        for (Method m : type.getMethods()) {
            JsonProperty p = m.getAnnotation(JsonProperty.class);
            if (p == null || m.getParameterCount() != 0 || Modifier.isStatic(m.getModifiers())
                    || m.isBridge() || m.getDeclaringClass() != type && byName.containsKey(p.value())) {
                continue;
            }
            byName.put(p.value(), field(p.value(), type, m));
        }
        List<RecordField> out = new ArrayList<>(byName.size());
        JsonPropertyOrder order = type.getAnnotation(JsonPropertyOrder.class);
        if (order != null) {
            for (String n : order.value()) {
                RecordField f = byName.remove(n);
                if (f != null) {
                    out.add(f);
                }
            }
        }
        byName.values().stream().sorted((a, b) -> a.name.compareTo(b.name)).forEach(out::add);
        return List.copyOf(out);
    }

    private static RecordField field(String name, Class<?> owner, Method m) {
        Class<?> raw = m.getReturnType();
        Type generic = m.getGenericReturnType();
        if (raw == Optional.class) {
            return new RecordField(name, declared(owner, m), Shape.OPTIONAL, argument(generic), false);
        }
        if (List.class.isAssignableFrom(raw) || raw == Collection.class) {
            return new RecordField(name, declared(owner, m), Shape.LIST, argument(generic), false);
        }
        if (Set.class.isAssignableFrom(raw)) {
            return new RecordField(name, declared(owner, m), Shape.SET, argument(generic), false);
        }
        return new RecordField(name, declared(owner, m), Shape.ONE, raw, !m.isDefault());
    }

    /** The accessor as the interface declares it (an override of {@code Record.id()} has the narrower type). */
    private static Method declared(Class<?> owner, Method m) {
        try {
            return owner.getMethod(m.getName());
        } catch (NoSuchMethodException e) {
            return m;
        }
    }

    private static Class<?> argument(Type generic) {
        Type a = ((ParameterizedType) generic).getActualTypeArguments()[0];
        if (a instanceof ParameterizedType) {
            return (Class<?>) ((ParameterizedType) a).getRawType();
        }
        return (Class<?>) a;
    }
}
