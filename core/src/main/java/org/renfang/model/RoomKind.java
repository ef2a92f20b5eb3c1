package org.renfang.model;

/**
 * Kinds of rooms.
 */
public enum RoomKind {
    /** A bedroom. */
    BEDROOM,
    /** A living room. */
    LIVING_ROOM,
    /** A kitchen: not habitable. */
    KITCHEN,
    /** A bathroom: not habitable. */
    BATHROOM,
    /** A balcony: not habitable. */
    BALCONY,
    /** A storage room: not habitable. */
    STORAGE,
    /** A basement (地下室): not habitable. */
    BASEMENT,
    /** Anything else. */
    OTHER
}
