package org.renfang.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.renfang.examples.cli.CliEnvironment;
import org.renfang.examples.cli.RenfangCommand;
import org.renfang.model.IdentityDocument;
import org.renfang.model.ImmutableIdentityDocument;
import org.renfang.model.ImmutablePerson;
import org.renfang.model.Person;
import org.renfang.model.PersonId;
import org.renfang.model.Premises;
import org.renfang.model.RegistryDocument;
import org.renfang.model.Residence;
import org.renfang.model.json.RenfangJson;
import org.renfang.qr.DoorLabel;
import org.renfang.qr.KeyRing;
import org.renfang.qr.LabelException;
import org.renfang.qr.LabelIssuer;
import org.renfang.qr.LabelPrivateKey;
import org.renfang.qr.LabelReader;
import org.renfang.qr.LabelReading;
import org.renfang.qr.RevocationList;
import org.renfang.registry.Registry;
import org.renfang.validation.Report;
import org.renfang.validation.Validator;
import org.renfang.validation.finding.Finding;
import org.renfang.validation.permit.PermitAssessment;
import org.renfang.validation.permit.PermitReason;
import org.renfang.validation.permit.ResidencePermits;
import org.renfang.validation.profile.Profile;
import org.renfang.validation.profile.Profiles;
import org.renfang.validation.rating.PremisesRating;
import org.renfang.validation.rating.PremisesRatings;
import picocli.CommandLine;

/**
 * Privacy by design (README "What renfang deliberately does not model"): the bundled sample goes through every entry point —
 * check, validate (payloads built from the sample's records, as they are and changed so that
 * identity, duplicate-document and field findings fire), permit, rating and door labels, through
 * the API and the command line — and no message (en and zh-CN), report, parameter, exception
 * text, log line, stdout or stderr output names a person of the sample or shows one of their
 * document numbers or phone numbers.
 */
class PrivacyTest {
    private static final Locale ZH = Locale.forLanguageTag("zh-CN");
    private static final Locale[] LOCALES = {Locale.ENGLISH, ZH};
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

    @TempDir
    static Path dir;

    private static Registry sample;
    /** Names, document numbers and phone numbers of the sample's persons. */
    private static Set<String> secrets;
    /** Everything captured: messages, texts, exception texts, log lines, console output. */
    private static final List<String> seen = new ArrayList<>();
    private static final List<String> logs = new ArrayList<>();
    private static Handler handler;
    private static final ByteArrayOutputStream console = new ByteArrayOutputStream();
    private static PrintStream stdout;
    private static PrintStream stderr;

