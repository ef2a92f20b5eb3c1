package org.renfang.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.renfang.validation.Finding;
import org.renfang.validation.Report;
import org.renfang.validation.Severity;
import org.renfang.validation.profile.Profile;

/**
 * Prints a report: as JSON (exactly the report format, nothing else) or as text for people,
 * a verdict line, the counts, then the findings grouped by severity, one line each.
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
        out.println(verdict + "  " + texts.get("report.header", printable(profile.code()),
                printable(profile.name(texts.lang().tag())),
                report.asOf().toString()));
        out.println(counts(report, texts));
        if (report.findings().isEmpty()) {
            out.println(texts.get("report.none"));
            out.flush();
            return;
        }
        for (Severity s : Severity.values()) {
            List<Finding> group = new ArrayList<>();
            for (Finding f : report.findings()) {
                if (f.severity() == s) {
                    group.add(f);
                }
            }
            if (group.isEmpty()) {
                continue;
            }
            out.println();
            out.println(colour(s, ansi, ansi.bold(texts.get("report.group", severity(s, texts), group.size()))));
            int pathWidth = 0;
            int ruleWidth = 0;
            for (Finding f : group) {
                pathWidth = Math.max(pathWidth, shownPath(f).length());
                ruleWidth = Math.max(ruleWidth, f.rule().name().length());
            }
            for (Finding f : group) {
                out.println("  " + ansi.dim(pad(shownPath(f), pathWidth)) + "  " + colour(s, ansi, pad(f.rule().name(),
                        ruleWidth)) + "  " + f.message(texts.lang().locale()));
            }
        }
        out.flush();
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
