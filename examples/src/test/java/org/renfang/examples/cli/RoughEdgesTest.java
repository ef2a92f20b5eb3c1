package org.renfang.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line without rough edges (issue 14): refused values are shown, profile file
 * problems are listed in full, every command names the registry with {@code --registry}, the
 * progress bar fills the terminal's width and names the index and rules phases, and generated
 * files get the usual file mode.
 */
class RoughEdgesTest {

    @TempDir
    Path dir;

    // --- values shown in usage errors ------------------------------------------------------

    @Test
    void refusedDate_isShownInTheUsageError() {
        Cli.Result r = Cli.run(dir, "check", "--as-of", "2026-02-30", Cli.sample(dir).toString());

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("'2026-02-30'").contains("expected an ISO date").doesNotContain("'...'");
    }

    @Test
    void refusedFormat_andUnknownOption_areShown() {
        String file = Cli.sample(dir).toString();

        assertThat(Cli.run(dir, "check", "--format", "xml", file).err()).contains("'xml'");
        assertThat(Cli.run(dir, "check", "--lang=fr", file).err()).contains("'fr'");
        assertThat(Cli.run(dir, "check", "--frmat", "json", file).err()).contains("'--frmat'");
        assertThat(Cli.run(dir, "permit", "--registry", file, "--person", "P1", "--on", "tomorrow").err())
                .contains("'tomorrow'");
    }

    @Test
    void characters_aLogWouldExpand_areShownAsQuestionMarks() {
        Cli.Result r = Cli.run(dir, "check", "--as-of", "${jndi:ldap://x/a}%s{0}", Cli.sample(dir).toString());

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("'??jndi:ldap://x/a??s?0?'").doesNotContain("${").doesNotContain("{0}")
                .doesNotContain("%s");
    }

    @Test
    void shown_keepsLettersDigitsAndPunctuationOfDatesAndIds_cutsLongValues() {
        assertThat(Shown.value("2026-11-26T10:00:00+08:00")).isEqualTo("2026-11-26T10:00:00+08:00");
        assertThat(Shown.value("上海 CN-31")).isEqualTo("上海 CN-31");
        assertThat(Shown.value("a\u001b[2Jb\n")).isEqualTo("a??2Jb?");
        assertThat(Shown.value("x".repeat(Shown.MAX_LENGTH))).isEqualTo("x".repeat(Shown.MAX_LENGTH));
        assertThat(Shown.value("x".repeat(Shown.MAX_LENGTH + 1))).isEqualTo("x".repeat(Shown.MAX_LENGTH) + "…");
        assertThat(Shown.value("")).isEmpty();
    }

    // --- profile file problems in full -----------------------------------------------------

    @Test
    void invalidProfileFile_listsEveryProblem_withItsPointer() {
        Path profile = Cli.write(dir, "city.json", "{\"code\": 5, \"parent\": \"CN\", \"colour\": \"red\","
                + " \"severities\": {\"NO_SUCH_RULE\": \"ERROR\"}}");

        Cli.Result r = Cli.run(dir, "check", "--profile", profile.toString(), Cli.sample(dir).toString());

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("city.json is invalid")
                .contains("  /code: ").contains("  /colour: unknown field")
                .contains("  /severities/NO_SUCH_RULE: unknown rule code");
    }

    @Test
    void profileProblems_pastTheLimit_areCut() {
        StringBuilder b = new StringBuilder("{\"code\": \"XX\", \"parent\": \"CN\"");
        for (int i = 0; i < Options.MAX_PROFILE_PROBLEMS + 5; i++) {
            b.append(", \"f").append(i).append("\": 1");
        }
        Path profile = Cli.write(dir, "many.json", b.append('}').toString());

        Cli.Result r = Cli.run(dir, "check", "--profile", profile.toString(), Cli.sample(dir).toString());

        assertThat(r.err().lines().filter(l -> l.startsWith("  /"))).hasSize(Options.MAX_PROFILE_PROBLEMS);
        assertThat(r.err()).contains("  …");
    }

    // --- one way to name the registry --------------------------------------------------------

    @Test
    void check_takesRegistryOption_likeTheOtherCommands_andTheShortFormStill() {
        String file = Cli.sample(dir).toString();

        Cli.Result option = Cli.run(dir, "check", "--format", "json", "--registry", file);
        Cli.Result positional = Cli.run(dir, "check", "--format", "json", file);

        assertThat(option.exit()).isEqualTo(positional.exit()).isIn(0, 1);
        assertThat(option.out()).isEqualTo(positional.out()).contains("renfang/report@1");
    }

