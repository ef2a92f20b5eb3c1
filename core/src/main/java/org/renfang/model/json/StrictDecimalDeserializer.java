package org.renfang.model.json;

import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * Reads a decimal (an area) like Jackson does, then refuses one whose plain form would need more
 * than {@value RenfangJson#MAX_NUMBER_LENGTH} digits before or after the point: {@code 1e-999999999}
 * is 12 characters of JSON but a billion digits once written out, added to another area or
 * formatted into a message.
 *
 * <p>A decimal given as a JSON string ({@code "12.5"}) is parsed here, not by the parser's number
 * limit: the limit is then exactly the one above, and a longer one is {@code FIELD_INVALID} at the
 * field instead of a parser error that ends the document. A JSON number token is also held to the
 * parser's {@value RenfangJson#MAX_NUMBER_LENGTH}-character limit for tokens.
 */
final class StrictDecimalDeserializer extends NumberDeserializers.BigDecimalDeserializer {
    private static final long serialVersionUID = 1L;

    @Override
    public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_STRING) {
            String text = p.getText().trim();
            BigDecimal d = parsePlain(text);
            if (d != null) {
                if (!isBounded(d)) {
                    return (BigDecimal) ctxt.handleWeirdStringValue(BigDecimal.class, text,
                            "expected at most %d digits before and after the point", RenfangJson.MAX_NUMBER_LENGTH);
                }
                return d;
            }
        }
        BigDecimal d = super.deserialize(p, ctxt);
        if (d != null && !isBounded(d)) {
            return (BigDecimal) ctxt.handleWeirdNumberValue(BigDecimal.class, 0,
                    "expected at most %d digits before and after the point", RenfangJson.MAX_NUMBER_LENGTH);
        }
        return d;
    }

    /**
     * Parses a decimal string of the JSON number grammar (optional minus, digits, optional
     * fraction, optional exponent), or returns null for anything else, which Jackson then judges.
     */
    static BigDecimal parsePlain(String s) {
        int n = s.length();
        int i = 0;
        if (i < n && s.charAt(i) == '-') {
            i++;
        }
        int digits = i;
        i = digitsEnd(s, i);
        if (i == digits) {
            return null;
        }
        if (i < n && s.charAt(i) == '.') {
            int frac = i + 1;
            i = digitsEnd(s, frac);
            if (i == frac) {
                return null;
            }
        }
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                i++;
            }
            int exp = i;
            i = digitsEnd(s, exp);
            if (i == exp || i - exp > 10) {
                return null;
            }
        }
        if (i != n) {
            return null;
        }
        try {
            return new BigDecimal(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The end of the run of ASCII digits of {@code s} from {@code i} ({@code i} itself if none). */
    private static int digitsEnd(String s, int i) {
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        return i;
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
