package org.renfang.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.renfang.model.RecordType;

/**
 * A record in a neighbourhood comes back from its bytes with what the rule stage reads of it (owned
 * or not, kind, position, id, binary form); a record, and lines read, come back whole through the
 * session's serializer.
 */
class CheckKryoTest {
    private static final int[] LETTERS = "abcXYZ019-_:人房门牌号\u00e9\ud83c\udfe0".codePoints().toArray();

    @Test
    void recordsComeBackFromTheirBytes() {
        org.apache.spark.serializer.SerializerInstance kryo = sessionSerializer();
        scala.reflect.ClassTag<Rec> tag = scala.reflect.ClassTag$.MODULE$.apply(Rec.class);
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
            assertThat(java.util.Arrays.equals(back.rec.bytes, r.bytes)).isTrue();
            // The ids it names are the joins' and left out.
            assertThat(back.rec.premises).isNull();
            assertThat(back.rec.person).isNull();
            assertThat(back.rec.persons).isEmpty();
            assertThat(back.rec.organizations).isEmpty();
            assertThat(back.rec.leases).isEmpty();
            assertThat(back.rec.documents).isEmpty();

            // Through the session's serializer (the joins' shuffles), a record keeps every field.
            Rec whole = kryo.deserialize(kryo.serialize(r, tag), tag);
            assertThat(whole.kind).isEqualTo(r.kind);
            assertThat(whole.ordinal).isEqualTo(r.ordinal);
            assertThat(whole.id).isEqualTo(r.id);
            assertThat(java.util.Arrays.equals(whole.bytes, r.bytes)).isTrue();
            assertThat(whole.premises).isEqualTo(r.premises);
            assertThat(whole.person).isEqualTo(r.person);
            assertThat(whole.persons).containsExactly(r.persons);
            assertThat(whole.organizations).containsExactly(r.organizations);
            assertThat(whole.leases).containsExactly(r.leases);
            assertThat(whole.documents).containsExactly(r.documents);
        }
    }

    @Test
    void aLongRecordAfterAShortOneIsWrittenWhole() {
        Rec small = new Rec(RecordType.PERSONS, 1, "p1", "{}".getBytes(StandardCharsets.UTF_8));
        byte[] bytes = "x".repeat(100_000).getBytes(StandardCharsets.UTF_8);
        Rec large = new Rec(RecordType.LEASES, 2, "l1", bytes);

        byte[] first = CheckKryo.bytes(new Held(small, true));
        Held back = CheckKryo.held(CheckKryo.bytes(new Held(large, false)));

        assertThat(back.rec.bytes).isEqualTo(bytes);
        assertThat(CheckKryo.held(first).rec.bytes).isEqualTo("{}".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void linesReadComeBackThroughTheSessionsSerializer() {
        org.apache.spark.serializer.SerializerInstance kryo = sessionSerializer();
        scala.reflect.ClassTag<Lines.Parsed> tag = scala.reflect.ClassTag$.MODULE$.apply(Lines.Parsed.class);
        org.renfang.validation.profile.Profile profile = org.renfang.validation.profile.Profiles.load("CN-31");
        for (String line : new String[] {"{\"id\":\"o1\",\"name\":\"x\",\"kind\":\"NO_SUCH_KIND\"}",
            "{\"id\":", "{\"id\":\"o2\",\"name\":\"x\",\"kind\":\"NO_SUCH_KIND\",\"creditCode\":\"1\"}"}) {
            Lines.Parsed p = Lines.parse(RecordType.ORGANIZATIONS, 7, line.getBytes(StandardCharsets.UTF_8), profile);

            Lines.Parsed back = kryo.deserialize(kryo.serialize(p, tag), tag);

            assertThat(back.rec == null).isEqualTo(p.rec == null);
            if (p.rec != null) {
                assertThat(back.rec.id).isEqualTo(p.rec.id);
                assertThat(java.util.Arrays.equals(back.rec.bytes, p.rec.bytes)).isTrue();
            }
            assertThat(back.findings).extracting(SparkTesting::fields).isNotEmpty()
                    .containsExactlyElementsOf(p.findings.stream().map(SparkTesting::fields).toList());
        }
    }

    /** A serializer of a session with the check's settings. */
    private static org.apache.spark.serializer.SerializerInstance sessionSerializer() {
        org.apache.spark.SparkConf conf = new org.apache.spark.SparkConf(false);
        CheckKryo.settings().forEach((k, v) -> conf.set(k, v.toString()));
        return new org.apache.spark.serializer.KryoSerializer(conf).newInstance();
    }

    private static String text(Random random) {
        StringBuilder b = new StringBuilder();
        for (int i = random.nextInt(12); i > 0; i--) {
            b.appendCodePoint(LETTERS[random.nextInt(LETTERS.length)]);
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
