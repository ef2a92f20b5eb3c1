package org.renfang.qr;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.renfang.label.LabelCheck;

/**
 * The outcome of reading a door label: its status, the failing stage when malformed, the
 * label once its signature has verified, and the kid once the COSE stage has passed.
 *
 * <p>The label is given for VALID, REVOKED, WRONG_PREMISES, NOT_YET_VALID and EXPIRED;
 * a label whose signature did not verify is never shown.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param status the status, not null
 * @param stage  the failing stage, non-null exactly when {@code status} is MALFORMED
 * @param label  the verified label, null before the signature and payload have passed
 * @param kid    the kid as eight lowercase hex digits, null before the COSE stage has passed
 * @param reason why an image was refused (e.g. {@link LabelException.Code#SEVERAL_CODES},
 *               {@link LabelException.Code#IMAGE_BUDGET_SPENT}), non-null exactly when the stage is IMAGE
 */
public record LabelReading(LabelStatus status, LabelStage stage, DoorLabel label, String kid, LabelException.Code reason) {

    /**
     * Checks the components.
     *
     * @param status the status, not null
     * @param stage  the failing stage, non-null exactly when MALFORMED
     * @param label  the verified label, may be null
     * @param kid    the kid, may be null
     * @param reason why the image was refused, non-null exactly when the stage is IMAGE
     * @throws IllegalArgumentException if the stage is given for another status or missing for MALFORMED,
     *                                  or the reason is given for another stage or missing for IMAGE
     */
    public LabelReading {
        Objects.requireNonNull(status, "status");
        if ((status == LabelStatus.MALFORMED) != (stage != null)) {
            throw new IllegalArgumentException("a stage is given exactly for MALFORMED, not with " + status);
        }
        if ((stage == LabelStage.IMAGE) != (reason != null)) {
            throw new IllegalArgumentException("a reason is given exactly for the IMAGE stage, not with " + stage);
        }
    }

    /**
     * Creates a reading of label text (no image reason).
     *
     * @param status the status, not null
     * @param stage  the failing stage, non-null exactly when MALFORMED, never IMAGE
     * @param label  the verified label, may be null
     * @param kid    the kid, may be null
     * @throws IllegalArgumentException as the canonical constructor
     */
    public LabelReading(LabelStatus status, LabelStage stage, DoorLabel label, String kid) {
        this(status, stage, label, kid, null);
    }

    static LabelReading malformed(LabelStage stage, String kid) {
        return new LabelReading(LabelStatus.MALFORMED, stage, null, kid);
    }

    static LabelReading image(LabelException.Code reason) {
        return new LabelReading(LabelStatus.MALFORMED, LabelStage.IMAGE, null, null, Objects.requireNonNull(reason, "reason"));
    }

    /**
     * Returns whether the label verified.
     *
     * @return true if the status is VALID
     */
    public boolean isValid() {
        return status == LabelStatus.VALID;
    }

    /**
     * Returns core's view of this outcome: the same status, and the stage name when malformed.
     *
     * @return the check, not null
     */
    public LabelCheck toCheck() {
        return new LabelCheck(status.toCheckStatus(), stage == null ? null : stage.name());
    }

    /**
     * Returns the fields of the reading, in order: status, stage, issuer, premises, serial,
     * issuedOn, expiresOn (ISO dates), kid, reason (the image's refusal code); unknown values are null.
     *
     * @return a new insertion-ordered map of strings, numbers and nulls, not null
     */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("status", status.name());
        m.put("stage", stage == null ? null : stage.name());
        m.put("issuer", label == null ? null : label.issuer());
        m.put("premises", label == null ? null : label.premises().value());
        m.put("serial", label == null ? null : label.serial());
        m.put("issuedOn", label == null ? null : label.issuedOn().toString());
        m.put("expiresOn", label == null || label.expiresOn() == null ? null : label.expiresOn().toString());
        m.put("kid", kid);
        m.put("reason", reason == null ? null : reason.name());
        return m;
    }

    /**
     * Returns {@link #toMap()} as one line of JSON, every field present (null where unknown), with
     * {@code ", "} between fields and {@code ": "} after names: the form {@code renfang label read
     * --format json} prints and {@code docs/door-label.md} ("The reading as JSON") describes.
     *
     * @return the JSON object text, not null
     */
    public String toJson() {
        StringBuilder sb = new StringBuilder(160).append('{');
        boolean first = true;
        for (Map.Entry<String, Object> e : toMap().entrySet()) {
            if (!first) {
                sb.append(", ");
            }
            first = false;
            quote(sb, e.getKey());
            sb.append(": ");
            Object v = e.getValue();
            if (v == null) {
                sb.append("null");
            } else if (v instanceof Long) {
                sb.append(v);
            } else {
                quote(sb, v.toString());
            }
        }
        return sb.append('}').toString();
    }

    private static void quote(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else if (c < 0x20 || c == 0x2028 || c == 0x2029) {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        sb.append('"');
    }
}
