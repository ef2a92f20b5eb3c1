package org.renfang.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.renfang.validation.Fixtures.AS_OF;
import static org.renfang.validation.Fixtures.apartment;
import static org.renfang.validation.Fixtures.lease;
import static org.renfang.validation.Fixtures.person;
import static org.renfang.validation.Fixtures.registry;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.FieldSource;
import org.renfang.model.RegistryDocument;
import org.renfang.registry.Registry;
import org.renfang.validation.finding.Finding;
import org.renfang.validation.finding.RuleCode;
import org.renfang.validation.finding.Severity;
import org.renfang.validation.profile.Parameter;
import org.renfang.validation.profile.Profile;
import org.renfang.validation.profile.ProfileException;
import org.renfang.validation.profile.ProfileProblem;
import org.renfang.validation.profile.Profiles;

class ProfilesTest {

    static final List<String> SHIPPED = Profiles.SHIPPED;

    private static Profile read(String json) {
        return Profiles.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<ProfileProblem> problems(String json) {
        ProfileException e = catchThrowableOfType(ProfileException.class, () -> read(json));
        assertThat(e).as("no ProfileException for %s", json).isNotNull();
        return e.problems();
    }

    // -----------------------------------------------------------------------------------------
    // Shipped profiles

    @ParameterizedTest
    @FieldSource("SHIPPED")
    void everyShippedProfile_loads_withItsCodeAndNames(String code) {
        Profile p = Profiles.load(code);
        assertThat(p.code()).isEqualTo(code);
        assertThat(p.name("en")).isNotEqualTo(code).isNotBlank();
        assertThat(p.name("zh-CN")).isNotEqualTo(code).isNotBlank();
        assertThat(Profiles.load(code)).isSameAs(p);
        for (RuleCode r : List.of(RuleCode.FIELD_INVALID, RuleCode.REFERENCE_UNKNOWN, RuleCode.ID_NUMBER_INVALID)) {
            assertThat(p.isOn(r)).as(r.name()).isTrue();
            assertThat(p.severity(r)).contains(r.defaultSeverity());
        }
    }

    @Test
    void unknownCode_throwsProfileException() {
        assertThatThrownBy(() -> Profiles.load("CN-99")).isInstanceOf(ProfileException.class);
    }

    @Test
    void cityProfiles_inheritFromCN_andOverride() {
        Profile cn = Profiles.load("CN");
        Profile sh = Profiles.load("CN-31");
        Profile sz = Profiles.load("CN-4403");
        assertThat(cn.parent()).isEmpty();
        assertThat(sh.parent()).contains("CN");
        assertThat(sh.days(Parameter.LEASE_FILING_DAYS)).isEqualTo(OptionalInt.of(30));
        assertThat(sh.days(Parameter.RESIDENCE_REGISTRATION_DAYS)).isEqualTo(OptionalInt.of(3));
        assertThat(sz.days(Parameter.RESIDENCE_REGISTRATION_DAYS)).isEqualTo(OptionalInt.of(7));
        assertThat(sz.days(Parameter.DEREGISTRATION_DAYS)).isEqualTo(OptionalInt.of(7));
        assertThat(sz.days(Parameter.LEASE_FILING_DAYS)).isEqualTo(OptionalInt.of(30));
        assertThat(cn.days(Parameter.RESIDENCE_REGISTRATION_DAYS)).isEqualTo(OptionalInt.of(3));
        assertThat(cn.days(Parameter.VISIT_REDUNDANCY_DAYS)).isEqualTo(OptionalInt.of(30));
        assertThat(sh.days(Parameter.VISIT_REDUNDANCY_DAYS)).isEqualTo(OptionalInt.of(30));
    }

    /** Persons and jurisdiction: who is national, the special regions, locals and the code system. */
    @Test
    void shipped_jurisdictionParameters() {
        for (String code : List.of("CN", "CN-11", "CN-31", "CN-4403", "CN-6502")) {
            Profile p = Profiles.load(code);
            assertThat(p.text(Parameter.NATIONAL_COUNTRY)).as(code).contains("CHN");
            assertThat(p.codes(Parameter.SPECIAL_REGIONS)).as(code).containsExactly("HKG", "MAC", "TWN");
            assertThat(p.codes(Parameter.MUNICIPALITIES)).as(code).containsExactly("11", "12", "31", "50");
            assertThat(p.flag(Parameter.LOCAL_RESIDENTS_EXEMPT, false)).as(code).isTrue();
            assertThat(p.text(Parameter.DIVISION_CODES)).as(code).contains("GB2260");
            assertThat(p.flag(Parameter.SECONDARY_RESIDENCES_ALLOWED, false)).as(code).isFalse();
            assertThat(p.isOn(RuleCode.ROOM_NOT_HABITABLE)).as(code).isTrue();
        }
        Profile de = Profiles.load("DE");
        assertThat(de.text(Parameter.NATIONAL_COUNTRY)).contains("DEU");
        assertThat(de.codes(Parameter.SPECIAL_REGIONS)).isEmpty();
        assertThat(de.flag(Parameter.LOCAL_RESIDENTS_EXEMPT, false)).isFalse();
        assertThat(de.text(Parameter.DIVISION_CODES)).contains("AGS");
        assertThat(de.flag(Parameter.SECONDARY_RESIDENCES_ALLOWED, false)).isTrue();
        assertThat(de.flag(Parameter.DEREGISTRATION_ONLY_WITHOUT_NEW_RESIDENCE, false)).isTrue();
        assertThat(de.isOn(RuleCode.ROOM_NOT_HABITABLE)).isFalse();
        assertThat(de.isOn(RuleCode.ROOM_PARTITIONED)).isFalse();
        assertThat(de.isOn(RuleCode.LEASE_FILING_LATE)).isFalse();
    }

    /**
     * Karamay adds no city rule: it inherits every parameter, rule switch and severity of CN and
     * sets only its division prefix, and its data says so.
     */
    @Test
    void karamay_isCNWithItsDivisionPrefixOnly() {
        Profile cn = Profiles.load("CN");
        Profile kr = Profiles.load("CN-6502");
        assertThat(kr.parent()).contains("CN");
        assertThat(kr.name("zh-CN")).isEqualTo("克拉玛依市");
        assertThat(kr.text(Parameter.DIVISION_PREFIX)).contains("6502");
        assertThat(cn.has(Parameter.DIVISION_PREFIX)).isFalse();
        java.util.Map<Parameter, Object> rest = new java.util.EnumMap<>(kr.parameters());
        rest.remove(Parameter.DIVISION_PREFIX);
        assertThat(rest).isEqualTo(cn.parameters());
        for (RuleCode r : RuleCode.values()) {
            assertThat(kr.isOn(r)).as(r.name()).isEqualTo(cn.isOn(r));
            assertThat(kr.severity(r)).as(r.name()).isEqualTo(cn.severity(r));
        }
        assertThat(kr.source(Parameter.DIVISION_PREFIX)).hasValueSatisfying(
                s -> assertThat(s).contains("克拉玛依市 6502").contains("No city rule is added"));
    }

    /** Every legal value carries its source in the profile data. */
    @Test
    void shipped_everyParameterStatesItsSource() {
        for (String code : Profiles.SHIPPED) {
            Profile p = Profiles.load(code);
            for (Parameter param : p.parameters().keySet()) {
                assertThat(p.source(param)).as(code + " " + param.key()).hasValueSatisfying(
                        src -> assertThat(src).isNotBlank());
            }
        }
        assertThat(Profiles.load("CN").source(Parameter.RESIDENCE_REGISTRATION_DAYS)).hasValueSatisfying(
                s -> assertThat(s).contains("户口登记条例").contains("art. 15"));
        assertThat(Profiles.load("CN-4403").source(Parameter.RESIDENCE_REGISTRATION_DAYS)).hasValueSatisfying(
                s -> assertThat(s).contains("深圳经济特区居住证条例"));
        assertThat(Profiles.load("CN-31").source(Parameter.MAX_PERSONS_PER_ROOM)).hasValueSatisfying(
                s -> assertThat(s).contains("上海市居住房屋租赁管理办法").contains("art. 10"));
        assertThat(Profiles.load("DE").source(Parameter.RESIDENCE_REGISTRATION_DAYS)).hasValueSatisfying(
                s -> assertThat(s).contains("BMG §17"));
        assertThat(Profiles.load("CN").source(Parameter.MAX_LEASE_YEARS)).hasValueSatisfying(
                s -> assertThat(s).contains("民法典").contains("705"));
    }

    @Test
    void sources_ofUnknownParameters_areProblems() {
        assertThatThrownBy(() -> Profiles.read(new java.io.ByteArrayInputStream(
                "{\"code\": \"X\", \"sources\": {\"nope\": \"x\"}}".getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                Profiles::load)).isInstanceOf(ProfileException.class);
    }

    @Test
    void divisionCodes_mustNameAKnownSystem_andCodesMustBeCodes() {
        for (String bad : List.of("{\"divisionCodes\": \"ISO\"}", "{\"specialRegions\": \"HKG\"}",
                "{\"specialRegions\": [\"hkg\"]}", "{\"municipalities\": [1]}")) {
            assertThatThrownBy(() -> Profiles.read(new java.io.ByteArrayInputStream(
                    ("{\"code\": \"X\", \"parameters\": " + bad + "}").getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                    Profiles::load)).as(bad).isInstanceOf(ProfileException.class);
        }
    }

    @Test
    void shipped_parameterTable_matchesDesign() {
        Profile bj = Profiles.load("CN-11");
        Profile sh = Profiles.load("CN-31");
        assertThat(bj.decimal(Parameter.MIN_AREA_PER_PERSON)).hasValueSatisfying(
                v -> assertThat(v).isEqualByComparingTo(new BigDecimal("5")));
        assertThat(bj.count(Parameter.MAX_PERSONS_PER_ROOM)).isEqualTo(OptionalInt.of(2));
        assertThat(bj.flag(Parameter.FAMILY_MEMBERS_EXEMPT, false)).isTrue();
        assertThat(bj.isOn(RuleCode.GROUP_RENTAL_REGISTER)).isFalse();
        assertThat(sh.count(Parameter.GROUP_RENTAL_ROOMS)).isEqualTo(OptionalInt.of(10));
        assertThat(sh.count(Parameter.GROUP_RENTAL_OCCUPANTS)).isEqualTo(OptionalInt.of(15));
        assertThat(sh.isOn(RuleCode.GROUP_RENTAL_REGISTER)).isTrue();
        assertThat(sh.isOn(RuleCode.DORMITORY_IN_RESIDENTIAL_COMPOUND)).isTrue();
        assertThat(sh.text(Parameter.DIVISION_PREFIX)).contains("31");
        for (String code : List.of("CN", "CN-11", "CN-4403", "DE")) {
            assertThat(Profiles.load(code).isOn(RuleCode.DORMITORY_IN_RESIDENTIAL_COMPOUND)).as(code).isFalse();
        }
        for (String code : List.of("CN", "CN-4403", "DE")) {
            Profile p = Profiles.load(code);
            assertThat(p.isOn(RuleCode.OCCUPANCY_AREA)).as(code).isFalse();
            assertThat(p.isOn(RuleCode.OCCUPANCY_PER_ROOM)).as(code).isFalse();
        }
        assertThat(Profiles.load("CN").hours(Parameter.FOREIGNER_REGISTRATION_HOURS)).isEqualTo(OptionalInt.of(24));
        assertThat(Profiles.load("DE").has(Parameter.FOREIGNER_REGISTRATION_HOURS)).isFalse();
        assertThat(Profiles.load("DE").isOn(RuleCode.FOREIGNER_REGISTRATION_LATE)).isFalse();
        assertThat(Profiles.load("DE").isOn(RuleCode.HMT_REGISTRATION_LATE)).isFalse();
        assertThat(Profiles.load("CN").hours(Parameter.HMT_REGISTRATION_HOURS)).isEqualTo(OptionalInt.of(24));
        assertThat(Profiles.load("CN-31").isOn(RuleCode.HMT_REGISTRATION_LATE)).isTrue();
        assertThat(Profiles.load("DE").days(Parameter.RESIDENCE_REGISTRATION_DAYS)).isEqualTo(OptionalInt.of(14));
        assertThat(Profiles.load("CN").count(Parameter.MAX_LEASE_YEARS)).isEqualTo(OptionalInt.of(20));
        assertThat(Profiles.load("DE").has(Parameter.MAX_LEASE_YEARS)).isFalse();
        assertThat(Profiles.load("DE").has(Parameter.RESIDENCE_PERMIT_MONTHS)).isFalse();
    }

    @Test
    void germany_hasNoLeaseFilingDays_soLeaseFilingLateIsOff() {
        Profile de = Profiles.load("DE");
        assertThat(de.has(Parameter.LEASE_FILING_DAYS)).isFalse();
        assertThat(de.isOn(RuleCode.LEASE_FILING_LATE)).isFalse();
        assertThat(de.severity(RuleCode.LEASE_FILING_LATE)).contains(Severity.WARNING);
        assertThat(Profiles.load("CN").isOn(RuleCode.LEASE_FILING_LATE)).isTrue();
    }

    /** A lease signed long before the as-of date and never filed. */
    private static RegistryDocument unfiledLease() {
        return registry().addPersons(person("P1").build(), person("P2").build())
                .addPremises(apartment("H1", "P1").build())
                .addLeases(lease("L1", "H1", "P1", "P2", "2026-01-01", "2026-12-31").filing(Optional.empty()).build())
                .build();
    }

    @Test
    void unfiledLease_isLateUnderCN_notUnderDE_norUnderAHostProfileRemovingTheDeadline() {
        RegistryDocument doc = unfiledLease();
        Report cn = Validator.of(Profiles.load("CN")).check(Registry.of(doc), AS_OF);
        assertThat(cn.findings(RuleCode.LEASE_FILING_LATE)).hasSize(1);
        Report de = Validator.of(Profiles.load("DE")).check(Registry.of(doc), AS_OF);
        assertThat(de.findings(RuleCode.LEASE_FILING_LATE)).isEmpty();
        Profile host = read("{\"code\":\"MY-CITY\",\"parent\":\"CN\",\"parameters\":{\"leaseFilingDays\":null}}");
        Report mine = Validator.of(host).check(Registry.of(doc), AS_OF);
        assertThat(mine.findings(RuleCode.LEASE_FILING_LATE)).isEmpty();
    }

    // -----------------------------------------------------------------------------------------
    // Host profiles

    @Test
    void hostProfile_nullParameter_removesItAndSwitchesTheRuleOff_keepsTheRest() {
        Profile host = read("{\"code\":\"MY-CITY\",\"parent\":\"CN\",\"name\":{\"en\":\"My city\"},"
                + "\"parameters\":{\"leaseFilingDays\":null,\"residenceRegistrationDays\":5}}");
        assertThat(host.code()).isEqualTo("MY-CITY");
        assertThat(host.parent()).contains("CN");
        assertThat(host.name("en")).isEqualTo("My city");
        assertThat(host.name("zh-CN")).isEqualTo("My city");
        assertThat(host.has(Parameter.LEASE_FILING_DAYS)).isFalse();
        assertThat(host.isOn(RuleCode.LEASE_FILING_LATE)).isFalse();
        assertThat(host.days(Parameter.RESIDENCE_REGISTRATION_DAYS)).isEqualTo(OptionalInt.of(5));
        assertThat(host.days(Parameter.DEREGISTRATION_DAYS)).isEqualTo(OptionalInt.of(3));
        assertThat(host.isOn(RuleCode.RESIDENCE_REGISTRATION_LATE)).isTrue();
    }

    @Test
    void hostProfile_withoutParent_hasOnlyItsOwnParameters() {
        Profile host = read("{\"code\":\"ROOT\",\"parameters\":{\"visitRedundancyDays\":14}}");
        assertThat(host.parent()).isEmpty();
        assertThat(host.parameters()).containsOnlyKeys(Parameter.VISIT_REDUNDANCY_DAYS);
        assertThat(host.isOn(RuleCode.VISIT_REDUNDANT)).isTrue();
        assertThat(host.isOn(RuleCode.RESIDENCE_REGISTRATION_LATE)).isFalse();
        assertThat(host.name("en")).isEqualTo("ROOT");
    }

    @Test
    void severities_overrideAndOff_andInheritDownTheChain() {
        Profile host = read("{\"code\":\"X\",\"parent\":\"CN\",\"severities\":{"
                + "\"LEASE_FILING_LATE\":\"ERROR\",\"VISIT_REDUNDANT\":\"OFF\",\"LEASE_OVERLAP\":\"INFO\"}}");
        assertThat(host.severity(RuleCode.LEASE_FILING_LATE)).contains(Severity.ERROR);
        assertThat(host.severity(RuleCode.LEASE_OVERLAP)).contains(Severity.INFO);
        assertThat(host.severity(RuleCode.VISIT_REDUNDANT)).isEmpty();
        assertThat(host.isOn(RuleCode.VISIT_REDUNDANT)).isFalse();
        assertThat(host.severity(RuleCode.RESIDENCE_OVERLAP)).contains(Severity.ERROR);

        Map<String, Profile> known = new HashMap<>();
        known.put("X", host);
        Profile child = Profiles.read(new ByteArrayInputStream(
                "{\"code\":\"Y\",\"parent\":\"X\",\"severities\":{\"LEASE_OVERLAP\":\"WARNING\"}}"
                        .getBytes(StandardCharsets.UTF_8)), c -> resolve(known, c));
        assertThat(child.severity(RuleCode.VISIT_REDUNDANT)).isEmpty();
        assertThat(child.severity(RuleCode.LEASE_FILING_LATE)).contains(Severity.ERROR);
        assertThat(child.severity(RuleCode.LEASE_OVERLAP)).contains(Severity.WARNING);
        Profile back = Profiles.read(new ByteArrayInputStream(
                "{\"code\":\"Z\",\"parent\":\"X\",\"severities\":{\"VISIT_REDUNDANT\":\"INFO\"}}"
                        .getBytes(StandardCharsets.UTF_8)), c -> resolve(known, c));
        assertThat(back.isOn(RuleCode.VISIT_REDUNDANT)).isTrue();
    }

    private static Profile resolve(Map<String, Profile> known, String code) {
        Profile p = known.get(code);
        return p != null ? p : Profiles.load(code);
    }

    @Test
    void severityOff_silencesTheRuleInAReport() {
        Profile host = read("{\"code\":\"X\",\"parent\":\"CN\",\"severities\":{\"LEASE_FILING_LATE\":\"OFF\"}}");
        assertThat(Validator.of(host).check(Registry.of(unfiledLease()), AS_OF).findings(RuleCode.LEASE_FILING_LATE))
                .isEmpty();
        Profile error = read("{\"code\":\"X\",\"parent\":\"CN\",\"severities\":{\"LEASE_FILING_LATE\":\"ERROR\"}}");
        Report r = Validator.of(error).check(Registry.of(unfiledLease()), AS_OF);
        assertThat(r.findings(RuleCode.LEASE_FILING_LATE)).extracting(Finding::severity).containsExactly(Severity.ERROR);
        assertThat(r.profile()).isEqualTo("X");
    }

    @Test
    void inheritanceChain_eightDeepLoads_nineIsRefused() {
        Map<String, Profile> known = new HashMap<>();
        String parent = "CN";
        for (int i = 1; i <= 8; i++) {
            String code = "L" + i;
            known.put(code, Profiles.read(new ByteArrayInputStream(
                    ("{\"code\":\"" + code + "\",\"parent\":\"" + parent + "\"}").getBytes(StandardCharsets.UTF_8)),
                    c -> resolve(known, c)));
            parent = code;
        }
        assertThat(known.get("L8").days(Parameter.LEASE_FILING_DAYS)).isEqualTo(OptionalInt.of(30));
        ProfileException e = catchThrowableOfType(ProfileException.class, () -> Profiles.read(
                new ByteArrayInputStream("{\"code\":\"L9\",\"parent\":\"L8\"}".getBytes(StandardCharsets.UTF_8)),
                c -> resolve(known, c)));
        assertThat(e.problems()).extracting(ProfileProblem::pointer).containsExactly("/parent");
    }

    // -----------------------------------------------------------------------------------------
    // Malformed host files

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "missing code|{\"parent\":\"CN\"}|/code",
        "blank code|{\"code\":\" \"}|/code",
        "code not text|{\"code\":31}|/code",
        "code too long|{\"code\":\"ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456\"}|/code",
        "unknown parent|{\"code\":\"X\",\"parent\":\"CN-99\"}|/parent",
        "parent is itself|{\"code\":\"CN-31\",\"parent\":\"CN-31\"}|/parent",
        "parent cycle|{\"code\":\"CN\",\"parent\":\"CN-31\"}|/parent",
        "unknown top-level field|{\"code\":\"X\",\"rules\":{}}|/rules",
        "names not an object|{\"code\":\"X\",\"name\":\"City\"}|/name",
        "name not text|{\"code\":\"X\",\"name\":{\"en\":1}}|/name/en",
        "parameters not an object|{\"code\":\"X\",\"parameters\":[]}|/parameters",
        "unknown parameter|{\"code\":\"X\",\"parameters\":{\"leaseFilingWeeks\":4}}|/parameters/leaseFilingWeeks",
        "days as text|{\"code\":\"X\",\"parameters\":{\"leaseFilingDays\":\"30\"}}|/parameters/leaseFilingDays",
        "days negative|{\"code\":\"X\",\"parameters\":{\"leaseFilingDays\":-1}}|/parameters/leaseFilingDays",
        "days over 3650|{\"code\":\"X\",\"parameters\":{\"leaseFilingDays\":3651}}|/parameters/leaseFilingDays",
        "days fraction|{\"code\":\"X\",\"parameters\":{\"leaseFilingDays\":2.5}}|/parameters/leaseFilingDays",
        "hours over limit|{\"code\":\"X\",\"parameters\":{\"foreignerRegistrationHours\":87601}}|/parameters/foreignerRegistrationHours",
        "count zero|{\"code\":\"X\",\"parameters\":{\"maxPersonsPerRoom\":0}}|/parameters/maxPersonsPerRoom",
        "decimal zero|{\"code\":\"X\",\"parameters\":{\"minAreaPerPerson\":0}}|/parameters/minAreaPerPerson",
        "decimal over 1000|{\"code\":\"X\",\"parameters\":{\"minAreaPerPerson\":1000.5}}|/parameters/minAreaPerPerson",
        "flag as text|{\"code\":\"X\",\"parameters\":{\"familyMembersExempt\":\"yes\"}}|/parameters/familyMembersExempt",
        "text empty|{\"code\":\"X\",\"parameters\":{\"divisionPrefix\":\"\"}}|/parameters/divisionPrefix",
        "severities not an object|{\"code\":\"X\",\"severities\":\"OFF\"}|/severities",
        "unknown rule code|{\"code\":\"X\",\"severities\":{\"NO_SUCH_RULE\":\"ERROR\"}}|/severities/NO_SUCH_RULE",
        "bad severity|{\"code\":\"X\",\"severities\":{\"LEASE_OVERLAP\":\"FATAL\"}}|/severities/LEASE_OVERLAP",
        "lower-case severity|{\"code\":\"X\",\"severities\":{\"LEASE_OVERLAP\":\"error\"}}|/severities/LEASE_OVERLAP",
        "severity not text|{\"code\":\"X\",\"severities\":{\"LEASE_OVERLAP\":1}}|/severities/LEASE_OVERLAP",
    })
    void malformedHostFile_reportsTheProblemAtItsPointer(String name, String json, String pointer) {
        assertThat(problems(json)).extracting(ProfileProblem::pointer).containsExactly(pointer);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"not json", "{\"code\":", "[]", "\"CN\"", "{\"code\":\"X\",\"code\":\"Y\"}"})
    void notAJsonObject_reportsTheRoot(String json) {
        assertThat(problems(json)).extracting(ProfileProblem::pointer).containsExactly("");
    }

