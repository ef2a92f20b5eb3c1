package org.renfang.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.renfang.validation.Fixtures.AS_OF;
import static org.renfang.validation.Fixtures.apartment;
import static org.renfang.validation.Fixtures.lease;
import static org.renfang.validation.Fixtures.person;
import static org.renfang.validation.Fixtures.residence;

import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.renfang.model.Basis;
import org.renfang.model.ImmutableRegistryDocument;
import org.renfang.model.LeaseId;
import org.renfang.registry.Registry;
import org.renfang.validation.finding.RuleCode;
import org.renfang.validation.profile.Profiles;

/**
 * A whole-registry check on several threads, on the validator's own pool or on a host's executor,
 * gives the same report, byte for byte, as on one.
 */
class ParallelCheckTest {

    private static Registry registry() {
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
        return Registry.of(b.build());
    }

    @Test
    void parallelCheck_equalsSerialCheck() {
        Registry registry = registry();
        Report serial = Validator.builder().profile(Profiles.load("CN-31")).build().check(registry, AS_OF);
        Report parallel = Validator.builder().profile(Profiles.load("CN-31")).parallelism(4).build()
                .check(registry, AS_OF);
        assertThat(serial.findings(RuleCode.RESIDENCE_REGISTRATION_LATE)).hasSize(800);
        assertThat(parallel.toJson(Locale.ENGLISH)).isEqualTo(serial.toJson(Locale.ENGLISH));
    }

    @Test
    void aHostsExecutor_runsTheParts_andGivesTheSameReport() {
        Registry registry = registry();
        AtomicInteger tasks = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Executor counting = r -> {
                tasks.incrementAndGet();
                pool.execute(r);
            };
            Report serial = Validator.builder().profile(Profiles.load("CN-31")).build().check(registry, AS_OF);
            Validator onExecutor = Validator.builder().profile(Profiles.load("CN-31")).parallelism(4)
                    .executor(counting).build();

            Report first = onExecutor.check(registry, AS_OF);
            Report second = onExecutor.check(registry, AS_OF);

            assertThat(tasks).hasValue(4); // 20,000 records: 2 parts a check, on the host's executor
            assertThat(first.toJson(Locale.ENGLISH)).isEqualTo(serial.toJson(Locale.ENGLISH));
            assertThat(second.toJson(Locale.ENGLISH)).isEqualTo(serial.toJson(Locale.ENGLISH));
            assertThat(pool.isShutdown()).isFalse(); // the host's executor is the host's to shut down
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aSmallRegistry_isNotSplit_andLeavesTheExecutorUnused() {
        AtomicInteger tasks = new AtomicInteger();
        Registry small = Registry.of(Fixtures.registry().addPersons(person("P1").build()).build());

        Validator.builder().parallelism(4).executor(r -> {
            tasks.incrementAndGet();
            r.run();
        }).build().check(small, AS_OF);

        assertThat(tasks).hasValue(0);
    }

    @Test
    void aFailureInAPart_reachesTheCaller() {
        Registry registry = registry();
        Validator v = Validator.builder().profile(Profiles.load("CN-31")).parallelism(4)
                .executor(r -> {
                    throw new java.util.concurrent.RejectedExecutionException("full");
                }).build();

        assertThatThrownBy(() -> v.check(registry, AS_OF))
                .isInstanceOf(java.util.concurrent.RejectedExecutionException.class);
    }
}
