package org.renfang.validation.rating;

import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.renfang.model.PremisesId;
import org.renfang.validation.JsonResult;
import org.renfang.validation.finding.RuleCode;
import org.renfang.validation.output.Components;
import org.renfang.validation.output.Messages;
import org.renfang.validation.output.ResultJson;

/**
 * The compliance rating (星级评定) of one premises as of a date ({@link PremisesRatings#rate}): 1 to 5
 * stars, the outcome of each criterion, and for each star lost the rule codes, records and paths that
 * cost it.
 *
 * <p>Scale: start at {@value #MAX_STARS} stars and lose one per criterion not met, never below
 * {@value #MIN_STARS}; a criterion that cannot be assessed costs no star (see {@link Criterion}).
 *
 * <p>It rates premises, never people: causes name premises, leases, residences and visits by id and
 * rules by code; they carry no person ids, names or document numbers.
 *
 * <p>JSON form ({@link #writeJson}):
 * <pre>{@code
 * {"schema": "renfang/rating@1", "premises": "H1", "profile": "CN", "asOf": "2026-11-26",
 *  "periodStart": "2025-11-26", "status": "RATED", "stars": 4,
 *  "criteria": [
 *    {"criterion": "LEASES_FILED", "outcome": "FAIL", "note": null, "message": "…",
 *     "causes": [{"code": "LEASE_FILING_LATE", "record": "lease:L1", "path": "/leases/0",
 *                 "params": {"deadline": "2026-03-30", "filedOn": "2026-04-02"}}]},
 *    {"criterion": "LABEL", "outcome": "NOT_ASSESSABLE", "note": "NO_VISIT", "message": "…", "causes": []}, …]}
 * }</pre>
 * A premises that is not registered gives {@code "status": "NOT_FOUND"}, {@code "stars": null} and no criteria.
 *
 * <p>The JSON form also has {@code "capped": true} when a SAFETY failure on let or occupied premises
 * caps the rating at one star.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param premises    the premises rated, not null
 * @param profile     the code of the profile applied, not null
 * @param asOf        the as-of date, not null
 * @param periodStart the first day of the rated period (the period ends on {@code asOf}), not null
 * @param status      whether the premises was rated, not null
 * @param criteria    the results of all criteria in {@link Criterion} order, empty when NOT_FOUND, not null
 * @param capped      whether the rating is capped at {@value #MIN_STARS} star (see {@link #isCapped()})
 */
