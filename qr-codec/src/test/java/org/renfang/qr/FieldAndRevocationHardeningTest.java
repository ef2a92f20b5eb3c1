package org.renfang.qr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.renfang.model.PremisesId;

/**
 * Issue #16, items 4, 5, 6, 10, 13 and the serial cap: label fields, the revocation file, and
 * reading at the ends of time.
 */
class FieldAndRevocationHardeningTest {
    private static final LabelPrivateKey KEY = Vectors.key();
    private static final Instant AT = Instant.parse("2026-06-01T04:00:00Z");
    private static final LocalDate DAY = LocalDate.of(2026, 3, 1);

    private static LabelException.Code fieldCode(String issuer, String premises, long serial) {
        try {
            DoorLabel.of(issuer, PremisesId.of(premises), serial, DAY, null);
            return null;
        } catch (LabelException e) {
            return e.code();
        }
    }

    private static LabelException.Code listCode(String text) {
        try {
            RevocationList.parse(text);
            return null;
        } catch (LabelException e) {
            return e.code();
        }
    }

    // ---------------------------------------------------------------------------------------
    // item 5: the issuer alphabet

    @Test
    void issuer_outsideItsAlphabet_isRefusedAtIssue() {
        for (String bad : new String[] {" PSB", "PSB ", "PSB 4711", "PSB#1", "#", "PSB\t1", "PSB\u3000", "\uFEFFPSB",
            "PSB\u200B", "P:SB", "P$B", "PSB\"", "P\\SB", "\uFFFF"}) {
            assertThat(fieldCode(bad, "H1", 1)).as(bad).isEqualTo(LabelException.Code.FIELD_INVALID);
        }
        for (String good : new String[] {"PSB", "650203-PSB", "KMY.PSB_2/3", "北京市公安局朝阳分局", "Ⅻ", "é"}) {
            assertThat(fieldCode(good, "H1", 1)).as(good).isNull();
        }
        assertThat(fieldCode("I".repeat(32), "H1", 1)).isNull();
        assertThat(fieldCode("I".repeat(33), "H1", 1)).isEqualTo(LabelException.Code.FIELD_INVALID);
    }

    @Test
    void issuerWithASpace_cannotBeRevokedWrongly() {
        // before: " PSB 4711" revoked PSB, and a label issued to " PSB" was not revoked by it
        assertThat(fieldCode(" PSB", "H1", 4711)).isEqualTo(LabelException.Code.FIELD_INVALID);
        RevocationList list = RevocationList.parse(" PSB 4711\n");
        assertThat(list.isRevoked("PSB", 4711)).isTrue();
        assertThat(listCode("PSB 1 1\n")).isEqualTo(LabelException.Code.REVOCATION_LIST_INVALID);
        assertThatThrownBy(() -> new RevocationList.Revoked("PSB 1", 1)).isInstanceOf(LabelException.class);
    }

    // ---------------------------------------------------------------------------------------
    // item 10: format and separator characters in the premises

    @Test
    void premises_withFormatOrSeparatorCharacters_isRefusedAtIssue() {
        for (String bad : new String[] {"\uFEFFH-0001", "H\u202E0001", "H\u20280001", "H\u20290001", "H\u200B1",
            "H\u00AD1", "H\u0000", "H\u007F", "H\u0085", "H\uE000", "H\uFFFE", "H\uFDD0", "H\uD800", " H1", "H1 ",
            "\u3000H1"}) {
            assertThat(fieldCode("PSB", bad, 1)).as("U+%04X…", (int) bad.charAt(bad.length() > 1 ? 1 : 0))
                    .isEqualTo(LabelException.Code.FIELD_INVALID);
        }
        for (String good : new String[] {"H-0001", "朝阳-H7", "H 1", "a\"b\\c", "门牌/1", "H\uD83C\uDFE0"}) {
            assertThat(fieldCode("PSB", good, 1)).as(good).isNull();
        }
    }

