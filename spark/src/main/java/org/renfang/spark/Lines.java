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
import org.renfang.model.RegistryDocument;
import org.renfang.model.Residence;
import org.renfang.model.Visit;
import org.renfang.model.json.JsonProblem;
import org.renfang.model.json.ReadResult;
import org.renfang.model.json.RegistryReader;
import org.renfang.model.json.RenfangJson;
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
     * @param text    the line, not null
     * @param profile the profile (for the findings' severities), not null
     * @return the record and findings, not null
     */
    static Parsed parse(RecordType kind, long ordinal, String text, Profile profile) {
        String pointer = "/" + kind.jsonName() + "/" + ordinal;
        String problem = oneValue(text);
        if (problem != null) {
            List<Finding> out = new ArrayList<>(1);
            JsonFindings.add(List.of(new JsonProblem(JsonProblem.Kind.MALFORMED, pointer, problem)), profile, out);
            return new Parsed(null, rows(out));
        }
        String wrapped = "{\"schema\":\"" + RegistryDocument.REGISTRY_SCHEMA + "\",\"" + kind.jsonName() + "\":["
                + text + "]}";
        ReadResult read = RegistryReader.readRegistry(
                new java.io.ByteArrayInputStream(wrapped.getBytes(StandardCharsets.UTF_8)));
        // Pointers (and the field names messages take from them) as in the whole document.
        String from = "/" + kind.jsonName() + "/0";
        List<JsonProblem> problems = new ArrayList<>(read.problems().size());
        for (JsonProblem p : read.problems()) {
            String at = p.pointer();
            if (at.equals(from) || at.startsWith(from + "/")) {
                at = pointer + at.substring(from.length());
            }
            problems.add(new JsonProblem(p.kind(), at, p.detail()));
        }
        List<Finding> out = new ArrayList<>();
        JsonFindings.add(problems, profile, out);
        List<FindingRow> findings = rows(out);
        List<? extends org.renfang.model.Record<?>> records = records(read.document(), kind);
        if (records.isEmpty()) {
            return new Parsed(null, findings);
        }
        Object record = records.get(0);
        String json = text;
        if (!read.isClean()) {
            try {
                json = MAPPER.writerFor(kind.type()).writeValueAsString(record);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException("writing a record read back failed", e);
            }
        }
        return new Parsed(rec(kind, ordinal, record, json), findings);
    }

    /**
     * Null if the text is exactly one well-formed JSON value (a value that is not an object is then
     * refused by the reader, as in a document), else why not (no record content).
     */
    private static String oneValue(String text) {
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

    private static List<FindingRow> rows(List<Finding> findings) {
        List<FindingRow> rows = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            rows.add(new FindingRow(f, f.path()));
        }
        return rows;
    }

    static List<? extends org.renfang.model.Record<?>> records(RegistryDocument d, RecordType kind) {
        switch (kind) {
            case PERSONS:
                return d.persons();
            case ORGANIZATIONS:
                return d.organizations();
            case PREMISES:
                return d.premises();
            case LEASES:
                return d.leases();
            case EMPLOYMENTS:
                return d.employments();
            case ENROLLMENTS:
                return d.enrollments();
            case RESIDENCES:
                return d.residences();
            default:
                return d.visits();
        }
    }

    /** The record with the ids it names. */
    static Rec rec(RecordType kind, long ordinal, Object record, String json) {
        Set<String> persons = new LinkedHashSet<>();
        Set<String> orgs = new LinkedHashSet<>();
        Set<String> leases = new LinkedHashSet<>();
        Rec r;
        if (record instanceof Person) {
            Person p = (Person) record;
            r = new Rec(kind, ordinal, p.id().value(), json);
            r.person = r.id;
            Set<String> docs = new LinkedHashSet<>();
            for (IdentityDocument d : p.documents()) {
                if (!d.number().isBlank()) {
                    docs.add(DocumentKey.of(d).withoutCountry().toString());
                }
            }
            r.documents = docs.toArray(new String[0]);
        } else if (record instanceof Organization) {
            r = new Rec(kind, ordinal, ((Organization) record).id().value(), json);
        } else if (record instanceof Premises) {
            Premises p = (Premises) record;
            r = new Rec(kind, ordinal, p.id().value(), json);
            r.premises = r.id;
            p.owner().ifPresent(o -> party(o, persons, orgs));
            p.dormitoryOf().ifPresent(o -> orgs.add(o.value()));
        } else if (record instanceof Lease) {
            Lease l = (Lease) record;
            r = new Rec(kind, ordinal, l.id().value(), json);
            r.premises = l.premises().value();
            party(l.lessor(), persons, orgs);
            l.lessees().forEach(p -> party(p, persons, orgs));
            l.occupants().forEach(p -> persons.add(p.value()));
            l.parent().ifPresent(p -> leases.add(p.value()));
        } else if (record instanceof Employment) {
            Employment e = (Employment) record;
            r = new Rec(kind, ordinal, e.id().value(), json);
            r.person = e.person().value();
            orgs.add(e.employer().value());
        } else if (record instanceof Enrollment) {
            Enrollment e = (Enrollment) record;
            r = new Rec(kind, ordinal, e.id().value(), json);
            r.person = e.person().value();
            orgs.add(e.school().value());
        } else if (record instanceof Residence) {
            Residence res = (Residence) record;
            r = new Rec(kind, ordinal, res.id().value(), json);
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
            r = new Rec(kind, ordinal, v.id().value(), json);
            r.premises = v.premises().value();
            orgs.add(v.agency().value());
        }
        r.persons = persons.toArray(new String[0]);
        r.organizations = orgs.toArray(new String[0]);
        r.leases = leases.toArray(new String[0]);
        return r;
    }

    private static void party(Party p, Set<String> persons, Set<String> orgs) {
        p.person().ifPresent(x -> persons.add(x.value()));
        p.organization().ifPresent(x -> orgs.add(x.value()));
    }
}
