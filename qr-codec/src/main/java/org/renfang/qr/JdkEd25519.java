package org.renfang.qr;

import java.security.GeneralSecurityException;
import java.security.Signature;

/**
 * Ed25519 through {@code java.security.Signature}; the JDK keys are built once per key object.
 *
 * <p>This class is immutable and thread-safe.
 */
final class JdkEd25519 implements SignatureProvider {
    static final JdkEd25519 INSTANCE = new JdkEd25519();

    private JdkEd25519() {
    }

    @Override
    public String name() {
        return "jdk";
    }

    @Override
    public byte[] sign(LabelPrivateKey key, byte[] message) {
        try {
            Signature s = Signature.getInstance("Ed25519");
            s.initSign(key.toJdkKey());
            s.update(message);
            return s.sign();
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new LabelException(LabelException.Code.SIGNING_FAILED, "Ed25519 signing failed", e);
        }
    }

    @Override
    public boolean verify(LabelPublicKey key, byte[] message, byte[] signature) {
        if (signature.length != 64) {
            return false;
        }
        try {
            Signature s = Signature.getInstance("Ed25519");
            s.initVerify(key.toJdkKey());
            s.update(message);
            return s.verify(signature);
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }

    @Override
    public String toString() {
        return "SignatureProvider[jdk]";
    }
}
