package org.renfang.model;

/**
 * Whether a residence is a person's main residence or a secondary one (Nebenwohnung, BMG §21),
 * where a profile allows secondary residences.
 */
public enum ResidenceKind {
    /** The main residence (the default). */
    MAIN,
    /** A secondary residence beside the main one. */
    SECONDARY
}
