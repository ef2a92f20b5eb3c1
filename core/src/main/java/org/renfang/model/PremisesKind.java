package org.renfang.model;

/**
 * Kinds of premises.
 */
public enum PremisesKind {
    /** An apartment. */
    APARTMENT,
    /** A house. */
    HOUSE,
    /** A single room let as premises. */
    ROOM,
    /** A dormitory. */
    DORMITORY,
    /** A hotel. */
    HOTEL,
    /** A shop. */
    SHOP,
    /** An office. */
    OFFICE,
    /** A factory. */
    FACTORY,
    /** Anything else. */
    OTHER
}
