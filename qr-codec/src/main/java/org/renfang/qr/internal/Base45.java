package org.renfang.qr.internal;

/**
 * Base45 (RFC 9285), canonical only: the BASE45 stage.
 *
 * <p>Decoding refuses characters outside the alphabet (lower case included), a length of
 * 1 modulo 3, and any group whose value is over 65535 (or over 255 for a final pair), so
 * every accepted text is the one encoding of its bytes.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Base45 {
    /** The 45 characters, in value order; every one is in the QR alphanumeric set. */
    public static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";

    private static final char[] CHARS = ALPHABET.toCharArray();
    private static final byte[] VALUES = new byte[128];

    static {
        java.util.Arrays.fill(VALUES, (byte) -1);
        for (int i = 0; i < CHARS.length; i++) {
            VALUES[CHARS[i]] = (byte) i;
        }
    }

    private Base45() {
    }

    /**
     * Appends the Base45 encoding of bytes.
     *
     * @param bytes the bytes, not null
     * @param out   the builder to append to, not null
     */
    public static void encode(byte[] bytes, StringBuilder out) {
        int n = bytes.length;
        int i = 0;
        for (; i + 1 < n; i += 2) {
            int v = ((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff);
            out.append(CHARS[v % 45]).append(CHARS[(v / 45) % 45]).append(CHARS[v / 2025]);
        }
        if (i < n) {
            int v = bytes[i] & 0xff;
            out.append(CHARS[v % 45]).append(CHARS[v / 45]);
        }
    }

    /**
     * Returns the Base45 encoding of bytes.
     *
     * @param bytes the bytes, not null
     * @return the text, not null
     */
    public static String encode(byte[] bytes) {
        StringBuilder sb = new StringBuilder((bytes.length + 1) / 2 * 3);
        encode(bytes, sb);
        return sb.toString();
    }

    /**
     * Decodes canonical Base45 text.
     *
     * @param text the text, not null
     * @param from the index of the first character to decode, 0 to {@code text.length()}
     * @return the bytes, or null if the text is not canonical Base45
     */
    public static byte[] decode(CharSequence text, int from) {
        int len = text.length() - from;
        if (len % 3 == 1) {
            return null;
        }
        byte[] out = new byte[len / 3 * 2 + (len % 3 == 2 ? 1 : 0)];
        int o = 0;
        int i = from;
        int end = text.length();
        for (; i + 2 < end; i += 3) {
            int c = value(text.charAt(i));
            int d = value(text.charAt(i + 1));
            int e = value(text.charAt(i + 2));
            if ((c | d | e) < 0) {
                return null;
            }
            int v = c + d * 45 + e * 2025;
            if (v > 0xffff) {
                return null;
            }
            out[o++] = (byte) (v >>> 8);
            out[o++] = (byte) v;
        }
        if (i < end) {
            int c = value(text.charAt(i));
            int d = value(text.charAt(i + 1));
            if ((c | d) < 0) {
                return null;
            }
            int v = c + d * 45;
            if (v > 0xff) {
                return null;
            }
            out[o] = (byte) v;
        }
        return out;
    }

    private static int value(char c) {
        return c < 128 ? VALUES[c] : -1;
    }
}
