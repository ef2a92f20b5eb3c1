package org.renfang.model.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.renfang.model.Person;
import org.renfang.model.Premises;
import org.renfang.model.Record;
import org.renfang.model.RecordType;
import org.renfang.model.RegistryDocument;
import org.renfang.model.Visit;
import org.renfang.testing.PropertyCheck;

/**
 * Every record of generated registry documents (every record type, random optional fields,
 * decimals, instants, text needing escapes) reads back from its binary form as an equal record
 * that writes the same JSON (sets in the same order),
 * and bytes that are not a binary form are refused with an exception, never read as a record.
 */
class BinaryRecordsTest {

    @Test
    void everyRecord_readsBackEqual_andIsSmallerThanItsJson() {
        AtomicInteger records = new AtomicInteger();
        PropertyCheck.forAll(300, s -> {
            RegistryDocument doc = s.draw("doc", RoundTripPropertiesTest.documents());
            for (RecordType t : RecordType.values()) {
                for (Record<?> r : t.records(doc)) {
                    byte[] bytes = BinaryRecords.write(t.type(), r);
                    Object back = BinaryRecords.read(t.type(), bytes);
                    assertThat(back).isEqualTo(r);
                    // and in the same order (equality of sets does not look at it)
                    assertThat(json(back)).isEqualTo(json(r));
                    assertThat(bytes.length).as("binary form against JSON").isLessThan(json(r).length);
                    records.incrementAndGet();
                }
            }
            assertThat(BinaryRecords.read(RegistryDocument.class, BinaryRecords.write(RegistryDocument.class, doc)))
                    .isEqualTo(doc);
        });
        assertThat(records.get()).isGreaterThan(1000);
    }

    @Test
    void decimalsAndInstants_keepScaleAndOffset() {
        Premises premises = Documents.minimal().premises().get(0);
        for (String area : new String[] {"0", "12.50", "-3.000", "1E+3", "123456789012345678901234567890.125"}) {
            Premises p = org.renfang.model.ImmutablePremises.copyOf(premises).withFloorArea(new BigDecimal(area));
            Premises back = BinaryRecords.read(Premises.class, BinaryRecords.write(Premises.class, p));
            assertThat(back).isEqualTo(p);
            assertThat(back.floorArea().orElseThrow().scale()).isEqualTo(new BigDecimal(area).scale());
        }
        Visit visit = Documents.minimal().visits().get(0);
        for (OffsetDateTime at : new OffsetDateTime[] {
            OffsetDateTime.of(2026, 12, 6, 9, 30, 0, 0, ZoneOffset.ofHours(8)),
            OffsetDateTime.of(1900, 1, 1, 0, 0, 0, 123_456_789, ZoneOffset.ofHoursMinutes(-3, -30)),
            OffsetDateTime.of(2100, 12, 31, 23, 59, 59, 1, ZoneOffset.UTC)}) {
            Visit v = org.renfang.model.ImmutableVisit.copyOf(visit).withAt(at);
            Visit back = BinaryRecords.read(Visit.class, BinaryRecords.write(Visit.class, v));
            assertThat(back.at()).isEqualTo(at);
            assertThat(back.at().getOffset()).isEqualTo(at.getOffset());
        }
    }

    @Test
    void cutOrLongerBytes_areRefused() {
        Person person = Documents.minimal().persons().get(0);
        byte[] bytes = BinaryRecords.write(Person.class, person);
        for (int n = 0; n < bytes.length; n++) {
            byte[] cut = Arrays.copyOf(bytes, n);
            assertThatThrownBy(() -> BinaryRecords.read(Person.class, cut))
                    .as("the first %d bytes", n).isInstanceOf(IllegalArgumentException.class);
        }
        byte[] longer = Arrays.copyOf(bytes, bytes.length + 1);
        assertThatThrownBy(() -> BinaryRecords.read(Person.class, longer))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bytes left");
    }

    @Test
    void aTypeOutsideTheModel_isRefused() {
        assertThatThrownBy(() -> BinaryRecords.write(String.class, "x")).isInstanceOf(IllegalArgumentException.class);
    }

    private static byte[] json(Object record) {
        try {
            return RenfangJson.writer().writeValueAsBytes(record);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
