package org.renfang.label;

import java.time.Instant;
import org.renfang.model.PremisesId;

/**
 * Verifies the text of a scanned door label (门牌二维码) for a premises at an instant.
 *
 * <p>The validation module calls this for each visit that carries a label; the qr-codec
 * module implements it ({@code org.renfang.qr.DoorLabels#verifier}). Implementations never
 * throw on bad label text: every problem is a {@link LabelCheck} status.
 *
 * <p>Implementations must be immutable and thread-safe.
 */
@FunctionalInterface
public interface LabelVerifier {

    /**
     * Verifies label text.
     *
     * @param labelText the scanned text, not null, any content
     * @param expectedPremises the premises the label must belong to, not null
     * @param at the instant of the scan, not null
     * @return the outcome, never null
     */
    LabelCheck verify(String labelText, PremisesId expectedPremises, Instant at);
}
