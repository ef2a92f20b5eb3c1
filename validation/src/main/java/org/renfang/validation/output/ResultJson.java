package org.renfang.validation.output;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;
import org.renfang.model.json.RenfangJson;

/**
 * The one JSON writer of the library's results (reports, permit assessments, premises ratings):
 * UTF-8, two-space indentation with one field or element a line, fields in the order written,
 * a line feed after the document, and the stream left open.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class ResultJson {

    /** Writes the fields of one document. */
    @FunctionalInterface
    public interface Body {
        /**
         * Writes the document's fields.
         *
         * @param g the generator, positioned inside the document's object
         * @throws IOException if writing fails
         */
        void write(JsonGenerator g) throws IOException;
    }

    private ResultJson() {
    }

    /**
     * Writes one JSON object document.
     *
     * @param out  the stream, not null; left open
     * @param what what is written, for the exception message ("report"), not null
     * @param body writes the object's fields, not null
     * @throws UncheckedIOException if writing fails
     */
    public static void write(OutputStream out, String what, Body body) {
        Objects.requireNonNull(out, "out");
        try (JsonGenerator g = RenfangJson.writer().createGenerator(out, JsonEncoding.UTF8)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.setPrettyPrinter(new DefaultPrettyPrinter()
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n")));
            g.writeStartObject();
            body.write(g);
            g.writeEndObject();
            g.writeRaw('\n');
        } catch (IOException e) {
            throw new UncheckedIOException("writing the " + what + " failed", e);
        }
    }

    /**
     * Writes one result document whose first field is its schema name; every result document
     * ({@code renfang/report@1}, {@code renfang/permit@1}, {@code renfang/rating@1}) starts so.
     *
     * @param out    the stream, not null; left open
     * @param locale the language of the document's messages, not null (checked here for the writer)
     * @param what   what is written, for the exception message ("report"), not null
     * @param schema the schema name, not null
     * @param body   writes the fields after the schema, not null
     * @throws UncheckedIOException if writing fails
     */
    public static void write(OutputStream out, Locale locale, String what, String schema, Body body) {
        Objects.requireNonNull(locale, "locale");
        write(out, what, g -> {
            g.writeStringField("schema", schema);
            body.write(g);
        });
    }

    /**
     * Writes a string field, {@code null} when there is no value.
     *
     * @param g     the generator, not null
     * @param field the field name, not null
     * @param value the value, not null
     * @throws IOException if writing fails
     */
    public static void stringOrNull(JsonGenerator g, String field, Optional<String> value) throws IOException {
        if (value.isPresent()) {
            g.writeStringField(field, value.get());
        } else {
            g.writeNullField(field);
        }
    }

    /**
     * Writes a number field, {@code null} when there is no value.
     *
     * @param g     the generator, not null
     * @param field the field name, not null
     * @param value the value, not null
     * @throws IOException if writing fails
     */
    public static void numberOrNull(JsonGenerator g, String field, OptionalInt value) throws IOException {
        if (value.isPresent()) {
            g.writeNumberField(field, value.getAsInt());
        } else {
            g.writeNullField(field);
        }
    }

    /**
     * Returns what a writer writes, as text.
     *
     * @param writer writes a document to the stream it is given, not null
     * @return the UTF-8 text, not null
     */
    public static String text(Consumer<OutputStream> writer) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.accept(out);
        return out.toString(StandardCharsets.UTF_8);
    }

    /**
     * Writes a field whose value is an object of strings, in the map's order.
     *
     * @param g      the generator, not null
     * @param field  the field name, not null
     * @param values the values, not null
     * @throws IOException if writing fails
     */
    public static void stringMap(JsonGenerator g, String field, Map<String, String> values) throws IOException {
        g.writeObjectFieldStart(field);
        for (Map.Entry<String, String> e : values.entrySet()) {
            g.writeStringField(e.getKey(), e.getValue());
        }
        g.writeEndObject();
    }
}
