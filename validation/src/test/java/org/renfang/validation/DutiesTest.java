package org.renfang.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.renfang.validation.Fixtures.AS_OF;
import static org.renfang.validation.Fixtures.apartment;
import static org.renfang.validation.Fixtures.assertFinding;
import static org.renfang.validation.Fixtures.check;
import static org.renfang.validation.Fixtures.d;
import static org.renfang.validation.Fixtures.employment;
import static org.renfang.validation.Fixtures.lease;
import static org.renfang.validation.Fixtures.org;
import static org.renfang.validation.Fixtures.person;
import static org.renfang.validation.Fixtures.registry;
import static org.renfang.validation.Fixtures.residence;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.renfang.model.Basis;
import org.renfang.model.ImmutableAddress;
import org.renfang.model.ImmutableRegistryDocument;
import org.renfang.model.LeaseId;
import org.renfang.model.OrganizationId;
import org.renfang.model.OrganizationKind;
import org.renfang.model.Party;
import org.renfang.model.PersonId;
import org.renfang.model.PremisesUse;
import org.renfang.model.ProviderConfirmation;
import org.renfang.model.RegistryDocument;
import org.renfang.model.RoomId;
import org.renfang.registry.Registry;
import org.renfang.validation.finding.Category;
import org.renfang.validation.finding.Finding;
import org.renfang.validation.finding.LegalBasis;
import org.renfang.validation.finding.Responsible;
import org.renfang.validation.finding.Role;
import org.renfang.validation.finding.RuleCode;
import org.renfang.validation.finding.Severity;
import org.renfang.validation.profile.DutyBearer;
import org.renfang.validation.profile.Profile;
import org.renfang.validation.profile.ProfileException;
import org.renfang.validation.profile.Profiles;

/**
 * Who must act on each finding (category, responsible party, legal basis), accepted payloads,
 * organizations as lessees, the duty rules (LEASE_TERM_EXCESS, SUBLEASE_OUTLIVES_PARENT,
 * OCCUPANT_NOT_REGISTERED, PROVIDER_CONFIRMATION_LATE) and households.
 */
class DutiesTest {

    // -----------------------------------------------------------------------------------------
    // The catalog: every rule states its category and responsible role

    /** The catalog's "category · responsible" column; a new rule fails this test until it is added here. */
    private static final Map<RuleCode, String> CATALOG = catalog();

    private static Map<RuleCode, String> catalog() {
        Map<RuleCode, String> m = new EnumMap<>(RuleCode.class);
        for (RuleCode r : List.of(RuleCode.FIELD_REQUIRED, RuleCode.FIELD_INVALID, RuleCode.JSON_MALFORMED,
                RuleCode.REFERENCE_UNKNOWN, RuleCode.ID_NUMBER_INVALID, RuleCode.ID_BIRTHDATE_MISMATCH,
                RuleCode.PERSON_DUPLICATE_DOCUMENT, RuleCode.ORG_CREDIT_CODE_INVALID, RuleCode.LEASE_TERM_INVALID,
                RuleCode.LEASE_OVERLAP, RuleCode.RESIDENCE_BASIS_MISSING, RuleCode.RESIDENCE_OVERLAP)) {
            m.put(r, "DATA RECORDER");
        }
        for (RuleCode r : List.of(RuleCode.PREMISES_NOT_RESIDENTIAL, RuleCode.PREMISES_NOT_RENTABLE,
                RuleCode.ROOM_NOT_HABITABLE, RuleCode.ROOM_PARTITIONED, RuleCode.OCCUPANCY_AREA,
                RuleCode.OCCUPANCY_PER_ROOM, RuleCode.GROUP_RENTAL_REGISTER, RuleCode.LEASE_TERM_EXCESS,
                RuleCode.LEASE_LESSOR_NOT_ENTITLED, RuleCode.SUBLEASE_OUTLIVES_PARENT, RuleCode.LEASE_FILING_LATE,
                RuleCode.PROVIDER_CONFIRMATION_LATE, RuleCode.OCCUPANT_NOT_REGISTERED,
                RuleCode.VISIT_OCCUPANCY_MISMATCH)) {
            m.put(r, "COMPLIANCE LESSOR");
        }
        for (RuleCode r : List.of(RuleCode.RESIDENCE_OUTLIVES_BASIS, RuleCode.RESIDENCE_REGISTRATION_LATE,
                RuleCode.RESIDENCE_DEREGISTRATION_LATE, RuleCode.FOREIGNER_REGISTRATION_LATE,
                RuleCode.HMT_REGISTRATION_LATE)) {
            m.put(r, "COMPLIANCE RESIDENT");
        }
        m.put(RuleCode.DORMITORY_IN_RESIDENTIAL_COMPOUND, "COMPLIANCE EMPLOYER");
        m.put(RuleCode.HOTEL_REGISTRATION_LATE, "COMPLIANCE HOTEL_OPERATOR");
        m.put(RuleCode.VISIT_LABEL_INVALID, "COMPLIANCE AGENCY");
        m.put(RuleCode.VISIT_REDUNDANT, "COMPLIANCE AGENCY");
        return m;
    }

