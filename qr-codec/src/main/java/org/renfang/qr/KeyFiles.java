package org.renfang.qr;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Key;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.renfang.qr.internal.Pem;

/**
 * Where label keys come from: the key files of a directory, and the DER of a PEM block or of a
 * JDK key, each refused with a {@link LabelException}.
 */
final class KeyFiles {
    private KeyFiles() {
    }

    /**
     * Lists the regular files of a directory whose names end in a suffix.
     *
     * @param dir    the directory, not null
     * @param suffix the end of the file names, such as {@code .pub.pem}, not null
     * @return the files in name order, not null
     * @throws LabelException with {@link LabelException.Code#IO_FAILED} if the directory cannot be read
     */
    static List<Path> list(Path dir, String suffix) {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
            for (Path p : ds) {
                if (p.getFileName().toString().endsWith(suffix) && Files.isRegularFile(p)) {
                    files.add(p);
                }
            }
        } catch (IOException e) {
            throw new LabelException(LabelException.Code.IO_FAILED, "cannot list the key directory " + dir, e);
        }
        Collections.sort(files);
        return files;
    }

    /**
     * Reads a PEM key file.
     *
     * @param p the file, not null
     * @return its text, not null
     * @throws LabelException with {@link LabelException.Code#KEY_INVALID} if it is longer than
     *         {@value Pem#MAX_LENGTH} bytes, or {@link LabelException.Code#IO_FAILED} if it cannot be read
     */
    static String readPem(Path p) {
        try {
            if (Files.size(p) > Pem.MAX_LENGTH) {
                throw new LabelException(LabelException.Code.KEY_INVALID,
                        "key file " + p.getFileName() + " exceeds " + Pem.MAX_LENGTH + " bytes");
            }
            return Files.readString(p, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new LabelException(LabelException.Code.IO_FAILED, "cannot read key file " + p.getFileName(), e);
        }
    }

    /**
     * Extracts the DER of the first PEM block with a label.
     *
     * @param label the PEM label, such as {@code PUBLIC KEY}, not null
     * @param pem   the PEM text, not null
     * @return the bytes, not null
     * @throws LabelException with {@link LabelException.Code#KEY_INVALID} if there is no such block
     * @throws NullPointerException if {@code pem} is null
     */
    static byte[] der(String label, String pem) {
        Objects.requireNonNull(pem, "pem");
        byte[] der = Pem.decode(label, pem);
        if (der == null) {
            throw new LabelException(LabelException.Code.KEY_INVALID, "no " + label + " block in the PEM text");
        }
        return der;
    }

    /**
     * Copies raw key bytes of a fixed length.
     *
     * @param bytes  the bytes, not null
     * @param name   the parameter's name, for the exception if {@code bytes} is null
     * @param length the length the bytes must have
     * @param what   what the bytes are, for the message ({@code private key})
     * @return a copy of the bytes, not null
     * @throws NullPointerException if {@code bytes} is null
     * @throws LabelException       with {@link LabelException.Code#KEY_INVALID} if the length is another
     */
    static byte[] copyOfLength(byte[] bytes, String name, int length, String what) {
        Objects.requireNonNull(bytes, name);
        if (bytes.length != length) {
            throw new LabelException(LabelException.Code.KEY_INVALID,
                    what + " of " + bytes.length + " bytes, expected " + length);
        }
        return bytes.clone();
    }

    /**
     * Returns the encoded form of a JDK key.
     *
     * @param key the key, not null
     * @return the bytes, not null
     * @throws LabelException with {@link LabelException.Code#KEY_INVALID} if the key has no encoded form
     * @throws NullPointerException if {@code key} is null
     */
    static byte[] der(Key key) {
        Objects.requireNonNull(key, "key");
        byte[] der = key.getEncoded();
        if (der == null) {
            throw new LabelException(LabelException.Code.KEY_INVALID, "the key has no encoded form");
        }
        return der;
    }
}
