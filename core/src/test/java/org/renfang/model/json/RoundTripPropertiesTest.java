package org.renfang.model.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.constraints.IntRange;
import org.renfang.model.Address;
import org.renfang.model.Basis;
import org.renfang.model.DocumentType;
import org.renfang.model.Employment;
import org.renfang.model.EmploymentId;
import org.renfang.model.Enrollment;
import org.renfang.model.EnrollmentId;
import org.renfang.model.Filing;
import org.renfang.model.IdentityDocument;
import org.renfang.model.ImmutableAddress;
import org.renfang.model.ImmutableEmployment;
import org.renfang.model.ImmutableEnrollment;
import org.renfang.model.ImmutableFiling;
import org.renfang.model.ImmutableIdentityDocument;
import org.renfang.model.ImmutableLease;
import org.renfang.model.ImmutableOrganization;
import org.renfang.model.ImmutablePerson;
import org.renfang.model.ImmutablePremises;
import org.renfang.model.ImmutableRegistryDocument;
import org.renfang.model.ImmutableResidence;
import org.renfang.model.ImmutableRoom;
import org.renfang.model.ImmutableVisit;
import org.renfang.model.Lease;
import org.renfang.model.LeaseId;
import org.renfang.model.Organization;
import org.renfang.model.OrganizationId;
import org.renfang.model.OrganizationKind;
import org.renfang.model.Party;
import org.renfang.model.Person;
import org.renfang.model.PersonId;
import org.renfang.model.Premises;
import org.renfang.model.PremisesFlag;
import org.renfang.model.PremisesId;
import org.renfang.model.PremisesKind;
import org.renfang.model.PremisesUse;
import org.renfang.model.RecordType;
import org.renfang.model.RegistryDocument;
import org.renfang.model.Residence;
import org.renfang.model.ResidenceId;
import org.renfang.model.Room;
import org.renfang.model.RoomId;
import org.renfang.model.RoomKind;
import org.renfang.model.Sex;
import org.renfang.model.Visit;
import org.renfang.model.VisitId;
import org.renfang.model.VisitPurpose;

/**
 * Whole generated registry documents (every record type, random optional fields, ids, dates from
 * {@value RenfangJson#MIN_YEAR} to {@value RenfangJson#MAX_YEAR}, decimals, text needing JSON
 * escapes) round trip through {@link RenfangJson#registryMapper()} and
 * {@link RegistryReader#readRegistry} without problems; an unknown or repeated field in any
 * record is reported at its exact pointer.
 */
class RoundTripPropertiesTest {

    private static final long FIRST_DAY = LocalDate.of(RenfangJson.MIN_YEAR, 1, 1).toEpochDay();
    private static final long LAST_DAY = LocalDate.of(RenfangJson.MAX_YEAR, 12, 31).toEpochDay();
    /** Characters of text fields: printable ASCII, CJK, and characters JSON must escape. */
    private static final String SPECIAL = "人房克拉玛依独山子区é\"\\/\n\t\u0001\u007f\u2028";

    // -----------------------------------------------------------------------------------------
    // Properties

    @Property(tries = 300)
    void writeThenRead_givesEqualValues_withoutProblems(@ForAll("documents") RegistryDocument doc) {
        boolean everyType = !doc.persons().isEmpty() && !doc.organizations().isEmpty() && !doc.premises().isEmpty()
                && !doc.leases().isEmpty() && !doc.employments().isEmpty() && !doc.enrollments().isEmpty()
                && !doc.residences().isEmpty() && !doc.visits().isEmpty();
        Statistics.label("every record type").collect(everyType);
        Statistics.label("every record type").coverage(c -> c.check(true).percentage(p -> p >= 2));
        Statistics.label("at least 8 records").collect(doc.size() >= 8);
        Statistics.label("at least 8 records").coverage(c -> c.check(true).percentage(p -> p >= 50));
        byte[] json = write(doc);
        ReadResult r = RegistryReader.readRegistry(new ByteArrayInputStream(json));
        assertThat(r.problems()).isEmpty();
        assertThat(r.document()).isEqualTo(doc);
        assertThat(write(r.document())).isEqualTo(json);
    }

    @Property(tries = 100)
    void payloadReader_agreesWithRegistryReader(@ForAll("documents") RegistryDocument doc) {
        ReadResult r = RegistryReader.readPayload(write(doc));
        assertThat(r.problems()).isEmpty();
        assertThat(r.document()).isEqualTo(doc);
    }

