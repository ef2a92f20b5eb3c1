package org.renfang.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.renfang.model.RecordType;
import org.renfang.validation.profile.Profile;
import org.renfang.validation.profile.Profiles;

/**
 * Lines read together as one document ({@link Lines#parseAll}, which lets an
 * {@link Lines#enclosedObject enclosed object} in unparsed) give exactly what each line gives
 * read alone ({@link Lines#parse}): on seeded random chunks of records with fragments that join
 * across lines, two values on a line, scalars, brackets and quotes inside strings, repeated keys,
 * unknown enum values and over-long strings.
 */
class EnclosedObjectTest {
    private static final String LONG = "x".repeat(5000);
    /** Deeper than the reader's nesting limit inside a document, not alone. */
    private static final String DEEP = "{\"id\":\"o17\",\"name\":" + "[".repeat(30) + "]".repeat(30) + "}";
    private static final String[] RECORDS = {
        "{\"id\":\"o1\",\"name\":\"张三公司\",\"kinds\":[\"EMPLOYER\"]}",
        "{\"id\":\"o2\",\"name\":\"a {[\\\"]} b\",\"kinds\":[\"EMPLOYER\"]}",
        "  {\"id\":\"o3\",\"name\":\"c\\\\\",\"kinds\":[\"SCHOOL\"]}\t",
    };
    private static final String[] PIECES = {
        "null", "17", "\"text\"", "[1,2]", "[{\"id\":\"o4\"}]", "{\"id\":\"o5\",", "\"name\":\"b\"}",
        "{\"a\":1} {\"b\":2}", "{\"a\":1}{\"b\":2}", "{\"a\":1},{\"b\":2}", "{", "}", "]", "[", "{}",
        "{\"id\":\"o6\",\"id\":\"o7\",\"name\":\"x\"}", "{\"id\":\"o8\",\"name\":\"" + LONG + "\"}",
        "{\"id\":\"o9\",\"name\":tru}", "{\"id\":\"o10\",\"name\":\"x\",\"kinds\":[\"NO_SUCH_KIND\"]}",
        "{\"id\":\"o11\",\"name\":\"x\"", "{\"id\":\"o12\",\"name\":\"x}", "{\"id\":\"o13\",\"name\":\"x\"]}",
        "{\"id\":\"o14\",\"name\":\"x\"}]", "{\"id\":[1,", "2]}", "2]} {\"c\":3}", "{\"id\":\"o15\"} x",
        "{\"id\":\"o16\",\"name\":\"x\",\"kinds\":[]}], \"persons\":[{\"id\":\"p1\",\"name\":\"y\"}",
        DEEP,
    };

    @Test
    void chunksReadTogetherGiveWhatEachLineGivesAlone() {
        Profile profile = Profiles.load("CN-31");
        Random random = new Random(15);
        int malformed = 0;
        for (int run = 0; run < 1500; run++) {
            List<byte[]> lines = new ArrayList<>();
            int n = 1 + random.nextInt(8);
            long[] ordinals = new long[n];
            for (int i = 0; i < n; i++) {
                String line = random.nextInt(3) == 0 ? PIECES[random.nextInt(PIECES.length)]
                        : RECORDS[random.nextInt(RECORDS.length)];
                lines.add(line.getBytes(StandardCharsets.UTF_8));
                ordinals[i] = 100 + i;
            }
            List<String> alone = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                alone.add(describe(Lines.parse(RecordType.ORGANIZATIONS, ordinals[i], lines.get(i), profile)));
            }
            List<String> together = Lines.parseAll(RecordType.ORGANIZATIONS, ordinals, lines, profile).stream()
                    .map(EnclosedObjectTest::describe).toList();
            assertThat(together).as("%s", lines.stream().map(String::new).toList()).isEqualTo(alone);
            malformed += alone.stream().anyMatch(s -> s.contains("JSON_MALFORMED")) ? 1 : 0;
        }
        assertThat(malformed).as("chunks with a malformed line").isBetween(300, 1200);
    }

    @Test
    void anEnclosedObjectIsOneObjectWithNothingAfterIt() {
        for (String line : RECORDS) {
            assertThat(Lines.enclosedObject(bytes(line))).as(line).isTrue();
        }
        // Balanced, but not well-formed: left to the document's reader.
        assertThat(Lines.enclosedObject(bytes("{\"a\":tru}"))).isTrue();
        assertThat(Lines.enclosedObject(bytes("{\"a\":[}]"))).isTrue();
        for (String line : new String[] {"", "  ", "null", "[1]", "{\"a\":1} {\"b\":2}", "{\"a\":1},{\"b\":2}",
            "{\"a\":1", "{\"a\":\"}", "{\"a\":\"x\\\"}", "\"a\"}", "{\"a\":1}]", "{\"a\":1} x", "{\"a\":1}}"}) {
            assertThat(Lines.enclosedObject(bytes(line))).as(line).isFalse();
        }
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** A line's record (id, position, binary form) and findings, as text to compare. */
    private static String describe(Lines.Parsed p) {
        StringBuilder b = new StringBuilder();
        b.append(p.rec == null ? "-" : p.rec.id + "@" + p.rec.ordinal + ":" + Base64.getEncoder().encodeToString(p.rec.bytes));
        for (FindingRow f : p.findings) {
            b.append(" | ").append(SparkTesting.fields(f));
        }
        return b.toString();
    }
}
