package org.renfang.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.renfang.model.RecordType;

/** A record in a neighbourhood comes back from its bytes as it was written, field for field. */
class CheckKryoTest {
    private static final String LETTERS = "abcXYZ019-_:人房门牌号\u00e9\ud83c\udfe0";

    @Test
    void recordsComeBackFromTheirBytes() {
        Random random = new Random(15);
        for (int i = 0; i < 2_000; i++) {
            Rec r = new Rec(RecordType.values()[random.nextInt(RecordType.values().length)],
                    random.nextInt(3) == 0 ? random.nextLong() & Long.MAX_VALUE : random.nextInt(1000),
                    text(random), text(random).repeat(random.nextInt(4) == 0 ? 1000 : 1).getBytes(StandardCharsets.UTF_8));
            r.premises = random.nextBoolean() ? null : text(random);
            r.person = random.nextBoolean() ? null : text(random);
            r.persons = texts(random);
            r.organizations = texts(random);
            r.leases = texts(random);
            r.documents = texts(random);
            Held h = new Held(r, random.nextBoolean());

            Held back = CheckKryo.held(CheckKryo.bytes(h));

            assertThat(back.owned).isEqualTo(h.owned);
            assertThat(back.rec.kind).isEqualTo(r.kind);
            assertThat(back.rec.ordinal).isEqualTo(r.ordinal);
            assertThat(back.rec.id).isEqualTo(r.id);
            assertThat(java.util.Arrays.equals(back.rec.json, r.json)).isTrue();
            assertThat(back.rec.premises).isEqualTo(r.premises);
            assertThat(back.rec.person).isEqualTo(r.person);
            assertThat(back.rec.persons).containsExactly(r.persons);
            assertThat(back.rec.organizations).containsExactly(r.organizations);
            assertThat(back.rec.leases).containsExactly(r.leases);
            assertThat(back.rec.documents).containsExactly(r.documents);
        }
    }

    @Test
    void aLongRecordAfterAShortOneIsWrittenWhole() {
        Rec small = new Rec(RecordType.PERSONS, 1, "p1", "{}".getBytes(StandardCharsets.UTF_8));
        byte[] json = "x".repeat(100_000).getBytes(StandardCharsets.UTF_8);
        Rec large = new Rec(RecordType.LEASES, 2, "l1", json);

        byte[] first = CheckKryo.bytes(new Held(small, true));
        Held back = CheckKryo.held(CheckKryo.bytes(new Held(large, false)));

        assertThat(back.rec.json).isEqualTo(json);
        assertThat(CheckKryo.held(first).rec.json).isEqualTo("{}".getBytes(StandardCharsets.UTF_8));
    }

    private static String text(Random random) {
        StringBuilder b = new StringBuilder();
        for (int i = random.nextInt(12); i > 0; i--) {
            int at = random.nextInt(LETTERS.length());
            b.append(Character.isHighSurrogate(LETTERS.charAt(at)) ? LETTERS.substring(at, at + 2)
                    : Character.isLowSurrogate(LETTERS.charAt(at)) ? "o" : String.valueOf(LETTERS.charAt(at)));
        }
        return b.toString();
    }

    private static String[] texts(Random random) {
        String[] out = new String[random.nextInt(4)];
        for (int i = 0; i < out.length; i++) {
            out[i] = text(random);
        }
        return out;
    }
}
