package org.renfang.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The check of a chunk of lines with one parser ({@link Lines#eachOneValue}) says yes exactly when
 * every line alone holds one well-formed JSON value ({@link Lines#oneValue}): on seeded random
 * chunks of whole records, fragments that join across lines, two values on a line, scalars,
 * repeated keys and over-long strings.
 */
class EachOneValueTest {
    private static final String LONG = "x".repeat(5000);
    private static final String[] PIECES = {
        "{\"id\":\"P1\",\"name\":\"张三\"}", "{\"id\":\"P2\",\"documents\":[{\"type\":\"PASSPORT\"}]}", "null", "17",
        "\"text\"", "[1,2]", "{\"id\":\"P3\",", "\"name\":\"b\"}", "{\"a\":1} {\"b\":2}", "{\"a\":1}{\"b\":2}", "{",
        "}", "]", "[", "{\"a\":1,\"a\":2}", "{\"s\":\"" + LONG + "\"}", "{\"a\":tru}", "{\"a\":1}   ", "  {\"a\":1}",
        "{\"a\":\"x\\ny\"}", "1 2", "{\"a\":[1,", "2]}", "2]} {\"c\":3}",
    };

    @Test
    void oneParserForTheChunkAgreesWithEachLineAlone() {
        Random random = new Random(15);
        int yes = 0;
        int no = 0;
        for (int run = 0; run < 3000; run++) {
            List<byte[]> lines = new ArrayList<>();
            int n = 1 + random.nextInt(6);
            // Mostly whole records, so that both answers come often.
            for (int i = 0; i < n; i++) {
                String piece = random.nextInt(4) == 0 ? PIECES[random.nextInt(PIECES.length)] : PIECES[random.nextInt(2)];
                lines.add(piece.getBytes(StandardCharsets.UTF_8));
            }
            boolean each = lines.stream().allMatch(l -> Lines.oneValue(l) == null);
            assertThat(Lines.eachOneValue(lines)).as("%s", lines.stream().map(String::new).toList()).isEqualTo(each);
            if (each) {
                yes++;
            } else {
                no++;
            }
        }
        assertThat(yes).isGreaterThan(500);
        assertThat(no).isGreaterThan(500);
    }

    @Test
    void aValueSpanningTwoLinesOrTwoValuesOnOneAreRefused() {
        assertThat(Lines.eachOneValue(bytes("{\"a\":[1,", "2]}"))).isFalse();
        assertThat(Lines.eachOneValue(bytes("{\"a\":1} {\"b\":2}", "{\"c\":3}"))).isFalse();
        // As many values as lines, but the first spans two.
        assertThat(Lines.eachOneValue(bytes("{\"a\":[1,", "2]} {\"c\":3}"))).isFalse();
        assertThat(Lines.eachOneValue(bytes("{\"a\":1}", "{\"b\":2}"))).isTrue();
    }

    private static List<byte[]> bytes(String... lines) {
        List<byte[]> out = new ArrayList<>();
        for (String l : lines) {
            out.add(l.getBytes(StandardCharsets.UTF_8));
        }
        return out;
    }
}
