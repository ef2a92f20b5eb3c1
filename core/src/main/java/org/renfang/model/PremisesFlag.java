package org.renfang.model;

/**
 * Official findings about premises that forbid letting them.
 */
public enum PremisesFlag {
    /** An illegal structure (违法建筑). */
    ILLEGAL_STRUCTURE,
    /** Unsafe for occupation (危房). */
    UNSAFE,
    /** Use changed illegally (擅自改变使用性质). */
    ILLEGAL_CHANGE_OF_USE
}