    @Test
    void severalProblems_areAllListed_withoutEchoingValues() {
        String json = "{\"parameters\":{\"leaseFilingDays\":\"SECRET-1\",\"nope\":1},"
                + "\"severities\":{\"LEASE_OVERLAP\":\"SECRET-2\",\"NOPE\":\"ERROR\"}}";
        ProfileException e = catchThrowableOfType(ProfileException.class, () -> read(json));
        assertThat(e.problems()).extracting(ProfileProblem::pointer).containsExactlyInAnyOrder("/code",
                "/parameters/leaseFilingDays", "/parameters/nope", "/severities/LEASE_OVERLAP", "/severities/NOPE");
        assertThat(e.getMessage()).doesNotContain("SECRET");
    }

    @Test
    void fileSize_64KiBLoads_oneByteMoreIsRefused() {
        String head = "{\"code\":\"X\",\"parent\":\"CN\"";
        String fits = head + " ".repeat(64 * 1024 - head.length() - 1) + "}";
        assertThat(read(fits).code()).isEqualTo("X");
        String over = head + " ".repeat(64 * 1024 - head.length()) + "}";
        assertThatThrownBy(() -> read(over)).isInstanceOf(ProfileException.class);
    }

    @Test
    void parameterBoundaries_areAccepted() {
        Profile p = read("{\"code\":\"X\",\"parameters\":{\"leaseFilingDays\":3650,\"residenceRegistrationDays\":0,"
                + "\"foreignerRegistrationHours\":87600,\"maxPersonsPerRoom\":1,\"groupRentalRooms\":100000,"
                + "\"minAreaPerPerson\":1000,\"divisionPrefix\":\"ABCDEFGHIJKLMNOPQRSTUVWXYZ012345\"}}");
        assertThat(p.days(Parameter.LEASE_FILING_DAYS)).isEqualTo(OptionalInt.of(3650));
        assertThat(p.days(Parameter.RESIDENCE_REGISTRATION_DAYS)).isEqualTo(OptionalInt.of(0));
        assertThat(p.hours(Parameter.FOREIGNER_REGISTRATION_HOURS)).isEqualTo(OptionalInt.of(87600));
        assertThat(p.count(Parameter.MAX_PERSONS_PER_ROOM)).isEqualTo(OptionalInt.of(1));
        assertThat(p.count(Parameter.GROUP_RENTAL_ROOMS)).isEqualTo(OptionalInt.of(100000));
        assertThat(p.decimal(Parameter.MIN_AREA_PER_PERSON)).hasValueSatisfying(
                v -> assertThat(v).isEqualByComparingTo("1000"));
    }
}
