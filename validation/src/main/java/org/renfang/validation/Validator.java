package org.renfang.validation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.renfang.label.LabelVerifier;
import org.renfang.model.Employment;
import org.renfang.model.Enrollment;
import org.renfang.model.Lease;
import org.renfang.model.Organization;
import org.renfang.model.Person;
import org.renfang.model.Premises;
import org.renfang.model.PremisesId;
import org.renfang.model.Record;
import org.renfang.model.RecordId;
import org.renfang.model.RecordType;
import org.renfang.model.RegistryDocument;
import org.renfang.model.Residence;
import org.renfang.model.Visit;
import org.renfang.model.json.JsonProblem;
import org.renfang.model.json.ReadResult;
import org.renfang.model.json.RegistryReader;
import org.renfang.model.json.RenfangJson;
import org.renfang.registry.Registry;
import org.renfang.registry.RegistryView;
import org.renfang.validation.internal.FieldConstraints;
import org.renfang.validation.internal.JsonFindings;
import org.renfang.validation.profile.HolidayCalendar;
import org.renfang.validation.profile.Profile;
import org.renfang.validation.profile.Profiles;
import org.renfang.validation.rules.Catalog;
import org.renfang.validation.rules.RuleContext;
import org.renfang.validation.rules.RuleFamily;

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
    private final boolean fieldConstraints;
    private final int parallelism;
    private final List<RuleFamily> families;

    private Validator(Builder b) {
        this.profile = Objects.requireNonNull(b.profile, "profile");
        this.labelVerifier = b.labelVerifier;
        this.holidays = b.holidays;
        this.fieldConstraints = b.fieldConstraints;
        this.parallelism = b.parallelism;
        this.families = Catalog.families();
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
    public Report check(Registry registry, LocalDate asOf, java.util.function.Predicate<Object> checked) {
        Objects.requireNonNull(registry, "registry");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(checked, "checked");
        List<Finding> findings = new ArrayList<>();
        JsonFindings.add(registry.readProblems(), profile, findings);
        JsonFindings.add(registry.duplicateIds(), profile, findings);
        RegistryDocument d = registry.document();
        int n = Math.max(1, Math.min(parallelism, d.size() / 10_000));
        List<RuleContext> parts = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            parts.add(new RuleContext(registry, profile, asOf, holidays, labelVerifier, r -> true));
        }
        if (n == 1) {
            checkPart(registry, 0, 1, parts.get(0), checked);
        } else {
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(n, r -> {
                Thread t = new Thread(r, "renfang-check");
                t.setDaemon(true);
                return t;
            });
            try {
                List<java.util.concurrent.Future<?>> futures = new ArrayList<>(n);
                for (int k = 0; k < n; k++) {
                    int part = k;
                    futures.add(pool.submit(() -> checkPart(registry, part, n, parts.get(part), checked)));
                }
                for (java.util.concurrent.Future<?> f : futures) {
                    f.get();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new org.renfang.RenfangException("check interrupted", e);
            } catch (java.util.concurrent.ExecutionException e) {
                Throwable c = e.getCause();
                if (c instanceof RuntimeException) {
                    throw (RuntimeException) c;
                }
                if (c instanceof Error) {
                    throw (Error) c;
                }
                throw new org.renfang.RenfangException("check failed", c);
            } finally {
                pool.shutdownNow();
            }
        }
        for (RuleContext ctx : parts) {
            findings.addAll(ctx.findings());
        }
        return new Report(profile.code(), asOf, findings);
    }

    /** Runs part {@code part} of {@code parts}: a contiguous slice of every collection. */
    private void checkPart(Registry registry, int part, int parts, RuleContext ctx,
            java.util.function.Predicate<Object> checked) {
        RegistryDocument d = registry.document();
        each(RecordType.PERSONS, slice(d.persons(), part, parts), registry, ctx, checked);
        each(RecordType.ORGANIZATIONS, slice(d.organizations(), part, parts), registry, ctx, checked);
        each(RecordType.PREMISES, slice(d.premises(), part, parts), registry, ctx, checked);
        each(RecordType.LEASES, slice(d.leases(), part, parts), registry, ctx, checked);
        each(RecordType.EMPLOYMENTS, slice(d.employments(), part, parts), registry, ctx, checked);
        each(RecordType.ENROLLMENTS, slice(d.enrollments(), part, parts), registry, ctx, checked);
        each(RecordType.RESIDENCES, slice(d.residences(), part, parts), registry, ctx, checked);
        each(RecordType.VISITS, slice(d.visits(), part, parts), registry, ctx, checked);
    }

    /** The records of one part, with the index of the first in the whole list. */
    private static <R> Slice<R> slice(List<R> records, int part, int parts) {
        int from = (int) ((long) records.size() * part / parts);
        int to = (int) ((long) records.size() * (part + 1) / parts);
        return new Slice<>(records, from, to);
    }

    private record Slice<R>(List<R> records, int from, int to) {
    }

    private void each(RecordType type, Slice<? extends Record<?>> slice, Registry registry, RuleContext ctx,
            java.util.function.Predicate<Object> checked) {
        for (int i = slice.from(); i < slice.to(); i++) {
            Record<?> r = slice.records().get(i);
            if (isIndexed(registry, r) && checked.test(r)) {
                run(r, registry.pointer(type, i), ctx);
            }
        }
    }

    /** A record is indexed unless an earlier record of its collection has the same id. */
    private static boolean isIndexed(RegistryView view, Record<?> r) {
        return contextVersion(view, r) == r;
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
     * @throws IllegalArgumentException if the object is not a record of the model
     */
    public Report validateRecord(Record<?> record, RegistryView context, LocalDate asOf) {
        Objects.requireNonNull(record, "record");
        org.renfang.model.ImmutableRegistryDocument.Builder b = RegistryDocument.registration();
        if (record instanceof Person) {
            b.addPersons((Person) record);
        } else if (record instanceof Organization) {
            b.addOrganizations((Organization) record);
        } else if (record instanceof Premises) {
            b.addPremises((Premises) record);
        } else if (record instanceof Lease) {
            b.addLeases((Lease) record);
        } else if (record instanceof Employment) {
            b.addEmployments((Employment) record);
        } else if (record instanceof Enrollment) {
            b.addEnrollments((Enrollment) record);
        } else if (record instanceof Residence) {
            b.addResidences((Residence) record);
        } else if (record instanceof Visit) {
            b.addVisits((Visit) record);
        } else {
            throw new IllegalArgumentException("not a record of the model: " + record.getClass().getSimpleName());
        }
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

    private Report run(ReadResult payload, RegistryView context, LocalDate asOf, boolean onlyNew, boolean isPayload) {
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(asOf, "asOf");
        List<Finding> findings = new ArrayList<>();
        JsonFindings.add(payload.problems(), profile, findings);
        RegistryDocument d = payload.document();
        RegistryView view = RegistryView.overlay(context, d);
        Set<Object> subjects = Collections.newSetFromMap(new IdentityHashMap<>());
        List<JsonProblem> duplicates = new ArrayList<>();
        collect(RecordType.PERSONS, d.persons(), payload, subjects, duplicates);
        collect(RecordType.ORGANIZATIONS, d.organizations(), payload, subjects, duplicates);
        collect(RecordType.PREMISES, d.premises(), payload, subjects, duplicates);
        collect(RecordType.LEASES, d.leases(), payload, subjects, duplicates);
        collect(RecordType.EMPLOYMENTS, d.employments(), payload, subjects, duplicates);
        collect(RecordType.ENROLLMENTS, d.enrollments(), payload, subjects, duplicates);
        collect(RecordType.RESIDENCES, d.residences(), payload, subjects, duplicates);
        collect(RecordType.VISITS, d.visits(), payload, subjects, duplicates);
        JsonFindings.add(duplicates, profile, findings);
        RuleContext ctx = new RuleContext(view, profile, asOf, holidays, labelVerifier, subjects::contains);
        Map<PremisesId, String> touched = touchedPremises(d, payload);
        List<Located> located = located(d, payload, subjects);
        for (Located l : located) {
            run(l.record, l.path, ctx);
        }
        runTouched(touched, view, subjects, ctx);
        // A record sent again (a move-out is the residence again) must not re-report what its
        // context version already had: old problems never block a new registration.
        // (Nothing to tell apart when the payload has no finding: the usual clean registration.)
        Set<Finding> old = onlyNew && !ctx.findings().isEmpty() ? oldFindings(located, touched, context, asOf)
                : Set.of();
        for (Finding f : ctx.findings()) {
            if (!old.contains(f)) {
                findings.add(f);
            }
        }
        return new Report(profile.code(), asOf, findings, isPayload);
    }

    /** A payload record with its pointer. */
    private static final class Located {
        final Record<?> record;
        final String path;

        Located(Record<?> record, String path) {
            this.record = record;
            this.path = path;
        }
    }

    private static List<Located> located(RegistryDocument d, ReadResult payload, Set<Object> subjects) {
        List<Located> out = new ArrayList<>();
        addLocated(out, RecordType.PERSONS, d.persons(), payload, subjects);
        addLocated(out, RecordType.ORGANIZATIONS, d.organizations(), payload, subjects);
        addLocated(out, RecordType.PREMISES, d.premises(), payload, subjects);
        addLocated(out, RecordType.LEASES, d.leases(), payload, subjects);
        addLocated(out, RecordType.EMPLOYMENTS, d.employments(), payload, subjects);
        addLocated(out, RecordType.ENROLLMENTS, d.enrollments(), payload, subjects);
        addLocated(out, RecordType.RESIDENCES, d.residences(), payload, subjects);
        addLocated(out, RecordType.VISITS, d.visits(), payload, subjects);
        return out;
    }

    private static void addLocated(List<Located> out, RecordType type, List<? extends Record<?>> records,
            ReadResult payload, Set<Object> subjects) {
        for (int i = 0; i < records.size(); i++) {
            if (subjects.contains(records.get(i))) {
                out.add(new Located(records.get(i), payload.pointer(type, i)));
            }
        }
    }

    /** Premises touched by payload leases or residences, with the pointer of the first record touching them. */
    private static Map<PremisesId, String> touchedPremises(RegistryDocument d, ReadResult payload) {
        Map<PremisesId, String> touched = new LinkedHashMap<>();
        for (int i = 0; i < d.leases().size(); i++) {
            touched.putIfAbsent(d.leases().get(i).premises(), payload.pointer(RecordType.LEASES, i));
        }
        for (int i = 0; i < d.residences().size(); i++) {
            touched.putIfAbsent(d.residences().get(i).premises(), payload.pointer(RecordType.RESIDENCES, i));
        }
        return touched;
    }

    /** Runs the premises hook for touched premises that are not themselves subjects. */
    private void runTouched(Map<PremisesId, String> touched, RegistryView view, Set<Object> subjects,
            RuleContext ctx) {
        for (Map.Entry<PremisesId, String> e : touched.entrySet()) {
            Premises p = view.premises(e.getKey()).orElse(null);
            if (p != null && !subjects.contains(p)) {
                for (RuleFamily f : families) {
                    f.premises(p, e.getValue(), ctx);
                }
            }
        }
    }

    /**
     * The findings the context versions of replaced payload records have in the context alone,
     * located at the payload records' pointers, so that they can be told apart from new ones.
     */
    private Set<Finding> oldFindings(List<Located> located, Map<PremisesId, String> touched, RegistryView context,
            LocalDate asOf) {
        Set<Object> oldSubjects = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Located> old = new ArrayList<>();
        for (Located l : located) {
            Record<?> o = contextVersion(context, l.record);
            if (o != null) {
                oldSubjects.add(o);
                old.add(new Located(o, l.path));
            }
        }
        if (old.isEmpty()) {
            return Set.of();
        }
        RuleContext octx = new RuleContext(context, profile, asOf, holidays, labelVerifier, oldSubjects::contains);
        for (Located l : old) {
            run(l.record, l.path, octx);
        }
        runTouched(touched, context, oldSubjects, octx);
        return new java.util.HashSet<>(octx.findings());
    }

    private static Record<?> contextVersion(RegistryView context, Record<?> r) {
        Optional<? extends Record<?>> o;
        if (r instanceof Person) {
            o = context.person(((Person) r).id());
        } else if (r instanceof Organization) {
            o = context.organization(((Organization) r).id());
        } else if (r instanceof Premises) {
            o = context.premises(((Premises) r).id());
        } else if (r instanceof Lease) {
            o = context.lease(((Lease) r).id());
        } else if (r instanceof Employment) {
            o = context.employment(((Employment) r).id());
        } else if (r instanceof Enrollment) {
            o = context.enrollment(((Enrollment) r).id());
        } else if (r instanceof Residence) {
            o = context.residence(((Residence) r).id());
        } else {
            o = context.visit(((Visit) r).id());
        }
        return o.orElse(null);
    }

    /** Runs the field constraints and every family on one record. */
    private void run(Record<?> r, String path, RuleContext ctx) {
        if (fieldConstraints) {
            FieldConstraints.check(r, path, ctx);
        }
        for (RuleFamily f : families) {
            if (r instanceof Person) {
                f.person((Person) r, path, ctx);
            } else if (r instanceof Organization) {
                f.organization((Organization) r, path, ctx);
            } else if (r instanceof Premises) {
                f.premises((Premises) r, path, ctx);
            } else if (r instanceof Lease) {
                f.lease((Lease) r, path, ctx);
            } else if (r instanceof Employment) {
                f.employment((Employment) r, path, ctx);
            } else if (r instanceof Enrollment) {
                f.enrollment((Enrollment) r, path, ctx);
            } else if (r instanceof Residence) {
                f.residence((Residence) r, path, ctx);
            } else {
                f.visit((Visit) r, path, ctx);
            }
        }
    }

    private static <R extends Record<? extends RecordId>> void collect(RecordType type, List<R> records,
            ReadResult payload, Set<Object> subjects, List<JsonProblem> duplicates) {
        Map<Object, Boolean> seen = new HashMap<>();
        for (int i = 0; i < records.size(); i++) {
            R r = records.get(i);
            if (seen.putIfAbsent(r.id(), Boolean.TRUE) == null) {
                subjects.add(r);
            } else {
                duplicates.add(new JsonProblem(JsonProblem.Kind.INVALID, payload.pointer(type, i) + "/id",
                        "id repeats an earlier " + type.subjectKind() + "'s id"));
            }
        }
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

        private Builder() {
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
