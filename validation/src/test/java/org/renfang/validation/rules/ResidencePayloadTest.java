package org.renfang.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.renfang.validation.Fixtures.AS_OF;
import static org.renfang.validation.Fixtures.assertFinding;
import static org.renfang.validation.Fixtures.d;
import static org.renfang.validation.Fixtures.foreigner;
import static org.renfang.validation.Fixtures.lease;
import static org.renfang.validation.Fixtures.person;
import static org.renfang.validation.Fixtures.residence;
import static org.renfang.validation.rules.ResidenceTesting.ON_L1;
import static org.renfang.validation.rules.ResidenceTesting.assertOpenOverlapOfFirst;
import static org.renfang.validation.rules.ResidenceTesting.base;
import static org.renfang.validation.rules.ResidenceTesting.findings;
import static org.renfang.validation.rules.ResidenceTesting.none;
import static org.renfang.validation.rules.ResidenceTesting.single;
import static org.renfang.validation.rules.ResidenceTesting.validate;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.renfang.model.Basis;
import org.renfang.model.ImmutableResidence;
import org.renfang.model.PersonId;
import org.renfang.model.RegistryDocument;
import org.renfang.model.Residence;
import org.renfang.validation.Report;
import org.renfang.validation.finding.Finding;
import org.renfang.validation.finding.RuleCode;

/**
 * The residence rules in payload scope: old problems in the context are not reported, new
 * ones in the payload are, and pairs across payload and context are carried by the payload.
 */
class ResidencePayloadTest {

    /** P1 on lease L1 since 2026-03-01, registered a week late. */
    private static final Residence LATE_IN_CONTEXT = residence("R1", "P1", "H1", ON_L1, "2026-03-01")
            .registeredOn(d("2026-03-08")).build();

    private static RegistryDocument context(Residence... residences) {
        return base().addResidences(residences).build();
    }

    /** Validates, against the context of LATE_IN_CONTEXT, its move-out on 2026-10-01, deregistered on a day. */
    private static Report moveOutOnOctober1st(LocalDate deregistered) {
        Residence moveOut = ImmutableResidence.copyOf(LATE_IN_CONTEXT).withMovedOut(d("2026-10-01"))
                .withDeregisteredOn(deregistered);
        return validate("CN", RegistryDocument.registration().addResidences(moveOut).build(), context(LATE_IN_CONTEXT),
                AS_OF);
    }

    @Test
    void lateRegistrationInContext_unrelatedPayload_notReported() {
        Report report = validate("CN", RegistryDocument.registration().addPersons(person("P5").build()).build(),
                context(LATE_IN_CONTEXT), AS_OF);
        none(report, RuleCode.RESIDENCE_REGISTRATION_LATE);
    }

    @Test
    void lateRegistrationInPayload_reportedOnPayloadPath() {
        Residence late = residence("R7", "P2", "H2", Basis.other(), "2026-11-01").registeredOn(d("2026-11-05")).build();
        Report report = validate("CN", RegistryDocument.registration().addResidences(late).build(),
                context(LATE_IN_CONTEXT), AS_OF);
        Finding f = single(report, RuleCode.RESIDENCE_REGISTRATION_LATE);
        assertFinding(f, "/residences/0", List.of("residence:R7"), "residence", "R7", "deadline", "2026-11-04",
                "registeredOn", "2026-11-05");
    }

    @Test
    void lateForeignerInPayload_makesReportInvalid() {
        Residence late = residence("R7", "F2", "H2", Basis.other(), "2026-11-01").registeredOn(d("2026-11-03")).build();
        Report report = validate("CN", RegistryDocument.registration().addPersons(foreigner("F2").build())
                .addResidences(late).build(), context(), AS_OF);
        assertThat(single(report, RuleCode.FOREIGNER_REGISTRATION_LATE).path()).isEqualTo("/residences/0");
        assertThat(report.isValid()).isFalse();
    }

