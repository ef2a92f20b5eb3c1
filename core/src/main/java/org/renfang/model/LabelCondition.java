package org.renfang.model;

/**
 * What an inspector saw of the door label (门牌二维码) on a visit.
 */
public enum LabelCondition {
    /** The label is on the door and readable. */
    INTACT,
    /** No label on the door. */
    MISSING,
    /** A label is on the door but damaged or defaced. */
    DAMAGED
}