    @Test
    void everyRule_statesItsCategoryAndResponsibleRole_asTheCatalogDoes() {
        assertThat(CATALOG.keySet()).as("rules the catalog table covers").containsExactlyInAnyOrder(RuleCode.values());
        for (RuleCode r : RuleCode.values()) {
            assertThat(r.category() + " " + r.responsible()).as(r.name()).isEqualTo(CATALOG.get(r));
            if (r.category() == Category.DATA) {
                assertThat(r.responsible()).as(r.name()).isEqualTo(Role.RECORDER);
            }
        }
    }

    @Test
    void everyFindingOfTheScenarios_carriesItsRulesCategory_andARoleOnlyDataFindingsLeaveToTheRecorder() {
        for (String code : Profiles.SHIPPED) {
            Report r = Validator.of(Profiles.load(code)).check(Registry.of(ReportTest.everything().build()), AS_OF);
            assertThat(r.findings()).isNotEmpty();
            for (Finding f : r.findings()) {
                assertThat(f.category()).isEqualTo(f.rule().category());
                assertThat(f.responsible().role() == Role.RECORDER).as(f.toString())
                        .isEqualTo(f.category() == Category.DATA);
                if (f.category() == Category.DATA) {
                    assertThat(f.legalBasis()).as(f.toString()).isEmpty();
                    assertThat(f.responsible().party()).isEmpty();
                }
            }
        }
    }

    @Test
    void finding_withoutResponsible_getsTheCatalogRole_andDataFindingsNeverKeepALegalBasis() {
        Finding f = new Finding(RuleCode.LEASE_FILING_LATE, Severity.WARNING, "/leases/0", List.of(), Map.of());
        assertThat(f.responsible()).isEqualTo(Responsible.of(Role.LESSOR));
        Finding data = new Finding(RuleCode.LEASE_OVERLAP, Severity.ERROR, "/leases/0", List.of(), Map.of(),
                Responsible.of(Role.RECORDER), LegalBasis.of("x", "y"));
        assertThat(data.legalBasis()).isEmpty();
        assertThat(data.legalBasis(Locale.ENGLISH)).isEmpty();
    }

    // -----------------------------------------------------------------------------------------
    // Accepted payloads (人来有登记)

    private static final String CTX_LESSOR = "P9";

    /** Shanghai flat H with tenants P1, P2 in room H-1 on lease L1 from P9 (which also lists P3). */
    private static ImmutableRegistryDocument.Builder crowdedContext() {
        return registry().addPersons(person("P1").build(), person("P2").build(), person("P3").build(),
                person(CTX_LESSOR).build())
                .addPremises(apartment("H", CTX_LESSOR).build())
                .addLeases(lease("L1", "H", CTX_LESSOR, "P1", "2026-03-01", "2027-02-28")
                        .addOccupants(PersonId.of("P2"), PersonId.of("P3")).build())
                .addResidences(residence("R1", "P1", "H", Basis.lease(LeaseId.of("L1")), "2026-03-01")
                                .room(RoomId.of("H-1")).build(),
                        residence("R2", "P2", "H", Basis.lease(LeaseId.of("L1")), "2026-03-01")
                                .room(RoomId.of("H-1")).build());
    }

    private static Report validate(String profile, RegistryDocument context, RegistryDocument payload) {
        return Validator.of(Profiles.load(profile)).validate(payload, Registry.of(context), AS_OF);
    }

    @Test
    void truthfulMoveIn_intoAnOvercrowdedRoom_isAccepted_withTheFindingAddressedToTheLessor() {
        RegistryDocument payload = RegistryDocument.registration()
                .addResidences(residence("R3", "P3", "H", Basis.lease(LeaseId.of("L1")), "2026-11-20")
                        .room(RoomId.of("H-1")).build())
                .build();
        Report r = validate("CN-31", crowdedContext().build(), payload);
        assertThat(r.isValid()).isFalse();
        assertThat(r.isAccepted()).isTrue();
        Finding f = r.findings(RuleCode.OCCUPANCY_PER_ROOM).get(0);
        assertThat(f.category()).isEqualTo(Category.COMPLIANCE);
        assertThat(f.responsible()).isEqualTo(Responsible.of(Role.LESSOR, PersonId.of(CTX_LESSOR)));
        assertThat(r.findingsOf(Responsible.parse("LESSOR:person:P9"))).contains(f);
        assertThat(r.findingsOf(Responsible.parse("RESIDENT"))).doesNotContain(f);
        assertThat(r.toJson(Locale.ENGLISH)).contains("\"accepted\" : true")
                .contains("\"responsible\" : {\n        \"role\" : \"LESSOR\",\n        \"party\" : \"person:P9\"");
    }

    @Test
    void truthfulMoveIn_intoAShop_isAccepted_withTheFindingAddressedToTheLessor() {
        RegistryDocument context = crowdedContext()
                .addPremises(apartment("S", CTX_LESSOR).use(PremisesUse.NON_RESIDENTIAL).build())
                .addLeases(lease("L2", "S", CTX_LESSOR, "P3", "2026-11-01", "2027-10-31").build())
                .build();
        RegistryDocument payload = RegistryDocument.registration()
                .addResidences(residence("R3", "P3", "S", Basis.lease(LeaseId.of("L2")), "2026-11-20").build())
                .build();
        Report r = validate("CN-31", context, payload);
        assertThat(r.isValid()).isFalse();
        assertThat(r.isAccepted()).isTrue();
        Finding f = r.findings(RuleCode.PREMISES_NOT_RESIDENTIAL).get(0);
        assertThat(f.responsible()).hasToString("LESSOR:person:P9");
    }

