package org.renfang.qr;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;

/**
 * Key directories: {@code DIR/<kid>.key.pem} (PKCS#8) and {@code DIR/<kid>.pub.pem}
 * (SubjectPublicKeyInfo), the layout of {@code renfang label keygen}.
 *
 * <pre>{@code
 * LabelPrivateKey key = LabelKeys.generate(dir);      // writes both files
 * LabelPrivateKey same = LabelKeys.loadPrivateKey(dir);
 * KeyRing ring = KeyRing.load(dir);                    // every *.pub.pem
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class LabelKeys {
    /** The file-name suffix of a private key. */
    public static final String PRIVATE_KEY_SUFFIX = ".key.pem";
    /** The file-name suffix of a public key. */
    public static final String PUBLIC_KEY_SUFFIX = KeyRing.PUBLIC_KEY_SUFFIX;

    private LabelKeys() {
    }

    /**
     * Generates a key and writes it to a directory, which is created if missing.
     *
     * @param dir the directory, not null
     * @return the new key, not null
     * @throws LabelException with {@link LabelException.Code#IO_FAILED} if a file cannot be written or already exists
     */
    public static LabelPrivateKey generate(Path dir) {
        LabelPrivateKey key = LabelPrivateKey.generate();
        write(dir, key);
        return key;
    }

    /**
     * Writes {@code <kid>.key.pem} (readable by the owner only where the file system
     * allows) and {@code <kid>.pub.pem}; never overwrites a file.
     *
     * @param dir the directory, not null, created if missing
     * @param key the key, not null
     * @return the path of the public key file, not null
     * @throws LabelException with {@link LabelException.Code#IO_FAILED} if a file cannot be written or already exists
     */
    public static Path write(Path dir, LabelPrivateKey key) {
        Objects.requireNonNull(dir, "dir");
        Objects.requireNonNull(key, "key");
        Path priv = dir.resolve(key.kid() + PRIVATE_KEY_SUFFIX);
        Path pub = dir.resolve(key.kid() + PUBLIC_KEY_SUFFIX);
        if (Files.exists(priv) || Files.exists(pub)) {
            throw new LabelException(LabelException.Code.IO_FAILED, "key file for kid " + key.kid() + " already exists in " + dir);
        }
        try {
            Files.createDirectories(dir);
            Files.writeString(priv, "", StandardCharsets.US_ASCII, StandardOpenOption.CREATE_NEW);
            try {
                Files.setPosixFilePermissions(priv, EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: the directory's own protection applies
            }
            Files.writeString(priv, key.toPem(), StandardCharsets.US_ASCII, StandardOpenOption.TRUNCATE_EXISTING);
            try {
                Files.writeString(pub, key.publicKey().toPem(), StandardCharsets.US_ASCII, StandardOpenOption.CREATE_NEW);
            } catch (IOException e) {
                Files.deleteIfExists(priv);
                throw e;
            }
        } catch (FileAlreadyExistsException e) {
            throw new LabelException(LabelException.Code.IO_FAILED, "key file " + e.getFile() + " already exists", e);
        } catch (IOException e) {
            throw new LabelException(LabelException.Code.IO_FAILED, "cannot write key files to " + dir, e);
        }
        return pub;
    }

    /**
     * Loads the one private key ({@code *.key.pem}) of a directory.
     *
     * @param dir the directory, not null
     * @return the key, not null
     * @throws LabelException with {@link LabelException.Code#KEY_NOT_FOUND} if there is none or more than one,
     *         {@link LabelException.Code#IO_FAILED} if it cannot be read, or {@link LabelException.Code#KEY_INVALID}
     */
    public static LabelPrivateKey loadPrivateKey(Path dir) {
        Objects.requireNonNull(dir, "dir");
        List<Path> found = KeyFiles.list(dir, PRIVATE_KEY_SUFFIX);
        if (found.size() != 1) {
            throw new LabelException(LabelException.Code.KEY_NOT_FOUND,
                    "the key directory holds " + found.size() + " private keys (*" + PRIVATE_KEY_SUFFIX + "), expected 1");
        }
        return LabelPrivateKey.fromPem(KeyFiles.readPem(found.get(0)));
    }
}
