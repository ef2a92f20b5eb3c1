package org.renfang.model.json;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.renfang.model.Basis;
import org.renfang.model.Address;
import org.renfang.model.DocumentType;
import org.renfang.model.EmploymentId;
import org.renfang.model.EnrollmentId;
import org.renfang.model.ImmutableAddress;
import org.renfang.model.ImmutableEmployment;
import org.renfang.model.ImmutableEnrollment;
import org.renfang.model.ImmutableFiling;
import org.renfang.model.IdentityDocument;
import org.renfang.model.ImmutableIdentityDocument;
import org.renfang.model.ImmutableLease;
import org.renfang.model.ImmutableOrganization;
import org.renfang.model.ImmutablePerson;
import org.renfang.model.ImmutablePremises;
import org.renfang.model.ImmutableResidence;
import org.renfang.model.ImmutableRoom;
import org.renfang.model.ImmutableVisit;
import org.renfang.model.LeaseId;
import org.renfang.model.OrganizationId;
import org.renfang.model.OrganizationKind;
import org.renfang.model.Party;
import org.renfang.model.PersonId;
import org.renfang.model.PremisesFlag;
import org.renfang.model.PremisesId;
import org.renfang.model.PremisesKind;
import org.renfang.model.PremisesUse;
import org.renfang.model.RecordType;
import org.renfang.model.RegistryDocument;
import org.renfang.model.ResidenceId;
import org.renfang.model.ResidenceKind;
import org.renfang.model.RoomId;
import org.renfang.model.RoomKind;
import org.renfang.model.Sex;
import org.renfang.model.VisitId;
import org.renfang.model.VisitPurpose;

/**
 * Hand-built registry documents for JSON tests: one with every record type and every optional
 * field set, one with only the required fields.
 */
final class Documents {

    private Documents() {
    }

    /** The number of records of a type in a document. */
    static int size(RegistryDocument d, RecordType t) {
        return t.records(d).size();
    }

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private static ImmutableAddress.Builder address(String division, String line) {
        return ImmutableAddress.builder().division(division).line(line);
    }

    /** An address with every optional field set. */
    private static Address fullAddress(String division, String line, String building, String unit, String floor,
            String room, String code) {
        return address(division, line).building(building).unit(unit).floor(floor).room(room).code(code).build();
    }

    private static IdentityDocument document(DocumentType type, String number, String country) {
        return ImmutableIdentityDocument.builder().type(type).number(number).country(country).build();
    }

    /**
     * A registry with one record of each type (two where a field can only be shown on a second
     * record: a party that is an organization, each basis type) and every optional field set.
     */
    static RegistryDocument full() {
        return RegistryDocument.registry()
                .addPersons(ImmutablePerson.builder().id(PersonId.of("P1")).name("王建国")
                        .addDocuments(document(DocumentType.PASSPORT, "E12345678", "CHN"))
                        .birthDate(d("1976-05-12")).nationality("CHN").sex(Sex.MALE).phone("+86 990 000 0000")
                        .householdRegistration(fullAddress("650203", "友谊路 106 号", "3", "2", "5", "501", "650203001001"))
                        .build())
                .addPersons(ImmutablePerson.builder().id(PersonId.of("P2")).name("Nurlan Seitkali")
                        .addDocuments(document(DocumentType.OTHER, "N09483617", "KAZ"))
                        .birthDate(d("1986-12-03")).nationality("KAZ").sex(Sex.UNSPECIFIED).phone("(0990) 000-0001")
                        .householdRegistration(fullAddress("650202123", "大庆东路", "B", "1", "-1", "B12", "x"))
                        .build())
                .addOrganizations(ImmutableOrganization.builder().id(OrganizationId.of("O1")).name("油田技术服务有限公司")
                        .creditCode("91650203313362010X").addKinds(OrganizationKind.EMPLOYER, OrganizationKind.OTHER)
                        .build())
                .addPremises(ImmutablePremises.builder().id(PremisesId.of("H1"))
                        .address(fullAddress("650203", "准噶尔路 58 号", "12", "1", "3", "302", "650203-58-12-302"))
                        .kind(PremisesKind.APARTMENT).use(PremisesUse.MIXED).floorArea(new BigDecimal("62.50"))
                        .owner(Party.of(PersonId.of("P1")))
                        .addRooms(ImmutableRoom.builder().id(RoomId.of("H1-1")).kind(RoomKind.BEDROOM)
                                .area(new BigDecimal("14")).build())
                        .addRooms(ImmutableRoom.builder().id(RoomId.of("H1-2")).kind(RoomKind.OTHER)
                                .area(new BigDecimal("6.125")).partitionedFrom(RoomId.of("H1-1")).build())
                        .addFlags(PremisesFlag.UNSAFE, PremisesFlag.ILLEGAL_STRUCTURE)
                        .dormitoryOf(OrganizationId.of("O1")).inResidentialCompound(true)
                        .rentalRegister(org.renfang.model.RentalRegister.since(d("2026-01-15")))
                        .build())
                .addLeases(ImmutableLease.builder().id(LeaseId.of("L1")).premises(PremisesId.of("H1"))
                        .addRooms(RoomId.of("H1-1")).lessor(Party.of(OrganizationId.of("O1")))
                        .addLessees(Party.of(PersonId.of("P1")), Party.of(OrganizationId.of("O1")))
                        .addOccupants(PersonId.of("P2")).household(true)
                        .signedOn(d("2026-02-20")).start(d("2026-03-01")).end(d("2027-02-28"))
                        .subletPermitted(true).parent(LeaseId.of("L0"))
                        .filing(ImmutableFiling.builder().number("克房租备 2026-0312").filedOn(d("2026-03-05")).build())
                        .build())
                .addEmployments(ImmutableEmployment.builder().id(EmploymentId.of("E1")).person(PersonId.of("P1"))
                        .employer(OrganizationId.of("O1")).start(d("2026-03-01")).end(d("2026-12-31")).build())
                .addEnrollments(ImmutableEnrollment.builder().id(EnrollmentId.of("S1")).person(PersonId.of("P2"))
                        .school(OrganizationId.of("O1")).start(d("2025-09-01")).end(d("2028-06-30")).build())
                .addResidences(residence("R1", Basis.lease(LeaseId.of("L1"))))
                .addResidences(residence("R2", Basis.employerDormitory(OrganizationId.of("O1"))))
                .addResidences(residence("R3", Basis.familyMemberOf(PersonId.of("P1"))))
                .addResidences(residence("R4", Basis.owner()))
                .addResidences(residence("R5", Basis.hotelStay()))
                .addResidences(residence("R6", Basis.other()))
                .addVisits(ImmutableVisit.builder().id(VisitId.of("V1")).premises(PremisesId.of("H1"))
                        .agency(OrganizationId.of("O1")).inspector("KL-0231")
                        .at(OffsetDateTime.parse("2026-04-01T10:00:00.250+08:00")).purpose(VisitPurpose.SAFETY_INSPECTION)
                        .observedOccupants(2).label("RF1:6BFOXN*TS0BI$ZDFRH")
                        .labelCondition(org.renfang.model.LabelCondition.DAMAGED).build())
                .build();
    }

