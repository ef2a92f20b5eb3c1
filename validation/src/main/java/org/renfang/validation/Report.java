package org.renfang.validation;

import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.renfang.validation.finding.Category;
import org.renfang.validation.finding.Finding;
import org.renfang.validation.finding.Responsible;
import org.renfang.validation.finding.Role;
import org.renfang.validation.finding.RuleCode;
import org.renfang.validation.finding.Severity;
import org.renfang.validation.output.ResultJson;

/**
 * The result of a check or validation: the profile, the as-of date, whether it is valid (no ERROR
 * finding), for a payload validation whether the payload is accepted (no DATA finding is an
 * ERROR: a truthful registration is accepted even when it shows a lessor's or employer's breach,
 * whose COMPLIANCE findings go to that party), counts per severity, and the findings ordered by
 * path, then rule, then subjects and parameters, so that the same input always gives the same bytes.
 *
 * <pre>{@code
 * Report report = validator.validate(payloadBytes, context, LocalDate.of(2026, 11, 26));
 * if (!report.isValid()) {
 *     report.findings().forEach(f -> System.out.println(f.rule() + " " + f.path()));
 * }
 * String json = report.toJson(Locale.ENGLISH);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Report implements JsonResult {
    /** The schema name written in every report. */
    public static final String SCHEMA = "renfang/report@1";

    /** The order of findings: path (numeric segments by value), rule, subjects, parameters. */
    public static final Comparator<Finding> ORDER = Comparator
            .comparing(Finding::path, Report::comparePointers)
            .thenComparing(Finding::rule)
            .thenComparing(f -> String.join(",", f.subjects()))
            .thenComparing(f -> f.params().toString())
            .thenComparing(f -> f.responsible().toString());

    private final String profile;
    private final LocalDate asOf;
    private final List<Finding> findings;
    private final Map<Severity, Integer> counts;
    private final boolean payload;

    /**
     * Creates the report of a whole-registry check; findings are sorted into {@link #ORDER} and
     * exact duplicates removed.
     *
     * @param profile  the profile code, not null
     * @param asOf     the as-of date, not null
     * @param findings the findings in any order, not null
     */
    public Report(String profile, LocalDate asOf, Collection<Finding> findings) {
        this(profile, asOf, findings, false);
    }

    /**
     * Creates a report; findings are sorted into {@link #ORDER} and exact duplicates removed.
     *
     * @param profile  the profile code, not null
     * @param asOf     the as-of date, not null
     * @param findings the findings in any order, not null
     * @param payload  true for the report of a registration payload (its JSON then has {@code accepted})
     */
    public Report(String profile, LocalDate asOf, Collection<Finding> findings, boolean payload) {
        this.payload = payload;
        this.profile = Objects.requireNonNull(profile, "profile");
        this.asOf = Objects.requireNonNull(asOf, "asOf");
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(ORDER);
        List<Finding> unique = new ArrayList<>(sorted.size());
        for (Finding f : sorted) {
            if (unique.isEmpty() || !unique.get(unique.size() - 1).equals(f)) {
                unique.add(f);
            }
        }
        this.findings = List.copyOf(unique);
        EnumMap<Severity, Integer> c = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            c.put(s, 0);
        }
        for (Finding f : this.findings) {
            c.merge(f.severity(), 1, Integer::sum);
        }
        this.counts = java.util.Collections.unmodifiableMap(c);
    }

    /** @return the profile code, such as {@code CN-31}, not null */
    public String profile() {
        return profile;
    }

    /** @return the as-of date, not null */
    public LocalDate asOf() {
        return asOf;
    }

    /** @return true if no finding is an ERROR */
    public boolean isValid() {
        return counts.get(Severity.ERROR) == 0;
    }

    /** @return true if this is the report of a registration payload ({@link Validator#validate}) */
    public boolean isPayload() {
        return payload;
    }

    /**
     * Returns whether the records are acceptable as they are: no DATA finding is an ERROR. A
     * payload that is accepted should be registered; its COMPLIANCE findings are for the party
     * responsible for each ({@link #findingsOf}).
     *
     * @return true if no DATA finding is an ERROR
     */
    public boolean isAccepted() {
        for (Finding f : findings) {
            if (f.severity() == Severity.ERROR && f.category() == Category.DATA) {
                return false;
            }
        }
        return true;
    }

    /**
     * Returns the findings of one party (a lessor's to-do list): those whose responsible role is the
     * filter's and, where the filter names a party, whose party is that one.
     *
     * @param who the filter, not null; {@code Responsible.of(Role.LESSOR)} selects every lessor's
     * @return the findings, in report order, not null
     */
    public List<Finding> findingsOf(Responsible who) {
        Objects.requireNonNull(who, "who");
        List<Finding> out = new ArrayList<>();
        for (Finding f : findings) {
            if (who.covers(f.responsible())) {
                out.add(f);
            }
        }
        return out;
    }

    /**
     * Returns a report with only the findings of one party ({@link #findingsOf}); counts and validity
     * are those of the findings kept.
     *
     * @param who the filter, not null
     * @return the report, not null
     */
    public Report only(Responsible who) {
        return new Report(profile, asOf, findingsOf(who), payload);
    }

    /** @return the findings in report order, not null */
    public List<Finding> findings() {
        return findings;
    }

    /** @return the number of findings per severity (every severity present), not null */
    public Map<Severity, Integer> counts() {
        return counts;
    }

    /**
     * Returns the findings of one rule.
     *
     * @param rule the rule, not null
     * @return the findings, in report order, not null
     */
    public List<Finding> findings(RuleCode rule) {
        List<Finding> out = new ArrayList<>();
        for (Finding f : findings) {
            if (f.rule() == rule) {
                out.add(f);
            }
        }
        return out;
    }

    /**
     * Writes the report as JSON (docs/wire-format.md, "The report"), pretty-printed, UTF-8.
     *
     * @param out    the stream, not null; not closed
     * @param locale the language of the messages, not null
     * @throws UncheckedIOException if writing fails
     */
    @Override
    public void writeJson(OutputStream out, Locale locale) {
        ResultJson.write(out, locale, "report", SCHEMA, g -> {
            g.writeStringField("profile", profile);
            g.writeStringField("asOf", asOf.toString());
            g.writeBooleanField("valid", isValid());
            if (payload) {
                g.writeBooleanField("accepted", isAccepted());
            }
            g.writeObjectFieldStart("counts");
            for (Severity s : Severity.values()) {
                g.writeNumberField(s.name(), counts.get(s));
            }
            g.writeEndObject();
            g.writeArrayFieldStart("findings");
            for (Finding f : findings) {
                g.writeStartObject();
                g.writeStringField("rule", f.rule().name());
                g.writeStringField("severity", f.severity().name());
                g.writeStringField("category", f.category().name());
                g.writeStringField("path", f.path());
                g.writeArrayFieldStart("subjects");
                for (String s : f.subjects()) {
                    g.writeString(s);
                }
                g.writeEndArray();
                g.writeObjectFieldStart("responsible");
                g.writeStringField("role", f.responsible().role().name());
                if (f.responsible().party().isPresent()) {
                    g.writeStringField("party", f.responsible().party().get());
                }
                g.writeEndObject();
                if (f.legalBasis().isPresent()) {
                    g.writeStringField("legalBasis", f.legalBasis().get().text(locale));
                }
                ResultJson.stringMap(g, "params", f.params());
                g.writeStringField("message", f.message(locale));
                g.writeEndObject();
            }
            g.writeEndArray();
        });
    }

    /**
     * Compares JSON Pointers segment by segment, numeric segments by value, so that
     * {@code /leases/2} comes before {@code /leases/10}.
     *
     * @param a a pointer, not null
     * @param b a pointer, not null
     * @return negative, zero or positive
     */
    public static int comparePointers(String a, String b) {
        int i = 0;
        int j = 0;
        int na = a.length();
        int nb = b.length();
        while (i < na && j < nb) {
            int ei = a.indexOf('/', i + 1);
            int ej = b.indexOf('/', j + 1);
            if (ei < 0) {
                ei = na;
            }
            if (ej < 0) {
                ej = nb;
            }
            int c = compareSegment(a, i + 1, ei, b, j + 1, ej);
            if (c != 0) {
                return c;
            }
            i = ei;
            j = ej;
        }
        return Integer.compare(na - i, nb - j);
    }

    private static int compareSegment(String a, int sa, int ea, String b, int sb, int eb) {
        boolean da = isNumber(a, sa, ea);
        boolean db = isNumber(b, sb, eb);
        if (da && db) {
            int la = ea - sa;
            int lb = eb - sb;
            if (la != lb) {
                return Integer.compare(la, lb);
            }
        } else if (da != db) {
            return da ? -1 : 1;
        }
        int n = Math.min(ea - sa, eb - sb);
        for (int k = 0; k < n; k++) {
            int c = Character.compare(a.charAt(sa + k), b.charAt(sb + k));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(ea - sa, eb - sb);
    }

    private static boolean isNumber(String s, int from, int to) {
        if (from >= to || to - from > 9) {
            return false;
        }
        for (int k = from; k < to; k++) {
            char c = s.charAt(k);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return "Report[" + profile + " " + asOf + " valid=" + isValid() + (payload ? " accepted=" + isAccepted() : "")
                + " " + counts + "]";
    }
}