    @Test
    void payloadResidenceOverlappingContextResidence_reportedOnPayloadResidence() {
        // The payload residence moved in earlier, so in a whole-registry check the context one would carry it.
        Residence earlier = residence("R9", "P1", "H2", Basis.other(), "2026-01-01").build();
        Report report = validate("CN", RegistryDocument.registration().addResidences(earlier).build(),
                context(LATE_IN_CONTEXT), AS_OF);
        assertOpenOverlapOfFirst(report, "R9", "R1", "2026-03-01");
    }

    @Test
    void twoOverlappingPayloadResidences_reportedOnce() {
        RegistryDocument payload = RegistryDocument.registration()
                .addResidences(residence("R8", "P2", "H2", Basis.other(), "2026-06-01").build(),
                        residence("R7", "P2", "H1", Basis.other(), "2026-05-01").build())
                .build();
        Finding f = single(validate("CN", payload, context(), AS_OF), RuleCode.RESIDENCE_OVERLAP);
        assertThat(f.path()).isEqualTo("/residences/0");
        assertThat(f.subjects()).containsExactly("residence:R8", "residence:R7");
    }

    @Test
    void overlapWithinContext_unrelatedPayload_notReported() {
        Residence second = residence("R2", "P1", "H2", Basis.other(), "2026-04-01").build();
        Report report = validate("CN", RegistryDocument.registration().addPersons(person("P5").build()).build(),
                context(LATE_IN_CONTEXT, second), AS_OF);
        none(report, RuleCode.RESIDENCE_OVERLAP);
    }

    @Test
    void moveOutReplacingContextResidence_doesNotOverlapItsOldVersion() {
        Report report = moveOutOnOctober1st(d("2026-10-02"));
        none(report, RuleCode.RESIDENCE_OVERLAP);
        none(report, RuleCode.RESIDENCE_DEREGISTRATION_LATE);
    }

    @Test
    void lateMoveOutInPayload_reportsDeregistrationLate() {
        Report report = moveOutOnOctober1st(d("2026-10-05"));
        Finding f = single(report, RuleCode.RESIDENCE_DEREGISTRATION_LATE);
        assertThat(f.path()).isEqualTo("/residences/0");
        assertThat(f.params()).containsEntry("deadline", "2026-10-04").containsEntry("deregisteredOn", "2026-10-05");
    }

    @Test
    void payloadResidenceOnContextLease_notListed_reportsBasisMissing() {
        Residence r = residence("R7", "P2", "H1", ON_L1, "2026-11-01").build();
        Report report = validate("CN", RegistryDocument.registration().addResidences(r).build(), context(), AS_OF);
        assertThat(single(report, RuleCode.RESIDENCE_BASIS_MISSING).params()).containsEntry("reason",
                "NOT_LISTED_ON_LEASE");
    }

    @Test
    void payloadLeaseUpdateListingTheResident_satisfiesBasis() {
        Residence r = residence("R7", "P2", "H1", ON_L1, "2026-11-01").build();
        RegistryDocument payload = RegistryDocument.registration()
                .addLeases(lease("L1", "H1", "P9", "P1", "2026-03-01", "2027-02-28")
                        .addOccupants(PersonId.of("F1"), PersonId.of("P2")).build())
                .addResidences(r).build();
        none(validate("CN", payload, context(), AS_OF), RuleCode.RESIDENCE_BASIS_MISSING);
    }

    @Test
    void payloadFamilyMemberOfContextResident_satisfiesBasis() {
        Residence r = residence("R7", "P2", "H1", Basis.familyMemberOf(PersonId.of("P1")), "2026-11-01").build();
        Report report = validate("CN", RegistryDocument.registration().addResidences(r).build(),
                context(LATE_IN_CONTEXT), AS_OF);
        none(report, RuleCode.RESIDENCE_BASIS_MISSING);
        assertThat(findings(report, RuleCode.RESIDENCE_REGISTRATION_LATE)).isEmpty();
    }
}
