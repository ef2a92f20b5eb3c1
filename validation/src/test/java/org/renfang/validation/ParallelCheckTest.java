package org.renfang.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.renfang.validation.Fixtures.AS_OF;
import static org.renfang.validation.Fixtures.apartment;
import static org.renfang.validation.Fixtures.lease;
import static org.renfang.validation.Fixtures.person;
import static org.renfang.validation.Fixtures.residence;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.renfang.model.Basis;
import org.renfang.model.ImmutableRegistryDocument;
import org.renfang.model.LeaseId;
import org.renfang.registry.Registry;
import org.renfang.validation.finding.RuleCode;
import org.renfang.validation.profile.Profiles;

/** A whole-registry check on several threads gives the same report, byte for byte, as on one. */
class ParallelCheckTest {

    @Test
    void parallelCheck_equalsSerialCheck() {
        ImmutableRegistryDocument.Builder b = Fixtures.registry();
        for (int h = 0; h < 4000; h++) {
            String owner = "O" + h;
            String tenant = "T" + h;
            String premises = "H" + h;
            b.addPersons(person(owner).build(), person(tenant).build());
            b.addPremises(apartment(premises, owner).build());
            b.addLeases(lease("L" + h, premises, owner, tenant, "2026-03-01", "2027-02-28").build());
            org.renfang.model.ImmutableResidence.Builder r = residence("R" + h, tenant, premises,
                    Basis.lease(LeaseId.of("L" + h)), "2026-03-01");
            if (h % 5 == 0) {
                r.registeredOn(Fixtures.d("2026-03-20"));
            }
            b.addResidences(r.build());
        }
        Registry registry = Registry.of(b.build());
        Report serial = Validator.builder().profile(Profiles.load("CN-31")).build().check(registry, AS_OF);
        Report parallel = Validator.builder().profile(Profiles.load("CN-31")).parallelism(4).build()
                .check(registry, AS_OF);
        assertThat(serial.findings(RuleCode.RESIDENCE_REGISTRATION_LATE)).hasSize(800);
        assertThat(parallel.toJson(Locale.ENGLISH)).isEqualTo(serial.toJson(Locale.ENGLISH));
    }
}
