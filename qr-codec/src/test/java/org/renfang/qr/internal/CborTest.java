package org.renfang.qr.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CborTest {
    private static boolean ok(String hex) {
        byte[] b = HexFormat.of().parseHex(hex);
        return Cbor.isWellFormed(b, 0, b.length);
    }

    @ParameterizedTest
    @ValueSource(strings = {"00", "17", "1818", "190100", "1a00010000", "1b0000000100000000", "20", "6449455446",
        "a201020304", "f4", "f6", "d24100", "80"})
    void deterministicSubset_isAccepted(String hex) {
        assertThat(ok(hex)).isTrue();
    }

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource({
        "'', empty, false",
        "1817, not shortest, false",
        "1900ff, not shortest, false",
        "1a0000ffff, not shortest, false",
        "1b00000000ffffffff, not shortest, false",
        "1bffffffffffffffff, over 2^63-1, false",
        "9f00ff, indefinite, false",
        "5f4100ff, indefinite, false",
        "1c, reserved, false",
        "a203040102, key order, false",
        "a201020103, duplicate key, false",
        "f93c00, float, false",
        "f7, undefined, false",
        "e0, simple 0, false",
        "62c080, overlong UTF-8, false",
        "63eda080, surrogate, false",
        "64f4908080, over U+10FFFF, false",
        "62e282, truncated UTF-8 in a 2-byte string, false",
        "0000, trailing, false",
        "45010203, truncated, false",
        "818181818181818181818100, too deep, false",
        "8181818181818100, depth 8 is fine, true"
    })
    void everythingElse_isRefused(String hex, String why, boolean wellFormed) {
        assertThat(ok(hex)).as(why).isEqualTo(wellFormed);
    }

    @Test
    void writer_isShortest() {
        assertThat(HexFormat.of().formatHex(new Cbor.Writer(1).integer(23).integer(24).integer(255).integer(256)
                .integer(65536).integer(-8).integer(Long.MAX_VALUE).toByteArray()))
                .isEqualTo("17" + "1818" + "18ff" + "190100" + "1a00010000" + "27" + "1b7fffffffffffffff");
    }

    @Test
    void reader_typeMismatch_throwsCborException() {
        byte[] b = {0x01};
        assertThatThrownBy(() -> new Cbor.Reader(b, 0, 1).text(10)).isInstanceOf(CborException.class);
        assertThat(Cbor.isUtf8(new byte[] {(byte) 0xe4, (byte) 0xb8, (byte) 0xad}, 0, 3)).isTrue();
    }
}
