package org.renfang.qr;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The trusted public keys, each with an optional validity period; labels are verified
 * against every key whose kid matches and which is valid at the verification instant.
 *
 * <p>Two keys may share a kid (four bytes of a hash can collide); each is tried.
 *
 * <pre>{@code
 * KeyRing ring = KeyRing.builder()
 *         .add(oldKey, null, Instant.parse("2026-12-31T16:00:00Z"))
 *         .add(newKey)
 *         .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class KeyRing {
    /** The file-name suffix of public keys in a key directory. */
    public static final String PUBLIC_KEY_SUFFIX = ".pub.pem";

    private static final KeyRing EMPTY = new KeyRing(List.of());
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private final List<Entry> entries;
    private final Map<Integer, Entry[]> byKid;

    private KeyRing(List<Entry> entries) {
        this.entries = Collections.unmodifiableList(new ArrayList<>(entries));
        Map<Integer, List<Entry>> groups = new HashMap<>();
        for (Entry e : entries) {
            groups.computeIfAbsent(e.key().kidValue(), k -> new ArrayList<>()).add(e);
        }
        Map<Integer, Entry[]> m = new HashMap<>();
        groups.forEach((k, v) -> m.put(k, v.toArray(new Entry[0])));
        this.byKid = m;
    }

    /**
     * Returns a key ring with no keys: every label reads as UNKNOWN_KEY.
     *
     * @return the empty ring, not null
     */
    public static KeyRing empty() {
        return EMPTY;
    }

    /**
     * Obtains a key ring of keys valid at every instant.
     *
     * @param keys the keys, not null, no null elements
     * @return the ring, not null
     */
    public static KeyRing of(LabelPublicKey... keys) {
        Builder b = builder();
        for (LabelPublicKey k : keys) {
            b.add(k);
        }
        return b.build();
    }

    /**
     * Returns a builder.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Loads every {@code *.pub.pem} file of a directory as a key valid at every instant.
     *
     * @param dir the directory, not null
     * @return the ring, not null, empty if there is no such file
     * @throws LabelException with {@link LabelException.Code#IO_FAILED} if the directory cannot be read,
     *         or {@link LabelException.Code#KEY_INVALID} if a file is not an Ed25519 public key
     */
    public static KeyRing load(Path dir) {
        Objects.requireNonNull(dir, "dir");
        Builder b = builder();
        for (Path p : KeyFiles.list(dir, PUBLIC_KEY_SUFFIX)) {
            b.add(LabelPublicKey.fromPem(KeyFiles.readPem(p)));
        }
        return b.build();
    }

    /**
     * Returns the entries in the order they were added.
     *
     * @return an unmodifiable list, not null
     */
    public List<Entry> entries() {
        return entries;
    }

    /**
     * Returns the number of keys.
     *
     * @return zero or more
     */
    public int size() {
        return entries.size();
    }

    /**
     * Returns a ring with one more key.
     *
     * @param entry the entry to add, not null
     * @return a new ring, not null
     */
    public KeyRing with(Entry entry) {
        Objects.requireNonNull(entry, "entry");
        List<Entry> l = new ArrayList<>(entries);
        l.add(entry);
        return new KeyRing(l);
    }

    Entry[] candidates(int kid) {
        return byKid.get(kid);
    }

    static String kidHex(int kid) {
        char[] c = new char[8];
        for (int i = 0; i < 8; i++) {
            c[i] = HEX[(kid >>> (28 - 4 * i)) & 0xf];
        }
        return new String(c);
    }

    @Override
    public String toString() {
        return "KeyRing[" + entries.size() + " keys]";
    }

    /**
     * A trusted key with its validity period; both ends are inclusive.
     *
     * <p>This class is immutable and thread-safe.
     *
     * @param key       the public key, not null
     * @param notBefore the first instant the key is usable, null for no lower bound
     * @param notAfter  the last instant the key is usable, null for no upper bound, not before {@code notBefore}
     */
    public record Entry(LabelPublicKey key, Instant notBefore, Instant notAfter) {

        /**
         * Checks the components.
         *
         * @param key       the public key, not null
         * @param notBefore the first usable instant, null for none
         * @param notAfter  the last usable instant, null for none, not before {@code notBefore}
         * @throws IllegalArgumentException if {@code notAfter} is before {@code notBefore}
         */
        public Entry {
            Objects.requireNonNull(key, "key");
            if (notBefore != null && notAfter != null && notAfter.isBefore(notBefore)) {
                throw new IllegalArgumentException("notAfter " + notAfter + " is before notBefore " + notBefore);
            }
        }

        /**
         * Returns whether the key may verify labels at an instant.
         *
         * @param at the instant, not null
         * @return true if {@code at} is within the validity period, ends included
         */
        public boolean isUsableAt(Instant at) {
            return (notBefore == null || !at.isBefore(notBefore)) && (notAfter == null || !at.isAfter(notAfter));
        }
    }

    /**
     * Collects keys for a {@link KeyRing}.
     *
     * <p>This class is mutable and not thread-safe.
     */
    public static final class Builder {
        private final List<Entry> entries = new ArrayList<>();

        private Builder() {
        }

        /**
         * Adds a key valid at every instant.
         *
         * @param key the key, not null
         * @return this builder
         */
        public Builder add(LabelPublicKey key) {
            return add(key, null, null);
        }

        /**
         * Adds a key with a validity period, ends included.
         *
         * @param key       the key, not null
         * @param notBefore the first usable instant, null for none
         * @param notAfter  the last usable instant, null for none, not before {@code notBefore}
         * @return this builder
         * @throws IllegalArgumentException if {@code notAfter} is before {@code notBefore}
         */
        public Builder add(LabelPublicKey key, Instant notBefore, Instant notAfter) {
            entries.add(new Entry(key, notBefore, notAfter));
            return this;
        }

        /**
         * Builds the ring.
         *
         * @return the ring, not null
         */
        public KeyRing build() {
            return new KeyRing(entries);
        }
    }
}
