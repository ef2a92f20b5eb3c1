package org.renfang.validation.archfixture.a;

import org.renfang.validation.archfixture.b.UsesA;

/** Half of a package cycle that PackageDependenciesTest's rules must detect. */
public final class UsesB {
    private UsesB() {
    }

    /**
     * Uses the other package.
     *
     * @return its class
     */
    public static Class<?> other() {
        return UsesA.class;
    }
}
