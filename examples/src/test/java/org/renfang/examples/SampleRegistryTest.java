package org.renfang.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.renfang.id.CreditCodeReason;
import org.renfang.id.CreditCodes;
import org.renfang.id.IdCheck;
import org.renfang.id.IdNumbers;
import org.renfang.model.DocumentType;
import org.renfang.model.IdentityDocument;
import org.renfang.model.Organization;
import org.renfang.model.Person;
import org.renfang.model.RecordType;
import org.renfang.model.RegistryDocument;
import org.renfang.registry.Registry;
import org.renfang.validation.Report;
import org.renfang.validation.Validator;
import org.renfang.validation.finding.Finding;
import org.renfang.validation.profile.DivisionCodes;
import org.renfang.validation.profile.Parameter;
import org.renfang.validation.profile.Profile;
import org.renfang.validation.profile.Profiles;

/**
 * The bundled sample registry: read cleanly, identity numbers and credit codes valid, locals,
 * migrants, Hong Kong/Taiwan residents and foreigners where its README says, and under each
 * Chinese profile exactly the deliberate findings its README documents (rule and path), with
 * messages that never echo a name or a document number. Under DE (German division codes) every
 * Karamay address is FIELD_INVALID.
 */
class SampleRegistryTest {

    private static final String README = "/org/renfang/examples/sample/README.md";
    /** A row of the README's violations table: | `RULE` | `/path` | record | profiles | why |. */
    private static final Pattern ROW =
            Pattern.compile("^\\| `([A-Z_]+)` \\| `(/[a-z]+/\\d+)` \\| (\\w+) \\| ([^|]+) \\|");

    /** The shipped profiles whose addresses are Chinese division codes (GB/T 2260). */
    private static final List<String> CHINESE = Profiles.SHIPPED.stream()
            .filter(c -> Profiles.load(c).text(Parameter.DIVISION_CODES).orElse("").equals(DivisionCodes.GB2260))
            .toList();

    private static Registry registry;
    private static List<Documented> documented;

    /** One documented violation. */
    record Documented(String rule, String path, String record, Set<String> profiles) {
    }

    @BeforeAll
    static void load() {
        registry = Sample.registry();
        documented = readReadme();
    }

