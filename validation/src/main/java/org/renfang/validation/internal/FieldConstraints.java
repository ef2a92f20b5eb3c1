package org.renfang.validation.internal;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.hibernate.validator.spi.properties.ConstrainableExecutable;
import org.hibernate.validator.spi.properties.GetterPropertySelectionStrategy;
import org.renfang.model.Address;
import org.renfang.model.Person;
import org.renfang.model.Premises;
import org.renfang.validation.finding.RuleCode;
import org.renfang.validation.profile.DivisionCodes;
import org.renfang.validation.profile.Parameter;
import org.renfang.validation.rules.RuleContext;
import org.renfang.validation.rules.RuleParams;

/**
 * Runs the field constraints of the model (jakarta.validation annotations) through the
 * library's own Hibernate Validator factory, with {@link ParameterMessageInterpolator} (no
 * Expression Language), and reports each violation as FIELD_INVALID at the JSON Pointer of
 * the field. The invalid value never enters the finding.
 *
 * <p>The model's accessors are record-style ({@code name()}, not {@code getName()}): the factory
 * treats every public no-argument method with a result as a property getter named after the
 * method, so that constraints on them run and the property path names the JSON field. Reasons
 * are formatted in the root locale (the English default messages) whatever the JVM's locale,
 * so the same record always gives the same finding.
 *
 * <p>Bean validation costs several microseconds a record, too much for bulk checks of millions
 * of records; {@link ModelConstraints}, compiled once from the same annotations through the
 * validator's metadata, decides first whether the record certainly satisfies every constraint,
 * and only records it cannot clear go through the validator, which then names each violation.
 */
public final class FieldConstraints {
    /** The language of FIELD_INVALID reasons: fixed, so that a report does not depend on the JVM's locale. */
    private static final Locale REASON_LOCALE = Locale.ROOT;
    /**
     * The model's own constraints, whatever a host's {@code META-INF/validation.xml} configures for
     * its own beans (the fast path of {@code ModelConstraints} decides as the built-in validators do).
     */
    private static final ValidatorFactory FACTORY = Validation.byProvider(HibernateValidator.class)
            .configure()
            .ignoreXmlConfiguration()
            .getterPropertySelectionStrategy(new AccessorStrategy())
            .defaultLocale(REASON_LOCALE)
            .locales(REASON_LOCALE)
            .messageInterpolator(new ParameterMessageInterpolator(Set.of(REASON_LOCALE), REASON_LOCALE,
                    ctx -> REASON_LOCALE, false))
            .buildValidatorFactory();
    private static final jakarta.validation.Validator VALIDATOR = FACTORY.getValidator();

    private FieldConstraints() {
    }

    /**
     * Returns the validator of the library's factory.
     *
     * @return the validator, not null
     */
    static jakarta.validation.Validator validator() {
        return VALIDATOR;
    }

    /**
     * Returns the library's validator factory (for hosts validating their own beans with the
     * renfang constraints).
     *
     * @return the factory, not null; do not close it
     */
    public static ValidatorFactory factory() {
        return FACTORY;
    }

    /**
     * Checks one record and reports FIELD_INVALID findings.
     *
     * @param record the record, not null
     * @param path   its JSON Pointer, not null
     * @param ctx    the context, not null
     */
    public static void check(Object record, String path, RuleContext ctx) {
        if (!ModelConstraints.holds(record)) {
            violations(record, path, ctx);
        }
        divisions(record, path, ctx);
    }

    private static void violations(Object record, String path, RuleContext ctx) {
        Set<ConstraintViolation<Object>> violations = VALIDATOR.validate(record);
        if (violations.isEmpty()) {
            return;
        }
        List<ConstraintViolation<Object>> sorted = new ArrayList<>(violations);
        sorted.sort((a, b) -> pointer(path, a.getPropertyPath()).compareTo(pointer(path, b.getPropertyPath())));
        for (ConstraintViolation<Object> v : sorted) {
            String at = pointer(path, v.getPropertyPath());
            ctx.report(RuleCode.FIELD_INVALID, at, List.of(), RuleParams.of().and("field", JsonFindings.field(at))
                    .and("reason", v.getMessage()).map());
        }
    }

