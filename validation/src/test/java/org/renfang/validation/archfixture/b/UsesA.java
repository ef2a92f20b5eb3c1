package org.renfang.validation.archfixture.b;

import org.renfang.validation.archfixture.a.UsesB;

/** The other half of the package cycle that PackageDependenciesTest's rules must detect. */
public final class UsesA {
    private UsesA() {
    }

    /**
     * Uses the other package.
     *
     * @return its class
     */
    public static Class<?> other() {
        return UsesB.class;
    }
}