    /** Reads a class-path resource as UTF-8 text; fails if there is none. */
    static String readResource(String name) {
        try (InputStream in = SampleRegistryTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Documented> readReadme() {
        String text = readResource(README);
        List<Documented> rows = new ArrayList<>();
        for (String line : text.split("\n")) {
            Matcher m = ROW.matcher(line);
            if (m.find()) {
                String p = m.group(4).trim();
                Set<String> profiles = p.equals("all") ? new LinkedHashSet<>(CHINESE)
                        : new LinkedHashSet<>(List.of(p.split(",\\s*")));
                assertThat(CHINESE).as("profiles of %s", line).containsAll(profiles);
                rows.add(new Documented(m.group(1), m.group(2), m.group(3), profiles));
            }
        }
        return rows;
    }

    static Stream<String> profiles() {
        return CHINESE.stream();
    }

    static Stream<String> shipped() {
        return Profiles.SHIPPED.stream();
    }

    private static Report check(String profile) {
        return Validator.of(Profiles.load(profile)).check(registry, Sample.AS_OF);
    }

    private static List<String> rulesAndPaths(List<Finding> findings) {
        return findings.stream().map(f -> f.rule() + " " + f.path()).toList();
    }

    // -----------------------------------------------------------------------------------------
    // The data itself, independent of the rule engine

    @Test
    void sample_readsWithoutProblems_withTheAdvertisedRecordCounts() {
        assertThat(registry.readProblems()).isEmpty();
        assertThat(registry.duplicateIds()).isEmpty();
        RegistryDocument d = registry.document();
        assertThat(d.schema()).isEqualTo(RegistryDocument.REGISTRY_SCHEMA);
        assertThat(List.of(d.persons().size(), d.organizations().size(), d.premises().size(), d.leases().size(),
                d.employments().size(), d.enrollments().size(), d.residences().size(), d.visits().size()))
                .containsExactly(31, 6, 10, 10, 11, 2, 28, 8);
    }

    @Test
    void everyDocument_isValid_andEncodesTheRecordedBirthDate() {
        for (Person p : registry.document().persons()) {
            for (IdentityDocument doc : p.documents()) {
                IdCheck c = IdNumbers.check(doc.type(), doc.number(), Sample.AS_OF);
                assertThat(c.isValid()).as("%s %s: %s", p.id(), doc.type(), c.reason()).isTrue();
                c.birthDate().ifPresent(b -> assertThat(p.birthDate()).as("%s birth date", p.id()).hasValue(b));
                c.sex().ifPresent(s -> assertThat(p.sex()).as("%s sex", p.id()).hasValue(s));
            }
        }
    }

    @Test
    void everyNational_isRegisteredWhereTheResidentIdWasIssued() {
        int nationals = 0;
        for (Person p : registry.document().persons()) {
            for (IdentityDocument d : p.documents()) {
                if (d.type() == DocumentType.CN_RESIDENT_ID) {
                    nationals++;
                    assertThat(p.householdRegistration()).as(p.id().value()).isPresent();
                    assertThat(p.householdRegistration().get().division()).as(p.id().value())
                            .isEqualTo(d.number().substring(0, 6));
                }
            }
        }
        assertThat(nationals).isEqualTo(27);
    }

    /**
     * The people of the seed study: locals (household registration in Karamay, 6502), migrants
     * from three provinces and another Xinjiang city, HMT residents, foreigners.
     */
    @Test
    void persons_areTheDocumentedMix() {
        Profile karamay = Profiles.load(Sample.PROFILE);
        List<String> municipalities = karamay.codes(Parameter.MUNICIPALITIES);
        Set<String> locals = new TreeSet<>();
        Set<String> hmt = new TreeSet<>();
        Set<String> foreigners = new TreeSet<>();
        Set<String> provincesOfMigrants = new TreeSet<>();
        int migrants = 0;
        for (Person p : registry.document().persons()) {
            DocumentType type = p.documents().get(0).type();
            if (type == DocumentType.CN_HMT_RESIDENCE_PERMIT || type == DocumentType.CN_TAIWAN_PERMIT
                    || type == DocumentType.CN_HK_MACAO_PERMIT) {
                hmt.add(p.id().value());
            } else if (type == DocumentType.PASSPORT) {
                assertThat(p.nationality()).as(p.id().value()).isNotEqualTo(java.util.Optional.of("CHN"));
                foreigners.add(p.id().value());
            } else if (DivisionCodes.city(p.householdRegistration().orElseThrow().division(), municipalities)
                    .equals("6502")) {
                locals.add(p.id().value());
            } else {
                migrants++;
                provincesOfMigrants.add(p.householdRegistration().orElseThrow().division().substring(0, 2));
            }
        }
        assertThat(locals).containsExactlyInAnyOrder("P1", "P2", "P3", "P4", "P12", "P16", "P26", "P28");
        assertThat(hmt).containsExactlyInAnyOrder("P30", "P31");
        assertThat(foreigners).containsExactlyInAnyOrder("P25", "P27");
        assertThat(migrants).isEqualTo(19);
        assertThat(provincesOfMigrants).containsExactly("41", "51", "62", "65");
        assertThat(karamay.text(Parameter.DIVISION_PREFIX)).contains("6502");
    }

    /** The cases that show who registration concerns, one by one, under Karamay's profile. */
    @Test
    void lateRegistrations_localNoFinding_migrantFinding_hmtResidentOwnRule() {
        List<String> found = rulesAndPaths(check(Sample.PROFILE).findings());
        // P26, a local (household registration 白碱滩区), registered R24 eighteen days late
        assertThat(registry.document().residences().get(23).id().value()).isEqualTo("R24");
        assertThat(found).noneMatch(f -> f.endsWith(" /residences/23"));
        // P24, from 邻水县 (Sichuan), registered R22 nine days after moving in
        assertThat(found).contains("RESIDENCE_REGISTRATION_LATE /residences/21");
        // P31, a Taiwan resident, registered R28 two days after moving in: 24 hours, not 3 days
        assertThat(found).contains("HMT_REGISTRATION_LATE /residences/27")
                .doesNotContain("RESIDENCE_REGISTRATION_LATE /residences/27", "FOREIGNER_REGISTRATION_LATE /residences/27");
        // P30, a Hong Kong resident recorded as CHN, registered R25 the day after: on time
        assertThat(found).noneMatch(f -> f.endsWith(" /residences/24"));
    }

    /** DE reads German division codes: each Karamay address is invalid there, nothing else is. */
    @Test
    void underDE_everyKaramayAddressIsFieldInvalid() {
        List<String> invalid = rulesAndPaths(check("DE").findings()).stream()
                .filter(f -> f.startsWith("FIELD_INVALID ")).sorted().toList();
        List<String> premises = new ArrayList<>();
        for (int i = 0; i < registry.document().premises().size(); i++) {
            premises.add("FIELD_INVALID /premises/" + i + "/address/division");
        }
        assertThat(invalid).isEqualTo(premises.stream().sorted().toList());
        assertThat(CHINESE).doesNotContain("DE").contains(Sample.PROFILE);
    }

    @Test
    void everyOrganization_hasAValidCreditCode() {
        for (Organization o : registry.document().organizations()) {
            assertThat(o.creditCode()).as("%s", o.id()).isPresent();
            assertThat(CreditCodes.check(o.creditCode().get())).as("%s", o.id()).isEqualTo(CreditCodeReason.OK);
        }
    }

    @Test
    void readmeRows_nameTheRecordAtTheirPath() {
        assertThat(documented).hasSize(8);
        for (Documented d : documented) {
            String[] parts = d.path().split("/");
            RecordType type = RecordType.ofJsonName(parts[1]);
            int index = Integer.parseInt(parts[2]);
            List<?> records = type.records(registry.document());
            assertThat(((org.renfang.model.Record<?>) records.get(index)).id().value()).as(d.path())
                    .isEqualTo(d.record());
        }
    }

    // -----------------------------------------------------------------------------------------
    // Under the rules

    @ParameterizedTest(name = "{0}")
    @MethodSource("profiles")
    void findings_areExactlyTheDocumentedOnes(String profile) {
        List<String> expected = documented.stream().filter(d -> d.profiles().contains(profile))
                .map(d -> d.rule() + " " + d.path()).sorted().toList();
        List<String> actual = rulesAndPaths(check(profile).findings()).stream().sorted().toList();
        assertThat(actual).as("profile %s", profile).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shipped")
    void messages_neverEchoNamesOrDocumentNumbers(String profile) {
        Report report = check(profile);
        List<String> secrets = new ArrayList<>();
        for (Person p : registry.document().persons()) {
            secrets.add(p.name());
            p.documents().forEach(d -> secrets.add(d.number()));
        }
        for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
            for (Finding f : report.findings()) {
                String message = f.message(locale);
                assertThat(message).as("%s %s", f, locale).isNotBlank();
                for (String secret : secrets) {
                    assertThat(message).as("%s %s", f.rule(), locale).doesNotContain(secret);
                }
            }
            String json = report.toJson(locale);
            for (String secret : secrets) {
                assertThat(json).as("report JSON, %s", locale).doesNotContain(secret);
            }
        }
    }
}
