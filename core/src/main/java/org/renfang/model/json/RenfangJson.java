package org.renfang.model.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The wire format's JSON settings and input limits, and shared readers and writers configured
 * with them.
 *
 * <p>Reading refuses duplicate keys, trailing tokens, unknown fields, numbers for enums or
 * strings, and nulls inside arrays; a {@code null} field counts as absent. Writing gives camelCase
 * fields in a fixed order, ISO-8601 dates and instants with their offset, and omits absent
 * values. {@link #registryReader()} has no document size limit (registries are streamed, see
 * {@link RegistryReader}); {@link #payloadReader()} refuses documents over
 * {@value #MAX_PAYLOAD_BYTES} bytes. {@link RenfangModule} carries the same settings to a host's
 * own mapper.
 *
 * <p>Nothing here can be reconfigured by a caller: readers and writers are immutable (their
 * {@code with…} methods return new instances), and {@link #registryMapper()} and
 * {@link #payloadMapper()} return a new mapper on each call, which the caller may configure as it
 * likes without changing how this library reads or writes.
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
    private static final ObjectReader REGISTRY_READER = REGISTRY.reader();
    private static final ObjectReader PAYLOAD_READER = PAYLOAD.reader();
    private static final ObjectWriter WRITER = REGISTRY.writer();

    private RenfangJson() {
    }

    /**
     * Returns a reader for registries: per-token limits, no document limit. Bind it to a type with
     * {@code forType}; reading a whole document with problems reported is {@link RegistryReader}'s.
     *
     * @return the shared reader, not null; immutable
     */
    public static ObjectReader registryReader() {
        return REGISTRY_READER;
    }

    /**
     * Returns a reader for registration payloads: per-token limits and at most
     * {@value #MAX_PAYLOAD_BYTES} bytes.
     *
     * @return the shared reader, not null; immutable
     */
    public static ObjectReader payloadReader() {
        return PAYLOAD_READER;
    }

    /**
     * Returns the writer of the wire format (registries and payloads alike).
     *
     * @return the shared writer, not null; immutable
     */
    public static ObjectWriter writer() {
        return WRITER;
    }

    /**
     * Returns a new mapper for registries (per-token limits, no document limit), for what the
     * readers and writer do not offer ({@code valueToTree}, {@code convertValue}). Each call builds
     * a copy; prefer {@link #registryReader()} and {@link #writer()} where they serve.
     *
     * @return a new mapper, not null; the caller's own
     */
    public static JsonMapper registryMapper() {
        return REGISTRY.copy();
    }

    /**
     * Returns a new mapper for registration payloads: per-token limits and at most
     * {@value #MAX_PAYLOAD_BYTES} bytes. Each call builds a copy.
     *
     * @return a new mapper, not null; the caller's own
     */
    public static JsonMapper payloadMapper() {
        return PAYLOAD.copy();
    }

    /** The library's own registry mapper, never handed out: {@link RegistryReader} binds with it. */
    static JsonMapper sharedRegistryMapper() {
        return REGISTRY;
    }

    /** The library's own payload mapper, never handed out: {@link RegistryReader} binds with it. */
    static JsonMapper sharedPayloadMapper() {
        return PAYLOAD;
    }

    private static JsonMapper build(long maxDocument) {
        StreamReadConstraints.Builder limits = StreamReadConstraints.builder();
        if (maxDocument > 0) {
            limits.maxDocumentLength(maxDocument);
        }
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(limits.build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
                .build();
        // RenfangModule adds the per-token limits and every other setting of the format.
        return JsonMapper.builder(factory).addModule(new RenfangModule()).build();
    }
}