    // ---------------------------------------------------------------------------------------
    // serial at most 2^53 - 1

    @Test
    void serial_isCappedAt2Pow53Minus1() {
        assertThat(DoorLabel.MAX_SERIAL).isEqualTo(9_007_199_254_740_991L);
        assertThat(fieldCode("PSB", "H1", DoorLabel.MAX_SERIAL)).isNull();
        assertThat(fieldCode("PSB", "H1", DoorLabel.MAX_SERIAL + 1)).isEqualTo(LabelException.Code.FIELD_INVALID);
        assertThat(fieldCode("PSB", "H1", Long.MAX_VALUE)).isEqualTo(LabelException.Code.FIELD_INVALID);
        assertThat(RevocationList.parse("PSB 9007199254740991").isRevoked("PSB", DoorLabel.MAX_SERIAL)).isTrue();
        assertThat(listCode("PSB 9007199254740992")).isEqualTo(LabelException.Code.REVOCATION_LIST_INVALID);
        assertThatThrownBy(() -> RevocationList.empty().with("PSB", DoorLabel.MAX_SERIAL + 1))
                .isInstanceOfSatisfying(LabelException.class, e -> assertThat(e.code()).isEqualTo(LabelException.Code.FIELD_INVALID));
    }

    // ---------------------------------------------------------------------------------------
    // item 13: reading never throws, at the ends of time

    @Test
    void read_atTheEndsOfTime_givesAStatus() {
        DoorLabel label = DoorLabel.of("PSB", PremisesId.of("H1"), 1, DAY, LocalDate.of(2027, 1, 1));
        DoorLabel open = DoorLabel.of("PSB", PremisesId.of("H1"), 2, DAY, null);
        LabelReader reader = LabelReader.of(KeyRing.of(KEY.publicKey()), RevocationList.empty());
        String text = LabelIssuer.of(KEY).issue(label);
        String openText = LabelIssuer.of(KEY).issue(open);
        Instant farFuture = Instant.parse("+999999999-12-31T23:59:59Z");
        Instant farPast = Instant.parse("-999999999-01-01T00:00:00Z");
        assertThat(reader.read(text, null, farFuture).status()).isEqualTo(LabelStatus.EXPIRED);
        assertThat(reader.read(text, null, Instant.MAX).status()).isEqualTo(LabelStatus.EXPIRED);
        assertThat(reader.read(openText, null, Instant.MAX).status()).isEqualTo(LabelStatus.VALID);
        assertThat(reader.read(text, null, farPast).status()).isEqualTo(LabelStatus.NOT_YET_VALID);
        assertThat(reader.read(text, null, Instant.MIN).status()).isEqualTo(LabelStatus.NOT_YET_VALID);
        assertThat(reader.withZone(java.time.ZoneOffset.ofHours(-18)).read(text, null, Instant.MIN).status())
                .isEqualTo(LabelStatus.NOT_YET_VALID);
        assertThat(reader.verify(text, PremisesId.of("H1"), Instant.MAX).status())
                .isEqualTo(org.renfang.label.LabelCheckStatus.EXPIRED);
    }

    // ---------------------------------------------------------------------------------------
    // item 4: a byte-order mark

