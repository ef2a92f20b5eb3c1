package org.renfang.spark;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.renfang.model.RecordType;
import org.renfang.model.RegistryDocument;
import org.renfang.model.json.RegistryReader;
import org.renfang.model.source.ReadResult;

/**
 * A registry document written record by record as UTF-8 bytes (each record's JSON as it travels),
 * then read by the registry reader: no record is decoded into a {@code String} on the way.
 */
final class DocumentBytes extends ByteArrayOutputStream {
    private static final byte[] HEAD = ("{\"schema\":\"" + RegistryDocument.REGISTRY_SCHEMA + "\"")
            .getBytes(StandardCharsets.UTF_8);

    private boolean inArray;
    private boolean first;

    /** A document with room for about {@code size} bytes of records. */
    DocumentBytes(int size) {
        super(size + 256);
        writeBytes(HEAD);
    }

    /** Starts the array of a kind of record; the records added next are of that kind. */
    void kind(RecordType kind) {
        endArray();
        writeBytes((",\"" + kind.jsonName() + "\":[").getBytes(StandardCharsets.UTF_8));
        inArray = true;
        first = true;
    }

    /** Adds a record's JSON (one JSON object) to the current kind's array. */
    void add(byte[] record) {
        if (!first) {
            write(',');
        }
        first = false;
        writeBytes(record);
    }

    /** Ends the document and reads it. */
    ReadResult read() {
        endArray();
        write('}');
        return RegistryReader.readRegistry(new ByteArrayInputStream(buf, 0, count));
    }

    private void endArray() {
        if (inArray) {
            write(']');
            inArray = false;
        }
    }
}
