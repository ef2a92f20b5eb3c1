package org.renfang.qr;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;
import org.bouncycastle.math.ec.rfc8032.Ed25519;
import org.renfang.qr.internal.Pem;

/**
 * An Ed25519 public key that verifies door labels, with its kid.
 *
 * <p>The kid is the first four bytes of SHA-256 over the key's X.509
 * SubjectPublicKeyInfo DER encoding (RFC 8410: {@code 302a300506032b6570032100} followed by
 * the 32 key bytes), written as eight lowercase hex digits.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class LabelPublicKey {
    /** The length of a raw Ed25519 public key in bytes. */
    public static final int RAW_LENGTH = 32;

    static final byte[] SPKI_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");

    private final byte[] raw;
    private final byte[] spki;
    private final int kid;
    private final Ed25519.PublicPoint point;
    private volatile PublicKey jdkKey;

    private LabelPublicKey(byte[] raw) {
        this.raw = raw;
        this.spki = new byte[SPKI_PREFIX.length + RAW_LENGTH];
        System.arraycopy(SPKI_PREFIX, 0, spki, 0, SPKI_PREFIX.length);
        System.arraycopy(raw, 0, spki, SPKI_PREFIX.length, RAW_LENGTH);
        this.point = Ed25519.validatePublicKeyPartialExport(raw, 0);
        if (point == null) {
            throw new LabelException(LabelException.Code.KEY_INVALID, "the 32 bytes are not an Ed25519 public key");
        }
        this.kid = kidOf(spki);
    }

    private static int kidOf(byte[] spki) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(spki);
            return ((h[0] & 0xff) << 24) | ((h[1] & 0xff) << 16) | ((h[2] & 0xff) << 8) | (h[3] & 0xff);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from the JDK", e);
        }
    }

    /**
     * Obtains a key from its 32 raw bytes (RFC 8032 encoding).
     *
     * @param raw the key bytes, not null, {@value #RAW_LENGTH} bytes
     * @return the key, not null
     * @throws LabelException with {@link LabelException.Code#KEY_INVALID} if the bytes are not an Ed25519 public key
     */
    public static LabelPublicKey ofRaw(byte[] raw) {
        return new LabelPublicKey(KeyFiles.copyOfLength(raw, "raw", RAW_LENGTH, "raw public key"));
    }

    /**
     * Obtains a key from its X.509 SubjectPublicKeyInfo DER encoding.
     *
     * @param der the DER bytes, not null
     * @return the key, not null
     * @throws LabelException with {@link LabelException.Code#KEY_INVALID} if the bytes are not an Ed25519 SubjectPublicKeyInfo
     */
    public static LabelPublicKey fromEncoded(byte[] der) {
        Objects.requireNonNull(der, "der");
        if (der.length != SPKI_PREFIX.length + RAW_LENGTH
                || !Arrays.equals(der, 0, SPKI_PREFIX.length, SPKI_PREFIX, 0, SPKI_PREFIX.length)) {
            throw new LabelException(LabelException.Code.KEY_INVALID,
                    "not an Ed25519 SubjectPublicKeyInfo (" + der.length + " bytes)");
        }
        return new LabelPublicKey(Arrays.copyOfRange(der, SPKI_PREFIX.length, der.length));
    }

    /**
     * Obtains a key from PEM text ({@code -----BEGIN PUBLIC KEY-----}).
     *
     * @param pem the PEM text, not null, at most {@value Pem#MAX_LENGTH} characters
     * @return the key, not null
     * @throws LabelException with {@link LabelException.Code#KEY_INVALID} if there is no Ed25519 public key block
     */
    public static LabelPublicKey fromPem(String pem) {
        return fromEncoded(KeyFiles.der("PUBLIC KEY", pem));
    }

    /**
     * Obtains a key from a JDK public key.
     *
     * @param key an Ed25519 key whose {@code getEncoded()} is SubjectPublicKeyInfo, not null
     * @return the key, not null
     * @throws LabelException with {@link LabelException.Code#KEY_INVALID} if it is not an Ed25519 key
     */
    public static LabelPublicKey from(PublicKey key) {
        return fromEncoded(KeyFiles.der(key));
    }

    /**
     * Returns the key id as eight lowercase hex digits.
     *
     * @return the kid, not null
     */
    public String kid() {
        return KeyRing.kidHex(kid);
    }

    int kidValue() {
        return kid;
    }

    /**
     * Returns the 32 raw key bytes.
     *
     * @return a new array, not null
     */
    public byte[] raw() {
        return raw.clone();
    }

    byte[] rawUnsafe() {
        return raw;
    }

    Ed25519.PublicPoint point() {
        return point;
    }

    /**
     * Returns the X.509 SubjectPublicKeyInfo DER encoding, over which the kid is computed.
     *
     * @return a new array, not null
     */
    public byte[] encoded() {
        return spki.clone();
    }

    /**
     * Returns the PEM text ({@code -----BEGIN PUBLIC KEY-----}).
     *
     * @return the PEM text, not null
     */
    public String toPem() {
        return Pem.encode("PUBLIC KEY", spki);
    }

    /**
     * Returns the key as a JDK {@code Ed25519} public key.
     *
     * @return the key, not null
     */
    public PublicKey toJdkKey() {
        PublicKey k = jdkKey;
        if (k == null) {
            try {
                k = KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(spki));
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("the JDK refused an Ed25519 public key", e);
            }
            jdkKey = k;
        }
        return k;
    }

    /**
     * Compares the key bytes.
     *
     * @param o the other object, may be null
     * @return true if {@code o} is a public key with the same bytes
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof LabelPublicKey && Arrays.equals(raw, ((LabelPublicKey) o).raw);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(raw);
    }

    /**
     * Returns a description naming the kid.
     *
     * @return the description, not null
     */
    @Override
    public String toString() {
        return "LabelPublicKey[kid=" + kid() + "]";
    }
}
