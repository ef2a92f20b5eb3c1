package org.renfang.validation.internal;

import jakarta.validation.Constraint;
import jakarta.validation.Valid;
import jakarta.validation.metadata.BeanDescriptor;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.ContainerElementTypeDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import java.lang.annotation.Annotation;
import java.lang.invoke.CallSite;
import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.function.Function;

/**
 * The field constraints of the model as a fast path: for each class met, its jakarta.validation
 * constraints, read once through Hibernate Validator's metadata ({@link BeanDescriptor}) on first
 * use, compiled into a small tree of {@link ValueCheck}s — one per constrained property, reading
 * the property through a generated accessor (no reflection when checking), testing each
 * constraint ({@link ConstraintChecks}) and cascading ({@code @Valid}) into nested values by their
 * own class. {@link #holds} then decides, without allocating beyond what the model's accessors
 * do, whether a record certainly satisfies every constraint of its type and of the values it
 * cascades to. A record it clears skips the validator; one it does not clear goes through the
 * validator, which names the violations (see {@link FieldConstraints}).
 *
 * <p>It never clears a record the validator would reject: whatever it does not understand makes
 * it answer "maybe" — a class-level constraint, a redefined default group, a constraint it has no
 * check for (or outside the default group, or with a payload), a constraint on a field rather
 * than on an accessor, a property it cannot read through a public accessor, a container other
 * than {@code Optional}, a list or another {@code Iterable}, nested container elements,
 * {@code @Valid} on a container itself or on a property declared as {@code Object} (the validator
 * unwraps whatever container it holds), or cascades deeper than {@value #MAX_DEPTH}. Nothing here names a field of the model: a field
 * added to the model with a constraint is checked as soon as it is declared.
 *
 * <p>This class is immutable and thread-safe.
 */
final class ModelConstraints {
    /** Cascades deeper than this are left to the validator. */
    static final int MAX_DEPTH = 16;

    private static final ClassValue<Bean> BEANS = new ClassValue<>() {
        @Override
        protected Bean computeValue(Class<?> type) {
            return compile(type);
        }
    };

    private ModelConstraints() {
    }

    /**
     * Returns whether a record (or any value) certainly satisfies every constraint of its class
     * and of the values it cascades to.
     *
     * @param record the record, not null
     * @return true if it does; false if it may not
     */
    static boolean holds(Object record) {
        return BEANS.get(record.getClass()).holds(record, 0);
    }

    /**
     * Returns whether one property of a value satisfies its own constraints (not those of the
     * values it cascades to), falling back to the validator when the fast path cannot tell.
     *
     * @param bean     the value, not null
     * @param property the property's name, such as {@code division}, not null
     * @return true if the validator would find no violation of the property's constraints
     */
    static boolean propertyHolds(Object bean, String property) {
        Bean compiled = BEANS.get(bean.getClass());
        if (compiled == Bean.UNKNOWN) {
            return FieldConstraints.validator().validateProperty(bean, property).isEmpty();
        }
        Property own = compiled.own.get(property);
        if (own == null) {
            return true; // not a constrained property
        }
        return own.holds(bean, 0) || FieldConstraints.validator().validateProperty(bean, property).isEmpty();
    }

    /**
     * Returns whether the fast path understands every constraint of a class, that is whether it
     * can clear any value of it at all (for tests).
     *
     * @param type the class, not null
     * @return true if some value may be cleared without the validator
     */
    static boolean understands(Class<?> type) {
        return BEANS.get(type) != Bean.UNKNOWN;
    }

    /** The compiled constraints of one class. */
    private static final class Bean implements ValueCheck {
        static final Bean UNKNOWN = new Bean(null, Map.of());
        static final Bean NONE = new Bean(new Property[0], Map.of());

        /** The constrained properties; null if the class is not understood. */
        private final Property[] properties;
        /** Each constrained property's own constraints (without cascades), by name. */
        final Map<String, Property> own;

        Bean(Property[] properties, Map<String, Property> own) {
            this.properties = properties;
            this.own = own;
        }

        @Override
        public boolean holds(Object value, int depth) {
            if (properties == null) {
                return false;
            }
            for (Property p : properties) {
                if (!p.holds(value, depth)) {
                    return false;
                }
            }
            return true;
        }
    }

    /** One property: read through its accessor, then each value it holds checked. */
    private static final class Property implements ValueCheck {
        static final int ONE = 0;
        static final int OPTIONAL = 1;
        static final int ITERABLE = 2;

