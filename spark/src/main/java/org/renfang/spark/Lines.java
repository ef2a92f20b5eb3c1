package org.renfang.spark;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.renfang.model.Basis;
import org.renfang.model.Employment;
import org.renfang.model.Enrollment;
import org.renfang.model.IdentityDocument;
import org.renfang.model.Lease;
import org.renfang.model.Organization;
import org.renfang.model.Party;
import org.renfang.model.Person;
import org.renfang.model.Premises;
import org.renfang.model.RecordType;
import org.renfang.model.Residence;
import org.renfang.model.Visit;
import org.renfang.model.json.BinaryRecords;
import org.renfang.model.json.RenfangJson;
import org.renfang.model.source.JsonProblem;
import org.renfang.model.source.ReadResult;
import org.renfang.registry.DocumentKey;
import org.renfang.validation.finding.Finding;
import org.renfang.validation.internal.JsonFindings;
import org.renfang.validation.profile.Profile;

/**
 * Reads one line of a per-kind dataset: one record in the wire format. A line that is not one
 * well-formed JSON value gives a {@code JSON_MALFORMED} finding at the record's pointer (where a
 * registry document would stop being read, the other lines are still read); a record with
 * wrong types, unknown enum values or missing fields gives the findings the registry reader gives
 * for it inside a registry document, with the same pointers.
 */
final class Lines {
    private static final JsonMapper MAPPER = RenfangJson.registryMapper();
    /** Eight bytes of an array as one long (in any order: only their high bits are looked at). */
    private static final java.lang.invoke.VarHandle LONGS =
            java.lang.invoke.MethodHandles.byteArrayViewVarHandle(long[].class, java.nio.ByteOrder.nativeOrder());

    private Lines() {
    }

    /** The record read from a line (null if it could not be read) and the findings of reading it. */
    static final class Parsed implements java.io.Serializable {
        private static final long serialVersionUID = 1L;

        final Rec rec;
        final ArrayList<FindingRow> findings;

        Parsed(Rec rec, List<FindingRow> findings) {
            this.rec = rec;
            this.findings = new ArrayList<>(findings);
        }
    }

    /**
     * Reads a line.
     *
     * @param kind    the dataset's kind, not null
     * @param ordinal the record's position in the dataset
     * @param text    the line, UTF-8, not null
     * @param profile the profile (for the findings' severities), not null
     * @return the record and findings, not null
     */
    static Parsed parse(RecordType kind, long ordinal, byte[] text, Profile profile) {
        String problem = oneValue(text);
        if (problem != null) {
            return malformed(kind, ordinal, problem, profile);
        }
        DocumentBytes doc = new DocumentBytes(text.length);
        doc.kind(kind);
        doc.add(text);
        ReadResult read = doc.read();
        // Pointers (and the field names messages take from them) as in the whole document.
        String from = "/" + kind.jsonName() + "/0";
        String pointer = pointer(kind, ordinal);
        List<JsonProblem> problems = new ArrayList<>(read.problems().size());
        for (JsonProblem p : read.problems()) {
            String at = p.pointer();
            if (at.equals(from) || at.startsWith(from + "/")) {
                at = pointer + at.substring(from.length());
            }
            problems.add(new JsonProblem(p.kind(), at, p.detail()));
        }
        List<FindingRow> findings = findings(problems, profile);
        List<? extends org.renfang.model.Record<?>> records = kind.records(read.document());
        if (records.isEmpty()) {
            return new Parsed(null, findings);
        }
        return new Parsed(rec(kind, ordinal, records.get(0)), findings);
    }

