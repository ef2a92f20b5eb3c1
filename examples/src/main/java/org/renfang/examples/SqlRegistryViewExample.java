package org.renfang.examples;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.h2.jdbcx.JdbcConnectionPool;
import org.renfang.model.DocumentType;
import org.renfang.model.Employment;
import org.renfang.model.EmploymentId;
import org.renfang.model.Enrollment;
import org.renfang.model.EnrollmentId;
import org.renfang.model.IdentityDocument;
import org.renfang.model.Lease;
import org.renfang.model.LeaseId;
import org.renfang.model.Organization;
import org.renfang.model.OrganizationId;
import org.renfang.model.Person;
import org.renfang.model.PersonId;
import org.renfang.model.Premises;
import org.renfang.model.PremisesId;
import org.renfang.model.RegistryDocument;
import org.renfang.model.Residence;
import org.renfang.model.ResidenceId;
import org.renfang.model.Visit;
import org.renfang.model.VisitId;
import org.renfang.model.json.RenfangJson;
import org.renfang.registry.DocumentKey;
import org.renfang.registry.RegistryView;
import org.renfang.validation.Report;
import org.renfang.validation.Validator;
import org.renfang.validation.finding.Finding;
import org.renfang.validation.profile.Profiles;

/**
 * Validates registrations against records kept in a database: {@link H2RegistryView} implements
 * {@link RegistryView} over an in-process H2 database, one table per record type holding the
 * record's JSON and the indexed columns the lookups need (premises, person, document key), each
 * method one indexed query. This is how a host plugs its own storage into the validator.
 *
 * <p>Run: {@code java … org.renfang.examples.SqlRegistryViewExample}: loads the sample registry
 * into H2 and validates {@link ValidatePayloadExample#PAYLOAD} against it.
 */
public final class SqlRegistryViewExample {

    private SqlRegistryViewExample() {
    }

    /**
     * Loads the sample into a fresh H2 database and validates a payload against it under CN.
     *
     * @param payload the payload JSON, not null
     * @param out     where the lines go, not null
     * @return the report, not null
     */
    public static Report validate(byte[] payload, PrintStream out) {
        try (H2RegistryView view = H2RegistryView.create()) {
            int rows = view.load(Sample.registry().document());
            out.println("loaded " + rows + " records into H2");
            Report report = Validator.of(Profiles.load("CN")).validate(payload, view, Sample.AS_OF);
            for (Finding f : report.findings()) {
                out.println(f.severity() + " " + f.rule() + " " + f.path() + ": " + f.message(Locale.ENGLISH));
            }
            out.println(report.isValid() ? "valid" : "not valid");
            return report;
        }
    }

    /**
     * Runs the example.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        validate(ValidatePayloadExample.PAYLOAD.getBytes(StandardCharsets.UTF_8), System.out);
    }

    // -----------------------------------------------------------------------------------------

    /**
     * A {@link RegistryView} over an in-process H2 database. Each lookup borrows a connection from
     * a pool and runs one query on a primary key or an index, so concurrent reads are safe.
     *
     * <p>Schema: {@code persons}, {@code organizations}, {@code premises}, {@code leases},
     * {@code employments}, {@code enrollments}, {@code residences}, {@code visits} with
     * {@code id} (primary key), the reference columns that are looked up ({@code premises},
     * {@code person}, indexed) and {@code json}; and {@code person_documents(type, number,
     * person)} indexed on {@code (type, number)}, numbers normalized as {@link DocumentKey#normalize}.
     */
    public static final class H2RegistryView implements RegistryView, AutoCloseable {
        private static final String[] SCHEMA = {
            "CREATE TABLE persons (id VARCHAR(64) PRIMARY KEY, json CLOB NOT NULL)",
            "CREATE TABLE person_documents (type VARCHAR(32) NOT NULL, number VARCHAR(4096) NOT NULL,"
                    + " person VARCHAR(64) NOT NULL, PRIMARY KEY (type, number, person))",
            "CREATE TABLE organizations (id VARCHAR(64) PRIMARY KEY, json CLOB NOT NULL)",
            "CREATE TABLE premises (id VARCHAR(64) PRIMARY KEY, json CLOB NOT NULL)",
            "CREATE TABLE leases (id VARCHAR(64) PRIMARY KEY, premises VARCHAR(64) NOT NULL, json CLOB NOT NULL)",
            "CREATE INDEX leases_premises ON leases (premises)",
            "CREATE TABLE employments (id VARCHAR(64) PRIMARY KEY, person VARCHAR(64) NOT NULL, json CLOB NOT NULL)",
            "CREATE INDEX employments_person ON employments (person)",
            "CREATE TABLE enrollments (id VARCHAR(64) PRIMARY KEY, person VARCHAR(64) NOT NULL, json CLOB NOT NULL)",
            "CREATE INDEX enrollments_person ON enrollments (person)",
            "CREATE TABLE residences (id VARCHAR(64) PRIMARY KEY, person VARCHAR(64) NOT NULL,"
                    + " premises VARCHAR(64) NOT NULL, json CLOB NOT NULL)",
            "CREATE INDEX residences_person ON residences (person)",
            "CREATE INDEX residences_premises ON residences (premises)",
            "CREATE TABLE visits (id VARCHAR(64) PRIMARY KEY, premises VARCHAR(64) NOT NULL, json CLOB NOT NULL)",
            "CREATE INDEX visits_premises ON visits (premises)",
        };