    /**
     * The division codes against the code system of the profile: a premises address in the
     * profile's system ({@code divisionCodes}, GB/T 2260 when absent), a household registration
     * (户籍地, which exists only in China) always in GB/T 2260. A code that violates the model's
     * own constraints on {@code division} (its pattern) is already reported as such, so only codes
     * that satisfy them are checked here.
     */
    private static void divisions(Object record, String path, RuleContext ctx) {
        if (record instanceof Premises) {
            String system = ctx.profile().text(Parameter.DIVISION_CODES).orElse(DivisionCodes.GB2260);
            division(((Premises) record).address(), system, path + "/address/division", ctx);
        } else if (record instanceof Person) {
            Optional<Address> home = ((Person) record).householdRegistration();
            if (home.isPresent()) {
                division(home.get(), DivisionCodes.GB2260, path + "/householdRegistration/division", ctx);
            }
        }
    }

    private static void division(Address address, String system, String at, RuleContext ctx) {
        String code = address.division();
        if (ModelConstraints.propertyHolds(address, "division") && !DivisionCodes.isValid(system, code)) {
            ctx.report(RuleCode.FIELD_INVALID, at, List.of(), RuleParams.of().and("field", JsonFindings.field(at))
                    .and("reason", DivisionCodes.AGS.equals(system) ? "not an AGS or ARS code" : "not a GB/T 2260 division code")
                    .map());
        }
    }

    /**
     * Converts a property path ({@code documents[0].number}) to a JSON Pointer under a base.
     *
     * @param base the record's pointer, not null
     * @param p    the property path, not null
     * @return the pointer, not null
     */
    static String pointer(String base, Path p) {
        StringBuilder sb = new StringBuilder(base);
        for (Path.Node n : p) {
            if (n.getIndex() != null) {
                sb.append('/').append(n.getIndex());
            }
            String name = n.getName();
            if (name != null && !name.startsWith("<")) {
                sb.append('/').append(name);
            }
        }
        return sb.toString();
    }

    /**
     * Treats record-style accessors as getters as well as JavaBeans ones: {@code getName()} and
     * {@code isActive()} are the getters of {@code name} and {@code active} as usual, and any other
     * public no-argument method with a result, other than those of {@code Object}, is the getter
     * of the property of its own name ({@code name()} of {@code name}).
     */
    private static final class AccessorStrategy implements GetterPropertySelectionStrategy {
        @Override
        public Optional<String> getProperty(ConstrainableExecutable executable) {
            if (executable.getParameterTypes().length != 0) {
                return Optional.empty();
            }
            Class<?> type = executable.getReturnType();
            if (type == void.class || type == Void.class) {
                return Optional.empty();
            }
            String name = executable.getName();
            switch (name) {
                case "hashCode":
                case "toString":
                case "getClass":
                case "clone":
                    return Optional.empty();
                default:
                    break;
            }
            if (name.length() > 3 && name.startsWith("get") && Character.isUpperCase(name.charAt(3))) {
                return Optional.of(decapitalize(name.substring(3)));
            }
            if (name.length() > 2 && name.startsWith("is") && Character.isUpperCase(name.charAt(2))
                    && (type == boolean.class || type == Boolean.class)) {
                return Optional.of(decapitalize(name.substring(2)));
            }
            return Optional.of(name);
        }

        @Override
        public List<String> getGetterMethodNameCandidates(String propertyName) {
            String cap = Character.toUpperCase(propertyName.charAt(0)) + propertyName.substring(1);
            return List.of("get" + cap, "is" + cap, propertyName);
        }

        private static String decapitalize(String s) {
            return Character.toLowerCase(s.charAt(0)) + s.substring(1);
        }
    }
}