    /**
     * Reads the lines of one kind together, as one registry document of their records (the
     * reader's fixed cost is paid once for them all): each line gives what {@link #parse} gives
     * for it. A line that is not one well-formed JSON value is a finding and left out of the
     * document; if the document's reading reports a problem outside the records' own pointers, the
     * lines are read one by one instead.
     *
     * <p>Whether a line holds one well-formed value is found cheaply first: a line that is one
     * {@link #enclosedObject enclosed object} goes into the document unparsed. If the document's
     * reading then reports malformed JSON (a line not well-formed, or nested beyond the limit in
     * the document, after which the document is not read on), the lines are read one by one.
     *
     * @param kind     the dataset's kind, not null
     * @param ordinals each line's position in the dataset, not null
     * @param texts    the lines, as many as {@code ordinals}, not null
     * @param profile  the profile (for the findings' severities), not null
     * @return what each line gave, in line order, not null
     */
    static List<Parsed> parseAll(RecordType kind, long[] ordinals, List<byte[]> texts, Profile profile) {
        int n = texts.size();
        Parsed[] out = new Parsed[n];
        int[] line = new int[n];
        int wellFormed = 0;
        DocumentBytes doc = new DocumentBytes(n * 256);
        doc.kind(kind);
        for (int i = 0; i < n; i++) {
            byte[] text = texts.get(i);
            String problem = enclosedObject(text) ? null : oneValue(text);
            if (problem != null) {
                out[i] = malformed(kind, ordinals[i], problem, profile);
                continue;
            }
            doc.add(text);
            line[wellFormed++] = i;
        }
        if (wellFormed > 0) {
            ReadResult read = doc.read();
            String prefix = "/" + kind.jsonName() + "/";
            List<List<JsonProblem>> problems = new ArrayList<>(wellFormed);
            for (int j = 0; j < wellFormed; j++) {
                problems.add(new ArrayList<>(0));
            }
            for (JsonProblem p : read.problems()) {
                int j = recordIndex(p.pointer(), prefix);
                if (j < 0 || j >= wellFormed || p.kind() == JsonProblem.Kind.MALFORMED) {
                    // Not a record's own problem, or one after which the document is not read on
                    // (a line not well-formed, nested beyond the limit in the document): read
                    // each line alone, as parse does.
                    List<Parsed> one = new ArrayList<>(n);
                    for (int i = 0; i < n; i++) {
                        one.add(parse(kind, ordinals[i], texts.get(i), profile));
                    }
                    return one;
                }
                String from = prefix + j;
                String at = p.pointer();
                problems.get(j).add(new JsonProblem(p.kind(), pointer(kind, ordinals[line[j]])
                        + at.substring(from.length()), p.detail()));
            }
            Object[] bound = new Object[wellFormed];
            List<? extends org.renfang.model.Record<?>> records = kind.records(read.document());
            for (int k = 0; k < records.size(); k++) {
                bound[read.sourceIndex(kind, k)] = records.get(k);
            }
            for (int j = 0; j < wellFormed; j++) {
                int i = line[j];
                List<FindingRow> found = findings(problems.get(j), profile);
                Object record = bound[j];
                out[i] = new Parsed(record == null ? null : rec(kind, ordinals[i], record), found);
            }
        }
        return java.util.Arrays.asList(out);
    }

