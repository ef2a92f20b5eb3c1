package org.renfang.model.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * The JSON Schemas (draft 2020-12) of the wire format, as shipped in this jar: the same files as
 * {@code docs/schema/} of the repository. They describe the field-level shape of the documents
 * (types, required fields, enum values, lengths, patterns, ranges), which is what
 * {@link RegistryReader} and the model's field constraints check; the consistency rules are not
 * in them.
 *
 * <pre>{@code
 * String schema = JsonSchemas.text(JsonSchemas.Document.REGISTRATION);   // hand it to any JSON Schema validator
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class JsonSchemas {

    /** The documents of the wire format, each with its schema file. */
    public enum Document {
        /** A whole registry, {@code renfang/registry@1}: {@code registry.schema.json}. */
        REGISTRY("registry.schema.json"),
        /** A registration payload, {@code renfang/registration@1}: {@code registration.schema.json}. */
        REGISTRATION("registration.schema.json"),
        /** A report, {@code renfang/report@1}: {@code report.schema.json}. */
        REPORT("report.schema.json"),
        /** OpenAPI 3.1 components that refer to the three schemas: {@code openapi.json}. */
        OPENAPI_COMPONENTS("openapi.json");

        private final String fileName;

        Document(String fileName) {
            this.fileName = fileName;
        }

        /**
         * Returns the file name, as in {@code docs/schema/} and as the relative references between
         * the files name it.
         *
         * @return the file name, not null
         */
        public String fileName() {
            return fileName;
        }
    }

    private JsonSchemas() {
    }

    /**
     * Opens a schema file.
     *
     * @param document the document, not null
     * @return the UTF-8 bytes of the file, not null; the caller closes the stream
     */
    public static InputStream open(Document document) {
        Objects.requireNonNull(document, "document");
        InputStream in = JsonSchemas.class.getResourceAsStream(document.fileName());
        if (in == null) {
            throw new IllegalStateException("schema " + document.fileName() + " is missing from the jar");
        }
        return in;
    }

    /**
     * Returns a schema file as text.
     *
     * @param document the document, not null
     * @return the JSON text, not null
     * @throws UncheckedIOException if the file cannot be read from the jar
     */
    public static String text(Document document) {
        try (InputStream in = open(document)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("reading schema " + document.fileName() + " failed", e);
        }
    }
}
