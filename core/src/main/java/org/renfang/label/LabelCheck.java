package org.renfang.label;

import java.util.Objects;

/**
 * The outcome of verifying a door label: a status code and, when malformed, the stage that failed.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param status the status, not null
 * @param stage  the failing stage when {@code status} is {@link LabelCheckStatus#MALFORMED}, else null
 */
public record LabelCheck(LabelCheckStatus status, String stage) {

    /**
     * Checks the components.
     *
     * @param status the status, not null
     * @param stage  the failing stage, null unless malformed
     */
    public LabelCheck {
        Objects.requireNonNull(status, "status");
    }

    /**
     * Returns whether the label verified.
     *
     * @return true if the status is VALID
     */
    public boolean isValid() {
        return status == LabelCheckStatus.VALID;
    }
}
