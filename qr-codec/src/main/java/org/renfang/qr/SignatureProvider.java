package org.renfang.qr;

/**
 * The Ed25519 implementation that signs and verifies labels: the seam between the label
 * format and a cryptography library.
 *
 * <p>Two are built in: {@link #bouncyCastle()} (the default, measured faster) and
 * {@link #jdk()}. Both give identical signatures (Ed25519 is deterministic) and accept
 * exactly the same ones. Another implementation, such as one backed by a hardware
 * module, can use {@link LabelPrivateKey#toJdkKey()} or {@link LabelPublicKey#raw()}.
 *
 * <p>Implementations must be immutable and thread-safe.
 */
public interface SignatureProvider {

    /**
     * Returns a short name for diagnostics and benchmarks.
     *
     * @return the name, not null
     */
    String name();

    /**
     * Signs a message with Ed25519 (RFC 8032, pure).
     *
     * @param key     the private key, not null
     * @param message the message, not null
     * @return the 64-byte signature, not null
     * @throws LabelException with {@link LabelException.Code#SIGNING_FAILED} if the library fails
     */
    byte[] sign(LabelPrivateKey key, byte[] message);

    /**
     * Verifies an Ed25519 signature; never throws on a bad signature.
     *
     * @param key       the public key, not null
     * @param message   the message, not null
     * @param signature the signature, not null, any length (only 64 bytes can verify)
     * @return true if the signature is valid for the message and key
     */
    boolean verify(LabelPublicKey key, byte[] message, byte[] signature);

    /**
     * Returns BouncyCastle's lightweight Ed25519 ({@code org.bouncycastle.math.ec.rfc8032}).
     *
     * @return the provider, not null
     */
    static SignatureProvider bouncyCastle() {
        return BouncyCastleEd25519.INSTANCE;
    }

    /**
     * Returns the JDK's Ed25519 ({@code java.security.Signature "Ed25519"}).
     *
     * @return the provider, not null
     */
    static SignatureProvider jdk() {
        return JdkEd25519.INSTANCE;
    }

    /**
     * Returns the default provider, the faster of the two as measured (BouncyCastle).
     *
     * @return the provider, not null
     */
    static SignatureProvider defaultProvider() {
        return BouncyCastleEd25519.INSTANCE;
    }
}
