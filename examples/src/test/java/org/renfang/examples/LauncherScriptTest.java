package org.renfang.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./renfang} launcher at the repository root, run by bash in a copy of the
 * repository's layout where {@code mvnw} and {@code java} are stand-ins: the first run says what
 * it builds and shows a line per module instead of silence, later runs start at once, and a
 * failed build shows the end of its log.
 */
class LauncherScriptTest {
    private static final Path SCRIPT = Path.of("..", "renfang");

    @TempDir
    Path root;

    @BeforeEach
    void layout() throws IOException {
        Files.copy(SCRIPT, root.resolve("renfang"));
        Files.writeString(root.resolve("pom.xml"), "<project>\n  <version>9.9.9</version>\n</project>\n");
        executable("jdk/bin/java", "#!/usr/bin/env bash\necho \"java $*\"\n");
    }

    @Test
    void firstRun_saysWhatItBuilds_andShowsEachModule() throws Exception {
        fakeMaven(0);

        Run first = run("demo");
        Run second = run("demo");

        Path jar = root.resolve("examples/target/renfang-examples-9.9.9-cli.jar");
        assertThat(first.exit).as(first.err).isZero();
        assertThat(first.out).isEqualTo("java -jar " + jar + " demo\n");
        assertThat(first.err).contains("first run: building the command line")
                .contains("Maven is downloading dependencies")
                .contains("[1/2] renfang").contains("[2/2] renfang core")
                .contains("built " + jar)
                .doesNotContain("Scanning for projects");
        assertThat(second.exit).isZero();
        assertThat(second.out).isEqualTo(first.out);
        assertThat(second.err).isEmpty();
    }

    @Test
    void changedSource_rebuilds_andSaysWhy() throws Exception {
        fakeMaven(0);
        run("--version");
        Path source = root.resolve("core/src/main/A.java");
        Files.createDirectories(source.getParent());
        Files.writeString(source, "class A {}");
        Path jar = root.resolve("examples/target/renfang-examples-9.9.9-cli.jar");
        Files.setLastModifiedTime(jar, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() - 60_000));

        Run again = run("--version");

        assertThat(again.err).contains("sources changed since the last build").contains("[2/2] renfang core");
    }

    @Test
    void failedBuild_showsTheEndOfItsLog_exitTwo() throws Exception {
        fakeMaven(1);

        Run r = run("demo");

        assertThat(r.exit).isEqualTo(2);
        assertThat(r.out).isEmpty();
        assertThat(r.err).contains("[ERROR] cannot find symbol").contains("the build failed");
    }

    private void fakeMaven(int exit) throws IOException {
        String build = exit == 0
                ? "mkdir -p examples/target && echo jar > examples/target/renfang-examples-9.9.9-cli.jar\n"
                : "echo '[ERROR] cannot find symbol'\nexit 1\n";
        executable("mvnw", "#!/usr/bin/env bash\n"
                + "echo '[INFO] Scanning for projects...'\n"
                + "echo '[INFO] Downloading from central: https://repo.example/a.pom'\n"
                + "echo '[INFO] Building renfang 9.9.9                                                [1/2]'\n"
                + "echo '[INFO] Building renfang core 9.9.9                                           [2/2]'\n"
                + build);
    }

    private void executable(String name, String text) throws IOException {
        Path file = root.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private record Run(int exit, String out, String err) {
    }

    private Run run(String... args) throws Exception {
        String[] command = new String[args.length + 2];
        command[0] = "bash";
        command[1] = root.resolve("renfang").toString();
        System.arraycopy(args, 0, command, 2, args.length);
        ProcessBuilder pb = new ProcessBuilder(command).directory(root.toFile());
        pb.environment().put("JAVA_HOME", root.resolve("jdk").toString());
        pb.environment().put("TMPDIR", root.toString());
        Path out = root.resolve("stdout.txt");
        Path err = root.resolve("stderr.txt");
        Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }
}
