package org.renfang.validation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Predicate;
import org.renfang.label.LabelVerifier;
import org.renfang.model.Record;
import org.renfang.model.RecordType;
import org.renfang.model.RegistryDocument;
import org.renfang.model.json.RegistryReader;
import org.renfang.model.json.RenfangJson;
import org.renfang.model.source.ReadResult;
import org.renfang.registry.Registry;
import org.renfang.registry.RegistryView;
import org.renfang.validation.finding.Finding;
import org.renfang.validation.internal.JsonFindings;
import org.renfang.validation.profile.HolidayCalendar;
import org.renfang.validation.profile.Profile;
import org.renfang.validation.profile.Profiles;
import org.renfang.validation.rules.Catalog;
import org.renfang.validation.rules.RuleContext;

/**
 * The entry point of validation: checks a whole registry, or validates a registration payload
 * against a context, under a jurisdiction profile, and returns a {@link Report}. Never throws
 * for bad data: malformed JSON, wrong types, missing fields and unknown references are findings.
 *
 * <pre>{@code
 * Validator validator = Validator.of(Profiles.load("CN-31"));
 * Report report = validator.validate(payloadBytes, registry, LocalDate.of(2026, 11, 26));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe: one instance serves any number of threads.
 */
public final class Validator {
    private final Profile profile;
    private final LabelVerifier labelVerifier;
    private final HolidayCalendar holidays;
    private final int parallelism;
    private final Executor executor;
    private final RecordChecks checks;

    private Validator(Builder b) {
        this.profile = Objects.requireNonNull(b.profile, "profile");
        this.labelVerifier = b.labelVerifier;
        this.holidays = b.holidays;
        this.parallelism = b.parallelism;
        this.executor = b.executor;
        this.checks = new RecordChecks(b.fieldConstraints, Catalog.families());
    }

    /**
     * Obtains a validator for a profile, without label verification or holidays.
     *
     * @param profile the profile, not null
     * @return the validator, not null
     */
    public static Validator of(Profile profile) {
        return builder().profile(profile).build();
    }

    /**
     * Returns a builder.
     *
     * @return a new builder with profile CN, no label verifier, no holidays, field constraints on
     */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the profile, not null */
    public Profile profile() {
        return profile;
    }

    // -----------------------------------------------------------------------------------------
    // Whole registry

    /**
     * Checks every record of a registry as of a date.
     *
     * @param registry the registry, not null
     * @param asOf     the as-of date, not null
     * @return the report, not null
     */
    public Report check(Registry registry, LocalDate asOf) {
        return check(registry, asOf, r -> true);
    }

    /**
     * Checks some records of a registry as of a date, each against the whole registry: the rules
     * run on the records {@code checked} accepts, every record of the registry counts as a subject
     * (so a pairwise finding is carried by the same record as in {@link #check(Registry, LocalDate)}),
     * and the registry's read problems and repeated ids are reported whole. A finding is carried by
     * the record whose rules found it, so this gives exactly the findings of the whole check that
     * those records carry. Used to check a part of a large registry held with the records around it,
     * such as one neighbourhood on a Spark executor.
     *
     * @param registry the registry, not null
     * @param asOf     the as-of date, not null
     * @param checked  tells (by identity) whether a record of the registry's document is checked, not null
     * @return the report, not null
     */
    public Report check(Registry registry, LocalDate asOf, Predicate<Object> checked) {
        Objects.requireNonNull(registry, "registry");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(checked, "checked");
        List<Finding> findings = new ArrayList<>();
        JsonFindings.add(registry.readProblems(), profile, findings);
        JsonFindings.add(registry.duplicateIds(), profile, findings);
        findings.addAll(RegistryCheck.run(registry, checks, parallelism, executor,
                () -> new RuleContext(registry, profile, asOf, holidays, labelVerifier, r -> true), checked));
        return new Report(profile.code(), asOf, findings);
    }

