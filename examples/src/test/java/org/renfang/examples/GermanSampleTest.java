package org.renfang.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.renfang.id.IdCheck;
import org.renfang.id.IdNumbers;
import org.renfang.model.IdentityDocument;
import org.renfang.model.Person;
import org.renfang.model.Premises;
import org.renfang.model.Residence;
import org.renfang.model.ResidenceKind;
import org.renfang.registry.Registry;
import org.renfang.validation.Report;
import org.renfang.validation.Validator;
import org.renfang.validation.finding.Finding;
import org.renfang.validation.profile.DivisionCodes;
import org.renfang.validation.profile.Parameter;
import org.renfang.validation.profile.Profile;
import org.renfang.validation.profile.Profiles;

/**
 * The German sample (Berlin and Munich): read cleanly, German division codes, and under DE
 * exactly the findings its README lists — a German registered late, a move abroad deregistered
 * late, a foreign hotel guest recorded late — and none for the move within Germany, the
 * secondary residence, the foreigner registered within two weeks and the German hotel guest.
 */
class GermanSampleTest {

    private static final String README = "/org/renfang/examples/sample/README-DE.md";
    /** A row of the README's findings table: | `RULE` | `/path` | record | profiles | why |. */
    private static final Pattern ROW =
            Pattern.compile("^\\| `([A-Z_]+)` \\| `(/[a-z]+/\\d+)` \\| (\\w+) \\| ([^|]+) \\|");

    private static Registry registry;
    private static Profile de;
    private static List<String> documented;

    @BeforeAll
    static void load() {
        registry = Sample.germanRegistry();
        de = Profiles.load(Sample.GERMAN_PROFILE);
        documented = readReadme();
    }

    private static List<String> readReadme() {
        String text = SampleRegistryTest.readResource(README);
        List<String> rows = new ArrayList<>();
        for (String line : text.split("\n")) {
            Matcher m = ROW.matcher(line);
            if (m.find()) {
                assertThat(m.group(4).trim()).as(line).isEqualTo("DE");
                String[] parts = m.group(2).split("/");
                assertThat(parts[1]).as(line).isEqualTo("residences");
                Residence r = registry.document().residences().get(Integer.parseInt(parts[2]));
                assertThat(r.id().value()).as(line).isEqualTo(m.group(3));
                rows.add(m.group(1) + " " + m.group(2));
            }
        }
        return rows;
    }

    private static List<String> found() {
        return check().findings().stream().map(f -> f.rule() + " " + f.path()).sorted().toList();
    }

    private static Report check() {
        return Validator.of(de).check(registry, Sample.AS_OF);
    }

    private static Residence residence(String id) {
        return registry.document().residences().stream().filter(r -> r.id().value().equals(id)).findFirst()
                .orElseThrow();
    }

    private static Person person(String id) {
        return registry.document().persons().stream().filter(p -> p.id().value().equals(id)).findFirst()
                .orElseThrow();
    }

    @Test
    void readsWithoutProblems_withGermanDivisionCodes_andValidPassports() {
        assertThat(registry.readProblems()).isEmpty();
        assertThat(registry.duplicateIds()).isEmpty();
        assertThat(List.of(registry.document().persons().size(), registry.document().premises().size(),
                registry.document().leases().size(), registry.document().residences().size()))
                .containsExactly(10, 6, 5, 11);
        for (Premises p : registry.document().premises()) {
            assertThat(DivisionCodes.isValid(DivisionCodes.AGS, p.address().division())).as(p.id().value()).isTrue();
            assertThat(p.address().division()).isIn("11000000", "09162000");
        }
        for (Person p : registry.document().persons()) {
            for (IdentityDocument d : p.documents()) {
                IdCheck c = IdNumbers.check(d.type(), d.number(), Sample.AS_OF);
                assertThat(c.isValid()).as("%s %s", p.id(), c.reason()).isTrue();
            }
        }
    }

    /** Germans by nationality, or by passport where none is recorded (P3); no special regions in DE. */
    @Test
    void persons_germansByNationalityOrPassport_threeForeigners() {
        assertThat(de.text(Parameter.NATIONAL_COUNTRY)).contains("DEU");
        assertThat(de.codes(Parameter.SPECIAL_REGIONS)).isEmpty();
        List<String> germans = new ArrayList<>();
        for (Person p : registry.document().persons()) {
            String country = p.nationality().orElseGet(() -> p.documents().get(0).country().orElseThrow());
            if (country.equals("DEU")) {
                germans.add(p.id().value());
            }
        }
        assertThat(germans).containsExactly("P1", "P2", "P3", "P5", "P6", "P7", "P8");
        assertThat(person("P3").nationality()).isEmpty();
    }

    @Test
    void underDE_findingsAreExactlyTheDocumentedOnes() {
        assertThat(documented).containsExactlyInAnyOrder(
                "RESIDENCE_REGISTRATION_LATE /residences/5",
                "PROVIDER_CONFIRMATION_LATE /residences/5",
                "RESIDENCE_DEREGISTRATION_LATE /residences/6",
                "HOTEL_REGISTRATION_LATE /residences/9");
        assertThat(found()).isEqualTo(documented.stream().sorted().toList());
    }

    @Test
    void nearMisses_areClean_forTheReasonTheReadmeGives() {
        List<String> found = found();
        // move within Germany: R4 has a move-out day and no deregistration, R5 follows the next day
        assertThat(residence("R4").deregisteredOn()).isEmpty();
        assertThat(residence("R5").movedIn()).isEqualTo(residence("R4").movedOut().orElseThrow().plusDays(1));
        assertThat(found).noneMatch(f -> f.endsWith(" /residences/3") || f.endsWith(" /residences/4"));
        // secondary residence beside the main one
        assertThat(residence("R3").kind()).contains(ResidenceKind.SECONDARY);
        assertThat(residence("R1").covers(Sample.AS_OF) && residence("R3").covers(Sample.AS_OF)).isTrue();
        assertThat(found).noneMatch(f -> f.startsWith("RESIDENCE_OVERLAP"));
        // a foreigner ten days after moving in, a German hotel guest recorded the day after
        assertThat(found).noneMatch(f -> f.endsWith(" /residences/7") || f.endsWith(" /residences/8"));
        assertThat(found).noneMatch(f -> f.startsWith("FOREIGNER_REGISTRATION_LATE"));
    }

    /** A Chinese profile would judge the same records otherwise: German law decides here. */
    @Test
    void underCN_theForeignerAndTheGermanGuestWouldBeFindings_soTheProfileMatters() {
        Report cn = Validator.of(Profiles.load("CN")).check(registry, Sample.AS_OF);
        List<String> rules = cn.findings().stream().map(f -> f.rule() + " " + f.path()).toList();
        assertThat(rules).contains("HOTEL_REGISTRATION_LATE /residences/8", "RESIDENCE_OVERLAP /residences/2")
                .anyMatch(f -> f.startsWith("FIELD_INVALID /premises/"));
    }

    @Test
    void messages_neverEchoNamesOrPassportNumbers() {
        Report report = check();
        for (Locale locale : List.of(Locale.ENGLISH, Locale.GERMAN, Locale.SIMPLIFIED_CHINESE)) {
            for (Finding f : report.findings()) {
                String message = f.message(locale);
                for (Person p : registry.document().persons()) {
                    assertThat(message).doesNotContain(p.name());
                    p.documents().forEach(d -> assertThat(message).doesNotContain(d.number()));
                }
            }
        }
    }
}
