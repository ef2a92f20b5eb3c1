package org.renfang.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.renfang.model.Basis;
import org.renfang.model.DocumentType;
import org.renfang.model.EmploymentId;
import org.renfang.model.EnrollmentId;
import org.renfang.model.IdentityDocument;
import org.renfang.model.ImmutableAddress;
import org.renfang.model.ImmutableEmployment;
import org.renfang.model.ImmutableEnrollment;
import org.renfang.model.ImmutableIdentityDocument;
import org.renfang.model.ImmutableLease;
import org.renfang.model.ImmutableOrganization;
import org.renfang.model.ImmutablePerson;
import org.renfang.model.ImmutablePremises;
import org.renfang.model.ImmutableRegistryDocument;
import org.renfang.model.ImmutableResidence;
import org.renfang.model.ImmutableVisit;
import org.renfang.model.Lease;
import org.renfang.model.LeaseId;
import org.renfang.model.OrganizationId;
import org.renfang.model.Party;
import org.renfang.model.Person;
import org.renfang.model.PersonId;
import org.renfang.model.PremisesId;
import org.renfang.model.PremisesKind;
import org.renfang.model.PremisesUse;
import org.renfang.model.Record;
import org.renfang.model.RecordType;
import org.renfang.model.RegistryDocument;
import org.renfang.model.Residence;
import org.renfang.model.ResidenceId;
import org.renfang.model.VisitId;
import org.renfang.model.VisitPurpose;
import org.renfang.model.json.RegistryReader;
import org.renfang.model.source.JsonProblem;

class RegistryTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 1);
    private static final String RESIDENT_ID = "11010519491231002X";

    // -----------------------------------------------------------------------------------------
    // Record builders

    private static ImmutablePerson person(String id, String name, IdentityDocument... docs) {
        return ImmutablePerson.builder().id(PersonId.of(id)).name(name).addDocuments(docs).build();
    }

    private static IdentityDocument doc(DocumentType type, String number, String country) {
        return ImmutableIdentityDocument.builder().type(type).number(number).country(java.util.Optional.ofNullable(country))
                .build();
    }

    private static ImmutablePremises premises(String id) {
        return ImmutablePremises.builder().id(PremisesId.of(id))
                .address(ImmutableAddress.builder().division("650203").line("line " + id).build())
                .kind(PremisesKind.APARTMENT).use(PremisesUse.RESIDENTIAL).build();
    }

    private static ImmutableResidence residence(String id, String person, String premises) {
        return ImmutableResidence.builder().id(ResidenceId.of(id)).person(PersonId.of(person))
                .premises(PremisesId.of(premises)).basis(Basis.other()).movedIn(DAY).registeredOn(DAY).build();
    }

    private static ImmutableLease lease(String id, String premises, String lessee) {
        return ImmutableLease.builder().id(LeaseId.of(id)).premises(PremisesId.of(premises))
                .lessor(Party.of(PersonId.of("P9"))).addLessees(Party.of(PersonId.of(lessee))).start(DAY).end(DAY.plusYears(1))
                .build();
    }

    private static ImmutableEmployment employment(String id, String person) {
        return ImmutableEmployment.builder().id(EmploymentId.of(id)).person(PersonId.of(person))
                .employer(OrganizationId.of("O1")).start(DAY).build();
    }

    private static ImmutableEnrollment enrollment(String id, String person) {
        return ImmutableEnrollment.builder().id(EnrollmentId.of(id)).person(PersonId.of(person))
                .school(OrganizationId.of("O1")).start(DAY).build();
    }

    private static ImmutableVisit visit(String id, String premises) {
        return ImmutableVisit.builder().id(VisitId.of(id)).premises(PremisesId.of(premises))
                .agency(OrganizationId.of("O1")).at(OffsetDateTime.parse("2026-04-01T10:00:00+08:00"))
                .purpose(VisitPurpose.SERVICE).build();
    }

    private static <R extends Record<?>> List<String> ids(List<R> records) {
        return records.stream().map(r -> r.id().value()).toList();
    }

    /** P1–P3, H1–H2, residences R1 (P1@H1), R2 (P2@H1), R3 (P1@H2), leases, employments, enrollments, visits. */
    private static RegistryDocument base() {
        return RegistryDocument.registry()
                .addPersons(person("P1", "first", doc(DocumentType.CN_RESIDENT_ID, RESIDENT_ID, null)))
                .addPersons(person("P2", "second", doc(DocumentType.PASSPORT, "E1234567", "CHN")))
                .addPersons(person("P3", "third", doc(DocumentType.PASSPORT, " e1234567 ", "KAZ")))
                .addOrganizations(ImmutableOrganization.builder().id(OrganizationId.of("O1")).name("o").build())
                .addPremises(premises("H1"), premises("H2"))
                .addLeases(lease("L1", "H1", "P1"), lease("L2", "H1", "P2"), lease("L3", "H2", "P1"))
                .addEmployments(employment("E1", "P1"), employment("E2", "P1"), employment("E3", "P2"))
                .addEnrollments(enrollment("S1", "P2"))
                .addResidences(residence("R1", "P1", "H1"), residence("R2", "P2", "H1"), residence("R3", "P1", "H2"))
                .addVisits(visit("V1", "H2"), visit("V2", "H2"), visit("V3", "H1"))
                .build();
    }

    // -----------------------------------------------------------------------------------------
    // Indexes

    @Test
    void lookupsById_findRecords_andMissIdsThatAreAbsent() {
        Registry r = Registry.of(base());
        assertThat(r.person(PersonId.of("P2")).map(Person::name)).hasValue("second");
        assertThat(r.organization(OrganizationId.of("O1"))).isPresent();
        assertThat(r.premises(PremisesId.of("H2"))).isPresent();
        assertThat(r.lease(LeaseId.of("L3")).map(Lease::premises)).hasValue(PremisesId.of("H2"));
        assertThat(r.employment(EmploymentId.of("E3"))).isPresent();
        assertThat(r.enrollment(EnrollmentId.of("S1"))).isPresent();
        assertThat(r.residence(ResidenceId.of("R3")).map(Residence::premises)).hasValue(PremisesId.of("H2"));
        assertThat(r.visit(VisitId.of("V3"))).isPresent();
        assertThat(r.person(PersonId.of("P4"))).isEmpty();
        assertThat(r.premises(PremisesId.of("h1"))).isEmpty();
    }

    @Test
    void indexes_groupRecordsByPremisesAndPerson() {
        Registry r = Registry.of(base());
        PremisesId h1 = PremisesId.of("H1");
        PremisesId h2 = PremisesId.of("H2");
        assertThat(ids(r.residencesAt(h1))).containsExactlyInAnyOrder("R1", "R2");
        assertThat(ids(r.residencesAt(h2))).containsExactly("R3");
        assertThat(ids(r.residencesOf(PersonId.of("P1")))).containsExactlyInAnyOrder("R1", "R3");
        assertThat(ids(r.leasesOf(h1))).containsExactlyInAnyOrder("L1", "L2");
        assertThat(ids(r.employmentsOf(PersonId.of("P1")))).containsExactlyInAnyOrder("E1", "E2");
        assertThat(ids(r.enrollmentsOf(PersonId.of("P2")))).containsExactly("S1");
        assertThat(ids(r.enrollmentsOf(PersonId.of("P1")))).isEmpty();
        assertThat(ids(r.visitsTo(h2))).containsExactlyInAnyOrder("V1", "V2");
        assertThat(r.residencesAt(PremisesId.of("H9"))).isEmpty();
        assertThat(r.visitsTo(PremisesId.of("H9"))).isEmpty();
    }

    @Test
    void indexLists_areUnmodifiable() {
        Registry r = Registry.of(base());
        List<Residence> list = r.residencesAt(PremisesId.of("H1"));
        assertThatThrownBy(() -> list.remove(0)).isInstanceOf(UnsupportedOperationException.class);
        assertThat(r.residencesAt(PremisesId.of("H1"))).hasSize(2);
    }

    @Test
    void personsWithDocument_normalizesCaseAndSurroundingWhitespace() {
        Registry r = Registry.of(base());
        assertThat(ids(r.personsWithDocument(DocumentType.CN_RESIDENT_ID, RESIDENT_ID))).containsExactly("P1");
        assertThat(ids(r.personsWithDocument(DocumentType.CN_RESIDENT_ID, " 11010519491231002x\t"))).containsExactly("P1");
        assertThat(r.personsWithDocument(DocumentType.CN_RESIDENT_ID_15, RESIDENT_ID)).isEmpty();
        assertThat(r.personsWithDocument(DocumentType.CN_RESIDENT_ID, "11010519491231002")).isEmpty();
        // Stored " e1234567 " (KAZ) and "E1234567" (CHN): one number after normalization, any country.
        assertThat(ids(r.personsWithDocument(DocumentType.PASSPORT, "e1234567"))).containsExactlyInAnyOrder("P2", "P3");
    }

    @Test
    void personsWithDocument_listsAPersonOnce_evenWithTheDocumentTwice() {
        Registry r = Registry.of(RegistryDocument.registry()
                .addPersons(person("P1", "n", doc(DocumentType.PASSPORT, "E1234567", "CHN"),
                        doc(DocumentType.PASSPORT, "e1234567", "HKG")))
                .build());
        assertThat(ids(r.personsWithDocument(DocumentType.PASSPORT, "E1234567"))).containsExactly("P1");
    }

    @Test
    void nullArguments_areProgrammerErrors() {
        Registry r = Registry.of(base());
        assertThatThrownBy(() -> r.person(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> r.residencesAt(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Registry.of((RegistryDocument) null)).isInstanceOf(NullPointerException.class);
    }

    // -----------------------------------------------------------------------------------------
    // Duplicate ids

    @ParameterizedTest
    @EnumSource(RecordType.class)
    void repeatedId_isReportedAtTheRepeat_andTheFirstRecordIsIndexed(RecordType type) {
        RegistryDocument doc = withRepeatedId(type);
        Registry r = Registry.of(doc);
        assertThat(r.duplicateIds()).containsExactly(new JsonProblem(JsonProblem.Kind.INVALID,
                type.pointer(2) + "/id", "id repeats an earlier " + type.subjectKind() + "'s id"));
        assertThat(r.document()).isEqualTo(doc);
        assertThat(List.of(r.isIndexed(type, 0), r.isIndexed(type, 1), r.isIndexed(type, 2)))
                .containsExactly(true, true, false);
        RecordType other = type == RecordType.PERSONS ? RecordType.VISITS : RecordType.PERSONS;
        assertThat(r.isIndexed(other, 0)).as("a kind without repeats").isTrue();
    }

    /** Three records of a type: X1, X2 and X1 again (the last marked so it can be told apart). */
    private static RegistryDocument withRepeatedId(RecordType type) {
        ImmutableRegistryDocument.Builder b = RegistryDocument.registry();
        switch (type) {
            case PERSONS -> b.addPersons(person("P1", "a"), person("P2", "b"), person("P1", "c"));
            case ORGANIZATIONS -> b.addOrganizations(
                    ImmutableOrganization.builder().id(OrganizationId.of("O1")).name("a").build(),
                    ImmutableOrganization.builder().id(OrganizationId.of("O2")).name("b").build(),
                    ImmutableOrganization.builder().id(OrganizationId.of("O1")).name("c").build());
            case PREMISES -> b.addPremises(premises("H1"), premises("H2"), premises("H1").withFloorArea(java.math.BigDecimal.TEN));
            case LEASES -> b.addLeases(lease("L1", "H1", "P1"), lease("L2", "H1", "P1"), lease("L1", "H2", "P1"));
            case EMPLOYMENTS -> b.addEmployments(employment("E1", "P1"), employment("E2", "P1"), employment("E1", "P2"));
            case ENROLLMENTS -> b.addEnrollments(enrollment("S1", "P1"), enrollment("S2", "P1"), enrollment("S1", "P2"));
            case RESIDENCES -> b.addResidences(residence("R1", "P1", "H1"), residence("R2", "P1", "H1"),
                    residence("R1", "P2", "H2"));
            case VISITS -> b.addVisits(visit("V1", "H1"), visit("V2", "H1"), visit("V1", "H2"));
        }
        return b.build();
    }

    @Test
    void repeatedIds_indexOnlyTheFirstRecord() {
        Registry r = Registry.of(withRepeatedId(RecordType.RESIDENCES));
        assertThat(r.residence(ResidenceId.of("R1")).map(Residence::person)).hasValue(PersonId.of("P1"));
        assertThat(r.residencesAt(PremisesId.of("H2"))).isEmpty();
        assertThat(r.residencesOf(PersonId.of("P2"))).isEmpty();
        Registry p = Registry.of(withRepeatedId(RecordType.PERSONS));
        assertThat(p.person(PersonId.of("P1")).map(Person::name)).hasValue("a");
    }

    @Test
    void repeatedId_afterARecordThatFailedToRead_isReportedAtItsSourcePosition() {
        String json = "{\"schema\":\"renfang/registry@1\",\"persons\":["
                + "{\"id\":\"P0\"},"
                + "{\"id\":\"P1\",\"name\":\"a\",\"documents\":[]},"
                + "{\"id\":\"P1\",\"name\":\"b\",\"documents\":[]}]}";
        Registry r = Registry.of(RegistryReader.readRegistry(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))));
        assertThat(r.readProblems()).extracting(JsonProblem::pointer).containsExactly("/persons/0/name");
        assertThat(r.duplicateIds()).extracting(JsonProblem::pointer).containsExactly("/persons/2/id");
        assertThat(r.pointer(RecordType.PERSONS, 0)).isEqualTo("/persons/1");
    }

    // -----------------------------------------------------------------------------------------
    // Overlay

    /** P1 renamed with a new document, P4 new; R1 moved to H2, R4 new at H1; L4, E4, S2, V4 new. */
    private static RegistryDocument payload() {
        return RegistryDocument.registration()
                .addPersons(person("P1", "renamed", doc(DocumentType.PASSPORT, "G7654321", "CHN")))
                .addPersons(person("P4", "fourth", doc(DocumentType.CN_RESIDENT_ID, "11010519491231002x", null)))
                .addResidences(residence("R1", "P1", "H2"), residence("R4", "P4", "H1"))
                .addLeases(lease("L4", "H1", "P4"))
                .addEmployments(employment("E4", "P4"))
                .addEnrollments(enrollment("S2", "P1"))
                .addVisits(visit("V4", "H1"))
                .build();
    }

    private static void assertOverlaid(RegistryView v) {
        assertThat(v.person(PersonId.of("P1")).map(Person::name)).hasValue("renamed");
        assertThat(v.person(PersonId.of("P2")).map(Person::name)).hasValue("second");
        assertThat(v.person(PersonId.of("P4"))).isPresent();
        assertThat(v.residence(ResidenceId.of("R1")).map(Residence::premises)).hasValue(PremisesId.of("H2"));

        assertThat(ids(v.residencesAt(PremisesId.of("H1")))).containsExactlyInAnyOrder("R2", "R4");
        assertThat(ids(v.residencesAt(PremisesId.of("H2")))).containsExactlyInAnyOrder("R1", "R3");
        assertThat(ids(v.residencesOf(PersonId.of("P1")))).containsExactlyInAnyOrder("R1", "R3");
        assertThat(ids(v.residencesOf(PersonId.of("P4")))).containsExactly("R4");
        assertThat(ids(v.leasesOf(PremisesId.of("H1")))).containsExactlyInAnyOrder("L1", "L2", "L4");
        assertThat(ids(v.employmentsOf(PersonId.of("P4")))).containsExactly("E4");
        assertThat(ids(v.employmentsOf(PersonId.of("P1")))).containsExactlyInAnyOrder("E1", "E2");
        assertThat(ids(v.enrollmentsOf(PersonId.of("P1")))).containsExactly("S2");
        assertThat(ids(v.visitsTo(PremisesId.of("H1")))).containsExactlyInAnyOrder("V3", "V4");

        // P1's resident id left with the replaced record; P4's payload record holds it now.
        assertThat(ids(v.personsWithDocument(DocumentType.CN_RESIDENT_ID, RESIDENT_ID))).containsExactly("P4");
        assertThat(ids(v.personsWithDocument(DocumentType.PASSPORT, " g7654321"))).containsExactly("P1");
    }

    @Test
    void with_replacesSameIds_addsNewRecords_andMergesLists() {
        assertOverlaid(Registry.of(base()).with(payload()));
    }

    @Test
    void overlay_ofAnyView_behavesLikeWith() {
        assertOverlaid(RegistryView.overlay(Registry.of(base()), payload()));
    }

    @Test
    void with_leavesTheRegistryUnchanged() {
        RegistryDocument doc = base();
        Registry r = Registry.of(doc);
        r.with(payload()).residencesAt(PremisesId.of("H1"));
        assertThat(r.document()).isEqualTo(doc);
        assertThat(r.person(PersonId.of("P1")).map(Person::name)).hasValue("first");
        assertThat(r.person(PersonId.of("P4"))).isEmpty();
        assertThat(ids(r.residencesAt(PremisesId.of("H1")))).containsExactlyInAnyOrder("R1", "R2");
        assertThat(ids(r.personsWithDocument(DocumentType.CN_RESIDENT_ID, RESIDENT_ID))).containsExactly("P1");
    }

    @Test
    void emptyPayload_viewsTheRegistryAsItIs() {
        Registry r = Registry.of(base());
        RegistryView v = r.with(RegistryDocument.registration().build());
        assertThat(v.residencesAt(PremisesId.of("H1"))).isEqualTo(r.residencesAt(PremisesId.of("H1")));
        assertThat(v.person(PersonId.of("P1"))).isEqualTo(r.person(PersonId.of("P1")));
    }

    @Test
    void emptyView_hasNoRecords() {
        RegistryView v = RegistryView.empty();
        assertThat(v.person(PersonId.of("P1"))).isEmpty();
        assertThat(v.residencesAt(PremisesId.of("H1"))).isEmpty();
        assertThat(v.personsWithDocument(DocumentType.CN_RESIDENT_ID, RESIDENT_ID)).isEmpty();
    }

    // -----------------------------------------------------------------------------------------
    // Streaming

    /**
     * Reads a generated registry of about 200 MB of text: 20 000 persons, each followed by 10 000
     * bytes of white space (legal JSON padding), so that the records are small and the text is big.
     * While the reader consumes the stream, the live heap (after a full collection) is sampled at
     * a quarter, a half, three quarters and the end of the text; it must stay under 64 MB above
     * where it started. A reader that loaded the text, as bytes or as a tree, would hold at least
     * the 200 MB it had read by the last sample.
     *
     * <p>Choice of design: this runs in the test JVM with its usual heap (-Xmx2g) rather than a
     * forked JVM with a small one; it is cheaper, and sampling live heap shows the same thing.
     */
    @Test
    @Tag("slow")
    void reader_streamsA200MegabyteRegistry_holdingRecordsNotText() {
        int persons = 20_000;
        int padding = 10_000;
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        long before = runtime.totalMemory() - runtime.freeMemory();
        long[] peak = {0};
        GeneratedRegistry in = new GeneratedRegistry(persons, padding, () -> {
            System.gc();
            peak[0] = Math.max(peak[0], runtime.totalMemory() - runtime.freeMemory() - before);
        });

        Registry r = Registry.of(RegistryReader.readRegistry(in));

        assertThat(in.length()).isGreaterThan(200_000_000L);
        assertThat(in.samples()).isEqualTo(4);
        assertThat(r.readProblems()).isEmpty();
        assertThat(r.document().persons()).hasSize(persons);
        assertThat(r.person(PersonId.of("P19999")).map(Person::name)).hasValue("n19999");
        assertThat(peak[0]).as("live heap growth while reading %d bytes", in.length()).isLessThan(64L << 20);
    }

    /**
     * A registry document generated on the fly: {@code persons} person records, each followed by
     * {@code padding} spaces. Runs a probe when a quarter, a half, three quarters and all of the
     * text has been read.
     */
    private static final class GeneratedRegistry extends InputStream {
        private static final byte[] HEAD = "{\"schema\":\"renfang/registry@1\",\"persons\":[".getBytes(StandardCharsets.UTF_8);
        private static final byte[] TAIL = "]}".getBytes(StandardCharsets.UTF_8);

        private final int persons;
        private final int padding;
        private final Runnable probe;
        private final long length;
        private byte[] chunk = HEAD;
        private int pos;
        private int next;
        private long read;
        private int samples;

        GeneratedRegistry(int persons, int padding, Runnable probe) {
            this.persons = persons;
            this.padding = padding;
            this.probe = probe;
            long n = HEAD.length + TAIL.length;
            for (int i = 0; i < persons; i++) {
                n += record(i).length + padding;
            }
            this.length = n;
        }

        private static byte[] record(int i) {
            return ((i == 0 ? "" : ",") + "{\"id\":\"P" + i + "\",\"name\":\"n" + i + "\",\"documents\":[]}")
                    .getBytes(StandardCharsets.UTF_8);
        }

        long length() {
            return length;
        }

        int samples() {
            return samples;
        }

        private boolean fill() {
            if (pos < chunk.length) {
                return true;
            }
            if (next > 2 * persons) {
                return false;
            }
            if (next == 2 * persons) {
                chunk = TAIL;
            } else if (next % 2 == 0) {
                chunk = record(next / 2);
            } else {
                chunk = new byte[padding];
                java.util.Arrays.fill(chunk, (byte) ' ');
            }
            next++;
            pos = 0;
            return true;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (len == 0) {
                return 0;
            }
            if (!fill()) {
                return -1;
            }
            int n = Math.min(len, chunk.length - pos);
            System.arraycopy(chunk, pos, b, off, n);
            pos += n;
            read += n;
            while (samples < 4 && read >= (samples == 3 ? length : (samples + 1) * (length / 4))) {
                samples++;
                probe.run();
            }
            return n;
        }
    }
}
