package org.renfang.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.renfang.validation.Fixtures.AS_OF;
import static org.renfang.validation.Fixtures.apartment;
import static org.renfang.validation.Fixtures.d;
import static org.renfang.validation.Fixtures.registry;
import static org.renfang.validation.Fixtures.residence;
import static org.renfang.validation.rules.ResidenceTesting.none;
import static org.renfang.validation.rules.ResidenceTesting.single;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.renfang.model.Address;
import org.renfang.model.Basis;
import org.renfang.model.DocumentType;
import org.renfang.model.IdentityDocument;
import org.renfang.model.ImmutableAddress;
import org.renfang.model.ImmutablePerson;
import org.renfang.model.ImmutableRegistryDocument;
import org.renfang.model.Person;
import org.renfang.model.PersonId;
import org.renfang.model.Premises;
import org.renfang.model.Residence;
import org.renfang.model.ResidenceKind;
import org.renfang.registry.Registry;
import org.renfang.validation.Report;
import org.renfang.validation.Validator;
import org.renfang.validation.finding.Finding;
import org.renfang.validation.finding.RuleCode;
import org.renfang.validation.profile.PersonStatus;
import org.renfang.validation.profile.Profile;
import org.renfang.validation.profile.Profiles;

/**
 * Persons and jurisdiction: person status under each profile, local and non-local residents, the
 * HMT residents' registration rule, and the German profile (registration for everyone, §17 (2)
 * deregistration, §21 secondary residences, hotel forms for foreign guests only).
 */
class JurisdictionTest {

    private static final Profile CN = Profiles.load("CN");
    private static final Profile DE = Profiles.load("DE");

    private static ImmutablePerson.Builder person(String id) {
        return ImmutablePerson.builder().id(PersonId.of(id)).name("Person " + id);
    }

    /** A Chinese national whose household registration (户口) lies in a division. */
    private static Person nationalWithHukou(String id, String division) {
        return person(id).nationality("CHN").householdRegistration(at(division)).build();
    }

    private static Address at(String division) {
        return ImmutableAddress.builder().division(division).line("Test Road 1").build();
    }

    private static Premises premisesIn(String id, String division) {
        return apartment(id, "P9").address(at(division)).build();
    }

    // -----------------------------------------------------------------------------------------

    @Nested
    class Status {

        @ParameterizedTest(name = "{0} under CN: {1}, under DE: {2}")
        @CsvSource({"CHN, NATIONAL, FOREIGNER", "DEU, FOREIGNER, NATIONAL", "HKG, HMT_RESIDENT, FOREIGNER",
                "MAC, HMT_RESIDENT, FOREIGNER", "TWN, HMT_RESIDENT, FOREIGNER", "KAZ, FOREIGNER, FOREIGNER"})
        void byNationality(String nationality, PersonStatus cn, PersonStatus de) {
            Person p = person("P1").nationality(nationality).build();
            assertThat(Jurisdiction.status(p, CN)).isEqualTo(cn);
            assertThat(Jurisdiction.status(p, DE)).isEqualTo(de);
        }

        @Test
        void missingNationality_readFromTheDocuments() {
            Person resident = person("P1").addDocuments(IdentityDocument.of(DocumentType.CN_RESIDENT_ID, "x")).build();
            assertThat(Jurisdiction.status(resident, CN)).isEqualTo(PersonStatus.NATIONAL);
            assertThat(Jurisdiction.status(resident, DE)).isEqualTo(PersonStatus.FOREIGNER);
            Person german = person("P2").addDocuments(org.renfang.model.ImmutableIdentityDocument.builder()
                    .type(DocumentType.PASSPORT).number("C01X00T47").country("DEU").build()).build();
            assertThat(Jurisdiction.status(german, DE)).isEqualTo(PersonStatus.NATIONAL);
            assertThat(Jurisdiction.status(german, CN)).isEqualTo(PersonStatus.FOREIGNER);
            Person pr = person("P3").addDocuments(IdentityDocument.of(DocumentType.CN_FOREIGNER_PR, "x")).build();
            assertThat(Jurisdiction.status(pr, CN)).isEqualTo(PersonStatus.FOREIGNER);
        }

