package org.renfang.validation;

import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.renfang.validation.output.ResultJson;

/**
 * A result the library writes as JSON: a {@link Report}, a permit assessment, a premises rating.
 * Each is one document, pretty-printed UTF-8 with a line feed after it, whose first field is its
 * schema name ({@code renfang/report@1}, {@code renfang/permit@1}, {@code renfang/rating@1}).
 */
public interface JsonResult {

    /**
     * Writes the result as JSON, pretty-printed, UTF-8.
     *
     * @param out    the stream, not null; not closed
     * @param locale the language of the messages, not null
     * @throws UncheckedIOException if writing fails
     */
    void writeJson(OutputStream out, Locale locale);

    /**
     * Returns the result as JSON text: what {@link #writeJson} writes.
     *
     * @param locale the language of the messages, not null
     * @return the JSON, not null
     */
    default String toJson(Locale locale) {
        return ResultJson.text(out -> writeJson(out, locale));
    }
}
