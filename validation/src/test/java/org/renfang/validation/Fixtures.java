package org.renfang.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.renfang.model.Basis;
import org.renfang.model.DocumentType;
import org.renfang.model.IdentityDocument;
import org.renfang.model.ImmutableAddress;
import org.renfang.model.ImmutableEmployment;
import org.renfang.model.ImmutableEnrollment;
import org.renfang.model.ImmutableLease;
import org.renfang.model.ImmutableOrganization;
import org.renfang.model.ImmutablePerson;
import org.renfang.model.ImmutablePremises;
import org.renfang.model.ImmutableRegistryDocument;
import org.renfang.model.ImmutableResidence;
import org.renfang.model.ImmutableRoom;
import org.renfang.model.ImmutableVisit;
import org.renfang.model.LeaseId;
import org.renfang.model.OrganizationId;
import org.renfang.model.OrganizationKind;
import org.renfang.model.Party;
import org.renfang.model.PersonId;
import org.renfang.model.PremisesId;
import org.renfang.model.PremisesKind;
import org.renfang.model.PremisesUse;
import org.renfang.model.RegistryDocument;
import org.renfang.model.RoomId;
import org.renfang.model.RoomKind;
import org.renfang.model.VisitPurpose;
import org.renfang.registry.Registry;
import org.renfang.validation.finding.Finding;
import org.renfang.validation.finding.RuleCode;
import org.renfang.validation.profile.Profiles;

/**
 * Test fixtures shared by the rule tests: short builders for clean records and one-line checks.
 * Every builder returns a clean record; tests change the one field they exercise.
 */
public final class Fixtures {
    /** A valid resident id (GB 11643 published example), born 1949-12-31. */
    public static final String RESIDENT_ID = "11010519491231002X";
    /** The usual as-of date of tests. */
    public static final LocalDate AS_OF = LocalDate.of(2026, 11, 26);

    private Fixtures() {
    }

    /** @return day {@code yyyy-mm-dd} */
    public static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    /** A Chinese national with a resident id. */
    public static ImmutablePerson.Builder person(String id) {
        return ImmutablePerson.builder().id(PersonId.of(id)).name("Test Person " + id)
                .nationality("CHN");
    }

    /** A person with a given resident id number. */
    public static ImmutablePerson.Builder person(String id, String residentId) {
        return person(id).addDocuments(IdentityDocument.of(DocumentType.CN_RESIDENT_ID, residentId));
    }

    /** A Hong Kong resident: nationality HKG, a mainland travel permit. */
    public static ImmutablePerson.Builder hmtResident(String id) {
        return ImmutablePerson.builder().id(PersonId.of(id)).name("Hong Kong Resident " + id).nationality("HKG")
                .addDocuments(IdentityDocument.of(DocumentType.CN_HK_MACAO_PERMIT, "H12345678"));
    }

    /** A foreigner: nationality DEU, a passport. */
    public static ImmutablePerson.Builder foreigner(String id) {
        return ImmutablePerson.builder().id(PersonId.of(id)).name("Foreign Person " + id).nationality("DEU")
                .addDocuments(IdentityDocument.of(DocumentType.PASSPORT, "C01X00T47"));
    }

    /** An organization of some kinds, without credit code. */
    public static ImmutableOrganization.Builder org(String id, OrganizationKind... kinds) {
        return ImmutableOrganization.builder().id(OrganizationId.of(id)).name("Org " + id).addKinds(kinds);
    }

    /**
     * The division of fixture premises: a 12-digit code valid in both systems the shipped profiles
     * use (GB/T 2260 statistical code of 北京市, and the ARS of Berlin), so that one fixture
     * serves the Chinese and the German profiles.
     */
    public static final String DIVISION = "110000000000";

    /** A residential apartment of 60 m² owned by a person, with two 12 m² bedrooms and a 16 m² living room. */
    public static ImmutablePremises.Builder apartment(String id, String owner) {
        return ImmutablePremises.builder().id(PremisesId.of(id))
                .address(ImmutableAddress.builder().division(DIVISION).line("Test Road 1").room("501").build())
                .kind(PremisesKind.APARTMENT).use(PremisesUse.RESIDENTIAL).floorArea(new BigDecimal("60"))
                .owner(Party.of(PersonId.of(owner)))
                .addRooms(room(id + "-1", RoomKind.BEDROOM, "12"), room(id + "-2", RoomKind.BEDROOM, "12"),
                        room(id + "-3", RoomKind.LIVING_ROOM, "16"), room(id + "-4", RoomKind.KITCHEN, "6"));
    }

    /** A room. */
    public static ImmutableRoom room(String id, RoomKind kind, String area) {
        ImmutableRoom.Builder b = ImmutableRoom.builder().id(RoomId.of(id)).kind(kind);
        if (area != null) {
            b.area(new BigDecimal(area));
        }
        return b.build();
    }