        @ParameterizedTest
        @ValueSource(strings = {"CN_HK_MACAO_PERMIT", "CN_TAIWAN_PERMIT", "CN_HMT_RESIDENCE_PERMIT"})
        void hmtDocument_withoutMainlandId_isHmtResident_evenRecordedAsChn(DocumentType type) {
            Person noNationality = person("P1").addDocuments(IdentityDocument.of(type, "x")).build();
            Person recordedChn = person("P1").nationality("CHN").addDocuments(IdentityDocument.of(type, "x")).build();
            assertThat(Jurisdiction.status(noNationality, CN)).isEqualTo(PersonStatus.HMT_RESIDENT);
            assertThat(Jurisdiction.status(recordedChn, CN)).isEqualTo(PersonStatus.HMT_RESIDENT);
            Person withMainlandId = person("P1").addDocuments(IdentityDocument.of(type, "x"),
                    IdentityDocument.of(DocumentType.CN_RESIDENT_ID, "y")).build();
            assertThat(Jurisdiction.status(withMainlandId, CN)).isEqualTo(PersonStatus.NATIONAL);
            Person foreignNational = person("P1").nationality("GBR").addDocuments(IdentityDocument.of(type, "x")).build();
            assertThat(Jurisdiction.status(foreignNational, CN)).isEqualTo(PersonStatus.FOREIGNER);
            assertThat(Jurisdiction.status(noNationality, DE)).isEqualTo(PersonStatus.FOREIGNER);
        }

        @Test
        void nothingTells_orMissingPerson_isNational() {
            assertThat(Jurisdiction.status(person("P1").build(), CN)).isEqualTo(PersonStatus.NATIONAL);
            assertThat(Jurisdiction.status(person("P1").build(), DE)).isEqualTo(PersonStatus.NATIONAL);
            assertThat(Jurisdiction.status(null, CN)).isEqualTo(PersonStatus.NATIONAL);
        }
    }

    // -----------------------------------------------------------------------------------------

    @Nested
    class Locals {

        @ParameterizedTest(name = "hukou {0}, premises {1}: local {2}")
        @CsvSource({"650203, 650203, true", "650204, 650203, true", "650202001, 650203, true",
                "510104, 650203, false", "310104, 310115, true", "110105, 110108, true", "500101, 500236, true",
                "120101, 110105, false", "440304, 440106, false", "440304, 440305, true"})
        void sameCity_isLocal(String hukou, String premises, boolean local) {
            Person p = nationalWithHukou("P1", hukou);
            assertThat(Jurisdiction.isLocal(p, premisesIn("H1", premises), CN)).isEqualTo(local);
            assertThat(Jurisdiction.registrationApplies(p, premisesIn("H1", premises), CN)).isEqualTo(!local);
        }

        @Test
        void withoutHukou_orNotNational_orUnderDE_notLocal() {
            Premises h = premisesIn("H1", "650203");
            assertThat(Jurisdiction.isLocal(person("P1").nationality("CHN").build(), h, CN)).isFalse();
            assertThat(Jurisdiction.isLocal(person("P1").nationality("HKG").householdRegistration(at("650203")).build(),
                    h, CN)).isFalse();
            Person local = nationalWithHukou("P1", "650203");
            assertThat(Jurisdiction.isLocal(local, null, CN)).isFalse();
            assertThat(Jurisdiction.isLocal(local, h, DE)).isFalse();
            assertThat(Jurisdiction.registrationApplies(null, h, CN)).isTrue();
        }
    }

    // -----------------------------------------------------------------------------------------

    /** The registry of the registration tests: H1 in Karamay (650203), H5 in Shanghai. */
    private static ImmutableRegistryDocument.Builder karamay(Person... persons) {
        return registry().addPersons(persons).addPersons(person("P9").nationality("CHN").build())
                .addPremises(premisesIn("H1", "650203"), premisesIn("H5", "310104"));
    }

    private static Report check(String profile, ImmutableRegistryDocument.Builder doc) {
        return Validator.of(Profiles.load(profile)).check(Registry.of(doc.build()), AS_OF);
    }

    private static Residence moved(String id, String person, String premises, String in, String registered) {
        return residence(id, person, premises, Basis.other(), in).registeredOn(d(registered)).build();
    }

