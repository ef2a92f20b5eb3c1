package org.renfang.validation.output;

/**
 * The check of a result record's components (a permit assessment, a premises rating): each
 * named component must be present.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class Components {

    private Components() {
    }

    /**
     * Checks that components are not null.
     *
     * @param namesAndValues component names and values in turn
     * @throws NullPointerException naming the first component that is null
     */
    public static void requireNonNull(Object... namesAndValues) {
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] == null) {
                throw new NullPointerException(String.valueOf(namesAndValues[i]));
            }
        }
    }
}
