package org.renfang.model.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import java.io.IOException;
import java.time.OffsetDateTime;

/**
 * Reads an instant with its offset ({@code 2026-04-01T10:00:00+08:00}) as Jackson's java.time
 * module does, but only from a string and only with a local year from {@value RenfangJson#MIN_YEAR}
 * to {@value RenfangJson#MAX_YEAR}, the range of dates: a visit in year +999999999 is a typing
 * error, and a number of epoch seconds is not the wire format.
 */
final class StrictOffsetDateTimeDeserializer extends StrictStringDeserializer<OffsetDateTime> {
    private static final long serialVersionUID = 1L;

    StrictOffsetDateTimeDeserializer() {
        super(OffsetDateTime.class, "expected an instant with offset from year %d to %d");
    }

    @Override
    OffsetDateTime read(JsonParser p, DeserializationContext ctxt) throws IOException {
        return InstantDeserializer.OFFSET_DATE_TIME.deserialize(p, ctxt);
    }

    /** Null (what the java.time module makes of an empty string) is taken; a year out of range is not. */
    @Override
    boolean accepts(OffsetDateTime t) {
        return t == null || t.getYear() >= RenfangJson.MIN_YEAR && t.getYear() <= RenfangJson.MAX_YEAR;
    }
}
