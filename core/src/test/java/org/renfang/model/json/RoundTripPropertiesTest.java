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
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
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
import org.renfang.model.source.JsonProblem;
import org.renfang.model.source.ReadResult;
import org.renfang.testing.Gen;
import org.renfang.testing.PropertyCheck;

/**
 * Whole generated registry documents (every record type, random optional fields, ids, dates from
 * {@value RenfangJson#MIN_YEAR} to {@value RenfangJson#MAX_YEAR}, decimals, text needing JSON
 * escapes) round trip through {@link RenfangJson#writer()} and
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

    /** The generated documents cover the format: some have every record type, most 8 records or more. */
    @Test
    void writeThenRead_givesEqualValues_withoutProblems() {
        int tries = 300;
        AtomicInteger everyType = new AtomicInteger();
        AtomicInteger eightRecords = new AtomicInteger();
        PropertyCheck.forAll(tries, s -> {
            RegistryDocument doc = s.draw("doc", documents());
            if (!doc.persons().isEmpty() && !doc.organizations().isEmpty() && !doc.premises().isEmpty()
                    && !doc.leases().isEmpty() && !doc.employments().isEmpty() && !doc.enrollments().isEmpty()
                    && !doc.residences().isEmpty() && !doc.visits().isEmpty()) {
                everyType.incrementAndGet();
            }
            if (doc.size() >= 8) {
                eightRecords.incrementAndGet();
            }
            byte[] json = write(doc);
            ReadResult r = RegistryReader.readRegistry(new ByteArrayInputStream(json));
            assertThat(r.problems()).isEmpty();
            assertThat(r.document()).isEqualTo(doc);
            assertThat(write(r.document())).isEqualTo(json);
        });
        assertThat(everyType.get() * 100.0 / tries).as("%% of documents with every record type").isGreaterThanOrEqualTo(2);
        assertThat(eightRecords.get() * 100.0 / tries).as("%% of documents with 8 records or more").isGreaterThanOrEqualTo(50);
    }

    @Test
    void payloadReader_agreesWithRegistryReader() {
        PropertyCheck.forAll(100, s -> {
            RegistryDocument doc = s.draw("doc", documents());
            ReadResult r = RegistryReader.readPayload(write(doc));
            assertThat(r.problems()).isEmpty();
            assertThat(r.document()).isEqualTo(doc);
        });
    }

    @Test
    void unknownField_inAnyRecord_isInvalidAtItsEscapedPointer() {
        PropertyCheck.forAll(200, s -> unknownField_inAnyRecord_isInvalidAtItsEscapedPointer(s.draw("doc", documents()),
                s.draw("type", Gen.of(RecordType.class)), s.draw("pick", Gen.ints(0, 20)),
                s.draw("name", unknownNames())));
    }

    private static void unknownField_inAnyRecord_isInvalidAtItsEscapedPointer(RegistryDocument doc, RecordType type,
            int pick, String name) {
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

    @Test
    void repeatedId_inAnyRecord_isMalformedAtTheRepeatedId() {
        PropertyCheck.forAll(200, s -> repeatedId_inAnyRecord_isMalformedAtTheRepeatedId(s.draw("doc", documents()),
                s.draw("type", Gen.of(RecordType.class)), s.draw("pick", Gen.ints(0, 20))));
    }

    private static void repeatedId_inAnyRecord_isMalformedAtTheRepeatedId(RegistryDocument doc, RecordType type,
            int pick) {
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
            return RenfangJson.writer().writeValueAsBytes(d);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode tree(RegistryDocument d) {
        try {
            JsonNode n = RenfangJson.registryReader().readTree(write(d));
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
    // Generators

    static Gen<String> unknownNames() {
        return Gen.strings(Gen.oneOf(Gen.chars('a', 'z'), Gen.charsOf("/~_-人")), 1, 24).map(s -> "x" + s);
    }

    /** Registry documents of up to 3 or 4 records of each type, every field drawn. */
    static Gen<RegistryDocument> documents() {
        Gen<List<Person>> persons = persons().list(0, 4);
        Gen<List<Organization>> organizations = organizations().list(0, 3);
        Gen<List<Premises>> premises = premises().list(0, 3);
        Gen<List<Lease>> leases = leases().list(0, 3);
        Gen<List<Employment>> employments = employments().list(0, 3);
        Gen<List<Enrollment>> enrollments = enrollments().list(0, 3);
        Gen<List<Residence>> residences = residences().list(0, 4);
        Gen<List<Visit>> visits = visits().list(0, 3);
        return r -> RegistryDocument.registry()
                .addAllPersons(persons.next(r))
                .addAllOrganizations(organizations.next(r))
                .addAllPremises(premises.next(r))
                .addAllLeases(leases.next(r))
                .addAllEmployments(employments.next(r))
                .addAllEnrollments(enrollments.next(r))
                .addAllResidences(residences.next(r))
                .addAllVisits(visits.next(r))
                .build();
    }

    /** Non-blank text of up to some characters, with characters JSON must escape. */
    private static Gen<String> text(int max) {
        return Gen.strings(Gen.oneOf(Gen.chars(' ', '~'), Gen.charsOf(SPECIAL)), 1, max).filter(s -> !s.isBlank());
    }

    private static Gen<String> idText() {
        return Gen.oneOf(Gen.strings(Gen.chars('0', '9'), 1, 6).map(s -> "P" + s), text(64));
    }

    private static Gen<String> digits(int length) {
        return Gen.strings(Gen.chars('0', '9'), length, length);
    }

    private static Gen<String> letters(int length) {
        return Gen.strings(Gen.chars('A', 'Z'), length, length);
    }

    private static Gen<PersonId> personIds() {
        return idText().map(PersonId::of);
    }

    private static Gen<OrganizationId> organizationIds() {
        return idText().map(OrganizationId::of);
    }

    private static Gen<PremisesId> premisesIds() {
        return idText().map(PremisesId::of);
    }

    private static Gen<RoomId> roomIds() {
        return idText().map(RoomId::of);
    }

    private static Gen<LeaseId> leaseIds() {
        return idText().map(LeaseId::of);
    }

    private static Gen<LocalDate> dates() {
        return Gen.longs(FIRST_DAY, LAST_DAY).map(LocalDate::ofEpochDay);
    }

    private static Gen<OffsetDateTime> instants() {
        Gen<LocalDate> dates = dates();
        Gen<LocalTime> times = Gen.longs(0, LocalTime.MAX.toNanoOfDay()).map(LocalTime::ofNanoOfDay);
        Gen<ZoneOffset> offsets = Gen.ints(-12 * 4, 14 * 4).map(q -> ZoneOffset.ofTotalSeconds(q * 15 * 60));
        return r -> OffsetDateTime.of(dates.next(r), times.next(r), offsets.next(r));
    }

    /** Positive decimals with 0 to 4 fraction digits, as areas are written. */
    private static Gen<BigDecimal> decimals() {
        Gen<Long> unscaled = Gen.longs(1, 1_000_000_000L);
        Gen<Integer> scale = Gen.ints(0, 4);
        return r -> BigDecimal.valueOf(unscaled.next(r), scale.next(r));
    }

    private static <T> Gen<Optional<T>> maybe(Gen<T> a) {
        return a.optional();
    }

    private static Gen<Party> parties() {
        return Gen.oneOf(personIds().map(Party::of), organizationIds().map(Party::of));
    }

    private static Gen<Address> addresses() {
        Gen<String> division = Gen.oneOf(digits(6), digits(9), digits(12));
        Gen<String> line = text(60);
        Gen<Optional<String>> part = maybe(text(8));
        Gen<Optional<String>> code = maybe(text(20));
        return r -> ImmutableAddress.builder()
                .division(division.next(r))
                .line(line.next(r))
                .building(part.next(r))
                .unit(part.next(r))
                .floor(part.next(r))
                .room(part.next(r))
                .code(code.next(r))
                .build();
    }

    private static Gen<IdentityDocument> identityDocuments() {
        Gen<DocumentType> type = Gen.of(DocumentType.class);
        Gen<String> number = text(30);
        Gen<Optional<String>> country = maybe(letters(3));
        return r -> ImmutableIdentityDocument.builder()
                .type(type.next(r))
                .number(number.next(r))
                .country(country.next(r))
                .build();
    }

    private static Gen<Person> persons() {
        Gen<PersonId> id = personIds();
        Gen<String> name = text(40);
        Gen<List<IdentityDocument>> documents = identityDocuments().list(0, 3);
        Gen<Optional<LocalDate>> birthDate = maybe(dates());
        Gen<Optional<String>> nationality = maybe(letters(3));
        Gen<Optional<Sex>> sex = maybe(Gen.of(Sex.class));
        Gen<Optional<String>> phone = maybe(Gen.strings(Gen.charsOf("0123456789 ()-+"), 3, 20));
        Gen<Optional<Address>> household = maybe(addresses());
        return r -> ImmutablePerson.builder()
                .id(id.next(r))
                .name(name.next(r))
                .addAllDocuments(documents.next(r))
                .birthDate(birthDate.next(r))
                .nationality(nationality.next(r))
                .sex(sex.next(r))
                .phone(phone.next(r))
                .householdRegistration(household.next(r))
                .build();
    }

    private static Gen<Organization> organizations() {
        Gen<OrganizationId> id = organizationIds();
        Gen<String> name = text(60);
        Gen<Optional<String>> creditCode = maybe(Gen.strings(Gen.oneOf(Gen.chars('0', '9'), Gen.chars('A', 'Y')), 18, 18));
        Gen<Set<OrganizationKind>> kinds = Gen.of(OrganizationKind.class).set(3);
        return r -> ImmutableOrganization.builder()
                .id(id.next(r))
                .name(name.next(r))
                .creditCode(creditCode.next(r))
                .addAllKinds(kinds.next(r))
                .build();
    }

    private static Gen<Room> rooms() {
        Gen<RoomId> id = roomIds();
        Gen<RoomKind> kind = Gen.of(RoomKind.class);
        Gen<Optional<BigDecimal>> area = maybe(decimals());
        Gen<Optional<RoomId>> partitionedFrom = maybe(roomIds());
        return r -> ImmutableRoom.builder()
                .id(id.next(r))
                .kind(kind.next(r))
                .area(area.next(r))
                .partitionedFrom(partitionedFrom.next(r))
                .build();
    }

    private static Gen<Premises> premises() {
        Gen<PremisesId> id = premisesIds();
        Gen<Address> address = addresses();
        Gen<PremisesKind> kind = Gen.of(PremisesKind.class);
        Gen<PremisesUse> use = Gen.of(PremisesUse.class);
        Gen<Optional<BigDecimal>> floorArea = maybe(decimals());
        Gen<Optional<Party>> owner = maybe(parties());
        Gen<List<Room>> rooms = rooms().uniqueList(4, Room::id);
        Gen<Set<PremisesFlag>> flags = Gen.of(PremisesFlag.class).set(3);
        Gen<Optional<OrganizationId>> dormitoryOf = maybe(organizationIds());
        Gen<Boolean> compound = Gen.booleans();
        Gen<Optional<org.renfang.model.RentalRegister>> rentalRegister =
                maybe(dates().map(org.renfang.model.RentalRegister::since));
        return r -> ImmutablePremises.builder()
                .id(id.next(r))
                .address(address.next(r))
                .kind(kind.next(r))
                .use(use.next(r))
                .floorArea(floorArea.next(r))
                .owner(owner.next(r))
                .addAllRooms(rooms.next(r))
                .addAllFlags(flags.next(r))
                .dormitoryOf(dormitoryOf.next(r))
                .inResidentialCompound(compound.next(r))
                .rentalRegister(rentalRegister.next(r))
                .build();
    }

    private static Gen<Filing> filings() {
        Gen<Optional<String>> number = maybe(text(30));
        Gen<LocalDate> filedOn = dates();
        return r -> ImmutableFiling.builder()
                .number(number.next(r))
                .filedOn(filedOn.next(r))
                .build();
    }

    private static Gen<Lease> leases() {
        Gen<LeaseId> id = leaseIds();
        Gen<PremisesId> premises = premisesIds();
        Gen<List<RoomId>> rooms = roomIds().list(0, 3);
        Gen<Party> lessor = parties();
        Gen<List<Party>> lessees = parties().list(0, 3);
        Gen<Boolean> household = Gen.booleans();
        Gen<List<PersonId>> persons = personIds().list(0, 3);
        Gen<Optional<LocalDate>> signedOn = maybe(dates());
        Gen<LocalDate> dates = dates();
        Gen<Boolean> sublet = Gen.booleans();
        Gen<Optional<LeaseId>> parent = maybe(leaseIds());
        Gen<Optional<Filing>> filing = maybe(filings());
        return r -> ImmutableLease.builder()
                .id(id.next(r))
                .premises(premises.next(r))
                .addAllRooms(rooms.next(r))
                .lessor(lessor.next(r))
                .addAllLessees(lessees.next(r))
                .household(household.next(r))
                .addAllOccupants(persons.next(r))
                .signedOn(signedOn.next(r))
                .start(dates.next(r))
                .end(dates.next(r))
                .subletPermitted(sublet.next(r))
                .parent(parent.next(r))
                .filing(filing.next(r))
                .build();
    }

    private static Gen<Employment> employments() {
        Gen<EmploymentId> id = idText().map(EmploymentId::of);
        Gen<PersonId> person = personIds();
        Gen<OrganizationId> employer = organizationIds();
        Gen<LocalDate> start = dates();
        Gen<Optional<LocalDate>> end = maybe(dates());
        return r -> ImmutableEmployment.builder()
                .id(id.next(r))
                .person(person.next(r))
                .employer(employer.next(r))
                .start(start.next(r))
                .end(end.next(r))
                .build();
    }

    private static Gen<Enrollment> enrollments() {
        Gen<EnrollmentId> id = idText().map(EnrollmentId::of);
        Gen<PersonId> person = personIds();
        Gen<OrganizationId> school = organizationIds();
        Gen<LocalDate> start = dates();
        Gen<Optional<LocalDate>> end = maybe(dates());
        return r -> ImmutableEnrollment.builder()
                .id(id.next(r))
                .person(person.next(r))
                .school(school.next(r))
                .start(start.next(r))
                .end(end.next(r))
                .build();
    }

    private static Gen<Basis> bases() {
        return Gen.oneOf(
                leaseIds().map(Basis::lease),
                organizationIds().map(Basis::employerDormitory),
                personIds().map(Basis::familyMemberOf),
                Gen.constant(Basis.owner()),
                Gen.constant(Basis.hotelStay()),
                Gen.constant(Basis.other()));
    }

    private static Gen<Residence> residences() {
        Gen<ResidenceId> id = idText().map(ResidenceId::of);
        Gen<PersonId> person = personIds();
        Gen<PremisesId> premises = premisesIds();
        Gen<Optional<RoomId>> room = maybe(roomIds());
        Gen<Basis> basis = bases();
        Gen<LocalDate> date = dates();
        Gen<Optional<LocalDate>> maybeDate = maybe(dates());
        Gen<Party> provider = parties();
        Gen<Optional<org.renfang.model.ProviderConfirmation>> confirmation =
                maybe(r -> org.renfang.model.ProviderConfirmation.of(provider.next(r), date.next(r)));
        return r -> ImmutableResidence.builder()
                .id(id.next(r))
                .person(person.next(r))
                .premises(premises.next(r))
                .room(room.next(r))
                .basis(basis.next(r))
                .movedIn(date.next(r))
                .movedOut(maybeDate.next(r))
                .registeredOn(date.next(r))
                .deregisteredOn(maybeDate.next(r))
                .providerConfirmation(confirmation.next(r))
                .build();
    }

    private static Gen<Visit> visits() {
        Gen<VisitId> id = idText().map(VisitId::of);
        Gen<PremisesId> premises = premisesIds();
        Gen<OrganizationId> agency = organizationIds();
        Gen<Optional<String>> inspector = maybe(text(12));
        Gen<OffsetDateTime> at = instants();
        Gen<VisitPurpose> purpose = Gen.of(VisitPurpose.class);
        Gen<Optional<Integer>> occupants = maybe(Gen.ints(0, 100_000));
        Gen<Optional<String>> label = maybe(text(80));
        Gen<Optional<org.renfang.model.LabelCondition>> labelCondition = maybe(Gen.of(org.renfang.model.LabelCondition.class));
        return r -> ImmutableVisit.builder()
                .id(id.next(r))
                .premises(premises.next(r))
                .agency(agency.next(r))
                .inspector(inspector.next(r))
                .at(at.next(r))
                .purpose(purpose.next(r))
                .observedOccupants(occupants.next(r))
                .label(label.next(r))
                .labelCondition(labelCondition.next(r))
                .build();
    }
}
