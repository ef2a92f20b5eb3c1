package org.renfang.model.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.renfang.model.PersonId;
import org.renfang.model.RecordId;
import org.renfang.testing.Gen;
import org.renfang.testing.PropertyCheck;

class IdTableTest {

    private static RecordId find(IdTable table, String text) {
        // the text in the middle of a larger buffer, as the parser holds it
        char[] chars = ("[\"" + text + "\"]").toCharArray();
        return table.find(chars, 2, text.length(), IdTable.hash(chars, 2, text.length()));
    }

    @Test
    void hash_isStringHashCode() {
        for (String s : List.of("", "P1", "人房-0001", "\uD83D\uDE00x", "Aa", "BB")) {
            assertThat(IdTable.hash(s.toCharArray(), 0, s.length())).isEqualTo(s.hashCode());
        }
    }

    @Test
    void collidingTexts_areToldApart() {
        // "Aa" and "BB" have the same String hash
        IdTable table = new IdTable();
        PersonId aa = PersonId.of("Aa");
        assertThat(table.add(aa)).isSameAs(aa);
        assertThat(find(table, "BB")).isNull();
        PersonId bb = PersonId.of("BB");
        assertThat(table.add(bb)).isSameAs(bb);
        assertThat(find(table, "Aa")).isSameAs(aa);
        assertThat(find(table, "BB")).isSameAs(bb);
        assertThat(find(table, "A")).isNull();
        assertThat(find(table, "Aaa")).isNull();
    }

    @Test
    void addingAValueAgain_keepsTheFirstInstance() {
        IdTable table = new IdTable();
        PersonId first = PersonId.of("P7");
        table.add(first);
        assertThat(table.add(PersonId.of("P7"))).isSameAs(first);
        assertThat(find(table, "P7")).isSameAs(first);
    }

    /** Against a HashMap, over many growths and colliding texts: one instance per value, nothing lost. */
    @Test
    void agreesWithAMap() {
        Gen<String> texts = Gen.strings(Gen.charsOf("AaBb01人"), 1, 6);
        PropertyCheck.forAll(50, s -> {
            IdTable table = new IdTable();
            Map<String, RecordId> map = new HashMap<>();
            int n = s.draw("n", Gen.ints(0, 3000));
            SplittableRandom random = new SplittableRandom(s.draw("texts' seed", Gen.longs()));
            for (int i = 0; i < n; i++) {
                String text = texts.next(random);
                RecordId found = find(table, text);
                assertThat(found).isSameAs(map.get(text));
                if (found == null) {
                    PersonId id = PersonId.of(text);
                    assertThat(table.add(id)).isSameAs(id);
                    map.put(text, id);
                }
            }
            for (Map.Entry<String, RecordId> e : map.entrySet()) {
                assertThat(find(table, e.getKey())).isSameAs(e.getValue());
            }
        });
    }
}