    /** A whole-premises lease from an owner to one lessee, signed the day before start, filed on start. */
    public static ImmutableLease.Builder lease(String id, String premises, String lessor, String lessee,
            String start, String end) {
        return ImmutableLease.builder().id(LeaseId.of(id)).premises(PremisesId.of(premises))
                .lessor(Party.of(PersonId.of(lessor))).addLessees(Party.of(PersonId.of(lessee)))
                .signedOn(d(start).minusDays(1)).start(d(start)).end(d(end))
                .filing(org.renfang.model.ImmutableFiling.builder().number("F-" + id).filedOn(d(start)).build());
    }

    /** A residence registered the day after move-in. */
    public static ImmutableResidence.Builder residence(String id, String person, String premises, Basis basis,
            String movedIn) {
        return ImmutableResidence.builder().id(org.renfang.model.ResidenceId.of(id)).person(PersonId.of(person))
                .premises(PremisesId.of(premises)).basis(basis).movedIn(d(movedIn))
                .registeredOn(d(movedIn).plusDays(1));
    }

    /** An employment. */
    public static ImmutableEmployment.Builder employment(String id, String person, String employer, String start) {
        return ImmutableEmployment.builder().id(org.renfang.model.EmploymentId.of(id)).person(PersonId.of(person))
                .employer(OrganizationId.of(employer)).start(d(start));
    }

    /** An enrollment. */
    public static ImmutableEnrollment.Builder enrollment(String id, String person, String school, String start) {
        return ImmutableEnrollment.builder().id(org.renfang.model.EnrollmentId.of(id)).person(PersonId.of(person))
                .school(OrganizationId.of(school)).start(d(start));
    }

    /** A registration-check visit at 10:00 +08:00 on a day. */
    public static ImmutableVisit.Builder visit(String id, String premises, String agency, String day) {
        return ImmutableVisit.builder().id(org.renfang.model.VisitId.of(id)).premises(PremisesId.of(premises))
                .agency(OrganizationId.of(agency)).purpose(VisitPurpose.REGISTRATION_CHECK)
                .at(OffsetDateTime.parse(day + "T10:00:00+08:00"));
    }

    /** A registry document builder. */
    public static ImmutableRegistryDocument.Builder registry() {
        return RegistryDocument.registry();
    }

    /** Checks a registry document under a shipped profile as of {@link #AS_OF}. */
    public static Report check(String profile, RegistryDocument doc) {
        return check(profile, doc, AS_OF);
    }

    /** Checks a registry document under a shipped profile as of a date. */
    public static Report check(String profile, RegistryDocument doc, LocalDate asOf) {
        return Validator.of(Profiles.load(profile)).check(Registry.of(doc), asOf);
    }

    /**
     * Validates a registration payload against a context registry under a shipped profile, as of
     * {@link #AS_OF}.
     *
     * @param profile the profile code, not null
     * @param payload the payload, not null
     * @param context the context registry, not null
     * @return the report, not null
     */
    public static Report validate(String profile, RegistryDocument payload, Registry context) {
        return Validator.of(Profiles.load(profile)).validate(payload, context, AS_OF);
    }

    /**
     * Asserts the text of fields of a JSON object.
     *
     * @param node           the object, not null
     * @param fieldsAndTexts field names and their expected texts, in turn
     */
    public static void assertTexts(JsonNode node, String... fieldsAndTexts) {
        for (int i = 0; i + 1 < fieldsAndTexts.length; i += 2) {
            String field = fieldsAndTexts[i];
            assertThat(node.get(field)).as(field).isNotNull();
            assertThat(node.get(field).asText()).as(field).isEqualTo(fieldsAndTexts[i + 1]);
        }
    }

    /**
     * Asserts where a finding stands and what it says: its JSON Pointer, its subjects in order and
     * its parameters, exactly and in order.
     *
     * @param f              the finding, not null
     * @param path           the expected JSON Pointer
     * @param subjects       the expected subjects, in order
     * @param paramsInOrder  the expected parameter names and values, in turn
     */
    public static void assertFinding(Finding f, String path, List<String> subjects, String... paramsInOrder) {
        assertThat(f.path()).isEqualTo(path);
        assertThat(f.subjects()).containsExactlyElementsOf(subjects);
        assertThat(paramsInOrder.length % 2).as("names and values in turn").isZero();
        List<Map.Entry<String, String>> params = new ArrayList<>();
        for (int i = 0; i + 1 < paramsInOrder.length; i += 2) {
            params.add(Map.entry(paramsInOrder[i], paramsInOrder[i + 1]));
        }
        assertThat(f.params().entrySet()).containsExactlyElementsOf(params);
    }

    /** The rule codes of a report's findings, in report order. */
    public static List<RuleCode> rules(Report r) {
        return r.findings().stream().map(Finding::rule).toList();
    }
}
