package org.renfang.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;
import scala.Tuple2;

/** A partition is read one batch at a time, each batch whole, wherever its records are. */
class BatchesTest {

    @Test
    void recordsWithOneKeyAreOneBatchInTheOrderTheKeysCame() {
        Iterator<Tuple2<String, List<Integer>>> it = SparkCheck.groups(List.of(
                new Tuple2<>("P:1", 1), new Tuple2<>("H:1", 2), new Tuple2<>("H:2", 3),
                new Tuple2<>("P:1", 4), new Tuple2<>("H:1", 5), new Tuple2<>("P:1", 6)).iterator());
        List<String> seen = new ArrayList<>();
        it.forEachRemaining(b -> seen.add(b._1 + "=" + b._2));
        assertThat(seen).containsExactly("P:1=[1, 4, 6]", "H:1=[2, 5]", "H:2=[3]");
    }

    @Test
    void oneRecordIsOneBatch() {
        Iterator<Tuple2<String, List<String>>> it = SparkCheck.groups(List.of(new Tuple2<>("O:3", "x")).iterator());
        assertThat(it.next()).isEqualTo(new Tuple2<>("O:3", List.of("x")));
        assertThat(it.hasNext()).isFalse();
    }

    @Test
    void anEmptyPartitionHasNoBatch() {
        Iterator<Tuple2<String, List<String>>> it = SparkCheck.groups(List.<Tuple2<String, String>>of().iterator());
        assertThat(it.hasNext()).isFalse();
        assertThatThrownBy(it::next).isInstanceOf(NoSuchElementException.class);
    }
}
