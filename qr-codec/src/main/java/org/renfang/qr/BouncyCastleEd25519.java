package org.renfang.qr;

import org.bouncycastle.math.ec.rfc8032.Ed25519;

/**
 * Ed25519 through BouncyCastle's lightweight API, with the public point decoded once per key.
 *
 * <p>This class is immutable and thread-safe.
 */
final class BouncyCastleEd25519 implements SignatureProvider {
    static final BouncyCastleEd25519 INSTANCE = new BouncyCastleEd25519();

    private BouncyCastleEd25519() {
    }

    @Override
    public String name() {
        return "bouncycastle";
    }

    @Override
    public byte[] sign(LabelPrivateKey key, byte[] message) {
        byte[] sig = new byte[Ed25519.SIGNATURE_SIZE];
        try {
            Ed25519.sign(key.seedUnsafe(), 0, key.publicKey().rawUnsafe(), 0, message, 0, message.length, sig, 0);
        } catch (RuntimeException e) {
            throw new LabelException(LabelException.Code.SIGNING_FAILED, "Ed25519 signing failed", e);
        }
        return sig;
    }

    @Override
    public boolean verify(LabelPublicKey key, byte[] message, byte[] signature) {
        if (signature.length != Ed25519.SIGNATURE_SIZE) {
            return false;
        }
        try {
            return Ed25519.verify(signature, 0, key.point(), message, 0, message.length);
        } catch (RuntimeException e) {
            return false;
        }
    }

    @Override
    public String toString() {
        return "SignatureProvider[bouncycastle]";
    }
}
