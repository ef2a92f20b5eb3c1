package org.renfang.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;
import org.renfang.validation.Report;
import org.renfang.validation.finding.Category;
import org.renfang.validation.finding.Finding;
import org.renfang.validation.finding.Responsible;
import org.renfang.validation.finding.Severity;
import org.renfang.validation.profile.Profile;

/**
 * Prints a report: as JSON (exactly the report format, nothing else) or as text for people,
 * a verdict line, the counts, then the findings grouped by severity, one line each. A payload
 * report's verdict says whether it is accepted, and its text lists the DATA findings (the records
 * to correct) by severity, then the COMPLIANCE findings grouped by responsible party, each with
 * its legal basis.
 */
final class ReportPrinter {
    private ReportPrinter() {
    }

    /**
     * Writes the report's JSON.
     *
     * @param report the report, not null
     * @param lang   the language of the messages, not null
     * @param out    stdout, not null
     */
    static void json(Report report, Lang lang, PrintWriter out) {
        try (WriterOutputStream w = new WriterOutputStream(out)) {
            report.writeJson(w, lang.locale());
        } catch (IOException e) {
            throw new UncheckedIOException("writing the report failed", e);
        }
        out.flush();
    }

    /**
     * Writes the report as text.
     *
     * @param report  the report, not null
     * @param profile the profile it was made under, not null
     * @param texts   the texts, not null
     * @param ansi    the colours, not null
     * @param out     stdout, not null
     */
    static void text(Report report, Profile profile, Texts texts, Ansi ansi, PrintWriter out) {
        String verdict = report.isValid() ? ansi.green(ansi.bold(texts.get("report.valid")))
                : ansi.red(ansi.bold(texts.get("report.invalid")));
        if (report.isPayload()) {
            verdict = (report.isAccepted() ? ansi.green(ansi.bold(texts.get("report.accepted")))
                    : ansi.red(ansi.bold(texts.get("report.notAccepted")))) + "  " + verdict;
        }
        out.println(verdict + "  " + texts.get("report.header", printable(profile.code()),
                printable(profile.name(texts.lang().tag())),
                report.asOf().toString()));
        out.println(counts(report, texts));
        if (report.findings().isEmpty()) {
            out.println(texts.get("report.none"));
            out.flush();
            return;
        }
        if (!report.isPayload()) {
            bySeverity(report.findings(), texts, ansi, out);
            out.flush();
            return;
        }
        // A payload: what to correct in the records, then each party's duties.
        List<Finding> data = new ArrayList<>();
        Map<Responsible, List<Finding>> duties = new LinkedHashMap<>();
        for (Finding f : report.findings()) {
            if (f.category() == Category.DATA) {
                data.add(f);
            } else {
                duties.computeIfAbsent(f.responsible(), k -> new ArrayList<>()).add(f);
            }
        }
        if (!data.isEmpty()) {
            out.println();
            out.println(ansi.bold(texts.get("report.data", data.size())));
            bySeverity(data, texts, ansi, out);
        }
        for (Map.Entry<Responsible, List<Finding>> e : duties.entrySet()) {
            out.println();
            Responsible who = e.getKey();
            out.println(ansi.bold(texts.get("report.duties", role(who.role(), texts),
                    who.party().map(ReportPrinter::printable).orElse("—"), e.getValue().size())));
            lines(e.getValue(), texts, ansi, out);
        }
        out.flush();
    }

    /** The name of a role in the report's language. */
    static String role(org.renfang.validation.finding.Role role, Texts texts) {
        return switch (role) {
            case RESIDENT -> texts.get("role.resident");
            case LESSOR -> texts.get("role.lessor");
            case OWNER -> texts.get("role.owner");
            case EMPLOYER -> texts.get("role.employer");
            case SCHOOL -> texts.get("role.school");
            case HOTEL_OPERATOR -> texts.get("role.hotelOperator");
            case AGENCY -> texts.get("role.agency");
            default -> texts.get("role.recorder");
        };
    }