    @BeforeAll
    static void setUp() {
        sample = Sample.registry();
        secrets = new LinkedHashSet<>();
        for (Person p : sample.document().persons()) {
            secrets.add(p.name());
            for (IdentityDocument d : p.documents()) {
                secrets.add(d.number());
            }
            p.phone().ifPresent(secrets::add);
        }
        assertThat(secrets).hasSizeGreaterThanOrEqualTo(60);
        handler = new Handler() {
            private final SimpleFormatter f = new SimpleFormatter();

            @Override
            public void publish(LogRecord r) {
                synchronized (logs) {
                    logs.add(f.format(r));
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        handler.setLevel(Level.ALL);
        Logger root = Logger.getLogger("");
        root.addHandler(handler);
        root.setLevel(Level.ALL);
        stdout = System.out;
        stderr = System.err;
        PrintStream both = new PrintStream(console, true, StandardCharsets.UTF_8);
        System.setOut(both);
        System.setErr(both);
    }

    @AfterAll
    static void tearDown() {
        System.setOut(stdout);
        System.setErr(stderr);
        Logger root = Logger.getLogger("");
        root.removeHandler(handler);
        root.setLevel(Level.INFO);
    }

    private static void see(String s) {
        if (s != null) {
            seen.add(s);
        }
    }

    private static void seeException(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            see(t.toString());
            see(t.getMessage());
            see(t.getLocalizedMessage());
            for (Throwable s : t.getSuppressed()) {
                seeException(s);
            }
        }
    }

    private static void attempt(Runnable r) {
        try {
            r.run();
        } catch (RuntimeException e) {
            seeException(e);
        }
    }

    private static void seeReport(Report r) {
        see(r.toString());
        for (Locale l : LOCALES) {
            see(r.toJson(l));
        }
        for (Finding f : r.findings()) {
            see(f.toString());
            see(String.join(" ", f.subjects()));
            see(f.params().toString());
            for (Locale l : LOCALES) {
                see(f.message(l));
            }
        }
    }

    // -----------------------------------------------------------------------------------------

    @Test
    void checkPermitAndRating_throughTheApi_underEveryProfile() {
        for (String code : Profiles.SHIPPED) {
            Profile profile = Profiles.load(code);
            seeReport(Validator.of(profile).check(sample, Sample.AS_OF));
            for (Person p : sample.document().persons()) {
                for (LocalDate on : new LocalDate[] {Sample.AS_OF, LocalDate.of(2026, 1, 1)}) {
                    PermitAssessment a = ResidencePermits.assess(sample, p.id(), on, profile);
                    see(a.toString());
                    for (Locale l : LOCALES) {
                        see(a.toText(l));
                        see(a.toJson(l));
                    }
                    for (PermitReason reason : a.reasons()) {
                        see(reason.toString());
                    }
                }
            }
            for (Premises p : sample.document().premises()) {
                PremisesRating rating = PremisesRatings.rate(sample, p.id(), Sample.AS_OF, profile);
                see(rating.toString());
                for (Locale l : LOCALES) {
                    see(rating.toText(l));
                    see(rating.toJson(l));
                }
            }
        }
        assertNothingPersonal();
    }

    @Test
    void validate_payloadsBuiltFromTheSample_asTheyAreAndChanged() {
        Validator validator = Validator.builder().profile("CN-31").build();
        RegistryDocument d = sample.document();
        for (Person p : d.persons()) {
            List<RegistryDocument> payloads = new ArrayList<>();
            payloads.add(RegistryDocument.registration().addPersons(p).build());
            // the same documents on a new person: PERSON_DUPLICATE_DOCUMENT
            payloads.add(RegistryDocument.registration().addPersons(ImmutablePerson.copyOf(p)
                    .withId(PersonId.of("X" + p.id().value()))).build());
            // a changed digit: ID_NUMBER_INVALID; a changed birth date: ID_BIRTHDATE_MISMATCH
            List<IdentityDocument> changed = new ArrayList<>();
            for (IdentityDocument doc : p.documents()) {
                String n = doc.number();
                char last = n.charAt(n.length() - 2);
                changed.add(ImmutableIdentityDocument.copyOf(doc)
                        .withNumber(n.substring(0, n.length() - 2) + (last == '0' ? '1' : '0') + n.charAt(n.length() - 1)));
            }
            payloads.add(RegistryDocument.registration().addPersons(ImmutablePerson.copyOf(p).withDocuments(changed))
                    .build());
            payloads.add(RegistryDocument.registration().addPersons(ImmutablePerson.copyOf(p)
                    .withBirthDate(p.birthDate().orElse(LocalDate.of(1990, 1, 1)).plusDays(1))).build());
            // with the person's residences
            var withResidences = RegistryDocument.registration().addPersons(p);
            for (Residence r : sample.residencesOf(p.id())) {
                withResidences.addResidences(r);
            }
            payloads.add(withResidences.build());
            for (RegistryDocument payload : payloads) {
                seeReport(validator.validate(payload, sample, Sample.AS_OF));
                byte[] json = json(payload);
                seeReport(validator.validate(json, sample, Sample.AS_OF));
                seeReport(validator.validate(json, Registry.of(RegistryDocument.registry().build()), Sample.AS_OF));
                // the same JSON broken in places that hold the name and the numbers
                String text = new String(json, StandardCharsets.UTF_8);
                seeReport(validator.validate(text.replace("\"name\":", "\"name\":[").replace(",\"documents\"",
                        "],\"documents\"").getBytes(StandardCharsets.UTF_8), sample, Sample.AS_OF));
                seeReport(validator.validate(text.replace("\"number\":", "\"number\":{\"x\":").replace(",\"country\"",
                        "},\"country\"").replace("\"}]", "\"}}]").getBytes(StandardCharsets.UTF_8), sample, Sample.AS_OF));
                seeReport(validator.validate(text.replace("\"type\":\"", "\"type\":\"X").getBytes(StandardCharsets.UTF_8),
                        sample, Sample.AS_OF));
                seeReport(validator.validate(text.substring(0, text.length() / 2).getBytes(StandardCharsets.UTF_8),
                        sample, Sample.AS_OF));
            }
        }
        assertThat(seen).anySatisfy(s -> assertThat(s).contains("PERSON_DUPLICATE_DOCUMENT"));
        assertThat(seen).anySatisfy(s -> assertThat(s).contains("ID_NUMBER_INVALID"));
        assertThat(seen).anySatisfy(s -> assertThat(s).contains("ID_BIRTHDATE_MISMATCH"));
        assertThat(seen).anySatisfy(s -> assertThat(s).contains("FIELD_INVALID"));
        assertNothingPersonal();
    }

    @Test
    void labels_forEveryPremises_andTheirFailures() {
        LabelPrivateKey key = LabelPrivateKey.generate();
        LabelReader reader = LabelReader.of(KeyRing.of(key.publicKey()), RevocationList.empty());
        for (Premises p : sample.document().premises()) {
            String text = LabelIssuer.of(key).issue(DoorLabel.of("650203", p.id(), 1, LocalDate.of(2026, 1, 1), null));
            see(text);
            LabelReading r = reader.read(text, p.id(), CLOCK.instant());
            see(r.toString());
            see(r.toJson());
            see(reader.read(text, PremisesId(), CLOCK.instant()).toJson());
        }
        for (Person p : sample.document().persons()) {
            // person data where a label field goes: refused with a code, the value not echoed
            attempt(() -> DoorLabel.of(p.name(), org.renfang.model.PremisesId.of("H1"), 1, LocalDate.of(2026, 1, 1), null));
            attempt(() -> LabelIssuer.of(key).issue(DoorLabel.of("650203", org.renfang.model.PremisesId.of(
                    (p.name() + p.documents().get(0).number()).repeat(3).substring(0, 60)), 1, LocalDate.of(2026, 1, 1),
                    null)));
            attempt(() -> RevocationList.parse(p.name() + " " + p.documents().get(0).number()));
            attempt(() -> RevocationList.parse(p.documents().get(0).number() + "\n" + p.name()));
            see(reader.read("RF1:" + p.documents().get(0).number(), null, CLOCK.instant()).toJson());
        }
        assertThat(seen).anySatisfy(s -> assertThat(s).contains(LabelException.class.getSimpleName()));
        assertNothingPersonal();
    }

    private static org.renfang.model.PremisesId PremisesId() {
        return org.renfang.model.PremisesId.of("H404");
    }

    @Test
    void everyCommand_ofTheCommandLine() throws IOException {
        Path registry = dir.resolve("sample.json");
        try (var in = Sample.open()) {
            Files.copy(in, registry, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        Path keys = dir.resolve("keys");
        List<String[]> runs = new ArrayList<>();
        runs.add(new String[] {"demo"});
        runs.add(new String[] {"label", "keygen", "--out", keys.toString()});
        for (String lang : new String[] {"en", "zh-CN"}) {
            for (String format : new String[] {"text", "json"}) {
                for (String profile : Profiles.SHIPPED) {
                    runs.add(new String[] {"check", "--profile", profile, "--as-of", "2026-11-26", "--format", format,
                        "--lang", lang, registry.toString()});
                    runs.add(new String[] {"rating", "--registry", registry.toString(), "--profile", profile, "--as-of",
                        "2026-11-26", "--format", format, "--lang", lang});
                }
                for (Person p : sample.document().persons()) {
                    runs.add(new String[] {"permit", "--registry", registry.toString(), "--person", p.id().value(), "--on",
                        "2026-11-26", "--format", format, "--lang", lang});
                }
            }
        }
        int n = 0;
        for (Person p : sample.document().persons()) {
            RegistryDocument dup = RegistryDocument.registration().addPersons(ImmutablePerson.copyOf(p)
                    .withId(PersonId.of("X" + p.id().value()))).addAllResidences(sample.residencesOf(p.id())).build();
            Path payload = Files.write(dir.resolve("payload-" + n++ + ".json"), json(dup));
            Path broken = Files.writeString(dir.resolve("broken-" + n + ".json"),
                    new String(json(dup), StandardCharsets.UTF_8).replace("\"name\":", "\"name\":[1,"));
            for (String lang : new String[] {"en", "zh-CN"}) {
                runs.add(new String[] {"validate", "--context", registry.toString(), "--format", "text", "--lang", lang,
                    payload.toString()});
                runs.add(new String[] {"validate", "--context", registry.toString(), "--format", "json", "--lang", lang,
                    broken.toString()});
            }
            runs.add(new String[] {"permit", "--registry", payload.toString(), "--person", "X" + p.id().value()});
            runs.add(new String[] {"label", "read", "--keys", keys.toString(), p.documents().get(0).number()});
            runs.add(new String[] {"label", "read", "--keys", keys.toString(), "--premises", "H1", "--",
                "RF1:" + p.name()});
        }
        for (Premises p : sample.document().premises()) {
            Path png = dir.resolve(p.id().value() + ".png");
            runs.add(new String[] {"label", "issue", "--key", keys.toString(), "--issuer", "650203", "--premises",
                p.id().value(), "--serial", "7", "--png", png.toString()});
            runs.add(new String[] {"label", "read", "--keys", keys.toString(), "--premises", p.id().value(), "--image",
                png.toString(), "--format", "json"});
        }
        for (String[] args : runs) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            CommandLine cl = RenfangCommand.commandLine(CliEnvironment.of(CLOCK, Locale.ENGLISH, dir));
            cl.setOut(new PrintWriter(out, true));
            cl.setErr(new PrintWriter(err, true));
            int exit = cl.execute(args);
            assertThat(exit).as(String.join(" ", args) + "\n" + err).isBetween(0, 2);
            see(out.toString());
            see(err.toString());
        }
        // files the commands wrote that hold text (SVG sheets, JSON)
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String name = f.getFileName().toString();
                if ((name.endsWith(".svg") || name.endsWith(".txt") || name.endsWith(".pem"))) {
                    see(Files.readString(f, StandardCharsets.UTF_8));
                }
            }
        }
        assertThat(seen).anySatisfy(s -> assertThat(s).contains("PERSON_DUPLICATE_DOCUMENT"));
        assertNothingPersonal();
    }

    private static byte[] json(RegistryDocument d) {
        try {
            return RenfangJson.payloadMapper().writeValueAsBytes(d);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theScan_findsPersonalDataWhereThereIsSome() {
        Person p = sample.document().persons().get(0);
        String json = new String(json(RegistryDocument.registration().addPersons(p).build()), StandardCharsets.UTF_8);
        assertThat(leaks(List.of("a report", json))).hasSize(1 + p.documents().size() + (p.phone().isPresent() ? 1 : 0));
        assertThat(leaks(List.of(Validator.of(Profiles.load("CN")).check(sample, Sample.AS_OF).toJson(ZH)))).isEmpty();
    }

    /** Nothing seen, logged or printed holds a name, document number or phone number of the sample. */
    private static void assertNothingPersonal() {
        List<String> all = new ArrayList<>(seen);
        synchronized (logs) {
            all.addAll(logs);
        }
        all.add(console.toString(StandardCharsets.UTF_8));
        assertThat(all).hasSizeGreaterThan(10);
        assertThat(leaks(all)).isEmpty();
    }

    /** Each secret found in the texts, with some text around it. */
    private static List<String> leaks(List<String> texts) {
        List<String> found = new ArrayList<>();
        for (String s : texts) {
            for (String secret : secrets) {
                int i = s.indexOf(secret);
                if (i >= 0) {
                    found.add("\"" + secret + "\" in: " + s.substring(Math.max(0, i - 200),
                            Math.min(s.length(), i + secret.length() + 200)));
                }
            }
        }
        return found;
    }
}