    @Test
    void moveInWithNoBasis_isNotAccepted() {
        RegistryDocument payload = RegistryDocument.registration()
                .addPersons(person("P4").build())
                .addResidences(residence("R4", "P4", "H", Basis.lease(LeaseId.of("L1")), "2026-11-20").build())
                .build();
        Report r = validate("CN-31", crowdedContext().build(), payload);
        assertThat(r.isAccepted()).isFalse();
        Finding f = r.findings(RuleCode.RESIDENCE_BASIS_MISSING).get(0);
        assertThat(f.category()).isEqualTo(Category.DATA);
        assertThat(f.responsible()).isEqualTo(Responsible.of(Role.RECORDER));
        assertThat(r.toJson(Locale.ENGLISH)).contains("\"accepted\" : false");
    }

    @Test
    void wholeRegistryCheck_hasNoAcceptedField() {
        Report r = check("CN-31", crowdedContext().build());
        assertThat(r.isPayload()).isFalse();
        assertThat(r.toJson(Locale.ENGLISH)).doesNotContain("accepted");
    }

    @Test
    void only_keepsTheFindingsOfOneParty_withTheirCounts() {
        Report r = check("CN-31", crowdedContext()
                .addResidences(residence("R3", "P3", "H", Basis.lease(LeaseId.of("L1")), "2026-03-01")
                        .room(RoomId.of("H-1")).registeredOn(d("2026-03-20")).build())
                .build());
        Report lessor = r.only(Responsible.parse("LESSOR:person:P9"));
        assertThat(lessor.findings()).extracting(Finding::rule).containsExactly(RuleCode.OCCUPANCY_PER_ROOM);
        assertThat(r.only(Responsible.parse("LESSOR:person:P8")).findings()).isEmpty();
        Report resident = r.only(Responsible.parse("resident"));
        assertThat(resident.findings()).extracting(Finding::rule)
                .containsExactly(RuleCode.RESIDENCE_REGISTRATION_LATE);
        assertThat(resident.findings().get(0).responsible()).hasToString("RESIDENT:person:P3");
        assertThat(resident.isValid()).isTrue();
    }

