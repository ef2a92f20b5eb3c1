package org.renfang.qr.internal;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * PEM armour (RFC 7468) for one DER structure.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Pem {
    /** The longest PEM text accepted, in characters. */
    public static final int MAX_LENGTH = 8192;

    private Pem() {
    }

    /**
     * Armours DER bytes.
     *
     * @param label the PEM label, such as {@code PUBLIC KEY}, not null
     * @param der   the bytes, not null
     * @return the PEM text with 64-character lines and a final newline, not null
     */
    public static String encode(String label, byte[] der) {
        String b64 = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        return "-----BEGIN " + label + "-----\n" + b64 + "\n-----END " + label + "-----\n";
    }

    /**
     * Extracts the DER bytes of the first block with the given label.
     *
     * @param label the PEM label, not null
     * @param text  the PEM text, not null
     * @return the bytes, or null if there is no such block, the text is too long or the base64 is invalid
     */
    public static byte[] decode(String label, String text) {
        if (text.length() > MAX_LENGTH) {
            return null;
        }
        String begin = "-----BEGIN " + label + "-----";
        String end = "-----END " + label + "-----";
        int b = text.indexOf(begin);
        if (b < 0) {
            return null;
        }
        int e = text.indexOf(end, b + begin.length());
        if (e < 0) {
            return null;
        }
        String body = text.substring(b + begin.length(), e);
        StringBuilder sb = new StringBuilder(body.length());
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c != '\n' && c != '\r' && c != ' ' && c != '\t') {
                sb.append(c);
            }
        }
        try {
            return Base64.getDecoder().decode(sb.toString());
        } catch (IllegalArgumentException ex) {
            return null;
        }
    }
}
