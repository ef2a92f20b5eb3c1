package org.renfang.qr;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.renfang.qr.internal.LabelFields;

/**
 * The revoked labels, each named by its (issuer, serial) pair.
 *
 * <p>Its text form (UTF-8; docs/door-label.md "Revocation file"):
 * <pre>
 * file    = [BOM] *(line LF) [line]      ; a line ends with LF or CR LF
 * line    = *WS [entry *WS] ["#" *any]   ; text after "#" is a comment
 * entry   = issuer 1*WS serial
 * issuer  = the issuer alphabet of {@link DoorLabel} (letters, marks, digits, "-" "." "_" "/")
 * serial  = 1*DIGIT                      ; 0 to 2^53 - 1, leading zeros allowed
 * WS      = SP / HTAB
 * </pre>
 * One leading UTF-8 byte-order mark is skipped; any other byte-order mark, control or
 * format character, a lone CR or invalid UTF-8 makes the file invalid. The same pair may
 * appear more than once.
 *
 * <pre>{@code
 * RevocationList revoked = RevocationList.parse("110105 42\n110105 43\n");
 * }</pre>
 *
 * <p>Entries are kept compactly: one sorted array of serials per issuer, 8 bytes an entry
 * (a file at {@value #MAX_FILE_BYTES} bytes holds at most about 6.7 million one-digit
 * lines, which then take about 54 MB).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RevocationList {
    /** The largest revocation text read by {@link #load(Path)} and {@link #read(InputStream)}, in bytes (64 MiB). */
    public static final long MAX_FILE_BYTES = 64L * 1024 * 1024;

    private static final RevocationList EMPTY = new RevocationList(Map.of());

    /** Issuer code to its revoked serials, sorted and distinct. */
    private final Map<String, long[]> serials;
    private final int size;

    private RevocationList(Map<String, long[]> serials) {
        this.serials = serials;
        long n = 0;
        for (long[] s : serials.values()) {
            n += s.length;
        }
        this.size = (int) n;
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
        Objects.requireNonNull(revoked, "revoked");
        Builder b = new Builder();
        for (Revoked r : revoked) {
            Objects.requireNonNull(r, "revoked element");
            b.add(r.issuer(), r.serial());
        }
        return b.build();
    }

    /**
     * Parses the text form (see the class description).
     *
     * @param text the text, not null
     * @return the list, not null
     * @throws LabelException with {@link LabelException.Code#REVOCATION_LIST_INVALID} naming the first bad line
     */
    public static RevocationList parse(String text) {
        Objects.requireNonNull(text, "text");
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        Parser p = new Parser();
        p.feed(bytes, 0, bytes.length);
        return p.finish();
    }

    /**
     * Reads a revocation file (see the class description). At most
     * {@value #MAX_FILE_BYTES} + 1 bytes are read, so a pipe or a device such as
     * {@code /dev/zero} is refused like an over-long file.
     *
     * @param file the file, not null
     * @return the list, not null
     * @throws LabelException with {@link LabelException.Code#IO_FAILED} if the file cannot be read or is over
     *         {@value #MAX_FILE_BYTES} bytes, or {@link LabelException.Code#REVOCATION_LIST_INVALID} naming the
     *         first bad line
     */
    public static RevocationList load(Path file) {
        Objects.requireNonNull(file, "file");
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        } catch (NoSuchFileException e) {
            throw new LabelException(LabelException.Code.IO_FAILED, "cannot read the revocation file " + file.getFileName(), e);
        } catch (IOException e) {
            throw new LabelException(LabelException.Code.IO_FAILED, "cannot read the revocation file " + file.getFileName(), e);
        }
    }

    /**
     * Reads revocation text from a stream, which is not closed. At most
     * {@value #MAX_FILE_BYTES} + 1 bytes are taken from it.
     *
     * @param in the stream, not null
     * @return the list, not null
     * @throws LabelException with {@link LabelException.Code#IO_FAILED} if the stream fails or holds over
     *         {@value #MAX_FILE_BYTES} bytes, or {@link LabelException.Code#REVOCATION_LIST_INVALID} naming the
     *         first bad line
     */
    public static RevocationList read(InputStream in) {
        Objects.requireNonNull(in, "in");
        Parser p = new Parser();
        byte[] buf = new byte[64 * 1024];
        long total = 0;
        try {
            while (true) {
                int want = (int) Math.min(buf.length, MAX_FILE_BYTES + 1 - total);
                int n = in.read(buf, 0, want);
                if (n < 0) {
                    break;
                }
                total += n;
                if (total > MAX_FILE_BYTES) {
                    throw new LabelException(LabelException.Code.IO_FAILED,
                            "revocation text exceeds " + MAX_FILE_BYTES + " bytes");
                }
                p.feed(buf, 0, n);
            }
        } catch (IOException e) {
            throw new LabelException(LabelException.Code.IO_FAILED, "cannot read the revocation text", e);
        }
        return p.finish();
    }

    /**
     * Returns a list with one more revoked pair.
     *
     * @param issuer the issuer code, see {@link Revoked}
     * @param serial the serial, 0 to {@value DoorLabel#MAX_SERIAL}
     * @return a new list, not null
     * @throws LabelException with {@link LabelException.Code#FIELD_INVALID} if out of range
     */
    public RevocationList with(String issuer, long serial) {
        Revoked r = new Revoked(issuer, serial);
        Map<String, long[]> m = new HashMap<>(serials);
        long[] old = m.get(r.issuer());
        if (old == null) {
            m.put(r.issuer(), new long[] {serial});
        } else if (Arrays.binarySearch(old, serial) < 0) {
            long[] s = Arrays.copyOf(old, old.length + 1);
            s[old.length] = serial;
            Arrays.sort(s);
            m.put(r.issuer(), s);
        }
        return new RevocationList(Collections.unmodifiableMap(m));
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
        long[] s = serials.get(issuer);
        return s != null && Arrays.binarySearch(s, serial) >= 0;
    }

    /**
     * Returns the revoked pairs, as a view that makes each pair when it is iterated.
     *
     * @return an unmodifiable set, not null
     */
    public Set<Revoked> revoked() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Revoked> iterator() {
                Iterator<Map.Entry<String, long[]>> issuers = new TreeMap<>(serials).entrySet().iterator();
                return new Iterator<>() {
                    private String issuer;
                    private long[] s = new long[0];
                    private int i;

                    @Override
                    public boolean hasNext() {
                        while (i >= s.length && issuers.hasNext()) {
                            Map.Entry<String, long[]> e = issuers.next();
                            issuer = e.getKey();
                            s = e.getValue();
                            i = 0;
                        }
                        return i < s.length;
                    }

                    @Override
                    public Revoked next() {
                        if (!hasNext()) {
                            throw new NoSuchElementException();
                        }
                        return new Revoked(issuer, s[i++]);
                    }
                };
            }

            @Override
            public boolean contains(Object o) {
                return o instanceof Revoked && isRevoked(((Revoked) o).issuer(), ((Revoked) o).serial());
            }

            @Override
            public int size() {
                return size;
            }
        };
    }

    /**
     * Returns the number of revoked pairs.
     *
     * @return zero or more
     */
    public int size() {
        return size;
    }

    @Override
    public String toString() {
        return "RevocationList[" + size + " revoked]";
    }

    // -----------------------------------------------------------------------------------------
    // building

    /** Collects serials per issuer, then sorts and removes repeats. */
    private static final class Builder {
        private final Map<String, long[]> lists = new HashMap<>();
        private final Map<String, Integer> counts = new HashMap<>();
        private String lastIssuer;
        private long[] lastList;
        private int lastCount;

        void add(String issuer, long serial) {
            if (!issuer.equals(lastIssuer)) {
                flush();
                lastIssuer = issuer;
                lastList = lists.getOrDefault(issuer, new long[8]);
                lastCount = counts.getOrDefault(issuer, 0);
            }
            if (lastCount == lastList.length) {
                lastList = Arrays.copyOf(lastList, lastList.length + (lastList.length >> 1) + 8);
            }
            lastList[lastCount++] = serial;
        }

        private void flush() {
            if (lastIssuer != null) {
                lists.put(lastIssuer, lastList);
                counts.put(lastIssuer, lastCount);
            }
        }

        RevocationList build() {
            flush();
            if (lists.isEmpty()) {
                return EMPTY;
            }
            Map<String, long[]> out = new HashMap<>(lists.size() * 2);
            for (Map.Entry<String, long[]> e : lists.entrySet()) {
                int n = counts.get(e.getKey());
                long[] s = e.getValue();
                Arrays.sort(s, 0, n);
                int k = 0;
                for (int i = 0; i < n; i++) {
                    if (k == 0 || s[k - 1] != s[i]) {
                        s[k++] = s[i];
                    }
                }
                out.put(e.getKey(), k == s.length ? s : Arrays.copyOf(s, k));
            }
            return new RevocationList(Collections.unmodifiableMap(out));
        }
    }

    /** The grammar of the class description, as a state machine over bytes; keeps no line, only the issuer. */
    private static final class Parser {
        private static final int BEFORE = 0;
        private static final int ISSUER = 1;
        private static final int BETWEEN = 2;
        private static final int SERIAL = 3;
        private static final int AFTER = 4;
        private static final int COMMENT = 5;
        /** The longest issuer in bytes, plus one to detect an over-long one. */
        private static final int ISSUER_BUFFER = LabelFields.MAX_ISSUER_BYTES + 1;

        private final Builder builder = new Builder();
        private final byte[] issuer = new byte[ISSUER_BUFFER];
        private int issuerLength;
        private String lastIssuer;
        private byte[] lastIssuerBytes = new byte[0];
        private long serial;
        private int state = BEFORE;
        private boolean cr;
        private long line = 1;

        /** The first bytes of the text, held until it is known whether they are a byte-order mark. */
        private final byte[] head = new byte[3];
        private int headLength;

        void feed(byte[] b, int off, int len) {
            int i = off;
            int end = off + len;
            while (headLength < 3 && i < end) {
                head[headLength++] = b[i++];
                if (headLength == 3 && !isBom()) {
                    for (int k = 0; k < 3; k++) {
                        step(head[k] & 0xff);
                    }
                }
            }
            for (; i < end; i++) {
                step(b[i] & 0xff);
            }
        }

        private boolean isBom() {
            return (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB && (head[2] & 0xff) == 0xBF;
        }

        private void step(int c) {
            if (cr && c != '\n') {
                throw invalid("a carriage return not followed by a line feed");
            }
            switch (c) {
                case '\n':
                    endLine();
                    break;
                case '\r':
                    cr = true;
                    break;
                case ' ':
                case '\t':
                    space();
                    break;
                case '#':
                    if (state == ISSUER) {
                        endIssuer();
                        state = BETWEEN;
                    }
                    if (state == BETWEEN) {
                        throw invalid("has 1 field, expected 2 (ISSUER SERIAL)");
                    }
                    if (state == SERIAL || state == AFTER) {
                        entryPending = true;
                    }
                    state = COMMENT;
                    break;
                default:
                    other(c);
            }
        }

        private void space() {
            if (state == ISSUER) {
                endIssuer();
                state = BETWEEN;
            } else if (state == SERIAL) {
                state = AFTER;
            }
        }

        private void other(int c) {
            switch (state) {
                case BEFORE:
                    state = ISSUER;
                    issuerLength = 0;
                    appendIssuer(c);
                    break;
                case ISSUER:
                    appendIssuer(c);
                    break;
                case BETWEEN:
                    if (c < '0' || c > '9') {
                        throw invalid("the serial is not a whole number 0.." + LabelFields.MAX_SERIAL);
                    }
                    state = SERIAL;
                    serial = c - '0';
                    break;
                case SERIAL:
                    if (c < '0' || c > '9') {
                        throw invalid("the serial is not a whole number 0.." + LabelFields.MAX_SERIAL);
                    }
                    serial = serial * 10 + (c - '0');
                    if (serial > LabelFields.MAX_SERIAL) {
                        throw invalid("the serial is not a whole number 0.." + LabelFields.MAX_SERIAL);
                    }
                    break;
                case AFTER:
                    throw invalid("has more than 2 fields, expected 2 (ISSUER SERIAL)");
                default:
                    break;
            }
        }

        private void appendIssuer(int c) {
            if (issuerLength == ISSUER_BUFFER) {
                throw invalid("issuer over " + LabelFields.MAX_ISSUER_BYTES + " UTF-8 bytes");
            }
            issuer[issuerLength++] = (byte) c;
        }

        private void endIssuer() {
            if (issuerLength > LabelFields.MAX_ISSUER_BYTES) {
                throw invalid("issuer over " + LabelFields.MAX_ISSUER_BYTES + " UTF-8 bytes");
            }
            if (lastIssuer != null && Arrays.equals(issuer, 0, issuerLength, lastIssuerBytes, 0, lastIssuerBytes.length)) {
                return;
            }
            String s;
            try {
                s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(issuer, 0, issuerLength)).toString();
            } catch (CharacterCodingException e) {
                throw invalid("the issuer is not valid UTF-8");
            }
            String problem = LabelFields.issuerProblem(s);
            if (problem != null) {
                throw invalid(problem);
            }
            lastIssuer = s;
            lastIssuerBytes = Arrays.copyOf(issuer, issuerLength);
        }

        private void endLine() {
            cr = false;
            if (state == ISSUER) {
                endIssuer();
                state = BETWEEN;
            }
            if (state == BETWEEN) {
                throw invalid("has 1 field, expected 2 (ISSUER SERIAL)");
            }
            if (state == SERIAL || state == AFTER || (state == COMMENT && entryPending)) {
                builder.add(lastIssuer, serial);
            }
            entryPending = false;
            state = BEFORE;
            line++;
        }

        /** A serial was complete when a comment began on the same line. */
        private boolean entryPending;

        RevocationList finish() {
            if (headLength < 3) {
                for (int k = 0; k < headLength; k++) {
                    step(head[k] & 0xff);
                }
            }
            if (cr) {
                throw invalid("a carriage return not followed by a line feed");
            }
            endLine();
            return builder.build();
        }

        private LabelException invalid(String why) {
            return new LabelException(LabelException.Code.REVOCATION_LIST_INVALID, "line " + line + ": " + why);
        }
    }

    /**
     * A revoked label, named by its issuer and serial.
     *
     * <p>This class is immutable and thread-safe.
     *
     * @param issuer the issuer code, not null, in the alphabet {@link DoorLabel#issuer()} accepts
     * @param serial the serial, 0 to {@value DoorLabel#MAX_SERIAL}
     */
    public record Revoked(String issuer, long serial) {

        /**
         * Checks the components.
         *
         * @param issuer the issuer code, not null, in the alphabet {@link DoorLabel#issuer()} accepts
         * @param serial the serial, 0 to {@value DoorLabel#MAX_SERIAL}
         * @throws LabelException with {@link LabelException.Code#FIELD_INVALID} if out of range
         */
        public Revoked {
            Objects.requireNonNull(issuer, "issuer");
            String problem = LabelFields.issuerProblem(issuer);
            if (problem == null) {
                problem = LabelFields.serialProblem(serial);
            }
            if (problem != null) {
                throw new LabelException(LabelException.Code.FIELD_INVALID, problem);
            }
        }
    }
}
