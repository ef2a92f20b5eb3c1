package org.renfang.model;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads a typed id from a JSON string. While a registry is read, the reader passes a
 * {@link #CACHE_ATTRIBUTE} map, and every occurrence of the same id text shares one id instance
 * (a registry names the same person, premises and lease many times; sharing saves memory).
 *
 * <p>This class is immutable and thread-safe; the cache belongs to one read.
 */
public final class IdDeserializer extends JsonDeserializer<RecordId> implements ContextualDeserializer {

    /** The name of the DeserializationContext attribute holding the per-read id cache. */
    public static final String CACHE_ATTRIBUTE = "org.renfang.model.IdDeserializer.cache";

    private final Class<?> type;
    private final Function<String, RecordId> factory;

    /** Creates the contextual prototype Jackson instantiates from the annotation. */
    public IdDeserializer() {
        this(null, null);
    }

    private IdDeserializer(Class<?> type, Function<String, RecordId> factory) {
        this.type = type;
        this.factory = factory;
    }

    /**
     * Returns a new, empty per-read cache to pass as the {@link #CACHE_ATTRIBUTE} attribute.
     *
     * @return the cache, not null; confined to one read on one thread
     */
    public static Map<Class<?>, Map<String, RecordId>> newCache() {
        return new HashMap<>();
    }

    /**
     * Returns the factory of an id type: the {@link RecordType#id} of a record kind's id type, or
     * {@link RoomId#of} for a room's.
     *
     * @param idType the id type, not null
     * @return the factory, or null if the type is not an id type of the model
     */
    public static Function<String, RecordId> factory(Class<?> idType) {
        RecordType kind = RecordType.ofIdType(idType);
        if (kind != null) {
            return kind::id;
        }
        return idType == RoomId.class ? RoomId::of : null;
    }

    @Override
    public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property)
            throws JsonMappingException {
        Class<?> t = ctxt.getContextualType() != null ? ctxt.getContextualType().getRawClass() : null;
        if (t == null && property != null) {
            t = property.getType().getRawClass();
        }
        Function<String, RecordId> f = t == null ? null : factory(t);
        if (f == null) {
            throw JsonMappingException.from(ctxt, "no id type for " + t);
        }
        return new IdDeserializer(t, f);
    }

    @Override
    @SuppressWarnings("unchecked")
    public RecordId deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            return (RecordId) ctxt.handleUnexpectedToken(type, p);
        }
        String text = p.getText();
        Object attribute = ctxt.getAttribute(CACHE_ATTRIBUTE);
        if (attribute == null) {
            return create(p, text);
        }
        Map<String, RecordId> ids = ((Map<Class<?>, Map<String, RecordId>>) attribute)
                .computeIfAbsent(type, k -> new HashMap<>());
        RecordId id = ids.get(text);
        if (id == null) {
            id = create(p, text);
            ids.put(id.value(), id);
        }
        return id;
    }

    private RecordId create(JsonParser p, String text) throws JsonMappingException {
        try {
            return factory.apply(text);
        } catch (InvalidFieldException e) {
            throw JsonMappingException.from(p, e.getMessage(), e);
        }
    }
}
