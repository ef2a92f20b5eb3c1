package org.renfang.model.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * The configured JSON mappers of the wire format, with the input limits of ENGINEERING.md.
 *
 * <p>Both mappers refuse duplicate keys, trailing tokens, unknown fields, numbers for enums or
 * strings, and nulls inside arrays; a {@code null} field counts as absent. They write camelCase
 * fields in a fixed order, ISO-8601 dates and instants with their offset, and omit absent values.
 * {@link #registryMapper()} has no document size limit (registries are streamed, see
 * {@link RegistryReader}); {@link #payloadMapper()} refuses documents over
 * {@value #MAX_PAYLOAD_BYTES} bytes.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RenfangJson {

    /** Largest registration payload, in bytes (1 MiB). */
    public static final int MAX_PAYLOAD_BYTES = 1 << 20;
    /** Deepest nesting of arrays and objects. */
    public static final int MAX_NESTING_DEPTH = 32;
    /** Longest string value, in characters (4 KiB). */
    public static final int MAX_STRING_LENGTH = 4096;
    /** Longest number, in digits; a decimal also has at most this many digits before and after the point once written out plainly. */
    public static final int MAX_NUMBER_LENGTH = 32;
    /** Longest field name, in characters. */
    public static final int MAX_NAME_LENGTH = 128;
    /** Earliest year a date (or the local date of an instant) may have. */
    public static final int MIN_YEAR = 1800;
    /** Latest year a date (or the local date of an instant) may have. */
    public static final int MAX_YEAR = 2999;

    private static final JsonMapper REGISTRY = build(-1);
    private static final JsonMapper PAYLOAD = build(MAX_PAYLOAD_BYTES);

    private RenfangJson() {
    }

    /**
     * Returns the mapper for registries: per-token limits, no document limit.
     *
     * @return the shared mapper, not null; do not reconfigure it
     */
    public static JsonMapper registryMapper() {
        return REGISTRY;
    }

    /**
     * Returns the mapper for registration payloads: per-token limits and at most
     * {@value #MAX_PAYLOAD_BYTES} bytes.
     *
     * @return the shared mapper, not null; do not reconfigure it
     */
    public static JsonMapper payloadMapper() {
        return PAYLOAD;
    }

    private static JsonMapper build(long maxDocument) {
        StreamReadConstraints.Builder limits = StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING_DEPTH)
                .maxStringLength(MAX_STRING_LENGTH)
                .maxNumberLength(MAX_NUMBER_LENGTH)
                .maxNameLength(MAX_NAME_LENGTH);
        if (maxDocument > 0) {
            limits.maxDocumentLength(maxDocument);
        }
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(limits.build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .build();
        SimpleModule dates = new SimpleModule("renfang-dates");
        dates.addDeserializer(LocalDate.class, new StrictLocalDateDeserializer());
        dates.addDeserializer(BigDecimal.class, new StrictDecimalDeserializer());
        dates.addDeserializer(OffsetDateTime.class, new StrictOffsetDateTimeDeserializer());
        JsonMapper mapper = JsonMapper.builder(factory)
                .addModule(new Jdk8Module())
                .addModule(new JavaTimeModule())
                .addModule(dates)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                // Names of derived accessors (isNational -> "national") are not wire fields either.
                .enable(DeserializationFeature.FAIL_ON_IGNORED_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .disable(MapperFeature.DEFAULT_VIEW_INCLUSION)
                .defaultSetterInfo(JsonSetter.Value.construct(Nulls.SKIP, Nulls.FAIL))
                .serializationInclusion(JsonInclude.Include.NON_ABSENT)
                .build();
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Float)
                .setCoercion(CoercionInputShape.String, CoercionAction.TryConvert)
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Integer)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Boolean)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        return mapper;
    }
}
