package org.renfang.benchmarks;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.renfang.model.ImmutableLease;
import org.renfang.model.ImmutableVisit;
import org.renfang.model.Lease;
import org.renfang.model.LeaseId;
import org.renfang.model.OrganizationId;
import org.renfang.model.Party;
import org.renfang.model.PersonId;
import org.renfang.model.Premises;
import org.renfang.model.PremisesId;
import org.renfang.model.RegistryDocument;
import org.renfang.model.RoomId;
import org.renfang.model.Visit;
import org.renfang.model.VisitId;
import org.renfang.model.VisitPurpose;
import org.renfang.registry.Registry;
import org.renfang.validation.Report;
import org.renfang.validation.Validator;
import org.renfang.validation.profile.Profiles;

/**
 * Issue #16, item 3: the pairwise rules VISIT_REDUNDANT and LEASE_OVERLAP on {@code records}
 * visits and as many leases all on one premises ({@link #onePremises}), beside the same records
 * spread over premises of eight ({@link #spread}, the baseline, where nothing is swept). Run at
 * several sizes: before the date sweep, one premises grew with the square of the size (80 000
 * visits: 111 s); with it, both grow about linearly and the ratio stays flat.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g"})
public class PairwiseRuleBenchmark {
    /** The visits, and the leases, of the document. */
    @Param({"2000", "4000", "8000", "16000"})
    public int records;

    Registry one;
    Registry spread;
    Validator validator;
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 26);

    /** Builds both registries from the same seed. */
    @Setup
    public void setup() {
        one = registry(records, records);
        spread = registry(records, 8);
        validator = Validator.of(Profiles.load("CN"));
    }

    static Registry registry(int n, int perPremises) {
        SplittableRandom r = new SplittableRandom(16);
        List<Premises> premises = new ArrayList<>();
        List<Visit> visits = new ArrayList<>(n);
        List<Lease> leases = new ArrayList<>(n);
        for (int p = 0; p * perPremises < n; p++) {
            premises.add(org.renfang.model.ImmutablePremises.builder().id(PremisesId.of("H" + p))
                    .address(org.renfang.model.ImmutableAddress.builder().division("650203").line("Test Road " + p).build())
                    .kind(org.renfang.model.PremisesKind.APARTMENT).use(org.renfang.model.PremisesUse.RESIDENTIAL)
                    .floorArea(new java.math.BigDecimal("60")).owner(Party.of(PersonId.of("P9"))).build());
        }
        for (int i = 0; i < n; i++) {
            PremisesId at = PremisesId.of("H" + i / perPremises);
            LocalDate day = LocalDate.of(2026, 1, 1).plusDays(r.nextInt(300));
            visits.add(ImmutableVisit.builder().id(VisitId.of("V" + i)).premises(at)
                    .agency(OrganizationId.of("A" + r.nextInt(4))).purpose(VisitPurpose.REGISTRATION_CHECK)
                    .at(OffsetDateTime.of(day.atTime(10, 0), ZoneOffset.ofHours(8))).build());
            LocalDate start = LocalDate.of(2026, 1, 1).plusDays(r.nextInt(365));
            ImmutableLease.Builder b = ImmutableLease.builder().id(LeaseId.of("L" + i)).premises(at)
                    .lessor(Party.of(PersonId.of("P9"))).addLessees(Party.of(PersonId.of("P1"))).start(start)
                    .end(start.plusDays(r.nextInt(365)));
            if (i % 2 == 0) {
                b.addRooms(RoomId.of("r" + r.nextInt(Math.max(1, n / 2))));
            }
            leases.add(b.build());
        }
        return Registry.of(RegistryDocument.registry().addAllPremises(premises).addAllVisits(visits)
                .addAllLeases(leases).build());
    }

    /**
     * All records on one premises: swept by date.
     *
     * @return the report
     */
    @Benchmark
    public Report onePremises() {
        return validator.check(one, AS_OF);
    }

    /**
     * The baseline: the same number of records, eight a premises, scanned pairwise.
     *
     * @return the report
     */
    @Benchmark
    public Report spread() {
        return validator.check(spread, AS_OF);
    }
}
