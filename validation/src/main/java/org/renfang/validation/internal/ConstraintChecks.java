package org.renfang.validation.internal;

import jakarta.validation.constraints.AssertFalse;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Negative;
import jakarta.validation.constraints.NegativeOrZero;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Null;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import jakarta.validation.groups.Default;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.ValidateUnwrappedValue;
import java.lang.annotation.Annotation;
import java.lang.reflect.Array;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Compiles the constraints of one value of the model, as Hibernate Validator describes them, into a
 * {@link ValueCheck} that decides exactly as the constraint's validator does, without allocating
 * for the values the model holds (strings, collections, {@code Integer}s, {@code BigDecimal}s).
 *
 * <p>It understands the built-in constraints {@code @NotNull}, {@code @Null}, {@code @NotBlank},
 * {@code @NotEmpty}, {@code @Size}, {@code @Pattern}, {@code @Positive}, {@code @PositiveOrZero},
 * {@code @Negative}, {@code @NegativeOrZero}, {@code @Min}, {@code @Max}, {@code @DecimalMin},
 * {@code @DecimalMax}, {@code @AssertTrue} and {@code @AssertFalse} in the default group (a
 * constraint declared on an interface is also in the interface's own group), with no payload and
 * no composing constraints. Any other constraint compiles to nothing (the caller's
 * "maybe"), and a value of a type a check does not know (a {@code Double}, a number as text) is
 * not cleared: the validator decides.
 *
 * <p>This class is immutable and thread-safe.
 */
final class ConstraintChecks {
    private ConstraintChecks() {
    }

    /**
     * Compiles the constraints of one value into one check: constraints of text only
     * ({@code @NotNull}, {@code @NotBlank}, {@code @NotEmpty}, {@code @Size}, {@code @Pattern}s of
     * {@link CharPattern}'s subset) into a single {@link Text} node, others into one node each.
     *
     * @param constraints the constraints, not null
     * @return the check ({@link ValueCheck#ALWAYS} for none), or null if the fast path does not
     *         understand one of them
     */
    static ValueCheck of(Collection<ConstraintDescriptor<?>> constraints) {
        if (constraints.isEmpty()) {
            return ValueCheck.ALWAYS;
        }
        ValueCheck text = Text.of(constraints);
        if (text != null) {
            return text;
        }
        List<ValueCheck> checks = new ArrayList<>();
        for (ConstraintDescriptor<?> c : constraints) {
            ValueCheck check = of(c);
            if (check == null) {
                return null;
            }
            checks.add(check);
        }
        if (checks.size() == 1) {
            return checks.get(0);
        }
        ValueCheck[] array = checks.toArray(new ValueCheck[0]);
        return (v, depth) -> {
            for (ValueCheck c : array) {
                if (!c.holds(v, depth)) {
                    return false;
                }
            }
            return true;
        };
    }

    /** Whether a constraint is one the validator applies to the value as is, in the default group. */
    private static boolean plain(ConstraintDescriptor<?> c) {
        return c.getGroups().contains(Default.class) && c.getPayload().isEmpty() && c.getComposingConstraints().isEmpty()
                && c.getValueUnwrapping() != ValidateUnwrappedValue.UNWRAP;
    }

    /**
     * Compiles a constraint.
     *
     * @param c the constraint, not null
     * @return its check, or null if the fast path does not understand it
     */
    static ValueCheck of(ConstraintDescriptor<?> c) {
        if (!plain(c)) {
            return null;
        }
        Annotation a = c.getAnnotation();
        if (a instanceof NotNull) {
            return (v, d) -> v != null;
        }
        if (a instanceof Null) {
            return (v, d) -> v == null;
        }
        if (a instanceof NotBlank) {
            return (v, d) -> v instanceof CharSequence && !v.toString().isBlank();
        }
        if (a instanceof NotEmpty) {
            return (v, d) -> v != null && size(v) > 0;
        }
        if (a instanceof Size) {
            int min = ((Size) a).min();
            int max = ((Size) a).max();
            if (min < 0 || max < min) {
                return null; // the validator refuses such bounds with an exception, whatever the value
            }
            return (v, d) -> {
                if (v == null) {
                    return true;
                }
                int n = size(v);
                return n >= min && n <= max;
            };
        }
        if (a instanceof Pattern) {
            return pattern((Pattern) a);
        }
        if (a instanceof Positive) {
            return (v, d) -> v == null || sign(v) == 1;
        }
        if (a instanceof PositiveOrZero) {
            return (v, d) -> v == null || sign(v) == 1 || sign(v) == 0;
        }
        if (a instanceof Negative) {
            return (v, d) -> v == null || sign(v) == -1;
        }
        if (a instanceof NegativeOrZero) {
            return (v, d) -> v == null || sign(v) == -1 || sign(v) == 0;
        }
        if (a instanceof Min) {
            return bound(BigDecimal.valueOf(((Min) a).value()), true, true);
        }
        if (a instanceof Max) {
            return bound(BigDecimal.valueOf(((Max) a).value()), false, true);
        }
        if (a instanceof DecimalMin) {
            return decimal(((DecimalMin) a).value(), true, ((DecimalMin) a).inclusive());
        }
        if (a instanceof DecimalMax) {
            return decimal(((DecimalMax) a).value(), false, ((DecimalMax) a).inclusive());
        }
        if (a instanceof AssertTrue) {
            return (v, d) -> v == null || Boolean.TRUE.equals(v);
        }
        if (a instanceof AssertFalse) {
            return (v, d) -> v == null || Boolean.FALSE.equals(v);
        }
        return null;
    }

    /** The size {@code @Size} and {@code @NotEmpty} measure, or -1 (no check clears it) for another type. */
    private static int size(Object v) {
        if (v instanceof CharSequence) {
            return ((CharSequence) v).length();
        }
        if (v instanceof Collection) {
            return ((Collection<?>) v).size();
        }
        if (v instanceof Map) {
            return ((Map<?, ?>) v).size();
        }
        if (v.getClass().isArray()) {
            return Array.getLength(v);
        }
        return -1;
    }

    private static ValueCheck pattern(Pattern p) {
        if (p.flags().length != 0) {
            return null;
        }
        CharPattern compiled = CharPattern.compile(p.regexp());
        if (compiled != null) {
            return (v, d) -> v == null || v instanceof CharSequence && compiled.matches((CharSequence) v);
        }
        java.util.regex.Pattern regex = java.util.regex.Pattern.compile(p.regexp());
        return (v, d) -> v == null || v instanceof CharSequence && regex.matcher((CharSequence) v).matches();
    }

    /** The sign of a number of a type the checks know, or 2 (matching no sign) for another value. */
    private static int sign(Object v) {
        if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
            return Long.signum(((Number) v).longValue());
        }
        if (v instanceof BigDecimal) {
            return ((BigDecimal) v).signum();
        }
        if (v instanceof BigInteger) {
            return ((BigInteger) v).signum();
        }
        return 2;
    }

    private static ValueCheck decimal(String value, boolean lower, boolean inclusive) {
        BigDecimal bound;
        try {
            bound = new BigDecimal(value);
        } catch (NumberFormatException e) {
            return null; // the validator reports the malformed bound
        }
        return bound(bound, lower, inclusive);
    }

    /**
     * A bound on a number: {@code lower} for a least value, {@code inclusive} when the bound itself
     * is allowed. Integral values are compared with the bound rounded to the nearest integer they
     * may reach, so that no value is converted; when that integer lies outside the range of
     * {@code long}, integral values are not cleared.
     */
    private static ValueCheck bound(BigDecimal bound, boolean lower, boolean inclusive) {
        BigDecimal rounded = bound.setScale(0, lower ? RoundingMode.CEILING : RoundingMode.FLOOR);
        if (!inclusive && rounded.compareTo(bound) == 0) {
            rounded = lower ? rounded.add(BigDecimal.ONE) : rounded.subtract(BigDecimal.ONE);
        }
        boolean integral = rounded.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) <= 0
                && rounded.compareTo(BigDecimal.valueOf(Long.MIN_VALUE)) >= 0;
        long limit = integral ? rounded.longValueExact() : 0;
        int allowed = lower ? 1 : -1;
        return (v, d) -> {
            if (v == null) {
                return true;
            }
            if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
                long n = ((Number) v).longValue();
                return integral && (lower ? n >= limit : n <= limit);
            }
            int cmp;
            if (v instanceof BigDecimal) {
                cmp = ((BigDecimal) v).compareTo(bound);
            } else if (v instanceof BigInteger) {
                cmp = new BigDecimal((BigInteger) v).compareTo(bound);
            } else {
                return false;
            }
            return cmp == allowed || inclusive && cmp == 0;
        };
    }

    /**
     * The constraints of a text value in one node: a text must not be null ({@code @NotNull},
     * {@code @NotBlank}, {@code @NotEmpty}), have a length within bounds ({@code @Size}, and 1 for
     * {@code @NotEmpty}), not be blank ({@code @NotBlank}) and match every {@code @Pattern}.
     */
    private static final class Text implements ValueCheck {
        private final boolean notNull;
        private final boolean notBlank;
        private final int min;
        private final int max;
        private final CharPattern[] patterns;

        private Text(boolean notNull, boolean notBlank, int min, int max, CharPattern[] patterns) {
            this.notNull = notNull;
            this.notBlank = notBlank;
            this.min = min;
            this.max = max;
            this.patterns = patterns;
        }

        /**
         * The node of some constraints, or null if one is not a constraint of text this node knows,
         * or none is of text only ({@code @NotBlank} or {@code @Pattern}: {@code @Size} alone may
         * measure a collection).
         */
        static Text of(Collection<ConstraintDescriptor<?>> constraints) {
            boolean notNull = false;
            boolean notBlank = false;
            int min = 0;
            int max = Integer.MAX_VALUE;
            List<CharPattern> patterns = new ArrayList<>();
            for (ConstraintDescriptor<?> c : constraints) {
                Annotation a = c.getAnnotation();
                if (!plain(c)) {
                    return null;
                } else if (a instanceof NotNull) {
                    notNull = true;
                } else if (a instanceof NotBlank) {
                    notNull = true;
                    notBlank = true;
                } else if (a instanceof NotEmpty) {
                    notNull = true;
                    min = Math.max(min, 1);
                } else if (a instanceof Size) {
                    if (((Size) a).min() < 0 || ((Size) a).max() < ((Size) a).min()) {
                        return null; // bounds the validator refuses with an exception
                    }
                    min = Math.max(min, ((Size) a).min());
                    max = Math.min(max, ((Size) a).max());
                } else if (a instanceof Pattern && ((Pattern) a).flags().length == 0
                        && CharPattern.compile(((Pattern) a).regexp()) != null) {
                    patterns.add(CharPattern.compile(((Pattern) a).regexp()));
                } else {
                    return null;
                }
            }
            if (!notBlank && patterns.isEmpty()) {
                return null;
            }
            return new Text(notNull, notBlank, min, max, patterns.toArray(new CharPattern[0]));
        }

        @Override
        public boolean holds(Object v, int depth) {
            if (v == null) {
                return !notNull;
            }
            if (!(v instanceof CharSequence)) {
                return false;
            }
            CharSequence s = (CharSequence) v;
            int n = s.length();
            if (n < min || n > max || notBlank && s.toString().isBlank()) {
                return false;
            }
            for (CharPattern p : patterns) {
                if (!p.matches(s)) {
                    return false;
                }
            }
            return true;
        }
    }
}
