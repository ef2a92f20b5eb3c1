package org.renfang.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.renfang.model.json.RegistryReader;
import org.renfang.registry.Registry;
import org.renfang.testing.Concurrency;

/**
 * One {@link Validator} (with a label verifier) shared by 8 threads over 100 000 mixed inputs gives
 * byte-identical report JSON to one thread: valid and broken registration payloads validated
 * against one shared context registry, and small registries checked whole, under three as-of
 * days, in English and Chinese. Inputs are generated from a fixed seed.
 */
class ConcurrencyTest {

    private static final int INPUTS = 100_000;
    private static final int THREADS = 8;
    private static final long SEED = 0x5EED_7L;
    private static final LocalDate[] DAYS = {FuzzSupport.AS_OF, LocalDate.of(2026, 3, 2), LocalDate.of(2027, 6, 30)};
    private static final Locale ZH = Locale.forLanguageTag("zh-CN");
    /** CPU time the process may use while one thread validates all the inputs. */
    private static final Duration CPU_BOUND = Duration.ofSeconds(120);
    /** Wall-clock time after which one thread counts as hung. */
    private static final Duration HANG = Duration.ofMinutes(10);

    /** One input: payload or registry bytes, whether it is a whole registry, as-of day and language. */
    private record Input(byte[] json, boolean registry, LocalDate asOf, Locale locale) {
    }

    @Test
    void eightThreads_giveByteIdenticalReports_toOneThread() throws Exception {
        Input[] inputs = Inputs.generate(INPUTS, SEED);
        Validator validator = FuzzSupport.VALIDATOR;

        // The bound is on CPU time (the process's, while this one thread works), which other work
        // on the machine does not stretch: on a loaded 2-core machine (load average 16) the one
        // thread once took over 120 s of wall-clock time. The wall-clock limit only stops a hang.
        byte[][] single = assertTimeoutPreemptively(HANG, () -> {
            Duration cpuStart = processCpu();
            byte[][] out = new byte[INPUTS][];
            MessageDigest sha = sha256();
            for (int i = 0; i < INPUTS; i++) {
                out[i] = sha.digest(run(validator, inputs[i]));
            }
            assertThat(processCpu().minus(cpuStart)).as("CPU time for the inputs on one thread").isLessThan(CPU_BOUND);
            return out;
        });

        byte[][] parallel = Concurrency.onThreads(THREADS, new byte[INPUTS][], () -> {
            MessageDigest sha = sha256();
            return i -> sha.digest(run(validator, inputs[i]));
        });

        Concurrency.assertSameAsOneThread("reports", single, parallel,
                i -> new String(inputs[i].json(), StandardCharsets.UTF_8));
        assertThat(Inputs.kinds(inputs)).as("the mix holds valid and invalid reports of both kinds").containsExactly(
                true, true, true, true);
    }

    private static byte[] run(Validator v, Input in) {
        Report r = in.registry()
                ? v.check(Registry.of(RegistryReader.readRegistry(new ByteArrayInputStream(in.json()))), in.asOf())
                : v.validate(in.json(), FuzzSupport.CONTEXT, in.asOf());
        return r.toJson(in.locale()).getBytes(StandardCharsets.UTF_8);
    }