        private final JdbcConnectionPool pool;
        private final Connection keepAlive;
        private final JsonMapper mapper = RenfangJson.registryMapper();

        private H2RegistryView(JdbcConnectionPool pool, Connection keepAlive) {
            this.pool = pool;
            this.keepAlive = keepAlive;
        }

        /**
         * Creates an empty database with the schema.
         *
         * @return the view, not null; close it to drop the database
         * @throws IllegalStateException if H2 fails
         */
        public static H2RegistryView create() {
            JdbcConnectionPool pool = JdbcConnectionPool.create(
                    "jdbc:h2:mem:renfang-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
            try {
                Connection c = pool.getConnection();
                try (Statement s = c.createStatement()) {
                    for (String ddl : SCHEMA) {
                        s.execute(ddl);
                    }
                }
                return new H2RegistryView(pool, c);
            } catch (SQLException e) {
                pool.dispose();
                throw new IllegalStateException("creating the H2 schema failed", e);
            }
        }

        /**
         * Inserts the records of a document; like the in-memory registry, the first record of an
         * id wins and later ones with the same id are skipped.
         *
         * @param document the records, not null
         * @return the number of records inserted
         * @throws IllegalStateException if H2 fails
         */
        public int load(RegistryDocument document) {
            Objects.requireNonNull(document, "document");
            int n = 0;
            try (Connection c = pool.getConnection()) {
                c.setAutoCommit(false);
                Set<String> seen = new HashSet<>();
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO persons (id, json) VALUES (?, ?)");
                        PreparedStatement docs = c.prepareStatement(
                                "MERGE INTO person_documents (type, number, person) VALUES (?, ?, ?)")) {
                    for (Person p : document.persons()) {
                        if (seen.add(p.id().value())) {
                            n += insert(ps, p.id().value(), json(p));
                            for (IdentityDocument d : p.documents()) {
                                docs.setString(1, d.type().name());
                                docs.setString(2, DocumentKey.normalize(d.number()));
                                docs.setString(3, p.id().value());
                                docs.executeUpdate();
                            }
                        }
                    }
                }
                n += insertAll(c, "organizations (id", document.organizations(), o -> o.id().value());
                n += insertAll(c, "premises (id", document.premises(), p -> p.id().value());
                n += insertAll(c, "leases (id, premises", document.leases(), l -> l.id().value(),
                        l -> l.premises().value());
                n += insertAll(c, "employments (id, person", document.employments(), e -> e.id().value(),
                        e -> e.person().value());
                n += insertAll(c, "enrollments (id, person", document.enrollments(), e -> e.id().value(),
                        e -> e.person().value());
                n += insertAll(c, "residences (id, person, premises", document.residences(), r -> r.id().value(),
                        r -> r.person().value(), r -> r.premises().value());
                n += insertAll(c, "visits (id, premises", document.visits(), v -> v.id().value(),
                        v -> v.premises().value());
                c.commit();
            } catch (SQLException e) {
                throw new IllegalStateException("loading records into H2 failed", e);
            }
            return n;
        }

