package org.renfang.qr.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A small deterministic CBOR (RFC 8949 §4.2.1) writer and strict reader covering what a
 * door label uses: unsigned and negative integers, byte and text strings, arrays, maps,
 * {@code false}, {@code true} and {@code null} (and tags, which are well-formed but which
 * no label structure accepts).
 *
 * <p>The reader refuses anything else: non-shortest heads, indefinite lengths, floats and
 * other simple values, invalid UTF-8, map keys out of deterministic order or
 * repeated, nesting deeper than {@value #MAX_DEPTH}, truncation and trailing bytes.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Cbor {
    /** Major type 0: unsigned integer. */
    public static final int UNSIGNED = 0;
    /** Major type 1: negative integer. */
    public static final int NEGATIVE = 1;
    /** Major type 2: byte string. */
    public static final int BYTES = 2;
    /** Major type 3: text string. */
    public static final int TEXT = 3;
    /** Major type 4: array. */
    public static final int ARRAY = 4;
    /** Major type 5: map. */
    public static final int MAP = 5;
    /** Major type 6: tag (well-formed, but no label structure accepts one). */
    public static final int TAG = 6;
    /** Major type 7: simple values and floats. */
    public static final int SIMPLE = 7;
    /** The deepest nesting of arrays and maps accepted. */
    public static final int MAX_DEPTH = 8;

    private static final int FALSE = 0xf4;
    private static final int TRUE = 0xf5;
    private static final int NULL = 0xf6;

    private Cbor() {
    }

    /**
     * Returns whether bytes are exactly one well-formed deterministic CBOR item of the
     * supported subset.
     *
     * @param bytes the bytes, not null
     * @param off   the first byte
     * @param len   the number of bytes
     * @return true if well-formed, deterministic and without trailing bytes
     */
    public static boolean isWellFormed(byte[] bytes, int off, int len) {
        try {
            Reader r = new Reader(bytes, off, len);
            r.skip();
            return r.atEnd();
        } catch (CborException e) {
            return false;
        }
    }

    /**
     * Returns whether bytes are valid UTF-8 (no overlong forms, no surrogates, at most U+10FFFF).
     *
     * @param b   the bytes, not null
     * @param off the first byte
     * @param len the number of bytes
     * @return true if valid
     */
    public static boolean isUtf8(byte[] b, int off, int len) {
        int i = off;
        int end = off + len;
        while (i < end) {
            int c = b[i] & 0xff;
            if (c < 0x80) {
                i++;
                continue;
            }
            int n;
            int min;
            if (c >= 0xc2 && c <= 0xdf) {
                n = 1;
                min = 0x80;
                c &= 0x1f;
            } else if (c >= 0xe0 && c <= 0xef) {
                n = 2;
                min = 0x800;
                c &= 0x0f;
            } else if (c >= 0xf0 && c <= 0xf4) {
                n = 3;
                min = 0x10000;
                c &= 0x07;
            } else {
                return false;
            }
            if (i + n >= end) {
                return false;
            }
            for (int k = 1; k <= n; k++) {
                int cc = b[i + k] & 0xff;
                if ((cc & 0xc0) != 0x80) {
                    return false;
                }
                c = (c << 6) | (cc & 0x3f);
            }
            if (c < min || c > 0x10ffff || (c >= 0xd800 && c <= 0xdfff)) {
                return false;
            }
            i += n + 1;
        }
        return true;
    }

    // ------------------------------------------------------------------------------
    // Writer
    // ------------------------------------------------------------------------------

    /**
     * Writes deterministic CBOR into a growing buffer; the caller writes map keys in
     * deterministic order.
     *
     * <p>This class is mutable and not thread-safe.
     */
    public static final class Writer {
        private byte[] buf;
        private int len;

        /**
         * Creates a writer.
         *
         * @param capacity the initial capacity in bytes, one or more
         */
        public Writer(int capacity) {
            buf = new byte[capacity];
        }

        private void ensure(int extra) {
            if (len + extra > buf.length) {
                buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + extra));
            }
        }

        /**
         * Writes a head in its shortest form.
         *
         * @param major the major type, 0 to 7
         * @param value the argument, taken as unsigned
         * @return this writer
         */
        public Writer head(int major, long value) {
            ensure(9);
            int mt = major << 5;
            if (value >= 0 && value < 24) {
                buf[len++] = (byte) (mt | (int) value);
            } else if (value >= 0 && value <= 0xff) {
                buf[len++] = (byte) (mt | 24);
                buf[len++] = (byte) value;
            } else if (value >= 0 && value <= 0xffff) {
                buf[len++] = (byte) (mt | 25);
                buf[len++] = (byte) (value >>> 8);
                buf[len++] = (byte) value;
            } else if (value >= 0 && value <= 0xffffffffL) {
                buf[len++] = (byte) (mt | 26);
                for (int s = 24; s >= 0; s -= 8) {
                    buf[len++] = (byte) (value >>> s);
                }
            } else {
                buf[len++] = (byte) (mt | 27);
                for (int s = 56; s >= 0; s -= 8) {
                    buf[len++] = (byte) (value >>> s);
                }
            }
            return this;
        }

        /**
         * Writes an integer, unsigned or negative.
         *
         * @param value the value, any
         * @return this writer
         */
        public Writer integer(long value) {
            return value >= 0 ? head(UNSIGNED, value) : head(NEGATIVE, -1 - value);
        }

        /**
         * Writes a byte string.
         *
         * @param b   the bytes, not null
         * @param off the first byte
         * @param n   the number of bytes
         * @return this writer
         */
        public Writer bytes(byte[] b, int off, int n) {
            head(BYTES, n);
            raw(b, off, n);
            return this;
        }

        /**
         * Writes a byte string.
         *
         * @param b the bytes, not null
         * @return this writer
         */
        public Writer bytes(byte[] b) {
            return bytes(b, 0, b.length);
        }

        /**
         * Writes a text string in UTF-8.
         *
         * @param s the text, not null, well-formed UTF-16
         * @return this writer
         */
        public Writer text(String s) {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            head(TEXT, b.length);
            raw(b, 0, b.length);
            return this;
        }

        /**
         * Writes {@code null}.
         *
         * @return this writer
         */
        public Writer nul() {
            ensure(1);
            buf[len++] = (byte) NULL;
            return this;
        }

        /**
         * Writes bytes as they are, for an already encoded item.
         *
         * @param b   the bytes, not null
         * @param off the first byte
         * @param n   the number of bytes
         * @return this writer
         */
        public Writer raw(byte[] b, int off, int n) {
            ensure(n);
            System.arraycopy(b, off, buf, len, n);
            len += n;
            return this;
        }

        /**
         * Returns the bytes written so far.
         *
         * @return a new array, not null
         */
        public byte[] toByteArray() {
            return Arrays.copyOf(buf, len);
        }
    }

    // ------------------------------------------------------------------------------
    // Reader
    // ------------------------------------------------------------------------------

    /**
     * Reads deterministic CBOR item by item, throwing {@link CborException} at the first
     * byte that is not as expected.
     *
     * <p>This class is mutable and not thread-safe.
     */
    public static final class Reader {
        private final byte[] b;
        private final int end;
        private int pos;

        /**
         * Creates a reader over a range of bytes.
         *
         * @param b   the bytes, not null, not copied
         * @param off the first byte
         * @param len the number of bytes
         */
        public Reader(byte[] b, int off, int len) {
            if (off < 0 || len < 0 || off + len > b.length) {
                throw new IndexOutOfBoundsException("range " + off + "+" + len + " of " + b.length);
            }
            this.b = b;
            this.pos = off;
            this.end = off + len;
        }

        /**
         * Returns the position of the next byte.
         *
         * @return the position
         */
        public int position() {
            return pos;
        }

        /**
         * Returns whether every byte has been read.
         *
         * @return true at the end
         */
        public boolean atEnd() {
            return pos == end;
        }

        /**
         * Returns the major type of the next item without reading it.
         *
         * @return the major type, 0 to 7
         * @throws CborException at the end of the bytes
         */
        public int peekMajor() {
            if (pos >= end) {
                throw new CborException("truncated");
            }
            return (b[pos] & 0xff) >>> 5;
        }

        /**
         * Returns whether the next item is {@code null}, without reading it.
         *
         * @return true if the next byte is {@code null}
         */
        public boolean peekNull() {
            return pos < end && (b[pos] & 0xff) == NULL;
        }

        /**
         * Reads {@code null}.
         *
         * @throws CborException if the next item is not null
         */
        public void nul() {
            if (!peekNull()) {
                throw new CborException("expected null");
            }
            pos++;
        }

        /**
         * Reads a head of the expected major type and returns its argument.
         *
         * @param major the expected major type, 0 to 5
         * @return the argument, 0 to 2^63 - 1
         * @throws CborException if the type differs, the head is not shortest or indefinite, or the argument is 2^63 or more
         */
        public long head(int major) {
            if (pos >= end) {
                throw new CborException("truncated");
            }
            int ib = b[pos] & 0xff;
            if (ib >>> 5 != major) {
                throw new CborException("expected major type " + major + " but found " + (ib >>> 5));
            }
            pos++;
            int ai = ib & 31;
            if (ai < 24) {
                return ai;
            }
            int n;
            long min;
            switch (ai) {
                case 24:
                    n = 1;
                    min = 24;
                    break;
                case 25:
                    n = 2;
                    min = 0x100;
                    break;
                case 26:
                    n = 4;
                    min = 0x10000;
                    break;
                case 27:
                    n = 8;
                    min = 0x100000000L;
                    break;
                default:
                    throw new CborException(ai == 31 ? "indefinite length" : "reserved head");
            }
            if (end - pos < n) {
                throw new CborException("truncated");
            }
            long v = 0;
            for (int k = 0; k < n; k++) {
                v = (v << 8) | (b[pos++] & 0xff);
            }
            if (v < 0) {
                throw new CborException("argument over 2^63 - 1");
            }
            if (v < min) {
                throw new CborException("not the shortest head");
            }
            return v;
        }

        private int length(int major) {
            long n = head(major);
            if (n > end - pos) {
                throw new CborException("length " + n + " exceeds the " + (end - pos) + " bytes left");
            }
            return (int) n;
        }

        /**
         * Reads an array head.
         *
         * @return the number of items
         * @throws CborException if not a definite-length array
         */
        public int array() {
            return length(ARRAY);
        }

        /**
         * Reads a map head.
         *
         * @return the number of pairs
         * @throws CborException if not a definite-length map
         */
        public int map() {
            return length(MAP);
        }

        /**
         * Reads a byte-string head; the content starts at {@link #position()} before the
         * caller calls {@link #advance(int)}.
         *
         * @return the content length
         * @throws CborException if not a byte string or longer than what is left
         */
        public int bytesHead() {
            return length(BYTES);
        }

        /**
         * Skips content bytes.
         *
         * @param n the number of bytes, at most what is left
         */
        public void advance(int n) {
            if (n < 0 || n > end - pos) {
                throw new CborException("truncated");
            }
            pos += n;
        }

        /**
         * Reads a byte string.
         *
         * @return a copy of the content, not null
         * @throws CborException if not a byte string
         */
        public byte[] bytes() {
            int n = bytesHead();
            byte[] out = Arrays.copyOfRange(b, pos, pos + n);
            pos += n;
            return out;
        }

        /**
         * Reads a text string of valid UTF-8.
         *
         * @param maxBytes the longest accepted encoding in bytes
         * @return the text, not null
         * @throws CborException if not a text string, longer than {@code maxBytes} or not valid UTF-8
         */
        public String text(int maxBytes) {
            int n = length(TEXT);
            if (n > maxBytes) {
                throw new CborException("text of " + n + " bytes exceeds " + maxBytes);
            }
            if (!isUtf8(b, pos, n)) {
                throw new CborException("invalid UTF-8");
            }
            String s = new String(b, pos, n, StandardCharsets.UTF_8);
            pos += n;
            return s;
        }

        /**
         * Reads an unsigned integer.
         *
         * @return the value, 0 to 2^63 - 1
         * @throws CborException if not an unsigned integer or 2^63 or more
         */
        public long unsigned() {
            return head(UNSIGNED);
        }

        /**
         * Reads an integer, unsigned or negative.
         *
         * @return the value
         * @throws CborException if not an integer or out of the range of a long
         */
        public long integer() {
            int major = peekMajor();
            if (major == NEGATIVE) {
                return -1 - head(NEGATIVE);
            }
            return head(UNSIGNED);
        }

        /**
         * Skips one complete item, checking that it is well-formed and deterministic.
         *
         * @throws CborException if it is not
         */
        public void skip() {
            skip(0);
        }

        private void skip(int depth) {
            int major = peekMajor();
            switch (major) {
                case UNSIGNED:
                case NEGATIVE:
                    head(major);
                    return;
                case BYTES:
                    advance(length(BYTES));
                    return;
                case TEXT: {
                    int n = length(TEXT);
                    if (!isUtf8(b, pos, n)) {
                        throw new CborException("invalid UTF-8");
                    }
                    pos += n;
                    return;
                }
                case ARRAY: {
                    if (depth >= MAX_DEPTH) {
                        throw new CborException("nesting exceeds " + MAX_DEPTH);
                    }
                    int n = length(ARRAY);
                    for (int i = 0; i < n; i++) {
                        skip(depth + 1);
                    }
                    return;
                }
                case MAP: {
                    if (depth >= MAX_DEPTH) {
                        throw new CborException("nesting exceeds " + MAX_DEPTH);
                    }
                    int n = length(MAP);
                    int prevStart = -1;
                    int prevEnd = -1;
                    for (int i = 0; i < n; i++) {
                        int keyStart = pos;
                        skip(depth + 1);
                        int keyEnd = pos;
                        if (prevStart >= 0 && Arrays.compareUnsigned(b, prevStart, prevEnd, b, keyStart, keyEnd) >= 0) {
                            throw new CborException("map keys out of deterministic order or repeated");
                        }
                        prevStart = keyStart;
                        prevEnd = keyEnd;
                        skip(depth + 1);
                    }
                    return;
                }
                case TAG:
                    if (depth >= MAX_DEPTH) {
                        throw new CborException("nesting exceeds " + MAX_DEPTH);
                    }
                    head(TAG);
                    skip(depth + 1);
                    return;
                default: {
                    int ib = b[pos] & 0xff;
                    if (ib == FALSE || ib == TRUE || ib == NULL) {
                        pos++;
                        return;
                    }
                    throw new CborException("simple value or float not accepted");
                }
            }
        }
    }
}