        private final Function<Object, Object> getter;
        private final int shape;
        private final ValueCheck element;

        Property(Function<Object, Object> getter, int shape, ValueCheck element) {
            this.getter = getter;
            this.shape = shape;
            this.element = element;
        }

        @Override
        public boolean holds(Object bean, int depth) {
            Object v = getter.apply(bean);
            if (shape == ONE) {
                return element.holds(v, depth);
            }
            if (v == null) {
                return true; // no container, no elements
            }
            if (shape == OPTIONAL) {
                if (!(v instanceof Optional)) {
                    return false;
                }
                Optional<?> o = (Optional<?>) v;
                return element.holds(o.orElse(null), depth); // the validator checks an empty Optional's element as null
            }
            if (v instanceof List && v instanceof RandomAccess) {
                List<?> list = (List<?>) v;
                for (int i = 0; i < list.size(); i++) {
                    if (!element.holds(list.get(i), depth)) {
                        return false;
                    }
                }
                return true;
            }
            if (!(v instanceof Iterable)) {
                return false;
            }
            for (Object o : (Iterable<?>) v) {
                if (!element.holds(o, depth)) {
                    return false;
                }
            }
            return true;
        }
    }

    private static Bean compile(Class<?> type) {
        BeanDescriptor bean;
        try {
            bean = FieldConstraints.validator().getConstraintsForClass(type);
        } catch (RuntimeException e) {
            return Bean.UNKNOWN;
        }
        if (!bean.isBeanConstrained()) {
            return Bean.NONE;
        }
        if (!bean.getConstraintDescriptors().isEmpty() || redefinesDefaultGroup(type)) {
            return Bean.UNKNOWN; // a class-level constraint, or a default group of its own
        }
        List<Property> properties = new ArrayList<>();
        Map<String, Property> own = new HashMap<>();
        for (PropertyDescriptor p : bean.getConstrainedProperties()) {
            Method accessor = accessor(type, p.getPropertyName());
            Function<Object, Object> getter = accessor == null ? null : getter(accessor);
            if (getter == null || annotatedField(type, p.getPropertyName())) {
                return Bean.UNKNOWN;
            }
            Class<?> valueType = accessor.getReturnType();
            int shape = shape(valueType);
            List<ConstraintDescriptor<?>> constraints = new ArrayList<>(p.getConstraintDescriptors());
            boolean cascaded = p.isCascaded();
            if (shape != Property.ONE) {
                if (!constraints.isEmpty()) {
                    return Bean.UNKNOWN; // a constraint on an Optional or a list itself: unwrapping rules apply
                }
                for (ContainerElementTypeDescriptor e : p.getConstrainedContainerElementTypes()) {
                    if (!e.getConstrainedContainerElementTypes().isEmpty() || e.getTypeArgumentIndex() == null
                            || e.getTypeArgumentIndex() != 0 || !e.getContainerClass().isAssignableFrom(valueType)) {
                        return Bean.UNKNOWN; // nested containers, a map's keys, another container
                    }
                    constraints.addAll(e.getConstraintDescriptors());
                    cascaded |= e.isCascaded();
                }
            } else if (!p.getConstrainedContainerElementTypes().isEmpty()) {
                return Bean.UNKNOWN;
            }
            if (shape < 0 || p.isCascaded() && shape != Property.ONE) {
                return Bean.UNKNOWN; // a map, an array or another container; @Valid on a container itself
            }
            if (cascaded && valueType == Object.class) {
                return Bean.UNKNOWN; // behind a declared Object the validator unwraps any container it finds
            }
            ValueCheck ownCheck = ConstraintChecks.of(constraints);
            ValueCheck value = cascaded ? all(ownCheck, ModelConstraints::cascade) : ownCheck;
            if (value == null) {
                return Bean.UNKNOWN;
            }
            if (value != ValueCheck.ALWAYS) {
                properties.add(new Property(getter, shape, value));
            }
            own.put(p.getPropertyName(), new Property(getter, shape, ownCheck == null ? ValueCheck.MAYBE : ownCheck));
        }
        return new Bean(properties.toArray(new Property[0]), Map.copyOf(own));
    }

