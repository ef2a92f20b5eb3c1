package org.renfang.qr;

import java.time.LocalDate;
import java.util.HexFormat;
import org.renfang.model.PremisesId;

/**
 * The fixed inputs of the golden test vectors.
 */
final class Vectors {
    /** RFC 8032 §7.1 test 1 secret key, so the key itself is a public, checkable vector. */
    static final String SEED = "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60";
    /** RFC 8032 §7.1 test 1 public key. */
    static final String PUBLIC = "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a";
    /** The key of the "other issuer" in negative vectors: RFC 8032 §7.1 test 2 secret key. */
    static final String OTHER_SEED = "4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb";

    private Vectors() {
    }

    static LabelPrivateKey key() {
        return LabelPrivateKey.ofSeed(HexFormat.of().parseHex(SEED));
    }

    static LabelPrivateKey otherKey() {
        return LabelPrivateKey.ofSeed(HexFormat.of().parseHex(OTHER_SEED));
    }

    static DoorLabel label() {
        return DoorLabel.of("110105", PremisesId.of("H110105000123456"), 4711,
                LocalDate.of(2026, 3, 1), LocalDate.of(2027, 2, 28));
    }
}
