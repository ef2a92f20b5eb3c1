package org.renfang.qr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeysTest {

    private static String resource(String name) throws IOException {
        try (var in = KeysTest.class.getResourceAsStream("/keys/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        }
    }

    @Test
    void opensslKeys_loadWithTheSameKid() throws IOException {
        LabelPrivateKey priv = LabelPrivateKey.fromPem(resource("openssl.key.pem"));
        LabelPublicKey pub = LabelPublicKey.fromPem(resource("openssl.pub.pem"));
        assertThat(priv.publicKey()).isEqualTo(pub);
        assertThat(pub.kid()).isEqualTo(resource("openssl.kid").strip());
        assertThat(priv.toPem()).isEqualTo(resource("openssl.key.pem"));
        assertThat(pub.toPem()).isEqualTo(resource("openssl.pub.pem"));
    }

    @Test
    void jdkKeys_interoperate() throws Exception {
        KeyPair kp = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        LabelPrivateKey priv = LabelPrivateKey.from(kp.getPrivate());
        LabelPublicKey pub = LabelPublicKey.from(kp.getPublic());
        assertThat(priv.publicKey()).isEqualTo(pub);
        byte[] msg = {1, 2, 3};
        byte[] sig = SignatureProvider.defaultProvider().sign(priv, msg);
        Signature s = Signature.getInstance("Ed25519");
        s.initVerify(kp.getPublic());
        s.update(msg);
        assertThat(s.verify(sig)).isTrue();
        assertThat(pub.toJdkKey().getEncoded()).isEqualTo(kp.getPublic().getEncoded());
        assertThat(LabelPrivateKey.from(priv.toJdkKey()).publicKey()).isEqualTo(pub);
    }

    @Test
    void pkcs8Version2_withMatchingPublicKey_isAccepted() {
        LabelPrivateKey k = Vectors.key();
        byte[] v1 = k.encoded();
        byte[] v2 = Faults.concat(java.util.HexFormat.of().parseHex("3051020101300506032b657004220420"),
                java.util.Arrays.copyOfRange(v1, 16, 48), new byte[] {(byte) 0x81, 0x21, 0x00}, k.publicKey().raw());
        assertThat(LabelPrivateKey.fromEncoded(v2).publicKey()).isEqualTo(k.publicKey());
        byte[] wrong = v2.clone();
        wrong[wrong.length - 1] ^= 1;
        assertKeyInvalid(() -> LabelPrivateKey.fromEncoded(wrong));
    }

    @Test
    void badKeys_areKeyInvalid_withoutKeyMaterialInTheMessage() {
        assertKeyInvalid(() -> LabelPublicKey.fromPem("nothing"));
        assertKeyInvalid(() -> LabelPrivateKey.fromPem("-----BEGIN PRIVATE KEY-----\n!!\n-----END PRIVATE KEY-----\n"));
        assertKeyInvalid(() -> LabelPublicKey.fromEncoded(new byte[44]));
        assertKeyInvalid(() -> LabelPublicKey.ofRaw(new byte[31]));
        assertKeyInvalid(() -> LabelPrivateKey.ofSeed(new byte[33]));
        assertKeyInvalid(() -> LabelPrivateKey.fromPem(Vectors.key().publicKey().toPem()));
        assertThatThrownBy(() -> LabelPrivateKey.fromEncoded(Faults.concat(Vectors.key().encoded(), new byte[1])))
                .hasMessageNotContaining(Vectors.SEED);
        assertThat(Vectors.key().toString()).doesNotContain(Vectors.SEED).contains(Vectors.key().kid());
    }

    private static void assertKeyInvalid(org.assertj.core.api.ThrowableAssert.ThrowingCallable c) {
        assertThatThrownBy(c).isInstanceOfSatisfying(LabelException.class,
                e -> assertThat(e.code()).isEqualTo(LabelException.Code.KEY_INVALID));
    }

    @Test
    void keyDirectory_writeLoadAndRing(@TempDir Path dir) throws IOException {
        LabelPrivateKey key = LabelKeys.generate(dir.resolve("k"));
        Path k = dir.resolve("k");
        assertThat(k.resolve(key.kid() + ".key.pem")).exists();
        assertThat(k.resolve(key.kid() + ".pub.pem")).exists();
        assertThat(key.kid()).matches("[0-9a-f]{8}");
        assertThat(LabelKeys.loadPrivateKey(k).publicKey()).isEqualTo(key.publicKey());
        LabelPrivateKey second = LabelPrivateKey.generate();
        Files.writeString(k.resolve(second.kid() + ".pub.pem"), second.publicKey().toPem());
        Files.writeString(k.resolve("README.txt"), "not a key");
        KeyRing ring = KeyRing.load(k);
        assertThat(ring.size()).isEqualTo(2);
        assertThat(ring.entries()).extracting(KeyRing.Entry::key).contains(key.publicKey(), second.publicKey());
        assertThatThrownBy(() -> LabelKeys.write(k, key)).isInstanceOfSatisfying(LabelException.class,
                e -> assertThat(e.code()).isEqualTo(LabelException.Code.IO_FAILED));
        assertThatThrownBy(() -> LabelKeys.write(k, second)).isInstanceOf(LabelException.class);
        assertThat(k.resolve(second.kid() + ".key.pem")).doesNotExist();
    }

    @Test
    void keyDirectory_noneOrTwoPrivateKeys_isKeyNotFound(@TempDir Path dir) {
        assertThatThrownBy(() -> LabelKeys.loadPrivateKey(dir)).isInstanceOfSatisfying(LabelException.class,
                e -> assertThat(e.code()).isEqualTo(LabelException.Code.KEY_NOT_FOUND));
        LabelKeys.generate(dir);
        LabelKeys.generate(dir);
        assertThatThrownBy(() -> LabelKeys.loadPrivateKey(dir)).isInstanceOfSatisfying(LabelException.class,
                e -> assertThat(e.code()).isEqualTo(LabelException.Code.KEY_NOT_FOUND));
        assertThatThrownBy(() -> KeyRing.load(dir.resolve("missing"))).isInstanceOfSatisfying(LabelException.class,
                e -> assertThat(e.code()).isEqualTo(LabelException.Code.IO_FAILED));
    }

    @Test
    void revocationList_parseAndLoad(@TempDir Path dir) throws IOException {
        RevocationList r = RevocationList.parse("# revoked\n110105 1\r\n\n  110105\t2  # lost\n北京 3\n");
        assertThat(r.size()).isEqualTo(3);
        assertThat(r.isRevoked("110105", 2)).isTrue();
        assertThat(r.isRevoked("北京", 3)).isTrue();
        assertThat(r.isRevoked("110105", 3)).isFalse();
        Path f = dir.resolve("revoked.txt");
        Files.writeString(f, "A 9\n");
        assertThat(RevocationList.load(f).isRevoked("A", 9)).isTrue();
        for (String bad : new String[] {"A\n", "A 1 2\n", "A x\n", "A -1\n", "A 99999999999999999999\n"}) {
            assertThatThrownBy(() -> RevocationList.parse("B 1\n" + bad)).as(bad)
                    .isInstanceOfSatisfying(LabelException.class, e -> {
                        assertThat(e.code()).isEqualTo(LabelException.Code.REVOCATION_LIST_INVALID);
                        assertThat(e.getMessage()).startsWith("line 2");
                    });
        }
        assertThatThrownBy(() -> RevocationList.load(dir.resolve("missing"))).isInstanceOfSatisfying(LabelException.class,
                e -> assertThat(e.code()).isEqualTo(LabelException.Code.IO_FAILED));
        assertThat(RevocationList.of(java.util.List.of(new RevocationList.Revoked("A", 1))).isRevoked("A", 1)).isTrue();
    }

    @Test
    void providers_agree() {
        LabelPrivateKey k = LabelPrivateKey.generate();
        byte[] msg = "m".getBytes(StandardCharsets.US_ASCII);
        byte[] a = SignatureProvider.jdk().sign(k, msg);
        byte[] b = SignatureProvider.bouncyCastle().sign(k, msg);
        assertThat(a).isEqualTo(b);
        assertThat(SignatureProvider.jdk().verify(k.publicKey(), msg, b)).isTrue();
        assertThat(SignatureProvider.bouncyCastle().verify(k.publicKey(), msg, a)).isTrue();
        assertThat(SignatureProvider.jdk().verify(k.publicKey(), msg, new byte[63])).isFalse();
        assertThat(SignatureProvider.bouncyCastle().verify(k.publicKey(), msg, new byte[64])).isFalse();
        assertThat(SignatureProvider.defaultProvider()).isSameAs(SignatureProvider.bouncyCastle());
    }
}
