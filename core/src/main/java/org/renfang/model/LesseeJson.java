package org.renfang.model;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import java.io.IOException;

/**
 * The JSON form of one entry of a lease's {@code lessees}: a person id as a string
 * ({@code "P1"}, the form of documents written before organizations could be lessees) or a party
 * object ({@code {"organization": "O2"}}, {@code {"person": "P1"}}). A person lessee is written
 * as a string, an organization lessee as an object, so documents that list persons by id write
 * back as they were written; a person lessee read from {@code {"person": "P1"}} writes back as
 * {@code "P1"}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class LesseeJson {

    private LesseeJson() {
    }

    /**
     * Writes a lessee: a person as its id string, an organization as a party object.
     *
     * <p>This class is immutable and thread-safe.
     */
    public static final class Serializer extends JsonSerializer<Party> {
        /** Creates the serializer Jackson instantiates from the annotation. */
        public Serializer() {
        }

        @Override
        public void serialize(Party value, JsonGenerator g, SerializerProvider provider) throws IOException {
            if (value.person().isPresent()) {
                g.writeString(value.person().get().value());
            } else {
                g.writeStartObject();
                g.writeStringField("organization", value.organization().orElseThrow().value());
                g.writeEndObject();
            }
        }
    }

    /**
     * Reads a lessee: a string is a person id, an object a party; any other token is refused as
     * databind refuses a mismatched value.
     *
     * <p>This class is immutable and thread-safe.
     */
    public static final class Deserializer extends JsonDeserializer<Party> implements IdShorthand<Party> {
        /** Creates the deserializer Jackson instantiates from the annotation. */
        public Deserializer() {
        }

        @Override
        public Party deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonToken t = p.currentToken();
            if (t == JsonToken.VALUE_STRING) {
                return fromId(ctxt.readValue(p, PersonId.class));
            }
            if (t == JsonToken.START_OBJECT) {
                return ctxt.readValue(p, Party.class);
            }
            return (Party) ctxt.handleUnexpectedToken(Party.class, p);
        }

        /** @return {@code PersonId}: a lessee written as a string is a person */
        @Override
        public Class<PersonId> idType() {
            return PersonId.class;
        }

        /** @return the person lessee of the id */
        @Override
        public Party fromId(RecordId id) {
            return Party.of((PersonId) id);
        }
    }
}