    @Test
    void leadingByteOrderMark_isSkipped_elsewhereRefused(@TempDir Path dir) throws IOException {
        RevocationList list = RevocationList.parse("\uFEFF650203-PSB 1\n650203-PSB 2\n");
        assertThat(list.isRevoked("650203-PSB", 1)).isTrue();
        assertThat(list.size()).isEqualTo(2);
        Path f = dir.resolve("revoked.txt");
        Files.write(f, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'P', 'S', 'B', ' ', '7', '\n'});
        RevocationList loaded = RevocationList.load(f);
        assertThat(loaded.isRevoked("PSB", 7)).isTrue();
        assertThat(loaded.revoked()).containsExactly(new RevocationList.Revoked("PSB", 7));
        // a label of the issuer is revoked, not silently missed
        String text = LabelIssuer.of(KEY).issue(DoorLabel.of("PSB", PremisesId.of("H1"), 7, DAY, null));
        assertThat(LabelReader.of(KeyRing.of(KEY.publicKey()), loaded).read(text, null, AT).status())
                .isEqualTo(LabelStatus.REVOKED);
        assertThat(listCode("PSB 1\n\uFEFFPSB 2\n")).isEqualTo(LabelException.Code.REVOCATION_LIST_INVALID);
        assertThat(listCode("\uFEFF\uFEFFPSB 2\n")).isEqualTo(LabelException.Code.REVOCATION_LIST_INVALID);
        // short texts and a partial mark
        assertThat(RevocationList.parse("\uFEFF").size()).isZero();
        assertThat(listCode("\uFEFF\n")).isNull();
        assertThatThrownBy(() -> RevocationList.read(new ByteArrayInputStream(new byte[] {(byte) 0xEF, (byte) 0xBB})))
                .isInstanceOfSatisfying(LabelException.class,
                        e -> assertThat(e.code()).isEqualTo(LabelException.Code.REVOCATION_LIST_INVALID));
    }

    // ---------------------------------------------------------------------------------------
    // the file grammar

    @Test
    void grammar_linesCommentsAndFields() {
        RevocationList r = RevocationList.parse("# revoked\nA 1\r\n\n  A\t2  # lost\nB 3# no space\nB 007\n\t\nA 1\nC 4");
        assertThat(r.size()).isEqualTo(5);
        assertThat(r.revoked()).containsExactly(new RevocationList.Revoked("A", 1), new RevocationList.Revoked("A", 2),
                new RevocationList.Revoked("B", 3), new RevocationList.Revoked("B", 7), new RevocationList.Revoked("C", 4));
        assertThat(r.revoked()).contains(new RevocationList.Revoked("C", 4)).doesNotContain(new RevocationList.Revoked("C", 5));
        for (String bad : new String[] {"A\n", "A 1 2\n", "A x\n", "A -1\n", "A +1\n", "A 1x\n", "A 99999999999999999999\n",
            "A#1\n", "A 1\rB 2\n", "A 1\r", "A\u00001\n", "\u0000\n", "A\u00A01\n", "A 1\u3000\n", "A\u0085 1\n",
            "A".repeat(33) + " 1\n"}) {
            assertThatThrownBy(() -> RevocationList.parse("B 1\n" + bad)).as(bad.replace("\u0000", "NUL"))
                    .isInstanceOfSatisfying(LabelException.class, e -> {
                        assertThat(e.code()).isEqualTo(LabelException.Code.REVOCATION_LIST_INVALID);
                        assertThat(e.getMessage()).startsWith("line 2");
                    });
        }
        assertThat(RevocationList.parse("I".repeat(32) + " 1").isRevoked("I".repeat(32), 1)).isTrue();
        assertThat(RevocationList.parse("北京 3\n").isRevoked("北京", 3)).isTrue();
    }

    @Test
    void invalidUtf8Issuer_isRefused() {
        byte[] bad = {'A', ' ', '1', '\n', (byte) 0xC3, '(', ' ', '1'};
        assertThatThrownBy(() -> RevocationList.read(new ByteArrayInputStream(bad)))
                .isInstanceOfSatisfying(LabelException.class, e -> {
                    assertThat(e.code()).isEqualTo(LabelException.Code.REVOCATION_LIST_INVALID);
                    assertThat(e.getMessage()).startsWith("line 2");
                });
    }

    // ---------------------------------------------------------------------------------------
    // item 6: bounded reading and compact storage

    /** An endless stream of one byte, counting what is taken from it. */
    private static final class Endless extends InputStream {
        private final byte b;
        long taken;

        Endless(byte b) {
            this.b = b;
        }

        @Override
        public int read() {
            taken++;
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) {
            java.util.Arrays.fill(buf, off, off + len, b);
            taken += len;
            return len;
        }
    }

    @Test
    void endlessStream_isRefusedAfterTheCapPlusOneByte() {
        Endless comments = new Endless((byte) '#');
        assertThatThrownBy(() -> RevocationList.read(comments)).isInstanceOfSatisfying(LabelException.class,
                e -> assertThat(e.code()).isEqualTo(LabelException.Code.IO_FAILED));
        assertThat(comments.taken).isEqualTo(RevocationList.MAX_FILE_BYTES + 1);
        Endless blankLines = new Endless((byte) '\n');
        assertThatThrownBy(() -> RevocationList.read(blankLines)).isInstanceOfSatisfying(LabelException.class,
                e -> assertThat(e.code()).isEqualTo(LabelException.Code.IO_FAILED));
        assertThat(blankLines.taken).isEqualTo(RevocationList.MAX_FILE_BYTES + 1);
    }

    @Test
    void devZero_isRefused_notReadUntilMemoryRunsOut() {
        Path zero = Path.of("/dev/zero");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isReadable(zero));
        assertThatThrownBy(() -> RevocationList.load(zero)).isInstanceOf(LabelException.class);
    }

    @Test
    void exactlyTheCap_isRead() {
        byte[] text = new byte[(int) RevocationList.MAX_FILE_BYTES];
        java.util.Arrays.fill(text, (byte) '#');
        text[0] = 'A';
        text[1] = ' ';
        text[2] = '1';
        assertThat(RevocationList.read(new ByteArrayInputStream(text)).isRevoked("A", 1)).isTrue();
    }

    /** "A 0\nA 1\n…" for n entries, generated as it is read. */
    private static InputStream entries(int n, String issuer) {
        return new InputStream() {
            private int next;
            private byte[] line = new byte[0];
            private int pos;

            @Override
            public int read() {
                if (pos == line.length) {
                    if (next == n) {
                        return -1;
                    }
                    line = (issuer + " " + next++ + "\n").getBytes(StandardCharsets.UTF_8);
                    pos = 0;
                }
                return line[pos++] & 0xff;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                int i = 0;
                while (i < len) {
                    int c = read();
                    if (c < 0) {
                        return i == 0 ? -1 : i;
                    }
                    b[off + i++] = (byte) c;
                }
                return i;
            }
        };
    }

    @Test
    void entries_takeAboutEightBytesEach() {
        int n = 3_000_000;
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long before = memory.getHeapMemoryUsage().getUsed();
        RevocationList list = RevocationList.read(entries(n, "650203-PSB"));
        System.gc();
        long after = memory.getHeapMemoryUsage().getUsed();
        assertThat(list.size()).isEqualTo(n);
        assertThat(list.isRevoked("650203-PSB", n - 1)).isTrue();
        assertThat(list.isRevoked("650203-PSB", n)).isFalse();
        double perEntry = (double) (after - before) / n;
        // 8 bytes a serial; the set of records before took about 500 bytes an entry (7 M entries: 3.2-3.9 GB)
        assertThat(perEntry).as("bytes per entry").isLessThan(40);
        java.lang.ref.Reference.reachabilityFence(list);
    }

    @Test
    void ofAndWith_agreeWithParse() {
        RevocationList a = RevocationList.of(List.of(new RevocationList.Revoked("B", 2), new RevocationList.Revoked("A", 1),
                new RevocationList.Revoked("A", 1)));
        RevocationList b = RevocationList.empty().with("A", 1).with("B", 2).with("B", 2);
        assertThat(a.size()).isEqualTo(2);
        assertThat(b.size()).isEqualTo(2);
        assertThat(a.revoked()).isEqualTo(b.revoked()).isEqualTo(RevocationList.parse("B 2\nA 1\n").revoked())
                .isEqualTo(Set.of(new RevocationList.Revoked("A", 1), new RevocationList.Revoked("B", 2)));
        assertThat(RevocationList.empty().revoked()).isEmpty();
        assertThat(RevocationList.parse("").size()).isZero();
    }
}
