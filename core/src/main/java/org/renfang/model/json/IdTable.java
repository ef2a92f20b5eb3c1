package org.renfang.model.json;

import org.renfang.model.RecordId;

/**
 * One id instance per id text of one kind, found from the parser's characters: a text met before
 * costs a hash over characters already in the parser's buffer and one comparison, with no
 * {@code String} made for it. An open-addressing table (linear probing, at most half full) whose
 * slots hold the id and its text's hash side by side, so that a look-up of one of a million ids
 * touches the hash array and, on a match, the id's text, instead of a {@code HashMap}'s table,
 * node, key and key bytes.
 *
 * <p>Ids are keyed by their {@link RecordId#value() value}. Not thread-safe: one table per reader.
 */
final class IdTable {
    private int[] hashes = new int[256];
    private RecordId[] ids = new RecordId[256];
    private int size;

    /**
     * The hash of a text, as {@link String#hashCode()} computes it.
     *
     * @param chars  the characters, not null
     * @param offset where the text starts
     * @param length its length
     * @return the hash
     */
    static int hash(char[] chars, int offset, int length) {
        int h = 0;
        for (int i = offset, end = offset + length; i < end; i++) {
            h = 31 * h + chars[i];
        }
        return h;
    }

    /**
     * Returns the id whose value is the text, or null if none was added.
     *
     * @param chars  the characters, not null
     * @param offset where the text starts
     * @param length its length
     * @param hash   the text's {@link #hash}
     * @return the id, or null
     */
    RecordId find(char[] chars, int offset, int length, int hash) {
        int mask = ids.length - 1;
        for (int i = spread(hash) & mask; ; i = (i + 1) & mask) {
            RecordId id = ids[i];
            if (id == null) {
                return null;
            }
            if (hashes[i] == hash && matches(id.value(), chars, offset, length)) {
                return id;
            }
        }
    }

    /**
     * Adds an id, unless one of the same value is there already.
     *
     * @param id the id, not null
     * @return the id of that value in the table: the one added, or the one found
     */
    RecordId add(RecordId id) {
        String value = id.value();
        int hash = value.hashCode();
        int mask = ids.length - 1;
        int i = spread(hash) & mask;
        for (RecordId there; (there = ids[i]) != null; i = (i + 1) & mask) {
            if (hashes[i] == hash && there.value().equals(value)) {
                return there;
            }
        }
        ids[i] = id;
        hashes[i] = hash;
        if (++size * 2 > ids.length) {
            grow();
        }
        return id;
    }

    private void grow() {
        RecordId[] old = ids;
        int[] oldHashes = hashes;
        ids = new RecordId[old.length * 2];
        hashes = new int[old.length * 2];
        int mask = ids.length - 1;
        for (int j = 0; j < old.length; j++) {
            if (old[j] != null) {
                int i = spread(oldHashes[j]) & mask;
                while (ids[i] != null) {
                    i = (i + 1) & mask;
                }
                ids[i] = old[j];
                hashes[i] = oldHashes[j];
            }
        }
    }

    /** The hash's high bits folded into the low ones the mask keeps (as {@code HashMap} does). */
    private static int spread(int hash) {
        return hash ^ (hash >>> 16);
    }

    private static boolean matches(String value, char[] chars, int offset, int length) {
        if (value.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (value.charAt(i) != chars[offset + i]) {
                return false;
            }
        }
        return true;
    }
}