public record PremisesRating(PremisesId premises, String profile, LocalDate asOf, LocalDate periodStart,
        Status status, List<CriterionResult> criteria, boolean capped) implements JsonResult {
    /** The schema name of the JSON form. */
    public static final String SCHEMA = "renfang/rating@1";
    /** The stars of premises that meet every criterion. */
    public static final int MAX_STARS = 5;
    /** The fewest stars a rated premises gets. */
    public static final int MIN_STARS = 1;

    /** Whether the premises could be rated. */
    public enum Status {
        /** Rated: stars and criteria are present. */
        RATED,
        /** No premises with the id is registered: no stars, no criteria. */
        NOT_FOUND
    }

    /** The criteria of the rating, each worth one star. */
    public enum Criterion {
        /** Leases filed on time: no LEASE_FILING_LATE. */
        LEASES_FILED,
        /**
         * Occupants registered on time and on a basis: no RESIDENCE_REGISTRATION_LATE,
         * RESIDENCE_DEREGISTRATION_LATE, FOREIGNER_REGISTRATION_LATE, HOTEL_REGISTRATION_LATE or
         * RESIDENCE_BASIS_MISSING.
         */
        OCCUPANTS_REGISTERED,
        /** Occupancy within limits in habitable rooms: no OCCUPANCY_AREA, OCCUPANCY_PER_ROOM, ROOM_NOT_HABITABLE or ROOM_PARTITIONED. */
        OCCUPANCY,
        /** Safe and lawful premises: no flag (UNSAFE, ILLEGAL_STRUCTURE, ILLEGAL_CHANGE_OF_USE), no PREMISES_NOT_RENTABLE. */
        SAFETY,
        /** The door label scanned at the last visit verifies: a label was scanned and no VISIT_LABEL_INVALID. */
        LABEL
    }

    /** The outcome of one criterion. */
    public enum Outcome {
        /** Met. */
        PASS,
        /** Not met: one star lost. */
        FAIL,
        /** Cannot be assessed: no star lost; {@link CriterionResult#note()} says why. */
        NOT_ASSESSABLE
    }

    /** Why a criterion cannot be assessed. */
    public enum Note {
        /** The profile switches off every rule of the criterion (e.g. no lease filing in DE). */
        RULES_OFF,
        /** No visit to the premises in the period, so no label was scanned. */
        NO_VISIT,
        /** A label was scanned at the last visit but no label verifier was supplied to check it. */
        LABEL_NOT_VERIFIED,
        /** The last visit neither scanned the label nor recorded its condition. */
        LABEL_NOT_SEEN
    }

    /**
     * One cause of a lost star: a rule code (or {@code PREMISES_FLAG}, {@code LABEL_CONDITION}),
     * the record that carries it ({@code lease:L1}) and the JSON Pointer in the rated records.
     *
     * <p>This record is immutable and thread-safe.
     *
     * @param code   a {@link RuleCode} name, {@code PREMISES_FLAG} (a flag of the premises, param
     *               {@code flag}) or {@code LABEL_CONDITION} (the inspector found the label MISSING or
     *               DAMAGED at the last visit, param {@code condition}); not null
     * @param record the record that carries the cause, as {@code kind:id} (premises, lease, residence or
     *               visit), not null
     * @param path   the JSON Pointer of the cause in the rated records: the premises at
     *               {@code /premises/0}, then its leases and residences in id order and its visits in
     *               time order, as {@link PremisesRatings} documents; not null
     * @param params parameters: dates, codes, numbers and room ids only, in a stable order, not null
     */
    public record Cause(String code, String record, String path, Map<String, String> params) {

        /**
         * Checks the components.
         *
         * @param code   the code, not null
         * @param record the record, not null
         * @param path   the JSON Pointer, not null
         * @param params the parameters, not null; kept in their order
         */
        public Cause {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(record, "record");
            Objects.requireNonNull(path, "path");
            params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
        }
    }

    /**
     * The outcome of one criterion with its causes.
     *
     * <p>This record is immutable and thread-safe.
     *
     * @param criterion the criterion, not null
     * @param outcome   the outcome, not null
     * @param note      why the criterion cannot be assessed, present only for
     *                  {@link Outcome#NOT_ASSESSABLE}; not null
     * @param causes    the causes of a FAIL in report order, empty otherwise, not null
     */
    public record CriterionResult(Criterion criterion, Outcome outcome, Optional<Note> note, List<Cause> causes) {

        /**
         * Checks the components.
         *
         * @param criterion the criterion, not null
         * @param outcome   the outcome, not null
         * @param note      the note, not null (empty unless NOT_ASSESSABLE)
         * @param causes    the causes, not null
         */
        public CriterionResult {
            Objects.requireNonNull(criterion, "criterion");
            Objects.requireNonNull(outcome, "outcome");
            Objects.requireNonNull(note, "note");
            causes = List.copyOf(causes);
        }

        /**
         * Formats the criterion line.
         *
         * @param locale the language, not null
         * @return the line without causes, not null
         */
        public String message(Locale locale) {
            Map<String, String> p = new HashMap<>();
            p.put("criterion", Messages.text("rating.criterion." + criterion.name(), locale));
            p.put("outcome", Messages.text("rating.outcome." + outcome.name(), locale));
            p.put("note", note.isEmpty() ? "" : Messages.text("rating.note." + note.get().name(), locale));
            return Messages.substitute(Messages.text(note.isEmpty() ? "rating.line.criterion"
                    : "rating.line.criterion.note", locale), p);
        }
    }

    /**
     * Checks the components.
     *
     * @param premises    the premises, not null
     * @param profile     the profile code, not null
     * @param asOf        the as-of date, not null
     * @param periodStart the first day of the period, not null
     * @param status      the status, not null
     * @param criteria    the criteria results, not null
     * @param capped      whether capped at {@value #MIN_STARS} star
     */
    public PremisesRating {
        Components.requireNonNull("premises", premises, "profile", profile, "asOf", asOf, "periodStart", periodStart,
                "status", status);
        criteria = List.copyOf(criteria);
    }

    /**
     * Returns the stars: {@value #MAX_STARS} less one per failed criterion, at least {@value #MIN_STARS};
     * {@value #MIN_STARS} when {@link #isCapped() capped}.
     *
     * @return the stars, empty when {@link Status#NOT_FOUND}
     */
    public OptionalInt stars() {
        if (status != Status.RATED) {
            return OptionalInt.empty();
        }
        if (capped) {
            return OptionalInt.of(MIN_STARS);
        }
        return OptionalInt.of(Math.max(MIN_STARS, MAX_STARS - lostStars().size()));
    }

    /**
     * Returns whether the rating is capped at {@value #MIN_STARS} star: a SAFETY failure on premises
     * that are let or lived in on the as-of day.
     *
     * @return true if capped
     */
    public boolean isCapped() {
        return capped;
    }

    /**
     * Returns the result of one criterion.
     *
     * @param criterion the criterion, not null
     * @return the result, or empty when NOT_FOUND
     */
    public Optional<CriterionResult> criterion(Criterion criterion) {
        Objects.requireNonNull(criterion, "criterion");
        for (CriterionResult r : criteria) {
            if (r.criterion == criterion) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /** @return the failed criteria, one per star lost (before the floor of {@value #MIN_STARS}), not null */
    public List<CriterionResult> lostStars() {
        List<CriterionResult> out = new ArrayList<>();
        for (CriterionResult r : criteria) {
            if (r.outcome == Outcome.FAIL) {
                out.add(r);
            }
        }
        return out;
    }

    // -----------------------------------------------------------------------------------------
    // Text

    /**
     * Formats the rating as plain text lines.
     *
     * @param locale the language, not null; Chinese locales give zh-CN, any other English
     * @return the text, lines ended by {@code \n}, not null
     */
    public String toText(Locale locale) {
        StringBuilder sb = Messages.titled("rating.title", locale, 768);
        Messages.line(sb, "rating.line.premises", locale, "premises", premises.value());
        Messages.line(sb, "rating.line.profile", locale, "profile", profile);
        Messages.line(sb, "rating.line.period", locale, "from", periodStart.toString(), "to", asOf.toString());
        if (status == Status.NOT_FOUND) {
            Messages.line(sb, "rating.line.notFound", locale, "premises", premises.value());
            return sb.toString();
        }
        int stars = stars().getAsInt();
        StringBuilder glyphs = new StringBuilder(MAX_STARS);
        for (int i = 0; i < MAX_STARS; i++) {
            glyphs.append(i < stars ? '★' : '☆');
        }
        Messages.line(sb, "rating.line.stars", locale, "glyphs", glyphs.toString(), "stars", Integer.toString(stars), "max",
                Integer.toString(MAX_STARS));
        if (capped) {
            sb.append(Messages.text("rating.line.capped", locale)).append('\n');
        }
        for (CriterionResult r : criteria) {
            sb.append("  ").append(r.message(locale)).append('\n');
            for (Cause c : r.causes) {
                sb.append("      ").append(c.code).append(' ').append(c.record);
                if (!c.params.isEmpty()) {
                    sb.append(" (");
                    boolean first = true;
                    for (Map.Entry<String, String> e : c.params.entrySet()) {
                        if (!first) {
                            sb.append(", ");
                        }
                        first = false;
                        sb.append(e.getKey()).append(' ').append(e.getValue());
                    }
                    sb.append(')');
                }
                sb.append('\n');
            }
        }
        sb.append(Messages.text("rating.line.scale", locale)).append('\n');
        return sb.toString();
    }

    // -----------------------------------------------------------------------------------------
    // JSON

    /**
     * Writes the rating as JSON (see the class documentation), pretty-printed, UTF-8.
     *
     * @param out    the stream, not null; not closed
     * @param locale the language of the messages, not null
     * @throws UncheckedIOException if writing fails
     */
    @Override
    public void writeJson(OutputStream out, Locale locale) {
        ResultJson.write(out, locale, "premises rating", SCHEMA, g -> {
            g.writeStringField("premises", premises.value());
            g.writeStringField("profile", profile);
            g.writeStringField("asOf", asOf.toString());
            g.writeStringField("periodStart", periodStart.toString());
            g.writeStringField("status", status.name());
            ResultJson.numberOrNull(g, "stars", stars());
            if (capped) {
                g.writeBooleanField("capped", true);
            }
            g.writeArrayFieldStart("criteria");
            for (CriterionResult r : criteria) {
                g.writeStartObject();
                g.writeStringField("criterion", r.criterion.name());
                g.writeStringField("outcome", r.outcome.name());
                ResultJson.stringOrNull(g, "note", r.note.map(Note::name));
                g.writeStringField("message", r.message(locale));
                g.writeArrayFieldStart("causes");
                for (Cause c : r.causes) {
                    g.writeStartObject();
                    g.writeStringField("code", c.code);
                    g.writeStringField("record", c.record);
                    g.writeStringField("path", c.path);
                    ResultJson.stringMap(g, "params", c.params);
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
        });
    }

    @Override
    public String toString() {
        return "PremisesRating[" + premises + " " + profile + " " + asOf + " " + status
                + (status == Status.RATED ? " " + stars().getAsInt() + " stars " + lostStars() : "") + "]";
    }
}
