package org.renfang.validation.finding;

/**
 * How serious a finding is. A report with any ERROR is not valid.
 */
public enum Severity {
    /** The records break a rule: the report is not valid. */
    ERROR,
    /** Something an officer should look at; the report stays valid. */
    WARNING,
    /** For information only (coordination hints). */
    INFO
}
