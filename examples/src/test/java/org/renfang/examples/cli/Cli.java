package org.renfang.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.renfang.examples.Sample;
import org.renfang.validation.JsonResult;
import picocli.CommandLine;

/**
 * Runs the command line in-process with captured stdout and stderr, a fixed clock
 * (2026-11-26 10:00 in Shanghai, the sample's as-of day) and English as the system language.
 */
final class Cli {
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T02:00:00Z"), SHANGHAI);
    static final ObjectMapper JSON = new ObjectMapper();

    private Cli() {
    }

    /** The outcome of one run. */
    record Result(int exit, String out, String err) {
        JsonNode json() {
            try {
                return JSON.readTree(out);
            } catch (IOException e) {
                throw new AssertionError("stdout is not JSON: " + out, e);
            }
        }
    }

    static CliEnvironment env(Path dir) {
        return CliEnvironment.of(CLOCK, Locale.ENGLISH, dir);
    }

    static Result run(Path dir, String... args) {
        return run(env(dir), args);
    }

    static Result run(CliEnvironment env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = RenfangCommand.commandLine(env);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new Result(exit, out.toString(), err.toString());
    }

    /**
     * Runs a command on a copy of the bundled sample registry: {@code COMMAND --registry SAMPLE ARGS}.
     */
    static Result onSample(Path dir, String command, String... args) {
        String[] all = new String[args.length + 3];
        all[0] = command;
        all[1] = "--registry";
        all[2] = sample(dir).toString();
        System.arraycopy(args, 0, all, 3, args.length);
        return run(dir, all);
    }

    /** Asserts that a run printed exactly the JSON of a library result, in English (the runs' language). */
    static void assertPrintsJson(Result r, JsonResult expected) {
        assertThat(r.out()).isEqualTo(expected.toJson(Locale.ENGLISH));
    }

    /** Copies the bundled sample registry to a file. */
    static Path sample(Path dir) {
        Path file = dir.resolve("sample.json");
        if (!Files.exists(file)) {
            try (InputStream in = Sample.open()) {
                Files.copy(in, file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return file;
    }

    static Path write(Path dir, String name, String content) {
        try {
            return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
