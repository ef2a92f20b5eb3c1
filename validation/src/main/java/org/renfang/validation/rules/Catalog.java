package org.renfang.validation.rules;

import java.util.List;

/**
 * The rule families of the catalog, in the order they run. Adding a family is adding it here.
 */
public final class Catalog {
    private static final List<RuleFamily> FAMILIES = List.of(
            new ReferenceRules(),
            new IdentityRules(),
            new PremisesRules(),
            new RoomRules(),
            new OccupancyRules(),
            new LeaseRules(),
            new ResidenceRules(),
            new VisitRules());

    private Catalog() {
    }

    /**
     * Returns the families.
     *
     * @return the families, not null
     */
    public static List<RuleFamily> families() {
        return FAMILIES;
    }
}
