package org.renfang.qr.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class CborTest {
    private static boolean ok(String hex) {
        byte[] b = HexFormat.of().parseHex(hex);
        return Cbor.isWellFormed(b, 0, b.length);
    }

    @Test
    void deterministicSubset_isAccepted() {
        assertThat(ok("00")).isTrue();
        assertThat(ok("17")).isTrue();
        assertThat(ok("1818")).isTrue();
        assertThat(ok("190100")).isTrue();
        assertThat(ok("1a00010000")).isTrue();
        assertThat(ok("1b0000000100000000")).isTrue();
        assertThat(ok("20")).isTrue();
        assertThat(ok("6449455446")).isTrue();
        assertThat(ok("a201020304")).isTrue();
        assertThat(ok("f4")).isTrue();
        assertThat(ok("f6")).isTrue();
        assertThat(ok("d24100")).isTrue();
        assertThat(ok("80")).isTrue();
    }

    @Test
    void everythingElse_isRefused() {
        assertThat(ok("")).isFalse();
        assertThat(ok("1817")).as("not shortest").isFalse();
        assertThat(ok("1900ff")).as("not shortest").isFalse();
        assertThat(ok("1a0000ffff")).as("not shortest").isFalse();
        assertThat(ok("1b00000000ffffffff")).as("not shortest").isFalse();
        assertThat(ok("1bffffffffffffffff")).as("over 2^63-1").isFalse();
        assertThat(ok("9f00ff")).as("indefinite").isFalse();
        assertThat(ok("5f4100ff")).as("indefinite").isFalse();
        assertThat(ok("1c")).as("reserved").isFalse();
        assertThat(ok("a203040102")).as("key order").isFalse();
        assertThat(ok("a201020103")).as("duplicate key").isFalse();
        assertThat(ok("f93c00")).as("float").isFalse();
        assertThat(ok("f7")).as("undefined").isFalse();
        assertThat(ok("e0")).as("simple 0").isFalse();
        assertThat(ok("62c080")).as("overlong UTF-8").isFalse();
        assertThat(ok("63eda080")).as("surrogate").isFalse();
        assertThat(ok("64f4908080")).as("over U+10FFFF").isFalse();
        assertThat(ok("62e282")).as("truncated UTF-8 in a 2-byte string").isFalse();
        assertThat(ok("0000")).as("trailing").isFalse();
        assertThat(ok("45010203")).as("truncated").isFalse();
        assertThat(ok("818181818181818181818100")).as("too deep").isFalse();
        assertThat(ok("8181818181818100")).as("depth 8 is fine").isTrue();
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
