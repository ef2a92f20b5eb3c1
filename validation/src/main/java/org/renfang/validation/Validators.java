package org.renfang.validation;

import jakarta.validation.ValidatorFactory;
import org.renfang.validation.internal.FieldConstraints;

/**
 * Access to the library's own Bean Validation factory (Hibernate Validator with
 * {@code ParameterMessageInterpolator}, no Expression Language), for hosts that validate
 * their own types with the constraints of {@code org.renfang.validation.constraints}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Validators {
    private Validators() {
    }

    /**
     * Returns the factory.
     *
     * @return the shared factory, not null; do not close it
     */
    public static ValidatorFactory factory() {
        return FieldConstraints.factory();
    }
}
