package org.renfang.model.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.module.SimpleDeserializers;
import com.fasterxml.jackson.databind.module.SimpleSerializers;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The wire format as a Jackson module, for a host that reads and writes renfang documents with
 * its own mapper:
 *
 * <pre>{@code
 * JsonMapper hostMapper = JsonMapper.builder().addModule(new RenfangModule()).build();
 * byte[] json = hostMapper.writeValueAsBytes(document);   // the same bytes as RenfangJson.writer()
 * }</pre>
 *
 * <p>Registering it registers {@link Jdk8Module} and {@link JavaTimeModule} first, adds the strict
 * readers of dates ({@value RenfangJson#MIN_YEAR} to {@value RenfangJson#MAX_YEAR}, ISO-8601
 * only), instants (with their offset) and decimals (bounded digits), writes decimals in plain
 * notation, and configures the mapper it is registered on as {@link RenfangJson}'s mappers are:
 * dates and instants written as ISO-8601 strings, absent values omitted (the format has no
 * nulls), a {@code null} field read as absent and refused inside arrays, unknown fields, derived
 * accessor names, trailing tokens, duplicate keys, numbers for enums or strings and strings for
 * numbers or booleans refused, and the per-token input limits of {@link RenfangJson} (nesting,
 * string, number and name lengths; a document limit already set is kept).
 *
 * <p>These settings are the mapper's own, so they apply to every type it reads and writes: give
 * the wire format a mapper of its own (or a {@code copy()} of the host's). {@link RegistryReader#read}
 * reads whole documents with such a mapper, reporting problems instead of throwing.
 *
 * <p>This class is immutable and thread-safe; one instance may be registered on many mappers.
 */
public final class RenfangModule extends Module {

    /** Creates the module. */
    public RenfangModule() {
    }

    @Override
    public String getModuleName() {
        return "renfang";
    }

    @Override
    public Version version() {
        return Version.unknownVersion();
    }

    @Override
    public Object getTypeId() {
        return RenfangModule.class.getName();
    }

    @Override
    public Iterable<? extends Module> getDependencies() {
        return List.of(new Jdk8Module(), new JavaTimeModule());
    }

    @Override
    @SuppressWarnings("deprecation") // a built mapper's MapperFeatures change only through configure()
    public void setupModule(SetupContext context) {
        SimpleDeserializers deserializers = new SimpleDeserializers();
        deserializers.addDeserializer(LocalDate.class, new StrictLocalDateDeserializer());
        deserializers.addDeserializer(BigDecimal.class, new StrictDecimalDeserializer());
        deserializers.addDeserializer(OffsetDateTime.class, new StrictOffsetDateTimeDeserializer());
        context.addDeserializers(deserializers);
        SimpleSerializers serializers = new SimpleSerializers();
        serializers.addSerializer(BigDecimal.class, new PlainDecimalSerializer());
        context.addSerializers(serializers);

        // ObjectMapper.registerModule (and JsonMapper.builder().addModule) hand the mapper itself.
        ObjectMapper mapper = context.getOwner();
        JsonFactory factory = mapper.getFactory();
        factory.setStreamReadConstraints(factory.streamReadConstraints().rebuild()
                .maxNestingDepth(RenfangJson.MAX_NESTING_DEPTH)
                .maxStringLength(RenfangJson.MAX_STRING_LENGTH)
                .maxNumberLength(RenfangJson.MAX_NUMBER_LENGTH)
                .maxNameLength(RenfangJson.MAX_NAME_LENGTH)
                .build());
        mapper.setConfig(mapper.getDeserializationConfig().with(JsonParser.Feature.STRICT_DUPLICATE_DETECTION));
        mapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
                // Names of derived accessors (isNational -> "national") are not wire fields either.
                DeserializationFeature.FAIL_ON_IGNORED_PROPERTIES,
                DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
                DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
                DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS,
                DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT,
                DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);
        mapper.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS, SerializationFeature.FAIL_ON_EMPTY_BEANS);
        mapper.configure(MapperFeature.ALLOW_COERCION_OF_SCALARS, false);
        mapper.configure(MapperFeature.DEFAULT_VIEW_INCLUSION, false);
        mapper.setDefaultSetterInfo(JsonSetter.Value.construct(Nulls.SKIP, Nulls.FAIL));
        mapper.setDefaultPropertyInclusion(JsonInclude.Include.NON_ABSENT);
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
    }

    /** Writes a decimal in plain notation ({@code 1000}, never {@code 1E+3}), whatever the generator's features. */
    static final class PlainDecimalSerializer extends StdSerializer<BigDecimal> {
        private static final long serialVersionUID = 1L;

        PlainDecimalSerializer() {
            super(BigDecimal.class);
        }

        @Override
        public void serialize(BigDecimal value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeNumber(value.toPlainString());
        }
    }
}
