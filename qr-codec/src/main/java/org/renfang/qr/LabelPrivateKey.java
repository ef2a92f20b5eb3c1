package org.renfang.qr;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;
import org.bouncycastle.math.ec.rfc8032.Ed25519;
import org.renfang.qr.internal.Pem;

/**
 * An Ed25519 private key that issues door labels, with its public key.
 *
 * <p>Its text form is PKCS#8 (RFC 8410) in PEM ({@code -----BEGIN PRIVATE KEY-----}).
 * {@link #toString()} shows only the kid; no message ever contains the key bytes.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class LabelPrivateKey {
    /** The length of an Ed25519 private key (seed) in bytes. */
    public static final int SEED_LENGTH = 32;

    private static final byte[] PKCS8_V1_PREFIX = HexFormat.of().parseHex("302e020100300506032b657004220420");
    private static final byte[] PKCS8_V2_PREFIX = HexFormat.of().parseHex("3051020101300506032b657004220420");
    private static final byte[] PKCS8_V2_PUBLIC = HexFormat.of().parseHex("812100");

    private final byte[] seed;
    private final LabelPublicKey publicKey;
    private volatile PrivateKey jdkKey;

    private LabelPrivateKey(byte[] seed) {
        this.seed = seed;
        byte[] pk = new byte[LabelPublicKey.RAW_LENGTH];
        Ed25519.generatePublicKey(seed, 0, pk, 0);
        this.publicKey = LabelPublicKey.ofRaw(pk);
    }

    /**
     * Generates a new key with a strong random source.
     *
     * @return the key, not null
     */
    public static LabelPrivateKey generate() {
        return generate(new SecureRandom());
    }

    /**
     * Generates a new key.
     *
     * @param random the random source, not null
     * @return the key, not null
     */
    public static LabelPrivateKey generate(SecureRandom random) {
        Objects.requireNonNull(random, "random");
        byte[] seed = new byte[SEED_LENGTH];
        random.nextBytes(seed);
        return new LabelPrivateKey(seed);
    }

    /**
     * Obtains a key from its 32-byte seed (RFC 8032 private key).
     *
     * @param seed the seed, not null, {@value #SEED_LENGTH} bytes
     * @return the key, not null
     * @throws LabelException with {@link LabelException.Code#KEY_INVALID} if the length is wrong
     */
    public static LabelPrivateKey ofSeed(byte[] seed) {
        return new LabelPrivateKey(KeyFiles.copyOfLength(seed, "seed", SEED_LENGTH, "private key"));
    }

    /**
     * Obtains a key from its PKCS#8 DER encoding (RFC 8410, version 1, or version 2 with
     * the matching public key).
     *
     * @param der the DER bytes, not null
     * @return the key, not null
     * @throws LabelException with {@link LabelException.Code#KEY_INVALID} if the bytes are not an Ed25519 PKCS#8 key
     */
    public static LabelPrivateKey fromEncoded(byte[] der) {
        Objects.requireNonNull(der, "der");
        int p = PKCS8_V1_PREFIX.length;
        if (der.length == p + SEED_LENGTH && Arrays.equals(der, 0, p, PKCS8_V1_PREFIX, 0, p)) {
            return new LabelPrivateKey(Arrays.copyOfRange(der, p, p + SEED_LENGTH));
        }
        int q = p + SEED_LENGTH + PKCS8_V2_PUBLIC.length;
        if (der.length == q + LabelPublicKey.RAW_LENGTH && Arrays.equals(der, 0, p, PKCS8_V2_PREFIX, 0, p)
                && Arrays.equals(der, p + SEED_LENGTH, q, PKCS8_V2_PUBLIC, 0, PKCS8_V2_PUBLIC.length)) {
            LabelPrivateKey key = new LabelPrivateKey(Arrays.copyOfRange(der, p, p + SEED_LENGTH));
            if (!Arrays.equals(der, q, der.length, key.publicKey.rawUnsafe(), 0, LabelPublicKey.RAW_LENGTH)) {
                throw new LabelException(LabelException.Code.KEY_INVALID,
                        "the public key in the PKCS#8 structure does not match its private key");
            }
            return key;
        }
        throw new LabelException(LabelException.Code.KEY_INVALID, "not an Ed25519 PKCS#8 key (" + der.length + " bytes)");
    }

    /**
     * Obtains a key from PEM text ({@code -----BEGIN PRIVATE KEY-----}).
     *
     * @param pem the PEM text, not null, at most {@value Pem#MAX_LENGTH} characters
     * @return the key, not null
     * @throws LabelException with {@link LabelException.Code#KEY_INVALID} if there is no Ed25519 private key block
     */
    public static LabelPrivateKey fromPem(String pem) {
        return fromEncoded(KeyFiles.der("PRIVATE KEY", pem));
    }

    /**
     * Obtains a key from a JDK private key.
     *
     * @param key an Ed25519 key whose {@code getEncoded()} is PKCS#8, not null
     * @return the key, not null
     * @throws LabelException with {@link LabelException.Code#KEY_INVALID} if it is not an Ed25519 key
     */
    public static LabelPrivateKey from(PrivateKey key) {
        return fromEncoded(KeyFiles.der(key));
    }

    /**
     * Returns the public key.
     *
     * @return the public key, not null
     */
    public LabelPublicKey publicKey() {
        return publicKey;
    }

    /**
     * Returns the kid of the public key.
     *
     * @return eight lowercase hex digits, not null
     */
    public String kid() {
        return publicKey.kid();
    }

    byte[] seedUnsafe() {
        return seed;
    }

    /**
     * Returns the PKCS#8 DER encoding (RFC 8410, version 1).
     *
     * @return a new array holding key material, not null
     */
    public byte[] encoded() {
        byte[] der = Arrays.copyOf(PKCS8_V1_PREFIX, PKCS8_V1_PREFIX.length + SEED_LENGTH);
        System.arraycopy(seed, 0, der, PKCS8_V1_PREFIX.length, SEED_LENGTH);
        return der;
    }

    /**
     * Returns the PEM text ({@code -----BEGIN PRIVATE KEY-----}).
     *
     * @return the PEM text holding key material, not null
     */
    public String toPem() {
        return Pem.encode("PRIVATE KEY", encoded());
    }

    /**
     * Returns the key as a JDK {@code Ed25519} private key.
     *
     * @return the key, not null
     */
    public PrivateKey toJdkKey() {
        PrivateKey k = jdkKey;
        if (k == null) {
            try {
                k = KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(encoded()));
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("the JDK refused an Ed25519 private key", e);
            }
            jdkKey = k;
        }
        return k;
    }

    /**
     * Returns a description naming the kid only.
     *
     * @return the description, not null
     */
    @Override
    public String toString() {
        return "LabelPrivateKey[kid=" + kid() + "]";
    }
}
