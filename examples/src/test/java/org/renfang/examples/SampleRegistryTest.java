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
import org.renfang.model.IdentityDocument;
import org.renfang.model.Organization;
import org.renfang.model.Person;
import org.renfang.model.RecordType;
import org.renfang.model.RegistryDocument;
import org.renfang.registry.Registry;
import org.renfang.validation.Finding;
import org.renfang.validation.Report;
import org.renfang.validation.Validator;
import org.renfang.validation.profile.Profiles;

/**
 * The bundled sample registry: read cleanly, identity numbers and credit codes valid, and under
 * each shipped profile exactly the deliberate findings its README documents (rule and path),
 * with messages that never echo a name or a document number.
 */
class SampleRegistryTest {

    private static final String README = "/org/renfang/examples/sample/README.md";
    /** A row of the README's violations table: | `RULE` | `/path` | record | profiles | why |. */
    private static final Pattern ROW =
            Pattern.compile("^\\| `([A-Z_]+)` \\| `(/[a-z]+/\\d+)` \\| (\\w+) \\| ([^|]+) \\|");

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

    private static List<Documented> readReadme() {
        String text;
        try (InputStream in = SampleRegistryTest.class.getResourceAsStream(README)) {
            assertThat(in).as(README).isNotNull();
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Documented> rows = new ArrayList<>();
        for (String line : text.split("\n")) {
            Matcher m = ROW.matcher(line);
            if (m.find()) {
                String p = m.group(4).trim();
                Set<String> profiles = p.equals("all") ? new LinkedHashSet<>(Profiles.SHIPPED)
                        : new LinkedHashSet<>(List.of(p.split(",\\s*")));
                assertThat(Profiles.SHIPPED).as("profiles of %s", line).containsAll(profiles);
                rows.add(new Documented(m.group(1), m.group(2), m.group(3), profiles));
            }
        }
        return rows;
    }

    static Stream<String> profiles() {
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
                .containsExactly(30, 6, 10, 10, 10, 2, 27, 8);
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
    void chineseResidentIds_areIssuedInKaramay() {
        assertThat(registry.document().persons().stream().flatMap(p -> p.documents().stream())
                .filter(d -> d.type() == org.renfang.model.DocumentType.CN_RESIDENT_ID)
                .map(d -> d.number().substring(0, 4)))
                .isNotEmpty()
                .allMatch("6502"::equals);
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
        assertThat(documented).hasSizeBetween(4, 6);
        for (Documented d : documented) {
            String[] parts = d.path().split("/");
            RecordType type = RecordType.ofJsonName(parts[1]);
            int index = Integer.parseInt(parts[2]);
            List<?> records = switch (type) {
                case PERSONS -> registry.document().persons();
                case ORGANIZATIONS -> registry.document().organizations();
                case PREMISES -> registry.document().premises();
                case LEASES -> registry.document().leases();
                case EMPLOYMENTS -> registry.document().employments();
                case ENROLLMENTS -> registry.document().enrollments();
                case RESIDENCES -> registry.document().residences();
                case VISITS -> registry.document().visits();
            };
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
    @MethodSource("profiles")
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
