package org.renfang.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.renfang.model.IdentityDocument;
import org.renfang.model.Lease;
import org.renfang.model.Person;
import org.renfang.model.Premises;
import org.renfang.model.RegistryDocument;
import org.renfang.model.Residence;
import org.renfang.qr.LabelStatus;
import org.renfang.registry.Registry;
import org.renfang.validation.Report;
import org.renfang.validation.Validator;
import org.renfang.validation.finding.Finding;
import org.renfang.validation.finding.RuleCode;
import org.renfang.validation.permit.PermitAssessment;
import org.renfang.validation.permit.PermitAssessment.Permit;
import org.renfang.validation.permit.PermitReason;
import org.renfang.validation.permit.ResidencePermits;
import org.renfang.validation.profile.Profiles;

/**
 * Every example program runs end to end during {@code verify}: its {@code main}, and its static
 * method with the outcome asserted. The README snippet is checked to be a copy of the example.
 */
class ExamplesTest {

    private static final byte[] PAYLOAD = ValidatePayloadExample.PAYLOAD.getBytes(StandardCharsets.UTF_8);

    /** P12 moves into the kitchen of H5: an ERROR. */
    private static final byte[] KITCHEN = ("{\"schema\": \"renfang/registration@1\", \"residences\": [{\"id\": \"R29\","
            + " \"person\": \"P12\", \"premises\": \"H5\", \"room\": \"H5-3\", \"basis\": {\"type\": \"FAMILY_MEMBER\","
            + " \"of\": \"P17\"}, \"movedIn\": \"2026-11-20\", \"registeredOn\": \"2026-11-21\"}]}")
            .getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8);

    private String printed() {
        return buffer.toString(StandardCharsets.UTF_8);
    }

    @Test
    void validatePayload_lateRegistration_isValidWithAWarning() {
        Report report = ValidatePayloadExample.validate(PAYLOAD, out);

        assertThat(report.isValid()).isTrue();
        assertThat(report.findings()).extracting(Finding::rule).containsExactly(RuleCode.RESIDENCE_REGISTRATION_LATE);
        assertThat(printed()).contains("WARNING RESIDENCE_REGISTRATION_LATE /residences/0").endsWith("valid\n");
    }

    @Test
    void validatePayload_kitchen_isNotValid() {
        Report report = ValidatePayloadExample.validate(KITCHEN, out);

        assertThat(report.isValid()).isFalse();
        assertThat(report.findings(RuleCode.ROOM_NOT_HABITABLE)).isNotEmpty();
        assertThat(printed()).endsWith("not valid\n");
    }

    @Test
    void checkRegistry_sample_printsItsErrors() throws IOException {
        Report report;
        try (var in = Sample.open()) {
            report = CheckRegistryExample.check(in, "CN-31", Sample.AS_OF, out);
        }

        assertThat(report.profile()).isEqualTo("CN-31");
        assertThat(report.findings(RuleCode.OCCUPANCY_PER_ROOM)).extracting(Finding::path).containsExactly("/premises/2");
        assertThat(printed()).contains("/premises/2 OCCUPANCY_PER_ROOM").contains("/residences/15 ROOM_NOT_HABITABLE")
                .doesNotContain("LEASE_FILING_LATE");
    }

    @Test
    void doorLabel_readsBackFromThePng_andTellsRevokedAndWrongDoorApart() {
        DoorLabelExample.Outcome o = DoorLabelExample.run(out);

        assertThat(o.text()).startsWith("RF1:");
        assertThat(o.qrVersion()).isLessThanOrEqualTo(9);
        assertThat(o.fromImage().status()).isEqualTo(LabelStatus.VALID);
        assertThat(o.fromImage().label().serial()).isEqualTo(42);
        assertThat(o.revoked().status()).isEqualTo(LabelStatus.REVOKED);
        assertThat(o.wrongDoor().status()).isEqualTo(LabelStatus.WRONG_PREMISES);
    }

    @Test
    void permit_answersBothWays() {
        PermitAssessment notYet = PermitExample.assess("P11", Sample.AS_OF, Locale.ENGLISH, out);
        LocalDate from = notYet.earliestDate().orElseThrow();
        PermitAssessment dayBefore = PermitExample.assess("P11", from.minusDays(1), Locale.ENGLISH, out);
        PermitAssessment later = PermitExample.assess("P11", from, Locale.ENGLISH, out);
        PermitAssessment eligible = PermitExample.assess("P7", Sample.AS_OF, Locale.SIMPLIFIED_CHINESE, out);

        assertThat(notYet.isEligible()).isFalse();
        assertThat(notYet.permit()).contains(Permit.RESIDENCE_PERMIT);
        assertThat(from).isAfter(Sample.AS_OF);
        assertThat(dayBefore.isEligible()).isFalse();
        assertThat(later.isEligible()).isTrue();
        assertThat(eligible.isEligible()).isTrue();
        assertThat(printed()).contains("eligible from " + from).contains("符合申领条件");
    }

    @Test
    void permit_localsAndForeigners_areToldNoPermitApplies() {
        for (PermitReason.Code why : List.of(PermitReason.Code.LOCAL_RESIDENT, PermitReason.Code.FOREIGNER_NOT_ELIGIBLE)) {
            Person p = Sample.registry().document().persons().stream()
                    .filter(x -> ResidencePermits.assess(Sample.registry(), x.id(), Sample.AS_OF, Profiles.load("CN"))
                            .has(why))
                    .findFirst().orElseThrow(() -> new AssertionError("the sample has no person with " + why));

            PermitAssessment a = PermitExample.assess(p.id().value(), Sample.AS_OF, Locale.ENGLISH, out);

            assertThat(a.permit()).isEmpty();
            assertThat(a.earliestDate()).isEmpty();
        }
        assertThat(printed()).contains("no residence permit for this person here")
                .doesNotContain("no date follows from the records");
    }

    @Test
    void sqlView_givesTheSameReportsAsTheInMemoryRegistry() {
        Validator validator = Validator.of(Profiles.load("CN"));
        for (byte[] payload : List.of(PAYLOAD, KITCHEN)) {
            Report sql = SqlRegistryViewExample.validate(payload, out);
            Report memory = validator.validate(payload, Sample.registry(), Sample.AS_OF);
            assertThat(sql.findings()).isEqualTo(memory.findings());
        }
        assertThat(printed()).contains("loaded " + sampleRecords() + " records into H2");
    }

    private static int sampleRecords() {
        RegistryDocument d = Sample.registry().document();
        return d.persons().size() + d.organizations().size() + d.premises().size() + d.leases().size()
                + d.employments().size() + d.enrollments().size() + d.residences().size() + d.visits().size();
    }

    @Test
    void sqlView_everyLookupMatchesTheInMemoryRegistry() {
        Registry memory = Sample.registry();
        RegistryDocument d = memory.document();
        try (SqlRegistryViewExample.H2RegistryView sql = SqlRegistryViewExample.H2RegistryView.create()) {
            sql.load(d);
            for (Person p : d.persons()) {
                assertThat(sql.person(p.id())).isEqualTo(memory.person(p.id()));
                assertThat(ids(sql.residencesOf(p.id()), Residence::id)).isEqualTo(ids(memory.residencesOf(p.id()),
                        Residence::id));
                assertThat(sql.employmentsOf(p.id())).containsExactlyInAnyOrderElementsOf(memory.employmentsOf(p.id()));
                assertThat(sql.enrollmentsOf(p.id())).containsExactlyInAnyOrderElementsOf(memory.enrollmentsOf(p.id()));
                for (IdentityDocument doc : p.documents()) {
                    String shuffled = " " + doc.number().toLowerCase(Locale.ROOT) + " ";
                    assertThat(sql.personsWithDocument(doc.type(), shuffled))
                            .containsExactlyInAnyOrderElementsOf(memory.personsWithDocument(doc.type(), shuffled))
                            .contains(p);
                }
            }
            for (Premises p : d.premises()) {
                assertThat(sql.premises(p.id())).isEqualTo(memory.premises(p.id()));
                assertThat(ids(sql.leasesOf(p.id()), Lease::id)).isEqualTo(ids(memory.leasesOf(p.id()), Lease::id));
                assertThat(sql.residencesAt(p.id())).containsExactlyInAnyOrderElementsOf(memory.residencesAt(p.id()));
                assertThat(sql.visitsTo(p.id())).containsExactlyInAnyOrderElementsOf(memory.visitsTo(p.id()));
            }
            d.organizations().forEach(o -> assertThat(sql.organization(o.id())).contains(o));
            d.leases().forEach(l -> assertThat(sql.lease(l.id())).contains(l));
            d.employments().forEach(e -> assertThat(sql.employment(e.id())).contains(e));
            d.enrollments().forEach(e -> assertThat(sql.enrollment(e.id())).contains(e));
            d.residences().forEach(r -> assertThat(sql.residence(r.id())).contains(r));
            d.visits().forEach(v -> assertThat(sql.visit(v.id())).contains(v));
            assertThat(sql.person(org.renfang.model.PersonId.of("P999"))).isEmpty();
            assertThat(sql.residencesAt(org.renfang.model.PremisesId.of("H999"))).isEmpty();
        }
    }

    @Test
    void mains_runWithoutArguments() throws IOException {
        PrintStream saved = System.out;
        System.setOut(out);
        try {
            ValidatePayloadExample.main(new String[0]);
            CheckRegistryExample.main(new String[0]);
            DoorLabelExample.main(new String[0]);
            PermitExample.main(new String[0]);
            SqlRegistryViewExample.main(new String[0]);
            Path payload = Files.writeString(dir.resolve("payload.json"), ValidatePayloadExample.PAYLOAD);
            ValidatePayloadExample.main(new String[] {payload.toString()});
        } finally {
            System.setOut(saved);
        }
        assertThat(printed()).contains("valid").contains("VALID").contains("loaded " + sampleRecords() + " records into H2")
                .contains("eligible from ");
    }

    @Test
    void readmeSnippet_isACopyOfTheExample() throws IOException {
        Path readme = readme();
        String source = Files.readString(sourceOf("ValidatePayloadExample"));
        String snippet = between(source, "// snippet:validate-payload\n", "        // end-snippet");
        assertThat(snippet).contains("validator.validate(payload, context");
        if (readme != null) {
            String text = Files.readString(readme);
            if (text.contains("<!-- snippet:validate-payload -->")) {
                String block = between(text, "<!-- snippet:validate-payload -->", "<!-- /snippet -->");
                assertThat(block).contains(strip(snippet));
            }
        }
    }

    @Test
    void readmeDoorLabelSnippet_isACopyOfTheExample() throws IOException {
        String source = Files.readString(sourceOf("DoorLabelExample"));
        String snippet = between(source, "// snippet:door-label\n", "        // end-snippet");
        assertThat(snippet).contains("LabelIssuer.of(key)").contains("LabelReader.of(trusted");
        Path readme = readme();
        if (readme != null) {
            String block = between(Files.readString(readme), "<!-- snippet:door-label -->", "<!-- /snippet -->");
            assertThat(block).contains(strip(snippet));
        }
    }

    /** The snippet lines without their method indentation, as they stand in the README. */
    static String strip(String snippet) {
        StringBuilder sb = new StringBuilder();
        for (String line : snippet.split("\n", -1)) {
            sb.append(line.startsWith("        ") ? line.substring(8) : line).append('\n');
        }
        return sb.toString().strip();
    }

    private static String between(String text, String from, String to) {
        int a = text.indexOf(from);
        int b = text.indexOf(to, a + from.length());
        assertThat(a).as("marker " + from).isNotNegative();
        assertThat(b).as("marker " + to).isPositive();
        return text.substring(a + from.length(), b);
    }

    private static Path sourceOf(String name) {
        Path p = Path.of("src/main/java/org/renfang/examples/" + name + ".java");
        assertThat(p).exists();
        return p;
    }

    private static Path readme() {
        Path p = Path.of("../README.md");
        return Files.exists(p) ? p : null;
    }

    private static <R, I> Set<I> ids(List<R> records, Function<R, I> id) {
        Set<I> out = new HashSet<>();
        records.forEach(r -> out.add(id.apply(r)));
        return out;
    }
}
