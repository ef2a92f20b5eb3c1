package org.renfang.model.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;

/**
 * A value of the wire format read only from a JSON string and only in the range of dates
 * ({@value RenfangJson#MIN_YEAR} to {@value RenfangJson#MAX_YEAR}): any other token is refused as
 * databind refuses a mismatched value, a string the subclass does not accept as a weird string
 * value with the subclass's expectation.
 *
 * @param <T> the type read
 */
abstract class StrictStringDeserializer<T> extends StdScalarDeserializer<T> {
    private static final long serialVersionUID = 1L;

    /** What is expected, with the two years to format in: {@code "expected a date … from %d to %d"}. */
    private final String expected;

    StrictStringDeserializer(Class<T> type, String expected) {
        super(type);
        this.expected = expected;
    }

    /** Reads the value of the current string token, or returns what {@link #accepts} refuses. */
    abstract T read(JsonParser p, DeserializationContext ctxt) throws IOException;

    /** Whether a value {@link #read} returned is taken. */
    abstract boolean accepts(T value);

    @Override
    @SuppressWarnings("unchecked")
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            return (T) ctxt.handleUnexpectedToken(handledType(), p);
        }
        T value = read(p, ctxt);
        if (!accepts(value)) {
            return (T) ctxt.handleWeirdStringValue(handledType(), "", expected, RenfangJson.MIN_YEAR,
                    RenfangJson.MAX_YEAR);
        }
        return value;
    }
}
