package org.renfang.validation.internal;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.renfang.validation.RuleCode;
import org.renfang.validation.rules.RuleContext;

/**
 * Runs the field constraints of the model (jakarta.validation annotations) through the
 * library's own Hibernate Validator factory, with {@link ParameterMessageInterpolator} (no
 * Expression Language), and reports each violation as FIELD_INVALID at the JSON Pointer of
 * the field. The invalid value never enters the finding.
 */
public final class FieldConstraints {
    private static final ValidatorFactory FACTORY = Validation.byProvider(HibernateValidator.class)
            .configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory();
    private static final jakarta.validation.Validator VALIDATOR = FACTORY.getValidator();

    private FieldConstraints() {
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
        Set<ConstraintViolation<Object>> violations = VALIDATOR.validate(record);
        if (violations.isEmpty()) {
            return;
        }
        List<ConstraintViolation<Object>> sorted = new ArrayList<>(violations);
        sorted.sort((a, b) -> pointer(path, a.getPropertyPath()).compareTo(pointer(path, b.getPropertyPath())));
        for (ConstraintViolation<Object> v : sorted) {
            String at = pointer(path, v.getPropertyPath());
            ctx.report(RuleCode.FIELD_INVALID, at, List.of(), RuleContext.params(
                    "field", JsonFindings.field(at), "reason", v.getMessage()));
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
}