    /** The index of the record a pointer points into ({@code /persons/3/name} → 3), or -1. */
    private static int recordIndex(String pointer, String prefix) {
        if (!pointer.startsWith(prefix)) {
            return -1;
        }
        int end = pointer.indexOf('/', prefix.length());
        String index = end < 0 ? pointer.substring(prefix.length()) : pointer.substring(prefix.length(), end);
        try {
            return Integer.parseInt(index);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String pointer(RecordType kind, long ordinal) {
        return "/" + kind.jsonName() + "/" + ordinal;
    }

    private static Parsed malformed(RecordType kind, long ordinal, String problem, Profile profile) {
        return new Parsed(null, findings(List.of(new JsonProblem(JsonProblem.Kind.MALFORMED, pointer(kind, ordinal),
                problem)), profile));
    }

    /**
     * Whether a line is one enclosed object as JSON's brackets and strings go: after any
     * whitespace a <code>{</code>, whose matching close (brackets inside strings not counted) is
     * followed by whitespace only, and no string left open. Put into a document's array, such a line
     * cannot close or open anything outside itself, so if the document is well-formed JSON the
     * line is exactly one well-formed object; whether it is well-formed is left to the document's
     * reader. One pass over the bytes, no parser: a parser per line costs about half of binding
     * the line's record.
     *
     * @param line the line, UTF-8, not null
     * @return whether it is one enclosed object
     */
    static boolean enclosedObject(byte[] line) {
        int i = 0;
        int n = line.length;
        while (i < n && isJsonWhitespace(line[i])) {
            i++;
        }
        if (i == n || line[i] != '{') {
            return false;
        }
        int depth = 0;
        for (; i < n; i++) {
            byte b = line[i];
            if (b == '"') {
                // to the string's closing quote, each backslash escaping the byte after it
                for (i++; i < n && line[i] != '"'; i++) {
                    if (line[i] == '\\') {
                        i++;
                    }
                }
                if (i >= n) {
                    return false;
                }
            } else if (b == '{' || b == '[') {
                depth++;
            } else if (b == '}' || b == ']') {
                if (--depth == 0) {
                    break;
                }
            }
        }
        if (depth != 0) {
            return false;
        }
        for (i++; i < n; i++) {
            if (!isJsonWhitespace(line[i])) {
                return false;
            }
        }
        return true;
    }

    private static boolean isJsonWhitespace(byte b) {
        return b == ' ' || b == '\t' || b == '\n' || b == '\r';
    }

    /**
     * Null if the text is exactly one well-formed JSON value (a value that is not an object is then
     * refused by the reader, as in a document), else why not (no record content).
     */
    static String oneValue(byte[] text) {
        try (JsonParser p = MAPPER.getFactory().createParser(text)) {
            JsonToken t = p.nextToken();
            if (t == null) {
                return "a line must hold one JSON value";
            }
            p.skipChildren();
            if (p.nextToken() != null) {
                return "a line must hold one JSON value and nothing after it";
            }
            return null;
        } catch (IOException e) {
            return "not well-formed JSON";
        }
    }

    /**
     * Whether a line is blank, as {@link String#isBlank()} says of its text: only whitespace, or
     * nothing.
     *
     * @param bytes  the line's bytes, not null
     * @param length how many of them, from the first
     * @return whether it is blank
     */
    static boolean isBlank(byte[] bytes, int length) {
        boolean ascii = true;
        for (int i = 0; i < length; i++) {
            int b = bytes[i];
            if (b < 0) {
                ascii = false;
            } else if (!Character.isWhitespace(b)) {
                return false;
            }
        }
        return ascii || new String(bytes, 0, length, StandardCharsets.UTF_8).isBlank();
    }

    /**
     * A line as the text it holds, in UTF-8: null for a blank line ({@link #isBlank}), its bytes
     * for valid UTF-8, and for bytes that are not UTF-8 the text with each malformed sequence
     * replaced by U+FFFD (as decoding it into a {@code String} does).
     *
     * @param bytes  the line's bytes, not null
     * @param length how many of them, from the first
     * @return the line, or null if it is blank
     */
    static byte[] line(byte[] bytes, int length) {
        if (isBlank(bytes, length)) {
            return null;
        }
        return isUtf8(bytes, length) ? java.util.Arrays.copyOf(bytes, length)
                : new String(bytes, 0, length, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Whether bytes are well-formed UTF-8 (the Unicode standard's table of well-formed byte
     * sequences: no overlong forms, no surrogates, nothing above U+10FFFF), which is exactly what
     * the JDK's decoder reads without replacing anything.
     */
    static boolean isUtf8(byte[] bytes, int length) {
        int i = 0;
        while (i < length) {
            // eight ASCII bytes at a time
            if (i + Long.BYTES <= length && ((long) LONGS.get(bytes, i) & 0x8080808080808080L) == 0) {
                i += Long.BYTES;
                continue;
            }
            int b = bytes[i] & 0xFF;
            if (b < 0x80) {
                i++;
                continue;
            }
            int n;
            int lo = 0x80;
            int hi = 0xBF;
            if (b >= 0xC2 && b <= 0xDF) {
                n = 1;
            } else if (b >= 0xE0 && b <= 0xEF) {
                n = 2;
                lo = b == 0xE0 ? 0xA0 : 0x80;
                hi = b == 0xED ? 0x9F : 0xBF;
            } else if (b >= 0xF0 && b <= 0xF4) {
                n = 3;
                lo = b == 0xF0 ? 0x90 : 0x80;
                hi = b == 0xF4 ? 0x8F : 0xBF;
            } else {
                return false;
            }
            if (i + n >= length) {
                return false;
            }
            int second = bytes[i + 1] & 0xFF;
            if (second < lo || second > hi) {
                return false;
            }
            for (int k = 2; k <= n; k++) {
                if ((bytes[i + k] & 0xC0) != 0x80) {
                    return false;
                }
            }
            i += n + 1;
        }
        return true;
    }

    /** The findings of reading problems, each at its own pointer. */
    static List<FindingRow> findings(List<JsonProblem> problems, Profile profile) {
        List<Finding> found = new ArrayList<>(problems.size());
        JsonFindings.add(problems, profile, found);
        List<FindingRow> rows = new ArrayList<>(found.size());
        for (Finding f : found) {
            rows.add(new FindingRow(f, f.path()));
        }
        return rows;
    }

    /** The record (in its binary form) with the ids it names. */
    static Rec rec(RecordType kind, long ordinal, Object record) {
        byte[] bytes = BinaryRecords.write(kind.type(), record);
        Set<String> persons = new LinkedHashSet<>();
        Set<String> orgs = new LinkedHashSet<>();
        Set<String> leases = new LinkedHashSet<>();
        Rec r;
        if (record instanceof Person) {
            Person p = (Person) record;
            r = new Rec(kind, ordinal, p.id().value(), bytes);
            r.person = r.id;
            Set<String> docs = new LinkedHashSet<>();
            for (IdentityDocument d : p.documents()) {
                if (!d.number().isBlank()) {
                    docs.add(documentKey(d));
                }
            }
            r.documents = docs.toArray(new String[0]);
        } else if (record instanceof Organization) {
            r = new Rec(kind, ordinal, ((Organization) record).id().value(), bytes);
        } else if (record instanceof Premises) {
            Premises p = (Premises) record;
            r = new Rec(kind, ordinal, p.id().value(), bytes);
            r.premises = r.id;
            p.owner().ifPresent(o -> party(o, persons, orgs));
            p.dormitoryOf().ifPresent(o -> orgs.add(o.value()));
        } else if (record instanceof Lease) {
            Lease l = (Lease) record;
            r = new Rec(kind, ordinal, l.id().value(), bytes);
            r.premises = l.premises().value();
            party(l.lessor(), persons, orgs);
            l.lessees().forEach(p -> party(p, persons, orgs));
            l.occupants().forEach(p -> persons.add(p.value()));
            l.parent().ifPresent(p -> leases.add(p.value()));
        } else if (record instanceof Employment) {
            Employment e = (Employment) record;
            r = new Rec(kind, ordinal, e.id().value(), bytes);
            r.person = e.person().value();
            orgs.add(e.employer().value());
        } else if (record instanceof Enrollment) {
            Enrollment e = (Enrollment) record;
            r = new Rec(kind, ordinal, e.id().value(), bytes);
            r.person = e.person().value();
            orgs.add(e.school().value());
        } else if (record instanceof Residence) {
            Residence res = (Residence) record;
            r = new Rec(kind, ordinal, res.id().value(), bytes);
            r.premises = res.premises().value();
            r.person = res.person().value();
            persons.add(r.person);
            Basis b = res.basis();
            b.lease().ifPresent(l -> leases.add(l.value()));
            b.employer().ifPresent(o -> orgs.add(o.value()));
            b.of().ifPresent(p -> persons.add(p.value()));
            res.providerConfirmation().ifPresent(c -> party(c.by(), persons, orgs));
        } else {
            Visit v = (Visit) record;
            r = new Rec(kind, ordinal, v.id().value(), bytes);
            r.premises = v.premises().value();
            orgs.add(v.agency().value());
        }
        r.persons = persons.toArray(new String[0]);
        r.organizations = orgs.toArray(new String[0]);
        r.leases = leases.toArray(new String[0]);
        return r;
    }

    /**
     * The key persons sharing a document meet under: the document's type and normalized number,
     * without its country (as the registry's index of documents). Built from the components, as
     * {@link DocumentKey#toString()} leaves the number out.
     */
    static String documentKey(IdentityDocument d) {
        DocumentKey k = DocumentKey.of(d).withoutCountry();
        return k.type().name() + ':' + k.number();
    }

    private static void party(Party p, Set<String> persons, Set<String> orgs) {
        p.person().ifPresent(x -> persons.add(x.value()));
        p.organization().ifPresent(x -> orgs.add(x.value()));
    }
}
