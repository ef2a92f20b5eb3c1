package org.renfang.qr.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.renfang.testing.Gen;
import org.renfang.testing.PropertyCheck;

class Base45Test {

    @Test
    void rfc9285Examples() {
        assertThat(Base45.encode("AB".getBytes(StandardCharsets.US_ASCII))).isEqualTo("BB8");
        assertThat(Base45.encode("Hello!!".getBytes(StandardCharsets.US_ASCII))).isEqualTo("%69 VD92EX0");
        assertThat(Base45.encode("base-45".getBytes(StandardCharsets.US_ASCII))).isEqualTo("UJCLQE7W581");
        assertThat(new String(Base45.decode("QED8WEX0", 0), StandardCharsets.US_ASCII)).isEqualTo("ietf!");
    }

    @Test
    void nonCanonical_isRefused() {
        assertThat(Base45.decode("GGW", 0)).isNull();
        assertThat(Base45.decode("FGW", 0)).hasSize(2);
        assertThat(Base45.decode("::", 0)).isNull();
        assertThat(Base45.decode("V5", 0)).isNull();
        assertThat(Base45.decode("U5", 0)).containsExactly((byte) 0xff);
        assertThat(Base45.decode("BB", 0)).isNull();
        assertThat(Base45.decode("A0", 0)).containsExactly((byte) 10);
        assertThat(Base45.decode("B", 0)).isNull();
        assertThat(Base45.decode("bb8", 0)).isNull();
        assertThat(Base45.decode("BB\u00e9", 0)).isNull();
        assertThat(Base45.decode("", 0)).isEmpty();
    }

    @Test
    void roundTrip() {
        PropertyCheck.forAll(300, s -> {
            byte[] bytes = s.draw("bytes", Gen.bytes(0, 255));
            assertThat(Base45.decode(Base45.encode(bytes), 0)).isEqualTo(bytes);
        });
    }
}
