package org.renfang.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;
import scala.Tuple2;

/** A partition sorted by batch key is read one batch at a time, each batch whole. */
class BatchesTest {

    @Test
    void consecutiveRecordsWithOneKeyAreOneBatch() {
        Iterator<Tuple2<String, List<Integer>>> it = SparkCheck.batches(List.of(
                new Tuple2<>("H:1", 1), new Tuple2<>("H:1", 2), new Tuple2<>("H:2", 3),
                new Tuple2<>("P:1", 4), new Tuple2<>("P:1", 5), new Tuple2<>("P:1", 6)).iterator());
        List<String> seen = new ArrayList<>();
        it.forEachRemaining(b -> seen.add(b._1 + "=" + b._2));
        assertThat(seen).containsExactly("H:1=[1, 2]", "H:2=[3]", "P:1=[4, 5, 6]");
    }

    @Test
    void oneRecordIsOneBatch() {
        Iterator<Tuple2<String, List<String>>> it = SparkCheck.batches(List.of(new Tuple2<>("O:3", "x")).iterator());
        assertThat(it.next()).isEqualTo(new Tuple2<>("O:3", List.of("x")));
        assertThat(it.hasNext()).isFalse();
    }

    @Test
    void anEmptyPartitionHasNoBatch() {
        Iterator<Tuple2<String, List<String>>> it = SparkCheck.batches(List.<Tuple2<String, String>>of().iterator());
        assertThat(it.hasNext()).isFalse();
        assertThatThrownBy(it::next).isInstanceOf(NoSuchElementException.class);
    }
}
