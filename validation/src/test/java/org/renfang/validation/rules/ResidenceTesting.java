package org.renfang.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.renfang.validation.Fixtures.apartment;
import static org.renfang.validation.Fixtures.assertFinding;
import static org.renfang.validation.Fixtures.foreigner;
import static org.renfang.validation.Fixtures.lease;
import static org.renfang.validation.Fixtures.org;
import static org.renfang.validation.Fixtures.person;
import static org.renfang.validation.Fixtures.registry;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.renfang.model.Basis;
import org.renfang.model.ImmutableRegistryDocument;
import org.renfang.model.LeaseId;
import org.renfang.model.OrganizationKind;
import org.renfang.model.RegistryDocument;
import org.renfang.registry.Registry;
import org.renfang.validation.Report;
import org.renfang.validation.Validator;
import org.renfang.validation.finding.Finding;
import org.renfang.validation.finding.RuleCode;
import org.renfang.validation.profile.HolidayCalendar;
import org.renfang.validation.profile.Profile;
import org.renfang.validation.profile.Profiles;

/**
 * Shared set-up of the residence rule tests: a clean registry (national P1 renting apartment H1
 * from its owner P9 under lease L1 for 2026-03-01..2027-02-28, foreigner F1, employer O1) and
 * helpers that pick the findings of one rule.
 */
final class ResidenceTesting {
    /** Lease L1's basis. */
    static final Basis ON_L1 = Basis.lease(LeaseId.of("L1"));

    private ResidenceTesting() {
    }

    /** The clean base registry, without residences. */
    static ImmutableRegistryDocument.Builder base() {
        return registry()
                .addPersons(person("P1").build(), person("P2").build(), person("P9").build(), foreigner("F1").build())
                .addOrganizations(org("O1", OrganizationKind.EMPLOYER).build(),
                        org("O2", OrganizationKind.EMPLOYER).build())
                .addPremises(apartment("H1", "P9").build(), apartment("H2", "P9").build())
                .addLeases(lease("L1", "H1", "P9", "P1", "2026-03-01", "2027-02-28").addOccupants(
                        org.renfang.model.PersonId.of("F1")).build());
    }

    /** Checks a registry under a shipped profile as of a date, with a holiday calendar. */
    static Report check(String profile, RegistryDocument doc, LocalDate asOf, HolidayCalendar holidays) {
        return Validator.builder().profile(profile).holidays(holidays).build().check(Registry.of(doc), asOf);
    }

    /** Validates a payload against a context registry under a shipped profile. */
    static Report validate(String profile, RegistryDocument payload, RegistryDocument context, LocalDate asOf) {
        return Validator.builder().profile(profile).build().validate(payload, Registry.of(context), asOf);
    }

    /** A holiday calendar of some days. */
    static HolidayCalendar holidays(String... days) {
        List<LocalDate> list = new ArrayList<>();
        for (String d : days) {
            list.add(LocalDate.parse(d));
        }
        return list::contains;
    }

    /** A profile read from JSON text. */
    static Profile profile(String json) {
        return Profiles.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    /** The findings of one rule. */
    static List<Finding> findings(Report report, RuleCode rule) {
        List<Finding> out = new ArrayList<>();
        for (Finding f : report.findings()) {
            if (f.rule() == rule) {
                out.add(f);
            }
        }
        return out;
    }

    /** The one finding of a rule; fails if there is not exactly one. */
    static Finding single(Report report, RuleCode rule) {
        List<Finding> found = findings(report, rule);
        assertThat(found).as("findings of %s in %s", rule, report.findings()).hasSize(1);
        return found.get(0);
    }

    /**
     * Asserts a report's one RESIDENCE_OVERLAP: on the first residence of the document, which
     * overlaps another from a day on, with no end.
     */
    static void assertOpenOverlapOfFirst(Report report, String residence, String other, String from) {
        Finding f = single(report, RuleCode.RESIDENCE_OVERLAP);
        assertFinding(f, "/residences/0", List.of("residence:" + residence, "residence:" + other), "residence",
                residence, "other", other, "from", from, "to", "open");
    }

    /** Asserts that a report has no finding of a rule. */
    static void none(Report report, RuleCode rule) {
        assertThat(findings(report, rule)).as("findings of %s", rule).isEmpty();
    }
}
