package org.renfang.qr;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.renfang.qr.internal.LabelFields;

/**
 * The revoked labels, each named by its (issuer, serial) pair.
 *
 * <p>Its text form has one {@code ISSUER SERIAL} a line, separated by spaces or tabs;
 * blank lines and text after {@code #} are ignored (so an issuer code cannot contain a
 * space or {@code #} in this form).
 *
 * <pre>{@code
 * RevocationList revoked = RevocationList.parse("110105 42\n110105 43\n");
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RevocationList {
    /** The largest revocation file read by {@link #load(Path)}, in bytes. */
    public static final long MAX_FILE_BYTES = 64L * 1024 * 1024;

    private static final RevocationList EMPTY = new RevocationList(Set.of());

    private final Set<Revoked> revoked;
    private final Set<Key> keys;

    private RevocationList(Set<Revoked> revoked) {
        this.revoked = revoked;
        Set<Key> k = new HashSet<>();
        for (Revoked r : revoked) {
            k.add(new Key(r.issuer(), r.serial()));
        }
        this.keys = k;
    }

    /** The lookup key, without the range checks of {@link Revoked}. */
    private record Key(String issuer, long serial) {
    }

    /**
     * Returns a list that revokes nothing.
     *
     * @return the empty list, not null
     */
    public static RevocationList empty() {
        return EMPTY;
    }

    /**
     * Obtains a list of revoked pairs.
     *
     * @param revoked the pairs, not null, no null elements
     * @return the list, not null
     */
    public static RevocationList of(Iterable<Revoked> revoked) {
        Set<Revoked> s = new HashSet<>();
        for (Revoked r : revoked) {
            s.add(Objects.requireNonNull(r, "revoked element"));
        }
        return new RevocationList(Collections.unmodifiableSet(s));
    }

    /**
     * Parses the text form: one {@code ISSUER SERIAL} a line.
     *
     * @param text the text, not null
     * @return the list, not null
     * @throws LabelException with {@link LabelException.Code#REVOCATION_LIST_INVALID} naming the first bad line
     */
    public static RevocationList parse(String text) {
        Objects.requireNonNull(text, "text");
        Set<Revoked> s = new HashSet<>();
        int lineNo = 0;
        for (String line : text.split("\r?\n", -1)) {
            lineNo++;
            int hash = line.indexOf('#');
            String content = (hash >= 0 ? line.substring(0, hash) : line).strip();
            if (content.isEmpty()) {
                continue;
            }
            String[] parts = content.split("[ \t]+");
            if (parts.length != 2) {
                throw new LabelException(LabelException.Code.REVOCATION_LIST_INVALID,
                        "line " + lineNo + " has " + parts.length + " fields, expected 2 (ISSUER SERIAL)");
            }
            long serial;
            try {
                serial = Long.parseLong(parts[1]);
            } catch (NumberFormatException e) {
                throw new LabelException(LabelException.Code.REVOCATION_LIST_INVALID,
                        "line " + lineNo + ": the serial is not a whole number up to " + Long.MAX_VALUE);
            }
            try {
                s.add(new Revoked(parts[0], serial));
            } catch (LabelException e) {
                throw new LabelException(LabelException.Code.REVOCATION_LIST_INVALID, "line " + lineNo + ": " + e.getMessage());
            }
        }
        return new RevocationList(Collections.unmodifiableSet(s));
    }

    /**
     * Reads a revocation file (UTF-8 text, see {@link #parse(String)}).
     *
     * @param file the file, not null, at most {@value #MAX_FILE_BYTES} bytes
     * @return the list, not null
     * @throws LabelException with {@link LabelException.Code#IO_FAILED} if the file cannot be read or is too large,
     *         or {@link LabelException.Code#REVOCATION_LIST_INVALID} naming the first bad line
     */
    public static RevocationList load(Path file) {
        Objects.requireNonNull(file, "file");
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw new LabelException(LabelException.Code.IO_FAILED,
                        "revocation file of " + size + " bytes exceeds " + MAX_FILE_BYTES);
            }
            return parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new LabelException(LabelException.Code.IO_FAILED, "cannot read the revocation file " + file.getFileName(), e);
        }
    }

    /**
     * Returns a list with one more revoked pair.
     *
     * @param issuer the issuer code, see {@link Revoked}
     * @param serial the serial, zero or more
     * @return a new list, not null
     * @throws LabelException with {@link LabelException.Code#FIELD_INVALID} if out of range
     */
    public RevocationList with(String issuer, long serial) {
        Set<Revoked> s = new HashSet<>(revoked);
        s.add(new Revoked(issuer, serial));
        return new RevocationList(Collections.unmodifiableSet(s));
    }

    /**
     * Returns whether a label is revoked.
     *
     * @param issuer the issuer code, not null
     * @param serial the serial
     * @return true if the pair is on the list
     */
    public boolean isRevoked(String issuer, long serial) {
        Objects.requireNonNull(issuer, "issuer");
        return !keys.isEmpty() && keys.contains(new Key(issuer, serial));
    }

    /**
     * Returns the revoked pairs.
     *
     * @return an unmodifiable set, not null
     */
    public Set<Revoked> revoked() {
        return revoked;
    }

    /**
     * Returns the number of revoked pairs.
     *
     * @return zero or more
     */
    public int size() {
        return revoked.size();
    }

    @Override
    public String toString() {
        return "RevocationList[" + revoked.size() + " revoked]";
    }

    /**
     * A revoked label, named by its issuer and serial.
     *
     * <p>This class is immutable and thread-safe.
     *
     * @param issuer the issuer code, not null, in the range {@link DoorLabel#issuer()} accepts
     * @param serial the serial, zero or more
     */
    public record Revoked(String issuer, long serial) {

        /**
         * Checks the components.
         *
         * @param issuer the issuer code, not null, in the range {@link DoorLabel#issuer()} accepts
         * @param serial the serial, zero or more
         * @throws LabelException with {@link LabelException.Code#FIELD_INVALID} if out of range
         */
        public Revoked {
            Objects.requireNonNull(issuer, "issuer");
            String problem = LabelFields.textProblem("issuer", issuer, LabelFields.MAX_ISSUER_BYTES);
            if (problem == null && serial < 0) {
                problem = "serial " + serial + " is negative";
            }
            if (problem != null) {
                throw new LabelException(LabelException.Code.FIELD_INVALID, problem);
            }
        }
    }
}
