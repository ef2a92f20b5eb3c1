package org.renfang.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.renfang.examples.Sample;
import org.renfang.model.PersonId;
import org.renfang.validation.ResidencePermits;
import org.renfang.validation.profile.Profiles;

class PermitCommandTest {

    @TempDir
    Path dir;

    @Test
    void eligible_exitsZero_andJsonIsTheAssessment() {
        Cli.Result r = Cli.run(dir, "permit", "--registry", Cli.sample(dir).toString(), "--person", "P5",
                "--on", "2026-11-26", "--format", "json");

        String expected = ResidencePermits.assess(Sample.registry(), PersonId.of("P5"), Sample.AS_OF,
                Profiles.load("CN")).toJson(Locale.ENGLISH);
        assertThat(r.exit()).isZero();
        assertThat(r.out()).isEqualTo(expected);
        assertThat(r.json().get("schema").asText()).isEqualTo("renfang/permit@1");
        assertThat(r.json().get("eligible").asBoolean()).isTrue();
        assertThat(r.err()).isEmpty();
    }

    @Test
    void notYetEligible_exitsOne_withTheEarliestDate() {
        Cli.Result r = Cli.run(dir, "permit", "--registry", Cli.sample(dir).toString(), "--person", "P11",
                "--format", "json");

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.json().get("on").asText()).isEqualTo("2026-11-26");
        assertThat(r.json().get("eligible").asBoolean()).isFalse();
        assertThat(r.json().get("earliestDate").asText()).isEqualTo("2027-03-01");
    }

    @Test
    void text_inBothLanguages() {
        String file = Cli.sample(dir).toString();

        Cli.Result en = Cli.run(dir, "permit", "--registry", file, "--person", "P11");
        Cli.Result zh = Cli.run(dir, "permit", "--registry", file, "--person", "P11", "--lang", "zh-CN");

        assertThat(en.out()).contains("P11").contains("2027-03-01").contains("not eligible");
        assertThat(zh.out()).contains("P11").contains("2027-03-01").containsPattern("[\\u4e00-\\u9fff]");
        assertThat(zh.out()).isNotEqualTo(en.out());
    }

    @Test
    void unknownPerson_orProfileWithoutPermit_exitOne() {
        String file = Cli.sample(dir).toString();

        assertThat(Cli.run(dir, "permit", "--registry", file, "--person", "P999").exit()).isEqualTo(1);
        assertThat(Cli.run(dir, "permit", "--registry", file, "--person", "P5", "--profile", "DE").exit())
                .isEqualTo(1);
    }

    @Test
    void usageAndFileErrors_exitTwo() {
        String file = Cli.sample(dir).toString();

        assertThat(Cli.run(dir, "permit", "--person", "P5").exit()).isEqualTo(2);
        assertThat(Cli.run(dir, "permit", "--registry", file).exit()).isEqualTo(2);
        assertThat(Cli.run(dir, "permit", "--registry", file, "--person", "P5", "--on", "soon").exit()).isEqualTo(2);
        assertThat(Cli.run(dir, "permit", "--registry", file, "--person", "").exit()).isEqualTo(2);
        Cli.Result missing = Cli.run(dir, "permit", "--registry", dir.resolve("none.json").toString(), "--person",
                "P5");
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).startsWith("renfang: cannot read");
    }
}
