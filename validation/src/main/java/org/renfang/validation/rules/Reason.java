package org.renfang.validation.rules;

/**
 * A reason a rule gives in the {@code reason} parameter of its finding: a constant of one of the
 * rules' reason enums, written as its name. The names are part of the report format and are
 * never renamed.
 */
public interface Reason {
    /**
     * Returns the reason as written in reports.
     *
     * @return the constant's name, not null
     */
    String name();
}