    @Property(tries = 200)
    void unknownField_inAnyRecord_isInvalidAtItsEscapedPointer(@ForAll("documents") RegistryDocument doc,
            @ForAll("recordTypes") RecordType type, @ForAll @IntRange(max = 20) int pick,
            @ForAll("unknownNames") String name) {
        ObjectNode tree = tree(doc);
        ArrayNode records = (ArrayNode) tree.get(type.jsonName());
        if (records.isEmpty()) {
            records.add(tree(minimalOf(type)).get(type.jsonName()).get(0));
        }
        int index = pick % records.size();
        ((ObjectNode) records.get(index)).put(name, true);

        ReadResult r = RegistryReader.readRegistry(new ByteArrayInputStream(tree.toString().getBytes(
                java.nio.charset.StandardCharsets.UTF_8)));

        String escaped = name.replace("~", "~0").replace("/", "~1");
        assertThat(r.problems()).containsExactly(
                new JsonProblem(JsonProblem.Kind.INVALID, type.pointer(index) + "/" + escaped, "unknown field"));
    }

    @Property(tries = 200)
    void repeatedId_inAnyRecord_isMalformedAtTheRepeatedId(@ForAll("documents") RegistryDocument doc,
            @ForAll("recordTypes") RecordType type, @ForAll @IntRange(max = 20) int pick) {
        ObjectNode tree = tree(doc);
        ArrayNode records = (ArrayNode) tree.get(type.jsonName());
        if (records.isEmpty()) {
            records.add(tree(minimalOf(type)).get(type.jsonName()).get(0));
        }
        int index = pick % records.size();
        String record = records.get(index).toString();
        String repeated = "{\"id\":" + records.get(index).get("id") + "," + record.substring(1);
        records.set(index, tree.rawValueNode(new com.fasterxml.jackson.databind.util.RawValue(repeated)));

        ReadResult r = RegistryReader.readRegistry(new ByteArrayInputStream(tree.toString().getBytes(
                java.nio.charset.StandardCharsets.UTF_8)));

        assertThat(r.problems()).containsExactly(
                new JsonProblem(JsonProblem.Kind.MALFORMED, type.pointer(index) + "/id", "duplicate field"));
    }

    // -----------------------------------------------------------------------------------------
    // Helpers