    @Test
    void responsible_parse_readsRoleAndParty_andRefusesAnythingElse() {
        assertThat(Responsible.parse("EMPLOYER:organization:O2"))
                .isEqualTo(Responsible.of(Role.EMPLOYER, OrganizationId.of("O2")));
        assertThat(Responsible.parse("lessor")).isEqualTo(Responsible.of(Role.LESSOR));
        for (String bad : List.of("LANDLORD", "LESSOR:P9", "LESSOR:person:", "LESSOR:premises:H1", "")) {
            assertThatThrownBy(() -> Responsible.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(Responsible.parse("LESSOR").covers(Responsible.of(Role.LESSOR, PersonId.of("P1")))).isTrue();
        assertThat(Responsible.parse("LESSOR:person:P2").covers(Responsible.of(Role.LESSOR, PersonId.of("P1"))))
                .isFalse();
        assertThat(Responsible.parse("OWNER").covers(Responsible.of(Role.LESSOR))).isFalse();
    }

    // -----------------------------------------------------------------------------------------
    // The registration-duty bearer

    @Test
    void lateRegistration_inShenzhen_isTheLessors_elsewhereTheResidents() {
        RegistryDocument doc = crowdedContext()
                .addResidences(residence("R3", "P3", "H", Basis.lease(LeaseId.of("L1")), "2026-03-01")
                        .registeredOn(d("2026-03-20")).build())
                .build();
        assertThat(Profiles.load("CN-4403").registrationDutyBearer()).isEqualTo(DutyBearer.PROVIDER);
        assertThat(Profiles.load("CN").registrationDutyBearer()).isEqualTo(DutyBearer.RESIDENT);
        assertThat(check("CN-4403", doc).findings(RuleCode.RESIDENCE_REGISTRATION_LATE).get(0).responsible())
                .hasToString("LESSOR:person:P9");
        assertThat(check("CN", doc).findings(RuleCode.RESIDENCE_REGISTRATION_LATE).get(0).responsible())
                .hasToString("RESIDENT:person:P3");
    }

    @Test
    void lateRegistration_inAShenzhenDormitory_isTheEmployers_andAnOwnersIsTheirOwn() {
        RegistryDocument doc = registry().addPersons(person("P1").build(), person("P2").build())
                .addOrganizations(org("O1", OrganizationKind.EMPLOYER).build())
                .addPremises(apartment("H", "P2").dormitoryOf(OrganizationId.of("O1")).build(),
                        apartment("G", "P2").build())
                .addEmployments(employment("E1", "P1", "O1", "2026-01-01").build())
                .addResidences(residence("R1", "P1", "H", Basis.employerDormitory(OrganizationId.of("O1")),
                        "2026-03-01").registeredOn(d("2026-03-20")).build(),
                        residence("R2", "P2", "G", Basis.owner(), "2026-03-01").registeredOn(d("2026-03-20")).build())
                .build();
        List<Finding> late = check("CN-4403", doc).findings(RuleCode.RESIDENCE_REGISTRATION_LATE);
        assertThat(late).extracting(f -> f.responsible().toString())
                .containsExactly("EMPLOYER:organization:O1", "RESIDENT:person:P2");
    }

    @Test
    void registrationDutyBearer_otherValues_areProfileProblems() {
        assertThatThrownBy(() -> read("{\"code\": \"X\", \"parent\": \"CN\", \"parameters\": "
                + "{\"registrationDutyBearer\": \"LANDLORD\"}}")).isInstanceOf(ProfileException.class)
                .satisfies(e -> assertThat(((ProfileException) e).problems()).extracting(p -> p.pointer())
                        .containsExactly("/parameters/registrationDutyBearer"));
    }

    // -----------------------------------------------------------------------------------------
    // Legal basis in profiles

    private static Profile read(String json) {
        return Profiles.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void legalBasis_isInheritedRuleByRule_overriddenOrRemovedByAChild() {
        Profile child = read("{\"code\": \"X\", \"parent\": \"CN\", \"legalBasis\": {"
                + "\"SUBLEASE_OUTLIVES_PARENT\": {\"zh-CN\": \"甲\", \"en\": \"A\"}, \"LEASE_TERM_EXCESS\": null}}");
        assertThat(child.legalBasis(RuleCode.SUBLEASE_OUTLIVES_PARENT).orElseThrow().text(Locale.ENGLISH))
                .isEqualTo("A");
        assertThat(child.legalBasis(RuleCode.SUBLEASE_OUTLIVES_PARENT).orElseThrow()
                .text(Locale.SIMPLIFIED_CHINESE)).isEqualTo("甲");
        assertThat(child.legalBasis(RuleCode.LEASE_TERM_EXCESS)).isEmpty();
        assertThat(child.legalBasis(RuleCode.OCCUPANT_NOT_REGISTERED))
                .isEqualTo(Profiles.load("CN").legalBasis(RuleCode.OCCUPANT_NOT_REGISTERED));
        assertThat(Profiles.load("CN").legalBasis(RuleCode.LEASE_TERM_EXCESS).orElseThrow()
                .text(Locale.SIMPLIFIED_CHINESE)).isEqualTo("《中华人民共和国民法典》第七百零五条");
    }

    @Test
    void legalBasis_badEntries_areProfileProblemsAtTheirPointer() {
        assertThatThrownBy(() -> read("{\"code\": \"X\", \"legalBasis\": {"
                + "\"NO_SUCH_RULE\": {\"zh-CN\": \"甲\", \"en\": \"A\"},"
                + "\"LEASE_OVERLAP\": {\"zh-CN\": \"甲\", \"en\": \"A\"},"
                + "\"LEASE_FILING_LATE\": {\"en\": \"A\"},"
                + "\"VISIT_REDUNDANT\": {\"zh-CN\": \"甲\", \"en\": \"A\", \"fr\": \"B\"},"
                + "\"GROUP_RENTAL_REGISTER\": {\"zh-CN\": \"\", \"en\": \"A\"},"
                + "\"OCCUPANCY_AREA\": \"text\"}}"))
                .isInstanceOf(ProfileException.class)
                .satisfies(e -> assertThat(((ProfileException) e).problems()).extracting(p -> p.pointer())
                        .containsExactly("/legalBasis/NO_SUCH_RULE", "/legalBasis/LEASE_OVERLAP",
                                "/legalBasis/LEASE_FILING_LATE", "/legalBasis/VISIT_REDUNDANT/fr",
                                "/legalBasis/GROUP_RENTAL_REGISTER/zh-CN", "/legalBasis/OCCUPANCY_AREA"));
    }

    @Test
    void complianceFinding_carriesTheProfilesLegalBasis_inTheReportLanguage() {
        Report r = check("CN", registry().addPersons(person("P1").build(), person("P9").build())
                .addPremises(apartment("H", "P9").build())
                .addLeases(lease("L1", "H", "P9", "P1", "2026-03-01", "2046-03-01").build())
                .addResidences(residence("R1", "P1", "H", Basis.lease(LeaseId.of("L1")), "2026-03-01").build())
                .build());
        Finding f = r.findings(RuleCode.LEASE_TERM_EXCESS).get(0);
        assertThat(f.legalBasis(Locale.SIMPLIFIED_CHINESE)).contains("《中华人民共和国民法典》第七百零五条");
        assertThat(r.toJson(Locale.SIMPLIFIED_CHINESE)).contains("\"legalBasis\" : \"《中华人民共和国民法典》第七百零五条\"");
        assertThat(r.toJson(Locale.ENGLISH)).contains("\"legalBasis\" : \"Civil Code of the PRC, art. 705\"");
    }

    // -----------------------------------------------------------------------------------------
    // Organizations as lessees

    @Test
    void companyRentedDormitory_employeesLiveThereOnTheEmployerDormitoryBasis() {
        ImmutableRegistryDocument.Builder b = registry().addPersons(person("P1").build(), person("P9").build())
                .addOrganizations(org("O1", OrganizationKind.EMPLOYER).build())
                .addPremises(apartment("H", "P9").build())
                .addEmployments(employment("E1", "P1", "O1", "2026-01-01").build())
                .addResidences(residence("R1", "P1", "H", Basis.employerDormitory(OrganizationId.of("O1")),
                        "2026-03-01").build());
        RegistryDocument rented = b.addLeases(lease("L1", "H", "P9", "P1", "2026-03-01", "2027-02-28")
                .lessees(List.of(Party.of(OrganizationId.of("O1")))).build()).build();
        Report r = check("CN", rented);
        assertThat(r.findings()).isEmpty();

        RegistryDocument notRented = registry().addAllPersons(rented.persons())
                .addAllOrganizations(rented.organizations()).addAllPremises(rented.premises())
                .addAllEmployments(rented.employments()).addAllResidences(rented.residences()).build();
        assertThat(check("CN", notRented).findings(RuleCode.RESIDENCE_BASIS_MISSING)).singleElement()
                .satisfies(f -> assertThat(f.params()).containsEntry("reason", "NOT_A_DORMITORY_OF_EMPLOYER"));
    }

    @Test
    void dormitoryLeaseOfAnotherEmployer_isNoBasis() {
        RegistryDocument doc = registry().addPersons(person("P1").build(), person("P9").build())
                .addOrganizations(org("O1", OrganizationKind.EMPLOYER).build(), org("O2", OrganizationKind.EMPLOYER)
                        .build())
                .addPremises(apartment("H", "P9").build())
                .addLeases(lease("L1", "H", "P9", "P1", "2026-03-01", "2027-02-28")
                        .lessees(List.of(Party.of(OrganizationId.of("O2")))).build())
                .addEmployments(employment("E1", "P1", "O1", "2026-01-01").build())
                .addResidences(residence("R1", "P1", "H", Basis.employerDormitory(OrganizationId.of("O1")),
                        "2026-03-01").build())
                .build();
        assertThat(check("CN", doc).findings(RuleCode.RESIDENCE_BASIS_MISSING)).hasSize(1);
    }

    /** Owner P9 lets to letting company O2, which sublets to tenant P1 (owner → 住房租赁企业 → tenant). */
    private static ImmutableRegistryDocument.Builder chain(boolean subletPermitted, String subEnd) {
        return registry().addPersons(person("P1").build(), person("P9").build())
                .addOrganizations(org("O2", OrganizationKind.LETTING_AGENT).build())
                .addPremises(apartment("H", "P9").build())
                .addLeases(lease("L1", "H", "P9", "P1", "2026-01-01", "2028-12-31")
                                .lessees(List.of(Party.of(OrganizationId.of("O2")))).subletPermitted(subletPermitted)
                                .build(),
                        lease("L2", "H", "P9", "P1", "2026-03-01", subEnd).lessor(Party.of(OrganizationId.of("O2")))
                                .parent(LeaseId.of("L1")).build())
                .addResidences(residence("R1", "P1", "H", Basis.lease(LeaseId.of("L2")), "2026-03-01").build());
    }

    @Test
    void lettingCompanyChain_withSublettingPermitted_isClean() {
        assertThat(check("CN", chain(true, "2027-02-28").build()).findings()).isEmpty();
    }

    @Test
    void lettingCompanyChain_withoutSublettingPermitted_theCompanyIsNotEntitled() {
        Finding f = check("CN", chain(false, "2027-02-28").build()).findings(RuleCode.LEASE_LESSOR_NOT_ENTITLED)
                .get(0);
        assertThat(f.params()).containsEntry("reason", "PARENT_NOT_SUBLETTABLE");
        assertThat(f.responsible()).hasToString("LESSOR:organization:O2");
    }

    @Test
    void lettingCompany_notALesseeOfTheParent_isNotEntitled() {
        RegistryDocument doc = chain(true, "2027-02-28").build();
        RegistryDocument other = registry().from(doc).leases(List.of(
                org.renfang.model.ImmutableLease.copyOf(doc.leases().get(0))
                        .withLessees(Party.of(PersonId.of("P9"))), doc.leases().get(1))).build();
        assertThat(check("CN", other).findings(RuleCode.LEASE_LESSOR_NOT_ENTITLED)).singleElement()
                .satisfies(f -> assertThat(f.params()).containsEntry("reason", "NOT_PARENT_LESSEE"));
    }

    // -----------------------------------------------------------------------------------------
    // SUBLEASE_OUTLIVES_PARENT

    @Test
    void subleaseEndingAfterItsParent_isReported_toTheSublessor() {
        for (String profile : List.of("CN", "CN-11", "CN-31", "CN-4403", "DE")) {
            Report r = check(profile, chain(true, "2029-01-01").build());
            Finding f = r.findings(RuleCode.SUBLEASE_OUTLIVES_PARENT).get(0);
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertFinding(f, "/leases/1", List.of("lease:L2", "lease:L1", "premises:H"), "lease", "L2", "parent", "L1",
                    "end", "2029-01-01", "parentEnd", "2028-12-31");
            assertThat(f.responsible()).hasToString("LESSOR:organization:O2");
            assertThat(f.legalBasis()).as(profile).isPresent();
        }
    }

    @Test
    void subleaseEndingWithItsParent_isNotReported() {
        assertThat(check("CN", chain(true, "2028-12-31").build()).findings(RuleCode.SUBLEASE_OUTLIVES_PARENT))
                .isEmpty();
    }

    // -----------------------------------------------------------------------------------------
    // OCCUPANT_NOT_REGISTERED (以房找人)

    /** Lease L1 of H from P9 to P1 with occupant P2, from a start day; P1 lives there. */
    private static ImmutableRegistryDocument.Builder leased(String start) {
        return registry().addPersons(person("P1").build(), person("P2").build(), person("P9").build())
                .addPremises(apartment("H", "P9").build(), apartment("G", "P9").build())
                .addLeases(lease("L1", "H", "P9", "P1", start, "2027-12-31").addOccupants(PersonId.of("P2")).build())
                .addResidences(residence("R1", "P1", "H", Basis.lease(LeaseId.of("L1")), start).build());
    }

    @Test
    void occupantNotRegistered_isReported_toTheLessor_withItsLegalBasis() {
        Report r = check("CN", leased("2026-10-01").build());
        Finding f = r.findings(RuleCode.OCCUPANT_NOT_REGISTERED).get(0);
        assertThat(r.findings(RuleCode.OCCUPANT_NOT_REGISTERED)).hasSize(1);
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertFinding(f, "/leases/0", List.of("lease:L1", "person:P2", "premises:H"), "lease", "L1", "person", "P2",
                "premises", "H", "deadline", "2026-10-04");
        assertThat(f.responsible()).hasToString("LESSOR:person:P9");
        assertThat(f.legalBasis(Locale.SIMPLIFIED_CHINESE)).contains("《租赁房屋治安管理规定》第七条");
        assertThat(check("CN-4403", leased("2026-10-01").build()).findings(RuleCode.OCCUPANT_NOT_REGISTERED)
                .get(0).legalBasis(Locale.SIMPLIFIED_CHINESE)).contains("《深圳经济特区居住证条例》第十二条");
    }

    @Test
    void occupantRegisteredAtOtherPremises_isStillReported() {
        RegistryDocument doc = leased("2026-10-01")
                .addResidences(residence("R2", "P2", "G", Basis.other(), "2026-10-01").build()).build();
        assertThat(check("CN", doc).findings(RuleCode.OCCUPANT_NOT_REGISTERED)).hasSize(1);
    }

    @Test
    void lesseeLivingElsewhere_isNotReported_lesseeLivingNowhereIs() {
        RegistryDocument elsewhere = registry().addPersons(person("P1").build(), person("P9").build())
                .addPremises(apartment("H", "P9").build(), apartment("G", "P9").build())
                .addLeases(lease("L1", "H", "P9", "P1", "2026-10-01", "2027-12-31").build())
                .addResidences(residence("R1", "P1", "G", Basis.other(), "2026-01-01").build()).build();
        assertThat(check("CN", elsewhere).findings(RuleCode.OCCUPANT_NOT_REGISTERED)).isEmpty();
        RegistryDocument nowhere = registry().from(elsewhere).residences(List.of()).build();
        assertThat(check("CN", nowhere).findings(RuleCode.OCCUPANT_NOT_REGISTERED)).singleElement()
                .satisfies(f -> assertThat(f.params()).containsEntry("person", "P1"));
    }

    @Test
    void leaseStartedWithinTheDeadline_isNotReported_theDayAfterItIs() {
        // CN: 3 days; a start on 11-23 has its deadline on 11-26 = AS_OF
        assertThat(check("CN", leased("2026-11-23").build()).findings(RuleCode.OCCUPANT_NOT_REGISTERED)).isEmpty();
        assertThat(check("CN", leased("2026-11-22").build()).findings(RuleCode.OCCUPANT_NOT_REGISTERED)).hasSize(1);
        // Shenzhen: 7 days
        assertThat(check("CN-4403", leased("2026-11-19").build()).findings(RuleCode.OCCUPANT_NOT_REGISTERED))
                .isEmpty();
        assertThat(check("CN-4403", leased("2026-11-18").build()).findings(RuleCode.OCCUPANT_NOT_REGISTERED))
                .hasSize(1);
    }

    @Test
    void endedLease_andHotelStays_andLocals_areNotReported_andGermanyHasNoSuchDuty() {
        RegistryDocument ended = registry().from(leased("2026-01-01").build()).leases(List.of(
                lease("L1", "H", "P9", "P1", "2026-01-01", "2026-11-25").addOccupants(PersonId.of("P2")).build()))
                .build();
        assertThat(check("CN", ended).findings(RuleCode.OCCUPANT_NOT_REGISTERED)).isEmpty();

        RegistryDocument hotel = leased("2026-10-01")
                .addResidences(residence("R2", "P2", "H", Basis.hotelStay(), "2026-10-01").build()).build();
        assertThat(check("CN", hotel).findings(RuleCode.OCCUPANT_NOT_REGISTERED)).hasSize(1);

        RegistryDocument local = registry().from(leased("2026-10-01").build()).persons(List.of(
                person("P1").build(), person("P9").build(), person("P2").householdRegistration(
                        ImmutableAddress.builder().division("110105").line("x").build()).build())).build();
        assertThat(check("CN-11", local).findings(RuleCode.OCCUPANT_NOT_REGISTERED)).as("a Beijing local").isEmpty();

        assertThat(Profiles.load("DE").isOn(RuleCode.OCCUPANT_NOT_REGISTERED)).isFalse();
        assertThat(check("DE", leased("2026-10-01").build()).findings(RuleCode.OCCUPANT_NOT_REGISTERED)).isEmpty();
    }

    @Test
    void occupantNotRegistered_inAPayload_isAcceptedAsALessorsDuty() {
        RegistryDocument context = registry().addPersons(person("P1").build(), person("P2").build(),
                person("P9").build()).addPremises(apartment("H", "P9").build()).build();
        RegistryDocument payload = RegistryDocument.registration()
                .addLeases(lease("L1", "H", "P9", "P1", "2026-10-01", "2027-12-31").addOccupants(PersonId.of("P2"))
                        .build())
                .build();
        Report r = validate("CN", context, payload);
        assertThat(r.findings(RuleCode.OCCUPANT_NOT_REGISTERED)).hasSize(2);
        assertThat(r.isAccepted()).isTrue();
    }

    // -----------------------------------------------------------------------------------------
    // PROVIDER_CONFIRMATION_LATE (DE, BMG §19)

    private static RegistryDocument moveIn(ProviderConfirmation confirmation, Basis basis) {
        ImmutableRegistryDocument.Builder b = registry().addPersons(person("P1").nationality("DEU").build(),
                        person("P9").nationality("DEU").build())
                .addPremises(apartment("H", "P9").build())
                .addLeases(lease("L1", "H", "P9", "P1", "2026-11-01", "2027-10-31").build());
        org.renfang.model.ImmutableResidence.Builder r = residence("R1", "P1", "H", basis, "2026-11-01");
        if (confirmation != null) {
            r.providerConfirmation(confirmation);
        }
        return b.addResidences(r.build()).build();
    }

    private static ProviderConfirmation confirmed(String on) {
        return ProviderConfirmation.of(Party.of(PersonId.of("P9")), d(on));
    }

    @Test
    void providerConfirmation_missingPastTheDeadline_isReported_toTheLessor() {
        Finding f = check("DE", moveIn(null, Basis.lease(LeaseId.of("L1"))))
                .findings(RuleCode.PROVIDER_CONFIRMATION_LATE).get(0);
        assertThat(f.params()).containsExactly(Map.entry("residence", "R1"), Map.entry("premises", "H"),
                Map.entry("deadline", "2026-11-15"));
        assertThat(f.responsible()).hasToString("LESSOR:person:P9");
        assertThat(f.legalBasis(Locale.ENGLISH)).contains("BMG § 19 Abs. 1");
        assertThat(f.message(Locale.ENGLISH)).contains("not confirmed");
        assertThat(f.message(Locale.SIMPLIFIED_CHINESE)).contains("未出具").doesNotContain("none");
    }

    @Test
    void providerConfirmation_onTheDeadline_passes_theDayAfter_isLate() {
        assertThat(check("DE", moveIn(confirmed("2026-11-15"), Basis.lease(LeaseId.of("L1"))))
                .findings(RuleCode.PROVIDER_CONFIRMATION_LATE)).isEmpty();
        assertThat(check("DE", moveIn(confirmed("2026-11-16"), Basis.lease(LeaseId.of("L1"))))
                .findings(RuleCode.PROVIDER_CONFIRMATION_LATE)).singleElement()
                .satisfies(f -> assertThat(f.params()).containsEntry("confirmedOn", "2026-11-16"));
    }

    @Test
    void providerConfirmation_missingWithinTheDeadline_orForAnOwner_orOutsideGermany_isNotReported() {
        assertThat(check("DE", moveIn(null, Basis.lease(LeaseId.of("L1"))), LocalDate.of(2026, 11, 15))
                .findings(RuleCode.PROVIDER_CONFIRMATION_LATE)).isEmpty();
        assertThat(check("DE", moveIn(null, Basis.owner())).findings(RuleCode.PROVIDER_CONFIRMATION_LATE)).isEmpty();
        for (String code : List.of("CN", "CN-11", "CN-31", "CN-4403")) {
            assertThat(Profiles.load(code).isOn(RuleCode.PROVIDER_CONFIRMATION_LATE)).as(code).isFalse();
        }
    }

    @Test
    void providerConfirmation_ofAFamilyMember_isTheLessorOfTheFamilysHome() {
        RegistryDocument base = moveIn(confirmed("2026-11-02"), Basis.lease(LeaseId.of("L1")));
        RegistryDocument doc = registry().from(base).addPersons(person("P2").nationality("DEU").build())
                .addResidences(residence("R2", "P2", "H", Basis.familyMemberOf(PersonId.of("P1")), "2026-11-01")
                        .build())
                .build();
        assertThat(check("DE", doc).findings(RuleCode.PROVIDER_CONFIRMATION_LATE)).singleElement()
                .satisfies(f -> assertThat(f.responsible()).hasToString("LESSOR:person:P9"));
    }

    // -----------------------------------------------------------------------------------------
    // Households

    /** Room H-1 with P1, P2, P3 on lease L1 (household or not), moved in 2026-03-01. */
    private static RegistryDocument threeInOneRoom(boolean household) {
        ImmutableRegistryDocument.Builder b = registry().addPersons(person("P1").build(), person("P2").build(),
                person("P3").build(), person("P9").build())
                .addPremises(apartment("H", "P9").build())
                .addLeases(lease("L1", "H", "P9", "P1", "2026-03-01", "2027-02-28").household(household)
                        .addOccupants(PersonId.of("P2"), PersonId.of("P3")).build());
        for (int i = 1; i <= 3; i++) {
            b.addResidences(residence("R" + i, "P" + i, "H", Basis.lease(LeaseId.of("L1")), "2026-03-01")
                    .room(RoomId.of("H-1")).build());
        }
        return b.build();
    }

    @Test
    void householdOfThree_inOneRoom_isOneFamily_noPerRoomFinding() {
        for (String profile : List.of("CN-11", "CN-31")) {
            assertThat(check(profile, threeInOneRoom(true)).findings(RuleCode.OCCUPANCY_PER_ROOM)).as(profile)
                    .isEmpty();
        }
    }

    @Test
    void threeStrangers_inOneRoom_areReported() {
        for (String profile : List.of("CN-11", "CN-31")) {
            Finding f = check(profile, threeInOneRoom(false)).findings(RuleCode.OCCUPANCY_PER_ROOM).get(0);
            assertThat(f.params()).containsEntry("persons", "3").containsEntry("max", "2");
            assertThat(f.responsible()).hasToString("LESSOR:person:P9");
        }
    }

    @Test
    void householdAndAStranger_inOneRoom_countAsTwo() {
        RegistryDocument doc = registry().from(threeInOneRoom(true)).addPersons(person("P4").build())
                .addLeases(lease("L2", "H", "P9", "P4", "2026-03-01", "2027-02-28").rooms(List.of(RoomId.of("H-1")))
                        .build())
                .addResidences(residence("R4", "P4", "H", Basis.lease(LeaseId.of("L2")), "2026-03-01")
                        .room(RoomId.of("H-1")).build())
                .build();
        assertThat(check("CN-31", doc).findings(RuleCode.OCCUPANCY_PER_ROOM)).isEmpty();
        RegistryDocument two = registry().from(doc).addPersons(person("P5").build())
                .addLeases(lease("L3", "H", "P9", "P5", "2026-03-01", "2027-02-28").rooms(List.of(RoomId.of("H-1")))
                        .build())
                .addResidences(residence("R5", "P5", "H", Basis.lease(LeaseId.of("L3")), "2026-03-01")
                        .room(RoomId.of("H-1")).build())
                .build();
        assertThat(check("CN-31", two).findings(RuleCode.OCCUPANCY_PER_ROOM)).singleElement()
                .satisfies(f -> assertThat(f.params()).containsEntry("persons", "3"));
    }

    @Test
    void largeHousehold_belowTheAreaLimit_isReported_familiesAreNeverExemptFromTheArea() {
        // 40 m² habitable: 8 persons are within 5 m² each, 9 are not
        ImmutableRegistryDocument.Builder b = registry().addPersons(person("P9").build())
                .addPremises(apartment("H", "P9").build());
        org.renfang.model.ImmutableLease.Builder l = lease("L1", "H", "P9", "P1", "2026-03-01", "2027-02-28")
                .household(true);
        for (int i = 1; i <= 9; i++) {
            b.addPersons(person("P" + i).build());
            if (i > 1) {
                l.addOccupants(PersonId.of("P" + i));
            }
            b.addResidences(residence("R" + i, "P" + i, "H", Basis.lease(LeaseId.of("L1")), "2026-03-01").build());
        }
        Report r = check("CN-31", b.addLeases(l.build()).build());
        assertThat(r.findings(RuleCode.OCCUPANCY_AREA)).singleElement()
                .satisfies(f -> assertThat(f.params()).containsEntry("occupants", "9"));
    }

    // -----------------------------------------------------------------------------------------
    // Parties of the other rules

    @Test
    void hotelLateRegistration_isTheHotelOperators_visitFindingsTheAgencys() {
        RegistryDocument doc = registry().addPersons(person("P1").build(), person("P9").build())
                .addOrganizations(org("O4", OrganizationKind.HOTEL_OPERATOR).build(),
                        org("O5", OrganizationKind.AGENCY).build(), org("O6", OrganizationKind.AGENCY).build())
                .addPremises(apartment("T", "P9").owner(Party.of(OrganizationId.of("O4"))).build(),
                        apartment("H", "P9").build())
                .addResidences(residence("R1", "P1", "T", Basis.hotelStay(), "2026-11-01")
                        .registeredOn(d("2026-11-03")).build())
                .addVisits(Fixtures.visit("V1", "H", "O5", "2026-11-01").label("NOT A LABEL").observedOccupants(1)
                                .build(),
                        Fixtures.visit("V2", "H", "O6", "2026-11-02").build())
                .build();
        Report r = check("CN", doc);
        assertThat(r.findings(RuleCode.HOTEL_REGISTRATION_LATE).get(0).responsible())
                .hasToString("HOTEL_OPERATOR:organization:O4");
        assertThat(r.findings(RuleCode.VISIT_LABEL_INVALID).get(0).responsible())
                .hasToString("AGENCY:organization:O5");
        assertThat(r.findings(RuleCode.VISIT_REDUNDANT).get(0).responsible())
                .hasToString("AGENCY:organization:O6");
        assertThat(r.findings(RuleCode.VISIT_OCCUPANCY_MISMATCH).get(0).responsible())
                .as("nobody registered, no lease: the owner").hasToString("OWNER:person:P9");
    }
}
