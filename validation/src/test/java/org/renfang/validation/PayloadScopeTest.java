package org.renfang.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.renfang.validation.Fixtures.AS_OF;
import static org.renfang.validation.Fixtures.apartment;
import static org.renfang.validation.Fixtures.d;
import static org.renfang.validation.Fixtures.foreigner;
import static org.renfang.validation.Fixtures.lease;
import static org.renfang.validation.Fixtures.person;
import static org.renfang.validation.Fixtures.residence;
import static org.renfang.validation.Fixtures.rules;

import org.junit.jupiter.api.Test;
import org.renfang.model.Basis;
import org.renfang.model.ImmutableResidence;
import org.renfang.model.LeaseId;
import org.renfang.model.RegistryDocument;
import org.renfang.registry.Registry;
import org.renfang.validation.finding.RuleCode;
import org.renfang.validation.profile.Profiles;

/**
 * Payload scope: only findings that involve a payload record are reported, and a record sent
 * again (a move-out) does not re-report what its context version already had.
 */
class PayloadScopeTest {

    private static final Validator CN = Validator.of(Profiles.load("CN"));

    /** A foreigner registered 5 days after moving in (FOREIGNER_REGISTRATION_LATE in the context). */
    private static ImmutableResidence lateForeigner() {
        return residence("R1", "F1", "H1", Basis.lease(LeaseId.of("L1")), "2026-03-01")
                .registeredOn(d("2026-03-06")).build();
    }

    private static Registry context() {
        return Registry.of(Fixtures.registry()
                .addPersons(person("P9").build(), foreigner("F1").build())
                .addPremises(apartment("H1", "P9").build())
                .addLeases(lease("L1", "H1", "P9", "F1", "2026-03-01", "2027-02-28").build())
                .addResidences(lateForeigner())
                .build());
    }

    /** The payload: the late-registered foreigner's residence, moved out and deregistered on the days. */
    private static RegistryDocument moveOut(String movedOut, String deregistered) {
        return RegistryDocument.registration()
                .addResidences(ImmutableResidence.copyOf(lateForeigner()).withMovedOut(d(movedOut))
                        .withDeregisteredOn(d(deregistered)))
                .build();
    }

    @Test
    void contextAlone_hasTheOldProblem() {
        assertThat(rules(CN.check(context(), AS_OF))).containsExactly(RuleCode.FOREIGNER_REGISTRATION_LATE);
    }

    @Test
    void moveOut_ofALateRegisteredResidence_doesNotReReportTheOldProblem() {
        Report r = CN.validate(moveOut("2026-11-20", "2026-11-21"), context(), AS_OF);
        assertThat(r.findings()).isEmpty();
        assertThat(r.isValid()).isTrue();
    }

    @Test
    void moveOut_withANewProblem_reportsOnlyTheNewOne() {
        Report r = CN.validate(moveOut("2026-11-01", "2026-11-05"), context(), AS_OF);
        assertThat(rules(r)).containsExactly(RuleCode.RESIDENCE_DEREGISTRATION_LATE);
        assertThat(r.findings().get(0).path()).isEqualTo("/residences/0");
    }

    @Test
    void unrelatedPayload_doesNotReportTheOldProblem() {
        RegistryDocument payload = RegistryDocument.registration().addPersons(person("P2").build()).build();
        assertThat(CN.validate(payload, context(), AS_OF).findings()).isEmpty();
    }

    @Test
    void changedRecord_thatMakesTheProblemDifferent_isReported() {
        RegistryDocument later = RegistryDocument.registration()
                .addResidences(ImmutableResidence.copyOf(lateForeigner()).withRegisteredOn(d("2026-03-09")))
                .build();
        Report r = CN.validate(later, context(), AS_OF);
        assertThat(rules(r)).containsExactly(RuleCode.FOREIGNER_REGISTRATION_LATE);
        assertThat(r.findings().get(0).params()).containsEntry("registeredOn", "2026-03-09");
    }
}