    @Nested
    class Registration {

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"CN", "CN-11", "CN-31", "CN-4403"})
        void localRegisteredLate_noFinding_nonLocalRegisteredLate_finding(String profile) {
            Person local = nationalWithHukou("P1", "650204");
            Person migrant = nationalWithHukou("P2", "510104");
            Report r = check(profile, karamay(local, migrant).addResidences(
                    moved("R1", "P1", "H1", "2026-03-01", "2026-04-01"),
                    moved("R2", "P2", "H1", "2026-03-01", "2026-04-01")));
            assertThat(single(r, RuleCode.RESIDENCE_REGISTRATION_LATE).subjects()).containsExactly("residence:R2");
        }

        @Test
        void localsInAnotherDistrictOfTheSameCity_areLocal_deregistrationToo() {
            Person local = nationalWithHukou("P1", "650202");
            Report r = check("CN", karamay(local).addResidences(residence("R1", "P1", "H1", Basis.other(), "2026-03-01")
                    .registeredOn(d("2026-04-01")).movedOut(d("2026-05-01")).build()));
            none(r, RuleCode.RESIDENCE_REGISTRATION_LATE);
            none(r, RuleCode.RESIDENCE_DEREGISTRATION_LATE);
        }

        @Test
        void municipality_wholeCityIsLocal_elsewhereNot() {
            Person shanghai = nationalWithHukou("P1", "310115");
            Report r = check("CN-31", karamay(shanghai).addResidences(
                    moved("R1", "P1", "H5", "2026-03-01", "2026-04-01"),
                    moved("R2", "P1", "H1", "2026-06-01", "2026-07-01")));
            assertThat(single(r, RuleCode.RESIDENCE_REGISTRATION_LATE).subjects()).containsExactly("residence:R2");
        }

        @Test
        void nationalWithoutHukou_isNotKnownLocal_ruleApplies() {
            Report r = check("CN", karamay(person("P1").nationality("CHN").build())
                    .addResidences(moved("R1", "P1", "H1", "2026-03-01", "2026-03-05")));
            single(r, RuleCode.RESIDENCE_REGISTRATION_LATE);
        }

        @ParameterizedTest(name = "{0} on {1}: late {2}")
        @CsvSource({"HKG, 2026-03-01, false", "HKG, 2026-03-02, false", "HKG, 2026-03-03, true",
                "TWN, 2026-03-02, false", "TWN, 2026-03-03, true", "MAC, 2026-03-03, true"})
        void hmtVisitor_24Hours(String region, String registered, boolean late) {
            Report r = check("CN", karamay(person("M1").nationality(region).build())
                    .addResidences(moved("R1", "M1", "H1", "2026-03-01", registered)));
            if (late) {
                Finding f = single(r, RuleCode.HMT_REGISTRATION_LATE);
                assertThat(f.params()).containsExactly(Map.entry("residence", "R1"), Map.entry("deadline", "2026-03-02"),
                        Map.entry("registeredOn", registered));
            } else {
                none(r, RuleCode.HMT_REGISTRATION_LATE);
            }
            none(r, RuleCode.FOREIGNER_REGISTRATION_LATE);
            none(r, RuleCode.RESIDENCE_REGISTRATION_LATE);
        }

        @Test
        void hmtResidentInHotel_isHotelRuleOnly() {
            Report r = check("CN", karamay(person("M1").nationality("HKG").build()).addResidences(
                    residence("R1", "M1", "H1", Basis.hotelStay(), "2026-03-01").registeredOn(d("2026-03-05")).build()));
            none(r, RuleCode.HMT_REGISTRATION_LATE);
            single(r, RuleCode.HOTEL_REGISTRATION_LATE);
        }

        @Test
        void foreigner_keepsTheForeignerRule_evenWithHukouLikeData() {
            Report r = check("CN", karamay(person("F1").nationality("KAZ").build())
                    .addResidences(moved("R1", "F1", "H1", "2026-03-01", "2026-03-03")));
            single(r, RuleCode.FOREIGNER_REGISTRATION_LATE);
            none(r, RuleCode.HMT_REGISTRATION_LATE);
        }
    }

    // -----------------------------------------------------------------------------------------

    @Nested
    class Germany {

        private ImmutableRegistryDocument.Builder berlin(Person... persons) {
            return registry().addPersons(persons).addPersons(person("P9").nationality("DEU").build())
                    .addPremises(premisesIn("H1", "11000000"), premisesIn("H2", "09162000"),
                            premisesIn("H3", "091620000000"));
        }

        private Report checkDe(ImmutableRegistryDocument.Builder doc, LocalDate asOf) {
            return Validator.of(DE).check(Registry.of(doc.build()), asOf);
        }

        @Test
        void germanRegisteredLate_generalRule_neverAForeigner() {
            Report r = checkDe(berlin(person("P1").nationality("DEU").build())
                    .addResidences(moved("R1", "P1", "H1", "2026-03-01", "2026-03-16")), AS_OF);
            Finding f = single(r, RuleCode.RESIDENCE_REGISTRATION_LATE);
            assertThat(f.params()).containsEntry("deadline", "2026-03-15");
            none(r, RuleCode.FOREIGNER_REGISTRATION_LATE);
            none(r, RuleCode.FIELD_INVALID);
        }

        @Test
        void moveWithinGermany_needsNoDeregistration_moveAbroadDoes() {
            Residence old = residence("R1", "P1", "H1", Basis.other(), "2026-01-01").registeredOn(d("2026-01-02"))
                    .movedOut(d("2026-03-01")).build();
            Residence next = moved("R2", "P1", "H2", "2026-03-02", "2026-03-03");
            Report within = checkDe(berlin(person("P1").nationality("DEU").build()).addResidences(old, next), AS_OF);
            none(within, RuleCode.RESIDENCE_DEREGISTRATION_LATE);
            Report abroad = checkDe(berlin(person("P1").nationality("DEU").build()).addResidences(old), AS_OF);
            Finding f = single(abroad, RuleCode.RESIDENCE_DEREGISTRATION_LATE);
            assertThat(f.params()).containsEntry("deadline", "2026-03-15").containsEntry("deregisteredOn", "none");
        }

        @Test
        void newResidenceTwoDaysAfterMoveOut_doesNotFollow() {
            Residence old = residence("R1", "P1", "H1", Basis.other(), "2026-01-01").registeredOn(d("2026-01-02"))
                    .movedOut(d("2026-03-01")).build();
            Report r = checkDe(berlin(person("P1").nationality("DEU").build()).addResidences(old,
                    moved("R2", "P1", "H2", "2026-03-03", "2026-03-03")), AS_OF);
            single(r, RuleCode.RESIDENCE_DEREGISTRATION_LATE);
        }

        @Test
        void underCN_everyMoveOutNeedsDeregistration() {
            Person migrant = nationalWithHukou("P2", "510104");
            Residence old = residence("R1", "P2", "H1", Basis.other(), "2026-01-01").registeredOn(d("2026-01-02"))
                    .movedOut(d("2026-03-01")).build();
            Report r = check("CN", karamay(migrant).addResidences(old, moved("R2", "P2", "H5", "2026-03-01", "2026-03-02")));
            single(r, RuleCode.RESIDENCE_DEREGISTRATION_LATE);
        }

        @Test
        void secondaryDwelling_besideMain_isNoOverlap_twoMainAre() {
            Residence main = moved("R1", "P1", "H1", "2026-01-01", "2026-01-02");
            Residence second = residence("R2", "P1", "H2", Basis.other(), "2026-02-01").registeredOn(d("2026-02-02"))
                    .kind(ResidenceKind.SECONDARY).build();
            Report ok = checkDe(berlin(person("P1").nationality("DEU").build()).addResidences(main, second), AS_OF);
            none(ok, RuleCode.RESIDENCE_OVERLAP);
            Residence twoMain = moved("R2", "P1", "H2", "2026-02-01", "2026-02-02");
            Report bad = checkDe(berlin(person("P1").nationality("DEU").build()).addResidences(main, twoMain), AS_OF);
            single(bad, RuleCode.RESIDENCE_OVERLAP);
        }

        @Test
        void secondaryResidence_underCN_isStillAnOverlap() {
            Person migrant = nationalWithHukou("P2", "510104");
            Report r = check("CN", karamay(migrant).addResidences(moved("R1", "P2", "H1", "2026-01-01", "2026-01-02"),
                    residence("R2", "P2", "H5", Basis.other(), "2026-02-01").registeredOn(d("2026-02-02"))
                            .kind(ResidenceKind.SECONDARY).build()));
            single(r, RuleCode.RESIDENCE_OVERLAP);
        }

        @Test
        void germanVsForeignHotelGuest() {
            Report german = checkDe(berlin(person("P1").nationality("DEU").build()).addResidences(
                    residence("R1", "P1", "H1", Basis.hotelStay(), "2026-03-01").registeredOn(d("2026-03-02")).build()),
                    AS_OF);
            none(german, RuleCode.HOTEL_REGISTRATION_LATE);
            Report foreign = checkDe(berlin(person("P1").nationality("CHN").build()).addResidences(
                    residence("R1", "P1", "H1", Basis.hotelStay(), "2026-03-01").registeredOn(d("2026-03-02")).build()),
                    AS_OF);
            single(foreign, RuleCode.HOTEL_REGISTRATION_LATE);
        }

        @Test
        void agsAndArsCodes_areValid_gbCodesAreNot() {
            Report ok = checkDe(berlin(), AS_OF);
            none(ok, RuleCode.FIELD_INVALID);
            Report bad = Validator.of(DE).check(Registry.of(registry().addPremises(premisesIn("H1", "650203")).build()),
                    AS_OF);
            assertThat(ResidenceTesting.findings(bad, RuleCode.FIELD_INVALID)).extracting(Finding::path)
                    .containsExactly("/premises/0/address/division");
            Report eight = Validator.of(CN).check(Registry.of(registry().addPremises(premisesIn("H1", "11000000")).build()),
                    AS_OF);
            assertThat(ResidenceTesting.findings(eight, RuleCode.FIELD_INVALID)).extracting(Finding::path)
                    .containsExactly("/premises/0/address/division");
        }

        @Test
        void noChineseRules_inDE() {
            for (RuleCode off : List.of(RuleCode.FOREIGNER_REGISTRATION_LATE, RuleCode.HMT_REGISTRATION_LATE,
                    RuleCode.ROOM_NOT_HABITABLE, RuleCode.ROOM_PARTITIONED, RuleCode.LEASE_FILING_LATE,
                    RuleCode.OCCUPANCY_AREA, RuleCode.OCCUPANCY_PER_ROOM)) {
                assertThat(DE.isOn(off)).as(off.name()).isFalse();
            }
        }
    }
}
