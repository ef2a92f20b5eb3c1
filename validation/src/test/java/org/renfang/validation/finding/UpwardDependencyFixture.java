package org.renfang.validation.finding;

import org.renfang.validation.Validator;

/** A test class of the vocabulary package that uses the validator above it: PackageDependenciesTest's layer rule must reject it. */
public final class UpwardDependencyFixture {
    private UpwardDependencyFixture() {
    }

    /**
     * Uses the validator.
     *
     * @return its class
     */
    public static Class<?> above() {
        return Validator.class;
    }
}
