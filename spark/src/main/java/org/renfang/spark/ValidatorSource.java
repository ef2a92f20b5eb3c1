package org.renfang.spark;

import java.io.Serializable;
import java.util.Objects;
import org.renfang.validation.Validator;
import org.renfang.validation.profile.Profiles;

/**
 * Makes the {@link Validator} the executors run, where they run: a validator (with its profile,
 * holiday calendar and label verifier) is not serializable, so the job ships this recipe instead.
 * Called once per partition; the recipe must give equal validators every time.
 *
 * <pre>{@code
 * ValidatorSource source = ValidatorSource.profile("CN-31");
 * ValidatorSource withHolidays = () -> Validator.builder().profile("CN").holidays(calendar()).build();
 * }</pre>
 */
@FunctionalInterface
public interface ValidatorSource extends Serializable {

    /**
     * Makes the validator.
     *
     * @return the validator, not null
     */
    Validator validator();

    /**
     * A source of validators for a shipped profile, without label verification or holidays.
     *
     * @param code the profile code, such as {@code CN-31}, not null
     * @return the source, not null
     * @throws org.renfang.validation.profile.ProfileException if no shipped profile has that code
     */
    static ValidatorSource profile(String code) {
        Objects.requireNonNull(code, "code");
        Profiles.load(code);
        return () -> Validator.of(Profiles.load(code));
    }
}