    /** The findings grouped by severity, one line each. */
    private static void bySeverity(List<Finding> findings, Texts texts, Ansi ansi, PrintWriter out) {
        for (Severity s : Severity.values()) {
            List<Finding> group = new ArrayList<>();
            for (Finding f : findings) {
                if (f.severity() == s) {
                    group.add(f);
                }
            }
            if (group.isEmpty()) {
                continue;
            }
            out.println();
            out.println(colour(s, ansi, ansi.bold(texts.get("report.group", severity(s, texts), group.size()))));
            int pathWidth = widest(group, f -> shownPath(f).length());
            int ruleWidth = widest(group, f -> f.rule().name().length());
            for (Finding f : group) {
                out.println("  " + ansi.dim(pad(shownPath(f), pathWidth)) + "  " + colour(s, ansi, pad(f.rule().name(),
                        ruleWidth)) + "  " + f.message(texts.lang().locale()));
            }
        }
    }

    /** The greatest width of the findings' column, 0 for none. */
    private static int widest(List<Finding> findings, ToIntFunction<Finding> width) {
        return findings.stream().mapToInt(width).max().orElse(0);
    }

    /** Findings of any severity, one line each, with the severity and the legal basis. */
    private static void lines(List<Finding> findings, Texts texts, Ansi ansi, PrintWriter out) {
        int pathWidth = widest(findings, f -> shownPath(f).length());
        int ruleWidth = widest(findings, f -> f.rule().name().length());
        for (Finding f : findings) {
            String basis = f.legalBasis(texts.lang().locale()).map(b -> " " + texts.get("report.basis", b)).orElse("");
            out.println("  " + ansi.dim(pad(shownPath(f), pathWidth)) + "  " + colour(f.severity(), ansi,
                    pad(f.rule().name(), ruleWidth)) + "  " + severity(f.severity(), texts) + ": "
                    + f.message(texts.lang().locale()) + basis);
        }
    }

    /**
     * Returns the one-line counts of a report.
     *
     * @param report the report, not null
     * @param texts  the texts, not null
     * @return the line, not null
     */
    static String counts(Report report, Texts texts) {
        return texts.get("report.counts", report.counts().get(Severity.ERROR), report.counts().get(Severity.WARNING),
                report.counts().get(Severity.INFO));
    }

    /**
     * Returns the name of a severity in a language.
     *
     * @param s     the severity, not null
     * @param texts the texts, not null
     * @return the name, not null
     */
    static String severity(Severity s, Texts texts) {
        return texts.get("severity." + s.name());
    }

    static String colour(Severity s, Ansi ansi, String text) {
        switch (s) {
            case ERROR:
                return ansi.red(text);
            case WARNING:
                return ansi.yellow(text);
            default:
                return ansi.cyan(text);
        }
    }

    private static String shownPath(Finding f) {
        return f.path().isEmpty() ? "/" : printable(f.path());
    }

    /**
     * Returns text with control, format (bidirectional overrides, zero-width) and line or
     * paragraph separator characters written as {@code \\uXXXX}, as the messages write them: a
     * field name from input, part of a path, cannot forge lines or drive the terminal.
     *
     * @param s the text, not null
     * @return the printable text, not null
     */
    static String printable(String s) {
        StringBuilder sb = null;
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            int t = Character.getType(c);
            boolean unsafe = c < 0x20 || (c >= 0x7f && c <= 0x9f) || t == Character.FORMAT
                    || t == Character.LINE_SEPARATOR || t == Character.PARAGRAPH_SEPARATOR;
            if (unsafe && sb == null) {
                sb = new StringBuilder(n + 16).append(s, 0, i);
            }
            if (sb != null) {
                if (unsafe) {
                    sb.append(String.format(java.util.Locale.ROOT, "\\u%04X", (int) c));
                } else {
                    sb.append(c);
                }
            }
        }
        return sb == null ? s : sb.toString();
    }

    private static String pad(String s, int width) {
        StringBuilder sb = new StringBuilder(width).append(s);
        while (sb.length() < width) {
            sb.append(' ');
        }
        return sb.toString();
    }
}