    /**
     * How a value of a type holds its elements: one value, an {@code Optional}, an
     * {@code Iterable}; -1 for another container.
     */
    private static int shape(Class<?> type) {
        if (type == Optional.class) {
            return Property.OPTIONAL;
        }
        if (Iterable.class.isAssignableFrom(type)) {
            return Property.ITERABLE;
        }
        if (Map.class.isAssignableFrom(type) || type.isArray() || type.getName().startsWith("java.util.Optional")) {
            return -1;
        }
        return Property.ONE;
    }

    /** {@code @Valid}: a nested value satisfies the constraints of its own class. */
    private static boolean cascade(Object value, int depth) {
        return value == null || depth < MAX_DEPTH && BEANS.get(value.getClass()).holds(value, depth + 1);
    }

    /** Both of two checks; null if either is null. */
    private static ValueCheck all(ValueCheck a, ValueCheck b) {
        if (a == null || b == null) {
            return null;
        }
        if (a == ValueCheck.ALWAYS) {
            return b;
        }
        return (v, depth) -> a.holds(v, depth) && b.holds(v, depth);
    }

    /**
     * The accessor the validator reads a property through (its getter strategy takes
     * {@code getName()}, {@code isName()} or {@code name()}); null if there is not exactly one.
     */
    private static Method accessor(Class<?> type, String property) {
        String cap = Character.toUpperCase(property.charAt(0)) + property.substring(1);
        Method found = null;
        for (String name : List.of("get" + cap, "is" + cap, property)) {
            Method m;
            try {
                m = type.getMethod(name);
            } catch (NoSuchMethodException e) {
                continue;
            }
            if (Modifier.isStatic(m.getModifiers()) || m.getReturnType() == void.class
                    || name.startsWith("is") && !name.equals(property) && m.getReturnType() != boolean.class
                    && m.getReturnType() != Boolean.class) {
                continue;
            }
            if (found != null) {
                return null; // two accessors: which one the validator reads is not ours to guess
            }
            found = m;
        }
        return found;
    }

    /** An accessor as a generated function; null if it cannot be called from here. */
    private static Function<Object, Object> getter(Method found) {
        try {
            MethodHandles.Lookup lookup = MethodHandles.lookup();
            MethodHandle accessor = lookup.unreflect(found);
            CallSite site = LambdaMetafactory.metafactory(lookup, "apply", MethodType.methodType(Function.class),
                    MethodType.methodType(Object.class, Object.class), accessor, accessor.type().wrap());
            @SuppressWarnings("unchecked")
            Function<Object, Object> f = (Function<Object, Object>) site.getTarget().invoke();
            return f;
        } catch (Throwable e) {
            if (e instanceof Error && !(e instanceof LinkageError)) {
                throw (Error) e;
            }
            return null; // not accessible from here: the validator decides
        }
    }

    /**
     * Whether the class or one of its supertypes redefines the default group
     * ({@code @GroupSequence}, or Hibernate Validator's {@code @GroupSequenceProvider}).
     */
    private static boolean redefinesDefaultGroup(Class<?> type) {
        if (type == null || type == Object.class) {
            return false;
        }
        for (Annotation a : type.getAnnotations()) {
            String name = a.annotationType().getSimpleName();
            if (name.equals("GroupSequence") || name.equals("GroupSequenceProvider")) {
                return true;
            }
        }
        for (Class<?> i : type.getInterfaces()) {
            if (redefinesDefaultGroup(i)) {
                return true;
            }
        }
        return redefinesDefaultGroup(type.getSuperclass());
    }

    /**
     * Whether a field of the class or a superclass of the property's name carries a constraint or
     * {@code @Valid} (on itself or on a type argument): the validator then checks the field,
     * which the fast path does not read.
     */
    private static boolean annotatedField(Class<?> type, String property) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (f.getName().equals(property) && annotated(f.getAnnotatedType(), f.getAnnotations())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean annotated(AnnotatedType type, Annotation[] declared) {
        for (Annotation a : declared) {
            if (a instanceof Valid || a.annotationType().isAnnotationPresent(Constraint.class)
                    || a.annotationType().getName().startsWith("jakarta.validation.constraints.")) {
                return true;
            }
        }
        if (type instanceof AnnotatedParameterizedType) {
            for (AnnotatedType t : ((AnnotatedParameterizedType) type).getAnnotatedActualTypeArguments()) {
                if (annotated(t, t.getAnnotations())) {
                    return true;
                }
            }
        }
        return false;
    }
}
