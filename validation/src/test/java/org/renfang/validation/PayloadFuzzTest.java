package org.renfang.validation;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/**
 * Jazzer target: registration payload JSON → report, through
 * {@link Validator#validate(byte[], org.renfang.registry.RegistryView, java.time.LocalDate)} against
 * a small context registry. Any bytes give a report (never an exception) that meets
 * {@link FuzzSupport#checkReport}, within the time limit.
 *
 * <p>Without {@code JAZZER_FUZZ} this runs only the seeds in {@code PayloadFuzzTestInputs/validate/}.
 * Fuzzing it: see {@code docs/reliability.md}.
 */
class PayloadFuzzTest {

    @FuzzTest(maxDuration = "10m")
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    @DictionaryEntries({"\"schema\"", "\"renfang/registration@1\"", "\"persons\"", "\"premises\"", "\"leases\"",
            "\"employments\"", "\"enrollments\"", "\"residences\"", "\"visits\"", "\"id\"", "\"P1\"", "\"H1\"",
            "\"H1-1\"", "\"L1\"", "\"O1\"", "\"basis\"", "\"LEASE\"", "\"FAMILY_MEMBER\"", "\"OWNER\"",
            "\"movedIn\"", "\"movedOut\"", "\"registeredOn\"", "\"2026-11-20\"", "\"area\"", "\"floorArea\"",
            "\"rooms\"", "\"BEDROOM\"", "\"observedOccupants\"", "\"label\"", "\"at\"", "\"documents\""})
    void validate(byte[] payload) {
        Report report = FuzzSupport.VALIDATOR.validate(payload, FuzzSupport.CONTEXT, FuzzSupport.AS_OF);
        FuzzSupport.checkReport(report);
    }
}