    /** The CPU time of this process so far (Linux and the other systems the build runs on report it). */
    private static Duration processCpu() {
        return ProcessHandle.current().info().totalCpuDuration()
                .orElseThrow(() -> new AssertionError("this system does not report CPU time"));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    /** Deterministic generation of the mixed inputs. */
    private static final class Inputs {
        private static final String REG = "{\"schema\": \"renfang/registration@1\", ";
        private static final String[] PERSONS = {"P1", "P2", "P3", "P4", "P9", "P404"};
        private static final String[] ROOMS = {"H1-1", "H1-2", "H1-3", "H1-4", "H1-5", "H1-9"};
        private static final String[] BASES = {"{\"type\": \"OWNER\"}", "{\"type\": \"LEASE\", \"lease\": \"L1\"}",
            "{\"type\": \"LEASE\", \"lease\": \"L2\"}", "{\"type\": \"FAMILY_MEMBER\", \"of\": \"P1\"}",
            "{\"type\": \"EMPLOYER_DORMITORY\", \"employer\": \"O1\"}", "{\"type\": \"HOTEL_STAY\"}",
            "{\"type\": \"OTHER\"}", "{\"type\": \"LEASE\"}"};
        private static final String[] DOCUMENTS = {"11010519491231002X", "110105194912310021", "650203197605120316",
            "C01X00T47", "", "x"};
        private static final String[] LABELS = {"RF1:6BFOXN*TS0BI$ZDFRH", "RF1:00", "nope", ""};

        private Inputs() {
        }

        static Input[] generate(int n, long seed) {
            SplittableRandom r = new SplittableRandom(seed);
            Input[] out = new Input[n];
            for (int i = 0; i < n; i++) {
                LocalDate asOf = DAYS[r.nextInt(DAYS.length)];
                Locale locale = r.nextBoolean() ? Locale.ENGLISH : ZH;
                int kind = r.nextInt(20);
                String json;
                boolean registry = false;
                switch (kind) {
                    case 0, 1, 2, 3, 4, 5 -> json = REG + "\"residences\": [" + residence(r, "R" + (100 + r.nextInt(50)))
                            + "]}";
                    case 6, 7 -> json = REG + "\"leases\": [" + lease(r, "L" + (100 + r.nextInt(20))) + "]}";
                    case 8, 9 -> json = REG + "\"persons\": [" + person(r, "P" + (100 + r.nextInt(30))) + "]}";
                    case 10, 11 -> json = REG + "\"visits\": [" + visit(r, "V" + (100 + r.nextInt(30))) + "]}";
                    case 12 -> json = REG + "\"premises\": [" + premises(r) + "], \"residences\": [" + residence(r, "R7")
                            + ", " + residence(r, "R8") + "]}";
                    case 13 -> {
                        registry = true;
                        LocalDate in = LocalDate.of(2026, 1, 1).plusDays(r.nextInt(300));
                        json = "{\"schema\": \"renfang/registry@1\", \"persons\": [{\"id\": \"P9\", \"name\": \"n\"}],"
                                + " \"premises\": [{\"id\": \"H1\", \"address\": {\"division\": \"650203\", \"line\": \"l\"},"
                                + " \"kind\": \"HOUSE\", \"use\": \"RESIDENTIAL\", \"owner\": {\"person\": \"P9\"}}],"
                                + " \"residences\": [{\"id\": \"R1\", \"person\": \"P9\", \"premises\": \"H1\", \"basis\":"
                                + " {\"type\": \"OWNER\"}, \"movedIn\": \"" + in + "\", \"registeredOn\": \"" + in.plusDays(1)
                                + "\"}]}";
                    }
                    case 14 -> {
                        registry = true;
                        json = "{\"schema\": \"renfang/registry@1\", \"persons\": [" + person(r, "P1") + ", "
                                + person(r, "P2") + "], \"premises\": [" + premises(r) + "], \"leases\": [" + lease(r, "L1")
                                + ", " + lease(r, "L2") + "], \"residences\": [" + residence(r, "R1") + ", "
                                + residence(r, "R2") + ", " + residence(r, "R3") + "], \"visits\": [" + visit(r, "V1") + ", "
                                + visit(r, "V2") + "]}";
                    }
                    default -> json = broken(r, REG + "\"residences\": [" + residence(r, "R9") + "], \"leases\": ["
                            + lease(r, "L9") + "]}");
                }
                out[i] = new Input(json.getBytes(StandardCharsets.UTF_8), registry, asOf, locale);
            }
            return out;
        }

        private static String pick(SplittableRandom r, String[] a) {
            return a[r.nextInt(a.length)];
        }

        private static String day(SplittableRandom r) {
            return LocalDate.of(2026, 1, 1).plusDays(r.nextInt(500)).toString();
        }

        private static String residence(SplittableRandom r, String id) {
            LocalDate in = LocalDate.of(2026, 1, 1).plusDays(r.nextInt(400));
            String out = r.nextInt(3) == 0 ? ", \"movedOut\": \"" + in.plusDays(r.nextInt(90) - 5) + "\"" : "";
            String room = r.nextBoolean() ? ", \"room\": \"" + pick(r, ROOMS) + "\"" : "";
            return "{\"id\": \"" + id + "\", \"person\": \"" + pick(r, PERSONS) + "\", \"premises\": \"H" + (1 + r.nextInt(4))
                    + "\"" + room + ", \"basis\": " + pick(r, BASES) + ", \"movedIn\": \"" + in + "\", \"registeredOn\": \""
                    + in.plusDays(r.nextInt(12)) + "\"" + out + "}";
        }

        private static String lease(SplittableRandom r, String id) {
            LocalDate start = LocalDate.of(2026, 1, 1).plusDays(r.nextInt(300));
            String rooms = r.nextBoolean() ? ", \"rooms\": [\"" + pick(r, ROOMS) + "\"]" : "";
            String filing = r.nextBoolean() ? ", \"filing\": {\"number\": \"F\", \"filedOn\": \"" + start.plusDays(r.nextInt(60))
                    + "\"}" : "";
            return "{\"id\": \"" + id + "\", \"premises\": \"H1\"" + rooms + ", \"lessor\": {\"person\": \""
                    + pick(r, PERSONS) + "\"}, \"lessees\": [\"" + pick(r, PERSONS) + "\"], \"start\": \"" + start
                    + "\", \"end\": \"" + start.plusDays(r.nextInt(800) - 30) + "\"" + filing + "}";
        }

        private static String person(SplittableRandom r, String id) {
            String type = r.nextBoolean() ? "CN_RESIDENT_ID" : "PASSPORT";
            return "{\"id\": \"" + id + "\", \"name\": \"Test\", \"documents\": [{\"type\": \"" + type + "\", \"number\": \""
                    + pick(r, DOCUMENTS) + "\"}], \"birthDate\": \"" + (r.nextBoolean() ? "1949-12-31" : day(r))
                    + "\", \"nationality\": \"" + (r.nextBoolean() ? "CHN" : "DEU") + "\"}";
        }

        private static String visit(SplittableRandom r, String id) {
            return "{\"id\": \"" + id + "\", \"premises\": \"H1\", \"agency\": \"O" + (5 + r.nextInt(2)) + "\", \"at\": \""
                    + day(r) + "T10:00:00+08:00\", \"purpose\": \"OTHER\", \"observedOccupants\": " + r.nextInt(6)
                    + ", \"label\": \"" + pick(r, LABELS) + "\"}";
        }

        private static String premises(SplittableRandom r) {
            return "{\"id\": \"H1\", \"address\": {\"division\": \"650203\", \"line\": \"l\"}, \"kind\": \"APARTMENT\","
                    + " \"use\": \"" + (r.nextInt(4) == 0 ? "NON_RESIDENTIAL" : "RESIDENTIAL") + "\", \"floorArea\": "
                    + (1 + r.nextInt(80)) + ", \"owner\": {\"person\": \"P9\"}, \"rooms\": [{\"id\": \"H1-1\", \"kind\":"
                    + " \"BEDROOM\", \"area\": " + (3 + r.nextInt(15)) + "}, {\"id\": \"H1-4\", \"kind\": \"KITCHEN\"}]}";
        }

        /** Breaks a valid document in one of several ways. */
        private static String broken(SplittableRandom r, String doc) {
            int at = 1 + r.nextInt(doc.length() - 1);
            return switch (r.nextInt(6)) {
                case 0 -> doc.substring(0, at);
                case 1 -> doc.substring(0, at) + "\u0000" + doc.substring(at);
                case 2 -> doc.replace("\"movedIn\"", "\"movedIn\": 5, \"movedIn\"");
                case 3 -> doc.replace("\"basis\"", "\"nickname\": \"x\", \"basis\"");
                case 4 -> doc.replace("2026-", "2026-13-");
                default -> doc.replace("\"id\": \"", "\"id\": null, \"x\": \"");
            };
        }

        /** Which of: valid payload, invalid payload, valid registry, invalid registry occur. */
        static List<Boolean> kinds(Input[] inputs) {
            boolean[] seen = new boolean[4];
            for (int i = 0; i < inputs.length && i < 5_000; i++) {
                Input in = inputs[i];
                Report rep = in.registry()
                        ? FuzzSupport.VALIDATOR.check(Registry.of(RegistryReader.readRegistry(new ByteArrayInputStream(in.json()))), in.asOf())
                        : FuzzSupport.VALIDATOR.validate(in.json(), FuzzSupport.CONTEXT, in.asOf());
                seen[(in.registry() ? 2 : 0) + (rep.isValid() ? 0 : 1)] = true;
            }
            return List.of(seen[0], seen[1], seen[2], seen[3]);
        }
    }
}
