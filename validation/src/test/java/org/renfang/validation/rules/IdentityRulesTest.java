package org.renfang.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.renfang.validation.Fixtures.AS_OF;
import static org.renfang.validation.Fixtures.RESIDENT_ID;
import static org.renfang.validation.Fixtures.check;
import static org.renfang.validation.Fixtures.d;
import static org.renfang.validation.Fixtures.org;
import static org.renfang.validation.Fixtures.person;
import static org.renfang.validation.Fixtures.registry;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.renfang.id.CreditCodes;
import org.renfang.model.DocumentType;
import org.renfang.model.IdentityDocument;
import org.renfang.model.ImmutableIdentityDocument;
import org.renfang.model.ImmutablePerson;
import org.renfang.model.OrganizationKind;
import org.renfang.model.RegistryDocument;
import org.renfang.registry.Registry;
import org.renfang.validation.Report;
import org.renfang.validation.Validator;
import org.renfang.validation.finding.Finding;
import org.renfang.validation.finding.RuleCode;
import org.renfang.validation.finding.Severity;
import org.renfang.validation.profile.Profile;
import org.renfang.validation.profile.Profiles;

class IdentityRulesTest {

    /** A GB 11643 number with its MOD 11-2 check character. */
    static String gb11643(String region, String birth, String sequence) {
        String body = region + birth + sequence;
        int[] w = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * w[i];
        }
        return body + "10X98765432".charAt(sum % 11);
    }

    private static IdentityDocument doc(DocumentType type, String number) {
        return IdentityDocument.of(type, number);
    }

    private static IdentityDocument passport(String number, String country) {
        ImmutableIdentityDocument.Builder b = ImmutableIdentityDocument.builder().type(DocumentType.PASSPORT)
                .number(number);
        if (country != null) {
            b.country(country);
        }
        return b.build();
    }

    private static Report checkPersons(String profile, ImmutablePerson... persons) {
        return check(profile, registry().addPersons(persons).build());
    }

    private static List<Finding> findings(Report r, RuleCode rule) {
        return r.findings(rule);
    }

    // -----------------------------------------------------------------------------------------
    // ID_NUMBER_INVALID

    @Test
    void helper_computesThePublishedExample() {
        assertThat(gb11643("110105", "19491231", "002")).isEqualTo(RESIDENT_ID);
    }

    @Test
    void validResidentId_reportsNothing() {
        Report r = checkPersons("CN", person("P1", RESIDENT_ID).birthDate(d("1949-12-31")).build());
        assertThat(r.findings()).isEmpty();
    }

    @Test
    void residentIdWithWrongCheckDigit_reportsIdNumberInvalid() {
        Report r = checkPersons("CN", person("P1", "110105194912310021").build());
        assertThat(findings(r, RuleCode.ID_NUMBER_INVALID))
                .extracting(Finding::path, Finding::subjects, Finding::params, Finding::severity)
                .containsExactly(tuple("/persons/0/documents/0", List.of("person:P1"),
                        Map.of("person", "P1", "document", "0", "type", "CN_RESIDENT_ID", "reason", "CHECK_DIGIT"),
                        Severity.ERROR));
    }

    @Test
    void secondDocumentInvalid_reportsItsIndex() {
        Report r = checkPersons("CN", person("P1", RESIDENT_ID)
                .addDocuments(doc(DocumentType.CN_HMT_RESIDENCE_PERMIT, "11010519491231002X")).build());
        assertThat(findings(r, RuleCode.ID_NUMBER_INVALID)).extracting(Finding::path, Finding::params).containsExactly(
                tuple("/persons/0/documents/1",
                        Map.of("person", "P1", "document", "1", "type", "CN_HMT_RESIDENCE_PERMIT", "reason", "PREFIX")));
    }

    /** A bad document number and the reason ID_NUMBER_INVALID gives for it. */
    record BadNumber(DocumentType type, String number, String reason) {
    }

    static Stream<Arguments> badNumbers() {
        return Stream.of(
                Arguments.of("each document type", List.of(
                        new BadNumber(DocumentType.CN_RESIDENT_ID, "12345", "LENGTH"),
                        new BadNumber(DocumentType.CN_RESIDENT_ID_15, "11010549123100A", "CHARSET"),
                        new BadNumber(DocumentType.PASSPORT, "E-123", "CHARSET"),
                        new BadNumber(DocumentType.CN_FOREIGNER_PR, "X", "LENGTH"),
                        new BadNumber(DocumentType.OTHER, "\u0000", "CHARSET"))),
                Arguments.of("each failing reason of the two travel permits", List.of(
                        new BadNumber(DocumentType.CN_HK_MACAO_PERMIT, "         ", "EMPTY"),
                        new BadNumber(DocumentType.CN_HK_MACAO_PERMIT, "H1234567", "LENGTH"),
                        new BadNumber(DocumentType.CN_HK_MACAO_PERMIT, "H1234567X", "CHARSET"),
                        new BadNumber(DocumentType.CN_HK_MACAO_PERMIT, "A12345678", "PREFIX"),
                        new BadNumber(DocumentType.CN_TAIWAN_PERMIT, "        ", "EMPTY"),
                        new BadNumber(DocumentType.CN_TAIWAN_PERMIT, "123456789", "LENGTH"),
                        new BadNumber(DocumentType.CN_TAIWAN_PERMIT, "T1234567", "CHARSET"))));
    }

    /** Each bad number of one person is an ID_NUMBER_INVALID at its document, with its type and reason. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("badNumbers")
    void badNumbers_eachReportIdNumberInvalidWithItsReason(String what, List<BadNumber> bad) {
        Report r = checkPersons("CN", person("P1")
                .addAllDocuments(bad.stream().map(b -> doc(b.type(), b.number())).toList()).build());
        List<Tuple> expected = new ArrayList<>();
        for (int i = 0; i < bad.size(); i++) {
            expected.add(tuple("/persons/0/documents/" + i, bad.get(i).type().name(), bad.get(i).reason()));
        }
        assertThat(findings(r, RuleCode.ID_NUMBER_INVALID)).extracting(Finding::path, f -> f.params().get("type"),
                f -> f.params().get("reason")).containsExactlyElementsOf(expected);
    }

    /** The travel permits of Hong Kong, Macao and Taiwan residents: valid ones pass under CN and DE. */
    @ParameterizedTest
    @ValueSource(strings = {"CN", "DE"})
    void hmtTravelPermits_validNumbers_reportNothing(String profile) {
        Report r = checkPersons(profile, person("P1")
                .addDocuments(doc(DocumentType.CN_HK_MACAO_PERMIT, "H12345678")).nationality("HKG").build(),
                person("P2").addDocuments(doc(DocumentType.CN_HK_MACAO_PERMIT, "M87654321")).nationality("MAC").build(),
                person("P3").addDocuments(doc(DocumentType.CN_TAIWAN_PERMIT, "07315482")).nationality("TWN").build());
        assertThat(findings(r, RuleCode.ID_NUMBER_INVALID)).isEmpty();
    }


    @Test
    void birthDateAfterAsOf_reportsBirthDateInFuture_theAsOfDayItselfPasses() {
        String born = gb11643("110105", "20261126", "003");
        Report onTheDay = check("CN", registry().addPersons(person("P1", born).build()).build(), d("2026-11-26"));
        assertThat(findings(onTheDay, RuleCode.ID_NUMBER_INVALID)).isEmpty();
        Report dayBefore = check("CN", registry().addPersons(person("P1", born).build()).build(), d("2026-11-25"));
        assertThat(findings(dayBefore, RuleCode.ID_NUMBER_INVALID)).extracting(f -> f.params().get("reason"))
                .containsExactly("BIRTH_DATE_IN_FUTURE");
    }

    @Test
    void numberIsCheckedAsWritten_notTrimmed() {
        Report r = checkPersons("CN", person("P1", " " + RESIDENT_ID).build());
        assertThat(findings(r, RuleCode.ID_NUMBER_INVALID)).extracting(f -> f.params().get("reason"))
                .containsExactly("LENGTH");
    }

    // -----------------------------------------------------------------------------------------
    // ID_BIRTHDATE_MISMATCH

    @Test
    void birthDateDiffersFromResidentId_reportsMismatchAtBirthDate_withoutDates() {
        Report r = checkPersons("CN", person("P1", RESIDENT_ID).birthDate(d("1949-12-30")).build());
        assertThat(findings(r, RuleCode.ID_BIRTHDATE_MISMATCH))
                .extracting(Finding::path, Finding::subjects, Finding::params).containsExactly(
                        tuple("/persons/0/birthDate", List.of("person:P1"),
                                Map.of("person", "P1", "document", "0", "type", "CN_RESIDENT_ID")));
        assertThat(r.findings()).hasSize(1);
    }

    @Test
    void birthDateMismatch_hmtPermit_reportsThatDocument() {
        String hmt = gb11643("810000", "19900101", "001");
        Report r = checkPersons("CN", person("P1").addDocuments(doc(DocumentType.PASSPORT, "E12345678"),
                doc(DocumentType.CN_HMT_RESIDENCE_PERMIT, hmt)).birthDate(d("1990-01-02")).build());
        assertThat(findings(r, RuleCode.ID_BIRTHDATE_MISMATCH)).extracting(Finding::params).containsExactly(
                Map.of("person", "P1", "document", "1", "type", "CN_HMT_RESIDENCE_PERMIT"));
    }

    @Test
    void noBirthDate_orDocumentEncodingNone_orInvalidDocument_reportsNoMismatch() {
        Report r = checkPersons("CN",
                person("P1", RESIDENT_ID).build(),
                person("P2").addDocuments(doc(DocumentType.PASSPORT, "E12345678")).birthDate(d("2000-01-01")).build(),
                person("P3", "110105194912310021").birthDate(d("2000-01-01")).build());
        assertThat(findings(r, RuleCode.ID_BIRTHDATE_MISMATCH)).isEmpty();
        assertThat(findings(r, RuleCode.ID_NUMBER_INVALID)).extracting(Finding::path)
                .containsExactly("/persons/2/documents/0");
    }

    @Test
    void birthDateMismatch_severityFromHostProfile() {
        Profile p = Profiles.read(new ByteArrayInputStream(
                "{\"code\":\"X\",\"parent\":\"CN\",\"severities\":{\"ID_BIRTHDATE_MISMATCH\":\"WARNING\"}}"
                        .getBytes(StandardCharsets.UTF_8)));
        Report r = Validator.of(p).check(Registry.of(registry()
                .addPersons(person("P1", RESIDENT_ID).birthDate(d("1950-01-01")).build()).build()), AS_OF);
        assertThat(r.findings()).extracting(Finding::rule, Finding::severity)
                .containsExactly(tuple(RuleCode.ID_BIRTHDATE_MISMATCH, Severity.WARNING));
        assertThat(r.isValid()).isTrue();
    }

    // -----------------------------------------------------------------------------------------
    // PERSON_DUPLICATE_DOCUMENT

    @Test
    void sameResidentIdOnTwoPersons_reportsOnceOnTheLaterId() {
        Report r = checkPersons("CN", person("P10", RESIDENT_ID).build(), person("P2", RESIDENT_ID).build());
        assertThat(findings(r, RuleCode.PERSON_DUPLICATE_DOCUMENT))
                .extracting(Finding::path, Finding::subjects, Finding::params).containsExactly(
                        tuple("/persons/0/documents/0", List.of("person:P10", "person:P2"),
                                Map.of("person", "P10", "document", "0", "type", "CN_RESIDENT_ID", "other", "P2")));
    }

    @Test
    void differentNumbers_orDifferentTypes_areNoDuplicate() {
        String other = gb11643("110105", "19800101", "005");
        Report r = checkPersons("CN", person("P1", RESIDENT_ID).build(), person("P2", other).build(),
                person("P3").addDocuments(doc(DocumentType.OTHER, RESIDENT_ID)).build());
        assertThat(findings(r, RuleCode.PERSON_DUPLICATE_DOCUMENT)).isEmpty();
    }

    @Test
    void numbersCompareNormalized_caseAndSurroundingSpace() {
        Report r = checkPersons("CN", person("P1").addDocuments(passport("e12345678", "DEU")).build(),
                person("P2").addDocuments(passport(" E12345678 ", "DEU")).build());
        assertThat(findings(r, RuleCode.PERSON_DUPLICATE_DOCUMENT)).extracting(Finding::path)
                .containsExactly("/persons/1/documents/0");
    }

    @Test
    void passports_countriesDiffer_areNoDuplicate_sameOrMissingCountryAre() {
        Report differ = checkPersons("CN", person("P1").addDocuments(passport("E12345678", "DEU")).build(),
                person("P2").addDocuments(passport("E12345678", "FRA")).build());
        assertThat(findings(differ, RuleCode.PERSON_DUPLICATE_DOCUMENT)).isEmpty();
        Report same = checkPersons("CN", person("P1").addDocuments(passport("E12345678", "DEU")).build(),
                person("P2").addDocuments(passport("E12345678", "DEU")).build());
        assertThat(findings(same, RuleCode.PERSON_DUPLICATE_DOCUMENT)).hasSize(1);
        Report missing = checkPersons("CN", person("P1").addDocuments(passport("E12345678", null)).build(),
                person("P2").addDocuments(passport("E12345678", "DEU")).build());
        assertThat(findings(missing, RuleCode.PERSON_DUPLICATE_DOCUMENT)).extracting(Finding::params)
                .containsExactly(Map.of("person", "P2", "document", "0", "type", "PASSPORT", "other", "P1"));
    }

    @Test
    void passport_sameNumberTwiceOnOnePerson_onlyTheSameCountryIsTheDuplicate() {
        Report r = checkPersons("CN", person("P1").addDocuments(passport("E12345678", "DEU")).build(),
                person("P2").addDocuments(passport("E12345678", "FRA"), passport("E12345678", "DEU")).build());
        assertThat(findings(r, RuleCode.PERSON_DUPLICATE_DOCUMENT)).extracting(Finding::path, Finding::params)
                .containsExactly(tuple("/persons/1/documents/1",
                        Map.of("person", "P2", "document", "1", "type", "PASSPORT", "other", "P1")));
    }

    @Test
    void threePersonsShareOneDocument_reportsEachPairOnce() {
        Report r = checkPersons("CN", person("P1", RESIDENT_ID).build(), person("P2", RESIDENT_ID).build(),
                person("P3", RESIDENT_ID).build());
        assertThat(findings(r, RuleCode.PERSON_DUPLICATE_DOCUMENT)).extracting(Finding::path, Finding::subjects)
                .containsExactly(
                        tuple("/persons/1/documents/0", List.of("person:P2", "person:P1")),
                        tuple("/persons/2/documents/0", List.of("person:P3", "person:P1")),
                        tuple("/persons/2/documents/0", List.of("person:P3", "person:P2")));
    }

    @Test
    void twoSharedDocuments_reportThePairOnce_atTheFirst() {
        ImmutablePerson p1 = person("P1", RESIDENT_ID).addDocuments(passport("E12345678", "DEU")).build();
        ImmutablePerson p2 = person("P2").addDocuments(passport("E12345678", "DEU"), doc(DocumentType.CN_RESIDENT_ID,
                RESIDENT_ID)).build();
        Report r = checkPersons("CN", p1, p2);
        assertThat(findings(r, RuleCode.PERSON_DUPLICATE_DOCUMENT)).extracting(Finding::path)
                .containsExactly("/persons/1/documents/0");
    }

    @Test
    void sameDocumentTwiceOnOnePerson_isNoDuplicate() {
        Report r = checkPersons("CN", person("P1", RESIDENT_ID).addDocuments(doc(DocumentType.CN_RESIDENT_ID,
                RESIDENT_ID)).build());
        assertThat(findings(r, RuleCode.PERSON_DUPLICATE_DOCUMENT)).isEmpty();
    }

    @Test
    void payload_oldDuplicateInContext_isNotReported_newPersonSharingIt_isReportedForEachHolder() {
        Registry context = Registry.of(registry().addPersons(person("P5", RESIDENT_ID).build(),
                person("P6", RESIDENT_ID).build()).build());
        Report old = Validator.of(Profiles.load("CN")).validate(RegistryDocument.registration()
                .addPersons(person("P7").build()).build(), context, AS_OF);
        assertThat(old.findings()).isEmpty();
        Report r = Validator.of(Profiles.load("CN")).validate(RegistryDocument.registration()
                .addPersons(person("P1", RESIDENT_ID).build()).build(), context, AS_OF);
        assertThat(findings(r, RuleCode.PERSON_DUPLICATE_DOCUMENT)).extracting(Finding::path, Finding::subjects)
                .containsExactly(
                        tuple("/persons/0/documents/0", List.of("person:P1", "person:P5")),
                        tuple("/persons/0/documents/0", List.of("person:P1", "person:P6")));
    }

    @Test
    void payload_twoNewPersonsSharingADocument_reportOnce() {
        Report r = Validator.of(Profiles.load("CN")).validate(RegistryDocument.registration()
                .addPersons(person("P1", RESIDENT_ID).build(), person("P2", RESIDENT_ID).build()).build(),
                Registry.of(registry().build()), AS_OF);
        assertThat(findings(r, RuleCode.PERSON_DUPLICATE_DOCUMENT)).extracting(Finding::path)
                .containsExactly("/persons/1/documents/0");
    }

    @Test
    void payload_personUpdatedWithItsOwnDocument_isNoDuplicateOfItsOldRecord() {
        Registry context = Registry.of(registry().addPersons(person("P1", RESIDENT_ID).build()).build());
        Report r = Validator.of(Profiles.load("CN")).validate(RegistryDocument.registration()
                .addPersons(person("P1", RESIDENT_ID).phone("+86 991 1234567").build()).build(), context, AS_OF);
        assertThat(r.findings()).isEmpty();
    }

    // -----------------------------------------------------------------------------------------
    // ORG_CREDIT_CODE_INVALID

    private static final String FIRST17 = "91650203MA7XXK0L2";
    private static final String CREDIT_CODE = FIRST17 + CreditCodes.checkCharacter(FIRST17);

    @Test
    void validCreditCode_orNone_reportsNothing() {
        RegistryDocument doc = registry().addOrganizations(
                org("O1", OrganizationKind.EMPLOYER).creditCode(CREDIT_CODE).build(),
                org("O2", OrganizationKind.EMPLOYER).build()).build();
        assertThat(check("CN", doc).findings()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"CHECK_CHARACTER", "LENGTH", "CHARSET"})
    void invalidCreditCode_reportsReasonAtCreditCode(String reason) {
        String code;
        switch (reason) {
            case "CHECK_CHARACTER":
                char c = CREDIT_CODE.charAt(17) == '0' ? '1' : '0';
                code = FIRST17 + c;
                break;
            case "LENGTH":
                code = FIRST17;
                break;
            default:
                code = "91650203MA7XXK0Lo" + CREDIT_CODE.charAt(17);
        }
        RegistryDocument doc = registry().addOrganizations(
                org("O1", OrganizationKind.EMPLOYER).creditCode(code).build()).build();
        assertThat(check("DE", doc).findings(RuleCode.ORG_CREDIT_CODE_INVALID))
                .extracting(Finding::path, Finding::subjects, Finding::params).containsExactly(
                        tuple("/organizations/0/creditCode", List.of("organization:O1"),
                                Map.of("organization", "O1", "reason", reason)));
    }

    @Test
    void payload_invalidCreditCodeOfNewOrganization_isReported_oldOneIsNot() {
        Registry context = Registry.of(registry().addOrganizations(
                org("O1", OrganizationKind.EMPLOYER).creditCode("X").build()).build());
        Report r = Validator.of(Profiles.load("CN")).validate(RegistryDocument.registration()
                .addOrganizations(org("O2", OrganizationKind.EMPLOYER).creditCode("Y").build()).build(), context,
                AS_OF);
        assertThat(findings(r, RuleCode.ORG_CREDIT_CODE_INVALID)).extracting(Finding::path)
                .containsExactly("/organizations/0/creditCode");
    }
}
