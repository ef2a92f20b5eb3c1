package org.renfang.registry;

import java.util.Locale;
import java.util.Objects;
import org.renfang.model.DocumentType;
import org.renfang.model.IdentityDocument;

/**
 * The key under which an identity document is indexed: its type and normalized number.
 * Two documents are the same when their keys are equal. The issuing country is part of the
 * key only for passports and OTHER documents (numbers of other types are national).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param type    the type, not null
 * @param country the issuing country for PASSPORT and OTHER, else null
 * @param number  the normalized number, not null
 */
public record DocumentKey(DocumentType type, String country, String number) {

    /**
     * Checks the components.
     *
     * @param type the type, not null
     * @param country the country, may be null
     * @param number the number, not null
     */
    public DocumentKey {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(number, "number");
    }

    /**
     * Obtains the key of a document.
     *
     * @param d the document, not null
     * @return the key, not null
     */
    public static DocumentKey of(IdentityDocument d) {
        boolean foreign = d.type() == DocumentType.PASSPORT || d.type() == DocumentType.OTHER;
        return new DocumentKey(d.type(), foreign ? d.country().orElse(null) : null, normalize(d.number()));
    }

    /**
     * Normalizes a document number: surrounding white space removed, upper case.
     *
     * @param number the number, not null
     * @return the normalized number, not null
     */
    public static String normalize(String number) {
        return number.strip().toUpperCase(Locale.ROOT);
    }

    /**
     * Returns the key without the country, for lookups by type and number only.
     *
     * @return the key, not null
     */
    public DocumentKey withoutCountry() {
        return country == null ? this : new DocumentKey(type, null, number);
    }

    @Override
    public String toString() {
        return "DocumentKey[" + type + "]";
    }
}