    @Test
    void check_refusesTwoRegistries_andNone() {
        String file = Cli.sample(dir).toString();

        Cli.Result both = Cli.run(dir, "check", "--registry", file, file);
        Cli.Result none = Cli.run(dir, "check", "--format", "json");

        assertThat(both.exit()).isEqualTo(2);
        assertThat(both.err()).contains("give the registry once").doesNotContain("internal error");
        assertThat(none.exit()).isEqualTo(2);
        assertThat(none.err()).contains("missing the registry");
    }

    @Test
    void validate_takesRegistry_andStillContext() {
        String registry = Cli.sample(dir).toString();
        Path payload = Cli.write(dir, "payload.json", "{\"schema\": \"renfang/registration@1\"}");

        Cli.Result byRegistry = Cli.run(dir, "validate", "--format", "json", "--registry", registry, payload.toString());
        Cli.Result byContext = Cli.run(dir, "validate", "--format", "json", "--context", registry, payload.toString());

        assertThat(byRegistry.exit()).isZero();
        assertThat(byRegistry.out()).isEqualTo(byContext.out());
    }

    @Test
    void help_ofEveryRegistryCommand_namesRegistryOption() {
        for (String command : new String[] {"check", "validate", "permit", "rating"}) {
            assertThat(Cli.run(dir, command, "--help").out()).as(command).contains("--registry");
        }
    }

    // --- progress ----------------------------------------------------------------------------

    @Test
    void progressBar_fillsTheTerminalWidth() throws IOException {
        String wide = render(160);
        String narrow = render(60);

        assertThat(longestLine(wide)).isGreaterThan(100).isLessThanOrEqualTo(160);
        assertThat(longestLine(narrow)).isLessThanOrEqualTo(60);
    }

    @Test
    void progressBar_namesTheIndexAndRulesPhases() {
        Cli.Result r = Cli.run(Cli.env(dir).withTerminals(false, true).withColumns(120), "check", "--format", "json",
                Cli.sample(dir).toString());

        assertThat(r.err()).contains("reading").contains("indexing").contains("checking rules");
    }

    @Test
    void terminalWidth_comesFromColumns_whenExported() {
        assertThat(CliEnvironment.terminalColumns("132")).isEqualTo(132);
        assertThat(CliEnvironment.parseColumns("abc")).isEqualTo(-1);
        assertThat(CliEnvironment.parseColumns("0")).isEqualTo(-1);
        assertThat(CliEnvironment.parseColumns(null)).isEqualTo(-1);
        assertThat(Cli.env(dir).withColumns(10).columns()).isEqualTo(CliEnvironment.MIN_COLUMNS);
        assertThat(Cli.env(dir).withColumns(100_000).columns()).isEqualTo(CliEnvironment.MAX_COLUMNS);
        assertThat(Cli.env(dir).columns()).isEqualTo(CliEnvironment.DEFAULT_COLUMNS);
    }

    private static String render(int columns) throws IOException {
        StringWriter err = new StringWriter();
        byte[] data = new byte[4 << 20];
        try (Progress p = Progress.bar(new PrintWriter(err, true), "reading", data.length, columns);
                InputStream in = p.track(new ByteArrayInputStream(data))) {
            in.readAllBytes();
            p.phase("indexing");
        }
        return err.toString();
    }

    private static int longestLine(String rendered) {
        return rendered.lines().flatMap(l -> java.util.Arrays.stream(l.split("\r")))
                .map(String::strip).mapToInt(String::length).max().orElse(0);
    }

    // --- file mode ---------------------------------------------------------------------------

    @Test
    void generatedFiles_getTheModeOfAnyNewFile_notOwnerOnly() throws IOException {
        Path reference = Files.createFile(dir.resolve("reference"));
        Set<PosixFilePermission> usual = Files.getPosixFilePermissions(reference);
        assumeThat(usual).as("a umask that lets a new file be read by others").contains(PosixFilePermission.GROUP_READ);
        Path out = dir.resolve("gen.json");
        Path manifest = dir.resolve("gen.manifest.json");

        Cli.Result r = Cli.run(dir, "generate", "--persons", "50", "--seed", "1", "--out", out.toString(),
                "--manifest", manifest.toString());

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(Files.getPosixFilePermissions(out)).as(PosixFilePermissions.toString(usual)).isEqualTo(usual);
        assertThat(Files.getPosixFilePermissions(manifest)).isEqualTo(usual);
        try (var leftovers = Files.list(dir)) {
            assertThat(leftovers.map(p -> p.getFileName().toString()).sorted(Comparator.naturalOrder()))
                    .noneMatch(n -> n.endsWith(".part"));
        }
    }
}
