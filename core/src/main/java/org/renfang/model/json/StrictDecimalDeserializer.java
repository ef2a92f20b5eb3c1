package org.renfang.model.json;

import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * Reads a decimal (an area) like Jackson does, then refuses one whose plain form would need more
 * than {@value RenfangJson#MAX_NUMBER_LENGTH} digits before or after the point: {@code 1e-999999999}
 * is 12 characters of JSON but a billion digits once written out, added to another area or
 * formatted into a message.
 */
final class StrictDecimalDeserializer extends NumberDeserializers.BigDecimalDeserializer {
    private static final long serialVersionUID = 1L;

    @Override
    public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        BigDecimal d = super.deserialize(p, ctxt);
        if (d != null && !isBounded(d)) {
            return (BigDecimal) ctxt.handleWeirdNumberValue(BigDecimal.class, 0,
                    "expected at most %d digits before and after the point", RenfangJson.MAX_NUMBER_LENGTH);
        }
        return d;
    }

    /** Returns whether the plain form has at most MAX_NUMBER_LENGTH digits before and after the point. */
    static boolean isBounded(BigDecimal d) {
        int scale = d.scale();
        if (scale > RenfangJson.MAX_NUMBER_LENGTH) {
            return false;
        }
        // digits before the point: precision - scale (negative scale adds zeros)
        return (long) d.precision() - scale <= RenfangJson.MAX_NUMBER_LENGTH;
    }
}