        /**
         * Inserts records: {@code into} is the table and its key columns up to the JSON column,
         * such as {@code "leases (id, premises"}; {@code columns} give those columns' values.
         */
        @SafeVarargs
        private <R> int insertAll(Connection c, String into, List<R> records,
                java.util.function.Function<R, String>... columns) throws SQLException {
            String marks = "?, ".repeat(columns.length);
            int n = 0;
            Set<String> seen = new HashSet<>();
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + into + ", json) VALUES (" + marks + "?)")) {
                for (R r : records) {
                    if (!seen.add(columns[0].apply(r))) {
                        continue;
                    }
                    for (int i = 0; i < columns.length; i++) {
                        ps.setString(i + 1, columns[i].apply(r));
                    }
                    ps.setString(columns.length + 1, json(r));
                    n += ps.executeUpdate();
                }
            }
            return n;
        }

        private static int insert(PreparedStatement ps, String id, String json) throws SQLException {
            ps.setString(1, id);
            ps.setString(2, json);
            return ps.executeUpdate();
        }

        private String json(Object record) {
            try {
                ObjectWriter w = mapper.writer();
                return w.writeValueAsString(record);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("writing a record as JSON failed", e);
            }
        }

        /** Runs one query with string parameters and reads each row's JSON as a record. */
        private <R> List<R> query(String sql, Class<R> type, String... params) {
            ObjectReader reader = mapper.readerFor(type);
            List<R> out = new ArrayList<>();
            try (Connection c = pool.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < params.length; i++) {
                    ps.setString(i + 1, params[i]);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(reader.readValue(rs.getString(1)));
                    }
                }
            } catch (SQLException | JsonProcessingException e) {
                throw new IllegalStateException("query failed: " + sql, e);
            }
            return out;
        }

        private <R> Optional<R> byId(String table, String id, Class<R> type) {
            List<R> rows = query("SELECT json FROM " + table + " WHERE id = ?", type, id);
            return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
        }

        @Override
        public Optional<Person> person(PersonId id) {
            return byId("persons", id.value(), Person.class);
        }

        @Override
        public Optional<Organization> organization(OrganizationId id) {
            return byId("organizations", id.value(), Organization.class);
        }

        @Override
        public Optional<Premises> premises(PremisesId id) {
            return byId("premises", id.value(), Premises.class);
        }

        @Override
        public Optional<Lease> lease(LeaseId id) {
            return byId("leases", id.value(), Lease.class);
        }

        @Override
        public Optional<Employment> employment(EmploymentId id) {
            return byId("employments", id.value(), Employment.class);
        }

        @Override
        public Optional<Enrollment> enrollment(EnrollmentId id) {
            return byId("enrollments", id.value(), Enrollment.class);
        }

        @Override
        public Optional<Residence> residence(ResidenceId id) {
            return byId("residences", id.value(), Residence.class);
        }

        @Override
        public Optional<Visit> visit(VisitId id) {
            return byId("visits", id.value(), Visit.class);
        }

        @Override
        public List<Residence> residencesAt(PremisesId premises) {
            return query("SELECT json FROM residences WHERE premises = ?", Residence.class, premises.value());
        }

        @Override
        public List<Residence> residencesOf(PersonId person) {
            return query("SELECT json FROM residences WHERE person = ?", Residence.class, person.value());
        }

        @Override
        public List<Lease> leasesOf(PremisesId premises) {
            return query("SELECT json FROM leases WHERE premises = ?", Lease.class, premises.value());
        }

        @Override
        public List<Employment> employmentsOf(PersonId person) {
            return query("SELECT json FROM employments WHERE person = ?", Employment.class, person.value());
        }

        @Override
        public List<Enrollment> enrollmentsOf(PersonId person) {
            return query("SELECT json FROM enrollments WHERE person = ?", Enrollment.class, person.value());
        }

        @Override
        public List<Visit> visitsTo(PremisesId premises) {
            return query("SELECT json FROM visits WHERE premises = ?", Visit.class, premises.value());
        }

        @Override
        public List<Person> personsWithDocument(DocumentType type, String number) {
            return query("SELECT p.json FROM person_documents d JOIN persons p ON p.id = d.person"
                    + " WHERE d.type = ? AND d.number = ? ORDER BY p.id", Person.class,
                    type.name(), DocumentKey.normalize(number));
        }

        /** Drops the database. */
        @Override
        public void close() {
            try {
                keepAlive.close();
            } catch (SQLException e) {
                throw new IllegalStateException("closing H2 failed", e);
            } finally {
                pool.dispose();
            }
        }
    }
}
