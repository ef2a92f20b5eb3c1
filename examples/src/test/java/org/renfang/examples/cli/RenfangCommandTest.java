package org.renfang.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class RenfangCommandTest {

    @TempDir
    Path dir;

    @Test
    void version_isTheProjectVersion() {
        Cli.Result r = Cli.run(dir, "--version");

        assertThat(r.exit()).isZero();
        assertThat(r.out()).isEqualTo("renfang 0.1.0-SNAPSHOT\n");
    }

    @Test
    void everyCommand_hasHelp() {
        String[][] commands = {{}, {"demo"}, {"check"}, {"validate"}, {"permit"}, {"rating"}, {"label"},
            {"label", "keygen"}, {"label", "issue"}, {"label", "read"}, {"generate"}};
        for (String[] c : commands) {
            String[] args = java.util.Arrays.copyOf(c, c.length + 1);
            args[c.length] = "--help";
            Cli.Result r = Cli.run(dir, args);
            assertThat(r.exit()).as(String.join(" ", args)).isZero();
            assertThat(r.out()).as(String.join(" ", args)).startsWith("Usage: renfang").contains("--help");
        }
        assertThat(Cli.run(dir, "--help").out()).contains("Exit codes:").contains("check").contains("label");
    }

    @Test
    void noCommand_orUnknownCommand_exitTwo() {
        Cli.Result none = Cli.run(dir);
        Cli.Result unknown = Cli.run(dir, "chek");

        assertThat(none.exit()).isEqualTo(2);
        assertThat(none.err()).startsWith("renfang: missing command");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("check");
        assertThat(Cli.run(dir, "generate").exit()).isEqualTo(2);
        assertThat(Cli.run(dir, "label", "sign").exit()).isEqualTo(2);
    }

    @Test
    void plainCommandLine_behavesTheSame() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(new RenfangCommand(Cli.env(dir)));
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));

        int exit = cl.execute("check", dir.resolve("missing.json").toString());

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).startsWith("renfang: cannot read").hasLineCount(1);
        assertThat(new CommandLine(new RenfangCommand(Cli.env(dir))).execute("check", "--format", "xml", "x"))
                .isEqualTo(2);
    }
}