    // -----------------------------------------------------------------------------------------
    // Registration payloads

    /**
     * Validates a registration payload given as JSON bytes against a context.
     *
     * @param payload the JSON, not null; at most {@link RenfangJson#MAX_PAYLOAD_BYTES} bytes
     * @param context the existing records, not null
     * @param asOf    the as-of date, not null
     * @return the report, not null
     */
    public Report validate(byte[] payload, RegistryView context, LocalDate asOf) {
        return validate(RegistryReader.readPayload(payload), context, asOf);
    }

    /**
     * Validates a registration payload read from a stream against a context.
     *
     * @param payload the JSON stream, not null; not closed; read up to the payload limit
     * @param context the existing records, not null
     * @param asOf    the as-of date, not null
     * @return the report, not null
     * @throws UncheckedIOException if the stream cannot be read
     */
    public Report validate(InputStream payload, RegistryView context, LocalDate asOf) {
        Objects.requireNonNull(payload, "payload");
        byte[] bytes;
        try {
            bytes = payload.readNBytes(RenfangJson.MAX_PAYLOAD_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException("reading the payload failed", e);
        }
        return validate(bytes, context, asOf);
    }

    /**
     * Validates a payload built in memory against a context.
     *
     * @param payload the payload, not null
     * @param context the existing records, not null
     * @param asOf    the as-of date, not null
     * @return the report, not null
     */
    public Report validate(RegistryDocument payload, RegistryView context, LocalDate asOf) {
        return validate(ReadResult.of(Objects.requireNonNull(payload, "payload")), context, asOf);
    }

    /**
     * Validates one record against a context, as a payload holding only that record.
     *
     * @param record  a record of the model (person, organization, premises, lease, employment,
     *                enrollment, residence or visit), not null
     * @param context the existing records, not null
     * @param asOf    the as-of date, not null
     * @return the report; paths are those of the record in a one-record payload ({@code /leases/0}), not null
     */
    public Report validateRecord(Record<?> record, RegistryView context, LocalDate asOf) {
        Objects.requireNonNull(record, "record");
        org.renfang.model.ImmutableRegistryDocument.Builder b = RegistryDocument.registration();
        RecordType.of(record).set(b, List.of(record));
        return validate(b.build(), context, asOf);
    }

    /**
     * Validates what a {@link RegistryReader} read from a payload against a context: rules run
     * on context ⊕ payload and only findings that involve a payload record are reported. A
     * record sent again (a move-out is the residence again) does not re-report a finding its
     * context version already had: old problems never block a new registration.
     *
     * @param payload the read payload, not null
     * @param context the existing records, not null
     * @param asOf    the as-of date, not null
     * @return the report, not null
     */
    public Report validate(ReadResult payload, RegistryView context, LocalDate asOf) {
        return run(payload, context, asOf, true, true);
    }

    /**
     * Checks some records of a view: every finding that involves one of them, including
     * problems they already had (unlike {@link #validate(RegistryDocument, RegistryView, LocalDate)},
     * which reports only what a payload changes). Used to judge part of a registry, such as the
     * records of one premises; paths point into {@code records}.
     *
     * @param records the records to check, as found in the view (or new ones), not null
     * @param view    the records around them, not null
     * @param asOf    the as-of date, not null
     * @return the report, not null
     */
    public Report checkRecords(RegistryDocument records, RegistryView view, LocalDate asOf) {
        return run(ReadResult.of(Objects.requireNonNull(records, "records")), view, asOf, false, false);
    }

    /**
     * The stages of a payload run: overlay (the payload's subjects and duplicate ids), then for
     * each subject the field constraints and the rule families, the premises the payload
     * touches, the payload-scope filter ({@code onlyNew}), and the report.
     */
    private Report run(ReadResult payload, RegistryView context, LocalDate asOf, boolean onlyNew, boolean isPayload) {
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(asOf, "asOf");
        List<Finding> findings = new ArrayList<>();
        JsonFindings.add(payload.problems(), profile, findings);
        RegistryView view = RegistryView.overlay(context, payload.document());
        PayloadScope scope = new PayloadScope(payload);
        JsonFindings.add(scope.duplicateIds, profile, findings);
        RuleContext ctx = new RuleContext(view, profile, asOf, holidays, labelVerifier, scope.subjects::contains);
        for (PayloadScope.Located l : scope.located) {
            checks.run(l.record(), l.path(), ctx);
        }
        scope.runTouched(checks, view, scope.subjects, ctx);
        findings.addAll(onlyNew ? ScopeFilter.newFindings(ctx.findings(), scope, context, checks,
                subjects -> new RuleContext(context, profile, asOf, holidays, labelVerifier, subjects))
                : ctx.findings());
        return new Report(profile.code(), asOf, findings, isPayload);
    }

    // -----------------------------------------------------------------------------------------

    /**
     * Builds a {@link Validator}. Not thread-safe; the validator it builds is.
     */
    public static final class Builder {
        private Profile profile = Profiles.load("CN");
        private LabelVerifier labelVerifier;
        private HolidayCalendar holidays = HolidayCalendar.NONE;
        private boolean fieldConstraints = true;
        private int parallelism = 1;
        private Executor executor;

        private Builder() {
        }

        /**
         * Sets the executor that runs the parts of a whole-registry {@link Validator#check} when
         * {@link #parallelism(int)} splits it (a registry of fewer than 20,000 records is never
         * split). Without one (the default), each such check builds a pool of daemon threads and
         * shuts it down before it returns. The executor is not shut down by the validator; it
         * must run tasks on other threads than the caller's waiting one (a fixed pool of at least
         * one thread, a fork-join pool). Reports are identical whatever the executor.
         *
         * @param executor the executor, or null for a pool built per check
         * @return this builder
         */
        public Builder executor(Executor executor) {
            this.executor = executor;
            return this;
        }

        /**
         * Sets how many threads a whole-registry {@link Validator#check} may use (1 by default:
         * the caller's thread only). Reports are identical whatever the setting.
         *
         * @param threads the number of threads, 1 to 256
         * @return this builder
         * @throws IllegalArgumentException if out of range
         */
        public Builder parallelism(int threads) {
            if (threads < 1 || threads > 256) {
                throw new IllegalArgumentException("parallelism " + threads + " is outside 1 to 256");
            }
            this.parallelism = threads;
            return this;
        }

        /**
         * Sets the profile.
         *
         * @param profile the profile, not null
         * @return this builder
         */
        public Builder profile(Profile profile) {
            this.profile = Objects.requireNonNull(profile, "profile");
            return this;
        }

        /**
         * Sets a shipped profile by code.
         *
         * @param code the code, such as {@code CN-31}, not null
         * @return this builder
         * @throws org.renfang.validation.profile.ProfileException if no shipped profile has that code
         */
        public Builder profile(String code) {
            return profile(Profiles.load(code));
        }

        /**
         * Sets the verifier of visits' door labels; without one only label text that is not
         * well-formed is reported.
         *
         * @param verifier the verifier, may be null for none
         * @return this builder
         */
        public Builder labelVerifier(LabelVerifier verifier) {
            this.labelVerifier = verifier;
            return this;
        }

        /**
         * Sets the holiday calendar deadlines move past.
         *
         * @param holidays the calendar, not null
         * @return this builder
         */
        public Builder holidays(HolidayCalendar holidays) {
            this.holidays = Objects.requireNonNull(holidays, "holidays");
            return this;
        }

        /**
         * Sets whether the field constraints of the model run (on by default).
         *
         * @param on true to run them
         * @return this builder
         */
        public Builder fieldConstraints(boolean on) {
            this.fieldConstraints = on;
            return this;
        }

        /**
         * Builds the validator.
         *
         * @return the validator, not null
         */
        public Validator build() {
            return new Validator(this);
        }
    }
}
