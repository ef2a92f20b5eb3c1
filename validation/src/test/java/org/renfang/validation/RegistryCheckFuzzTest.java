package org.renfang.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.renfang.model.Person;
import org.renfang.model.Premises;
import org.renfang.model.json.RegistryReader;
import org.renfang.registry.Registry;
import org.renfang.validation.permit.ResidencePermits;
import org.renfang.validation.profile.Profiles;
import org.renfang.validation.rating.PremisesRating;
import org.renfang.validation.rating.PremisesRatings;

/**
 * Jazzer target: registry JSON → report, the way {@code renfang check} runs it: streamed through
 * {@link RegistryReader#readRegistry}, indexed, {@link Validator#check}ed; then every premises is
 * rated and every person assessed for a residence permit. Any bytes give a report (never an
 * exception) that meets {@link FuzzSupport#checkReport}, within the time limit.
 *
 * <p>Without {@code JAZZER_FUZZ} this runs only the seeds in {@code RegistryCheckFuzzTestInputs/check/}.
 * Fuzzing it: see {@code docs/reliability.md}.
 */
class RegistryCheckFuzzTest {
    private static final org.renfang.validation.profile.Profile PERMIT_PROFILE = Profiles.load("CN");

    @FuzzTest(maxDuration = "10m")
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    @DictionaryEntries({"\"schema\"", "\"renfang/registry@1\"", "\"persons\"", "\"organizations\"",
            "\"premises\"", "\"leases\"", "\"employments\"", "\"enrollments\"", "\"residences\"", "\"visits\"",
            "\"id\"", "\"P1\"", "\"H1\"", "\"H1-1\"", "\"L1\"", "\"O1\"", "\"basis\"", "\"LEASE\"", "\"OWNER\"",
            "\"EMPLOYER_DORMITORY\"", "\"HOTEL_STAY\"", "\"movedIn\"", "\"movedOut\"", "\"registeredOn\"",
            "\"deregisteredOn\"", "\"parent\"", "\"subletPermitted\"", "\"2026-11-20\"", "\"area\"",
            "\"partitionedFrom\"", "\"rooms\"", "\"observedOccupants\"", "\"at\""})
    void check(byte[] registry) {
        Registry r = Registry.of(RegistryReader.readRegistry(new ByteArrayInputStream(registry)));
        Report report = FuzzSupport.VALIDATOR.check(r, FuzzSupport.AS_OF);
        FuzzSupport.checkReport(report);
        var profile = FuzzSupport.VALIDATOR.profile();
        for (Premises p : r.document().premises()) {
            PremisesRating rating = PremisesRatings.rate(r, p.id(), FuzzSupport.AS_OF, profile);
            rating.stars().ifPresent(s -> assertThat(s).isBetween(1, 5));
            assertThat(rating.toJson(java.util.Locale.ENGLISH)).isNotBlank();
        }
        for (Person p : r.document().persons()) {
            assertThat(ResidencePermits.assess(r, p.id(), FuzzSupport.AS_OF, PERMIT_PROFILE).toJson(java.util.Locale.ENGLISH))
                    .isNotBlank();
        }
    }
}