    private static ImmutableResidence residence(String id, Basis basis) {
        return ImmutableResidence.builder().id(ResidenceId.of(id)).person(PersonId.of("P1"))
                .premises(PremisesId.of("H1")).room(RoomId.of("H1-1")).basis(basis).kind(ResidenceKind.MAIN)
                .movedIn(d("2026-03-01")).movedOut(d("2026-09-01"))
                .registeredOn(d("2026-03-02")).deregisteredOn(d("2026-09-02"))
                .providerConfirmation(org.renfang.model.ProviderConfirmation.of(Party.of(OrganizationId.of("O1")),
                        d("2026-03-03")))
                .build();
    }

    /** A registry with one record of each type and only the required fields. */
    static RegistryDocument minimal() {
        return RegistryDocument.registry()
                .addPersons(ImmutablePerson.builder().id(PersonId.of("P1")).name("n").build())
                .addOrganizations(ImmutableOrganization.builder().id(OrganizationId.of("O1")).name("o").build())
                .addPremises(ImmutablePremises.builder().id(PremisesId.of("H1"))
                        .address(address("650203", "l").build())
                        .kind(PremisesKind.ROOM).use(PremisesUse.RESIDENTIAL).build())
                .addLeases(ImmutableLease.builder().id(LeaseId.of("L1")).premises(PremisesId.of("H1"))
                        .lessor(Party.of(PersonId.of("P1"))).start(d("2026-03-01")).end(d("2026-03-01")).build())
                .addEmployments(ImmutableEmployment.builder().id(EmploymentId.of("E1")).person(PersonId.of("P1"))
                        .employer(OrganizationId.of("O1")).start(d("2026-03-01")).build())
                .addEnrollments(ImmutableEnrollment.builder().id(EnrollmentId.of("S1")).person(PersonId.of("P1"))
                        .school(OrganizationId.of("O1")).start(d("2026-03-01")).build())
                .addResidences(ImmutableResidence.builder().id(ResidenceId.of("R1")).person(PersonId.of("P1"))
                        .premises(PremisesId.of("H1")).basis(Basis.owner()).movedIn(d("2026-03-01"))
                        .registeredOn(d("2026-03-01")).build())
                .addVisits(ImmutableVisit.builder().id(VisitId.of("V1")).premises(PremisesId.of("H1"))
                        .agency(OrganizationId.of("O1")).at(OffsetDateTime.parse("2026-04-01T10:00:00Z"))
                        .purpose(VisitPurpose.OTHER).build())
                .build();
    }
}