    private static byte[] write(RegistryDocument d) {
        try {
            return RenfangJson.registryMapper().writeValueAsBytes(d);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode tree(RegistryDocument d) {
        try {
            JsonNode n = RenfangJson.registryMapper().readTree(write(d));
            return (ObjectNode) n;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A document holding just the one record of a type from {@link Documents#minimal()}. */
    private static RegistryDocument minimalOf(RecordType type) {
        RegistryDocument m = Documents.minimal();
        ImmutableRegistryDocument.Builder b = RegistryDocument.registry();
        switch (type) {
            case PERSONS -> b.addAllPersons(m.persons());
            case ORGANIZATIONS -> b.addAllOrganizations(m.organizations());
            case PREMISES -> b.addAllPremises(m.premises());
            case LEASES -> b.addAllLeases(m.leases());
            case EMPLOYMENTS -> b.addAllEmployments(m.employments());
            case ENROLLMENTS -> b.addAllEnrollments(m.enrollments());
            case RESIDENCES -> b.addAllResidences(m.residences());
            case VISITS -> b.addAllVisits(m.visits());
        }
        return b.build();
    }

    // -----------------------------------------------------------------------------------------
    // Arbitraries

    @Provide
    Arbitrary<RecordType> recordTypes() {
        return Arbitraries.of(RecordType.class);
    }

    @Provide
    Arbitrary<String> unknownNames() {
        return Arbitraries.strings().withCharRange('a', 'z').withChars("/~_-人").ofMinLength(1).ofMaxLength(24)
                .map(s -> "x" + s);
    }

    @Provide
    Arbitrary<RegistryDocument> documents() {
        return Builders.withBuilder(RegistryDocument::registry)
                .use(persons().list().ofMaxSize(4)).in(ImmutableRegistryDocument.Builder::addAllPersons)
                .use(organizations().list().ofMaxSize(3)).in(ImmutableRegistryDocument.Builder::addAllOrganizations)
                .use(premises().list().ofMaxSize(3)).in(ImmutableRegistryDocument.Builder::addAllPremises)
                .use(leases().list().ofMaxSize(3)).in(ImmutableRegistryDocument.Builder::addAllLeases)
                .use(employments().list().ofMaxSize(3)).in(ImmutableRegistryDocument.Builder::addAllEmployments)
                .use(enrollments().list().ofMaxSize(3)).in(ImmutableRegistryDocument.Builder::addAllEnrollments)
                .use(residences().list().ofMaxSize(4)).in(ImmutableRegistryDocument.Builder::addAllResidences)
                .use(visits().list().ofMaxSize(3)).in(ImmutableRegistryDocument.Builder::addAllVisits)
                .build(ImmutableRegistryDocument.Builder::build);
    }

    /** Non-blank text of up to some characters, with characters JSON must escape. */
    private static Arbitrary<String> text(int max) {
        return Arbitraries.strings().withCharRange(' ', '~').withChars(SPECIAL).ofMinLength(1).ofMaxLength(max)
                .filter(s -> !s.isBlank());
    }

    private static Arbitrary<String> idText() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withCharRange('0', '9').ofMinLength(1).ofMaxLength(6).map(s -> "P" + s),
                text(64));
    }

    private static Arbitrary<PersonId> personIds() {
        return idText().map(PersonId::of);
    }

    private static Arbitrary<OrganizationId> organizationIds() {
        return idText().map(OrganizationId::of);
    }

    private static Arbitrary<PremisesId> premisesIds() {
        return idText().map(PremisesId::of);
    }

    private static Arbitrary<RoomId> roomIds() {
        return idText().map(RoomId::of);
    }

    private static Arbitrary<LeaseId> leaseIds() {
        return idText().map(LeaseId::of);
    }

    private static Arbitrary<LocalDate> dates() {
        return Arbitraries.longs().between(FIRST_DAY, LAST_DAY).map(LocalDate::ofEpochDay);
    }

    private static Arbitrary<OffsetDateTime> instants() {
        Arbitrary<LocalTime> times = Arbitraries.longs().between(0, LocalTime.MAX.toNanoOfDay())
                .map(LocalTime::ofNanoOfDay);
        Arbitrary<ZoneOffset> offsets = Arbitraries.integers().between(-12 * 4, 14 * 4)
                .map(q -> ZoneOffset.ofTotalSeconds(q * 15 * 60));
        return Combinators.combine(dates(), times, offsets).as(OffsetDateTime::of);
    }

    /** Positive decimals with 0 to 4 fraction digits, as areas are written. */
    private static Arbitrary<BigDecimal> decimals() {
        return Combinators.combine(Arbitraries.longs().between(1, 1_000_000_000L), Arbitraries.integers().between(0, 4))
                .as(BigDecimal::valueOf);
    }

    private static <T> Arbitrary<Optional<T>> maybe(Arbitrary<T> a) {
        return a.optional(0.5);
    }

    private static Arbitrary<Party> parties() {
        return Arbitraries.oneOf(personIds().map(Party::of), organizationIds().map(Party::of));
    }

    private static Arbitrary<Address> addresses() {
        Arbitrary<String> division = Arbitraries.oneOf(
                Arbitraries.strings().numeric().ofLength(6), Arbitraries.strings().numeric().ofLength(9),
                Arbitraries.strings().numeric().ofLength(12));
        return Builders.withBuilder(ImmutableAddress::builder)
                .use(division).in(ImmutableAddress.Builder::division)
                .use(text(60)).in(ImmutableAddress.Builder::line)
                .use(maybe(text(8))).in(ImmutableAddress.Builder::building)
                .use(maybe(text(8))).in(ImmutableAddress.Builder::unit)
                .use(maybe(text(8))).in(ImmutableAddress.Builder::floor)
                .use(maybe(text(8))).in(ImmutableAddress.Builder::room)
                .use(maybe(text(20))).in(ImmutableAddress.Builder::code)
                .build(ImmutableAddress.Builder::build);
    }

    private static Arbitrary<IdentityDocument> identityDocuments() {
        return Builders.withBuilder(ImmutableIdentityDocument::builder)
                .use(Arbitraries.of(DocumentType.class)).in(ImmutableIdentityDocument.Builder::type)
                .use(text(30)).in(ImmutableIdentityDocument.Builder::number)
                .use(maybe(Arbitraries.strings().withCharRange('A', 'Z').ofLength(3)))
                .in(ImmutableIdentityDocument.Builder::country)
                .build(ImmutableIdentityDocument.Builder::build);
    }

    private static Arbitrary<Person> persons() {
        return Builders.withBuilder(ImmutablePerson::builder)
                .use(personIds()).in(ImmutablePerson.Builder::id)
                .use(text(40)).in(ImmutablePerson.Builder::name)
                .use(identityDocuments().list().ofMaxSize(3)).in(ImmutablePerson.Builder::addAllDocuments)
                .use(maybe(dates())).in(ImmutablePerson.Builder::birthDate)
                .use(maybe(Arbitraries.strings().withCharRange('A', 'Z').ofLength(3)))
                .in(ImmutablePerson.Builder::nationality)
                .use(maybe(Arbitraries.of(Sex.class))).in(ImmutablePerson.Builder::sex)
                .use(maybe(Arbitraries.strings().withChars("0123456789 ()-+").ofMinLength(3).ofMaxLength(20)))
                .in(ImmutablePerson.Builder::phone)
                .use(maybe(addresses())).in(ImmutablePerson.Builder::householdRegistration)
                .build(ImmutablePerson.Builder::build);
    }

    private static Arbitrary<Organization> organizations() {
        return Builders.withBuilder(ImmutableOrganization::builder)
                .use(organizationIds()).in(ImmutableOrganization.Builder::id)
                .use(text(60)).in(ImmutableOrganization.Builder::name)
                .use(maybe(Arbitraries.strings().withCharRange('0', '9').withCharRange('A', 'Y').ofLength(18)))
                .in(ImmutableOrganization.Builder::creditCode)
                .use(Arbitraries.of(OrganizationKind.class).set().ofMaxSize(3))
                .in(ImmutableOrganization.Builder::addAllKinds)
                .build(ImmutableOrganization.Builder::build);
    }

    private static Arbitrary<Room> rooms() {
        return Builders.withBuilder(ImmutableRoom::builder)
                .use(roomIds()).in(ImmutableRoom.Builder::id)
                .use(Arbitraries.of(RoomKind.class)).in(ImmutableRoom.Builder::kind)
                .use(maybe(decimals())).in(ImmutableRoom.Builder::area)
                .use(maybe(roomIds())).in(ImmutableRoom.Builder::partitionedFrom)
                .build(ImmutableRoom.Builder::build);
    }

    private static Arbitrary<Premises> premises() {
        return Builders.withBuilder(ImmutablePremises::builder)
                .use(premisesIds()).in(ImmutablePremises.Builder::id)
                .use(addresses()).in(ImmutablePremises.Builder::address)
                .use(Arbitraries.of(PremisesKind.class)).in(ImmutablePremises.Builder::kind)
                .use(Arbitraries.of(PremisesUse.class)).in(ImmutablePremises.Builder::use)
                .use(maybe(decimals())).in(ImmutablePremises.Builder::floorArea)
                .use(maybe(parties())).in(ImmutablePremises.Builder::owner)
                .use(rooms().list().ofMaxSize(4).uniqueElements(Room::id)).in(ImmutablePremises.Builder::addAllRooms)
                .use(Arbitraries.of(PremisesFlag.class).set().ofMaxSize(3)).in(ImmutablePremises.Builder::addAllFlags)
                .use(maybe(organizationIds())).in(ImmutablePremises.Builder::dormitoryOf)
                .use(Arbitraries.of(true, false)).in(ImmutablePremises.Builder::inResidentialCompound)
                .use(maybe(dates().map(org.renfang.model.RentalRegister::since)))
                .in(ImmutablePremises.Builder::rentalRegister)
                .build(ImmutablePremises.Builder::build);
    }

    private static Arbitrary<Filing> filings() {
        return Builders.withBuilder(ImmutableFiling::builder)
                .use(maybe(text(30))).in(ImmutableFiling.Builder::number)
                .use(dates()).in(ImmutableFiling.Builder::filedOn)
                .build(ImmutableFiling.Builder::build);
    }

    private static Arbitrary<Lease> leases() {
        return Builders.withBuilder(ImmutableLease::builder)
                .use(leaseIds()).in(ImmutableLease.Builder::id)
                .use(premisesIds()).in(ImmutableLease.Builder::premises)
                .use(roomIds().list().ofMaxSize(3)).in(ImmutableLease.Builder::addAllRooms)
                .use(parties()).in(ImmutableLease.Builder::lessor)
                .use(parties().list().ofMaxSize(3)).in(ImmutableLease.Builder::addAllLessees)
                .use(Arbitraries.of(true, false)).in(ImmutableLease.Builder::household)
                .use(personIds().list().ofMaxSize(3)).in(ImmutableLease.Builder::addAllOccupants)
                .use(maybe(dates())).in(ImmutableLease.Builder::signedOn)
                .use(dates()).in(ImmutableLease.Builder::start)
                .use(dates()).in(ImmutableLease.Builder::end)
                .use(Arbitraries.of(true, false)).in(ImmutableLease.Builder::subletPermitted)
                .use(maybe(leaseIds())).in(ImmutableLease.Builder::parent)
                .use(maybe(filings())).in(ImmutableLease.Builder::filing)
                .build(ImmutableLease.Builder::build);
    }

    private static Arbitrary<Employment> employments() {
        return Builders.withBuilder(ImmutableEmployment::builder)
                .use(idText().map(EmploymentId::of)).in(ImmutableEmployment.Builder::id)
                .use(personIds()).in(ImmutableEmployment.Builder::person)
                .use(organizationIds()).in(ImmutableEmployment.Builder::employer)
                .use(dates()).in(ImmutableEmployment.Builder::start)
                .use(maybe(dates())).in(ImmutableEmployment.Builder::end)
                .build(ImmutableEmployment.Builder::build);
    }

    private static Arbitrary<Enrollment> enrollments() {
        return Builders.withBuilder(ImmutableEnrollment::builder)
                .use(idText().map(EnrollmentId::of)).in(ImmutableEnrollment.Builder::id)
                .use(personIds()).in(ImmutableEnrollment.Builder::person)
                .use(organizationIds()).in(ImmutableEnrollment.Builder::school)
                .use(dates()).in(ImmutableEnrollment.Builder::start)
                .use(maybe(dates())).in(ImmutableEnrollment.Builder::end)
                .build(ImmutableEnrollment.Builder::build);
    }

    private static Arbitrary<Basis> bases() {
        return Arbitraries.oneOf(
                leaseIds().map(Basis::lease),
                organizationIds().map(Basis::employerDormitory),
                personIds().map(Basis::familyMemberOf),
                Arbitraries.just(Basis.owner()),
                Arbitraries.just(Basis.hotelStay()),
                Arbitraries.just(Basis.other()));
    }

    private static Arbitrary<Residence> residences() {
        return Builders.withBuilder(ImmutableResidence::builder)
                .use(idText().map(ResidenceId::of)).in(ImmutableResidence.Builder::id)
                .use(personIds()).in(ImmutableResidence.Builder::person)
                .use(premisesIds()).in(ImmutableResidence.Builder::premises)
                .use(maybe(roomIds())).in(ImmutableResidence.Builder::room)
                .use(bases()).in(ImmutableResidence.Builder::basis)
                .use(dates()).in(ImmutableResidence.Builder::movedIn)
                .use(maybe(dates())).in(ImmutableResidence.Builder::movedOut)
                .use(dates()).in(ImmutableResidence.Builder::registeredOn)
                .use(maybe(dates())).in(ImmutableResidence.Builder::deregisteredOn)
                .use(maybe(Combinators.combine(parties(), dates()).as(org.renfang.model.ProviderConfirmation::of)))
                .in(ImmutableResidence.Builder::providerConfirmation)
                .build(ImmutableResidence.Builder::build);
    }

    private static Arbitrary<Visit> visits() {
        return Builders.withBuilder(ImmutableVisit::builder)
                .use(idText().map(VisitId::of)).in(ImmutableVisit.Builder::id)
                .use(premisesIds()).in(ImmutableVisit.Builder::premises)
                .use(organizationIds()).in(ImmutableVisit.Builder::agency)
                .use(maybe(text(12))).in(ImmutableVisit.Builder::inspector)
                .use(instants()).in(ImmutableVisit.Builder::at)
                .use(Arbitraries.of(VisitPurpose.class)).in(ImmutableVisit.Builder::purpose)
                .use(maybe(Arbitraries.integers().between(0, 100_000))).in(ImmutableVisit.Builder::observedOccupants)
                .use(maybe(text(80))).in(ImmutableVisit.Builder::label)
                .use(maybe(Arbitraries.of(org.renfang.model.LabelCondition.class)))
                .in(ImmutableVisit.Builder::labelCondition)
                .build(ImmutableVisit.Builder::build);
    }
}
