package org.renfang.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.renfang.examples.Sample;
import org.renfang.validation.permit.ResidencePermits;
import org.renfang.validation.profile.Profiles;

class DemoCommandTest {

    @TempDir
    Path dir;

    @Test
    void demo_runsEndToEnd_andSaysWhereItWrote() throws Exception {
        Path out = dir.resolve("demo");

        Cli.Result r = Cli.run(dir, "demo", "--out", out.toString());

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).contains("1. Registry check, profile CN-6502").contains("NOT VALID")
                .contains("ERROR (1)").contains("WARNING (5)").contains("INFO (1)")
                .contains("/residences/21  RESIDENCE_REGISTRATION_LATE").contains("/residences/27  HMT_REGISTRATION_LATE")
                .doesNotContain("/residences/23").doesNotContain("OCCUPANCY_PER_ROOM")
                .contains("3. Residence permit for person P11, profile CN-6502")
                .contains("4. Compliance rating of premises H3, profile CN-6502")
                .contains("2. Door label for premises H3").contains("read back from the PNG: VALID")
                .contains("3. Residence permit for person P11").contains(permitEarliestDate())
                .contains("4. Compliance rating of premises H3").contains("★")
                .contains(out.resolve("label-H3.png").toString())
                .contains(out.resolve("label-H3-sheet.svg").toString());
        assertThat(Files.readAllBytes(out.resolve("label-H3.png"))).startsWith(0x89, 'P', 'N', 'G');
        assertThat(Files.readString(out.resolve("label-H3-sheet.svg"))).contains("<svg").contains("H3");
        try (var keys = Files.list(out.resolve("keys"))) {
            assertThat(keys.map(p -> p.getFileName().toString())).singleElement()
                    .satisfies(n -> assertThat(n).endsWith(".pub.pem"));
        }
    }

    /** The earliest date the demo's permit question predicts, as the service computes it. */
    private static String permitEarliestDate() {
        return ResidencePermits.assess(Sample.registry(), DemoCommand.PERSON, Sample.AS_OF,
                Profiles.load(DemoCommand.PROFILE)).earliestDate().orElseThrow().toString();
    }

    @Test
    void demo_defaultsToDemoOutInTheWorkingDirectory_andItsKeyReadsTheLabel() throws Exception {
        Cli.Result r = Cli.run(dir, "demo");

        assertThat(r.exit()).isZero();
        Path png = dir.resolve("demo-out/label-H3.png");
        assertThat(png).exists();
        Cli.Result read = Cli.run(dir, "label", "read", "--keys", "demo-out/keys", "--premises", "H3", "--image",
                "demo-out/label-H3.png");
        assertThat(read.exit()).as(read.out() + read.err()).isZero();
    }

    @Test
    void demo_inChinese() {
        Cli.Result r = Cli.run(CliEnvironment.of(Cli.CLOCK, Locale.SIMPLIFIED_CHINESE, dir), "demo", "--out",
                dir.resolve("d").toString());

        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("登记检查").contains("不通过").contains("门牌二维码").contains("居住证")
                .contains("星级评定");
    }

    @Test
    void demo_unwritableOutput_exitsTwo() throws Exception {
        Path file = Cli.write(dir, "occupied", "x");

        Cli.Result r = Cli.run(dir, "demo", "--out", file.toString());

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).startsWith("renfang: cannot write");
    }
}
