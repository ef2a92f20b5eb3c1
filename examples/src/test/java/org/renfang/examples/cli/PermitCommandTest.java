package org.renfang.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.renfang.examples.Sample;
import org.renfang.model.PersonId;
import org.renfang.validation.permit.ResidencePermits;
import org.renfang.validation.profile.Profiles;

class PermitCommandTest {

    /**
     * One premises in Karamay (city 6502) and, living there and employed: P1 from Chengdu since
     * 2026-01-10 (eligible), P2 from Chengdu registered on 2026-09-05 (not yet), P3 a Karamay local,
     * P4 a Kazakh national, P5 a Hong Kong resident since 2025.
     */
    static final String REGISTRY = """
            {"schema": "renfang/registry@1",
             "persons": [
              {"id": "P1", "name": "甲", "documents": [{"type": "CN_RESIDENT_ID", "number": "11010519491231002X"}],
               "nationality": "CHN", "householdRegistration": {"division": "510104", "line": "锦江区"}},
              {"id": "P2", "name": "乙", "documents": [{"type": "CN_RESIDENT_ID", "number": "11010519491231002X"}],
               "nationality": "CHN", "householdRegistration": {"division": "510104", "line": "锦江区"}},
              {"id": "P3", "name": "丙", "documents": [{"type": "CN_RESIDENT_ID", "number": "11010519491231002X"}],
               "nationality": "CHN", "householdRegistration": {"division": "650204", "line": "白碱滩区"}},
              {"id": "P4", "name": "D", "documents": [{"type": "PASSPORT", "number": "C01X00T47", "country": "KAZ"}],
               "nationality": "KAZ"},
              {"id": "P5", "name": "E", "documents": [{"type": "CN_HK_MACAO_PERMIT", "number": "H12345678"}],
               "nationality": "HKG"},
              {"id": "P9", "name": "F", "documents": [{"type": "CN_RESIDENT_ID", "number": "11010519491231002X"}],
               "nationality": "CHN"}
             ],
             "organizations": [{"id": "O1", "name": "Employer", "kinds": ["EMPLOYER"]}],
             "premises": [{"id": "H1", "address": {"division": "650203", "line": "Test Road 1"}, "kind": "APARTMENT",
                           "use": "RESIDENTIAL", "owner": {"person": "P9"}}],
             "employments": [
              {"id": "E1", "person": "P1", "employer": "O1", "start": "2026-01-10"},
              {"id": "E2", "person": "P2", "employer": "O1", "start": "2026-09-01"},
              {"id": "E3", "person": "P3", "employer": "O1", "start": "2020-01-01"},
              {"id": "E4", "person": "P4", "employer": "O1", "start": "2020-01-01"},
              {"id": "E5", "person": "P5", "employer": "O1", "start": "2025-01-01"}
             ],
             "residences": [
              {"id": "R1", "person": "P1", "premises": "H1", "basis": {"type": "OTHER"}, "movedIn": "2026-01-10",
               "registeredOn": "2026-01-10"},
              {"id": "R2", "person": "P2", "premises": "H1", "basis": {"type": "OTHER"}, "movedIn": "2026-09-01",
               "registeredOn": "2026-09-05"},
              {"id": "R3", "person": "P3", "premises": "H1", "basis": {"type": "OTHER"}, "movedIn": "2020-01-01",
               "registeredOn": "2020-01-01"},
              {"id": "R4", "person": "P4", "premises": "H1", "basis": {"type": "OTHER"}, "movedIn": "2020-01-01",
               "registeredOn": "2020-01-01"},
              {"id": "R5", "person": "P5", "premises": "H1", "basis": {"type": "OTHER"}, "movedIn": "2025-01-01",
               "registeredOn": "2025-01-01"}
             ]}
            """;

    @TempDir
    Path dir;

    private String registry() throws IOException {
        return Files.writeString(dir.resolve("permits.json"), REGISTRY).toString();
    }

    @Test
    void sampleRegistry_jsonIsTheAssessment_exitFollowsEligibility() {
        Cli.Result r = Cli.onSample(dir, "permit", "--person", "P7", "--on", "2026-11-26", "--format", "json");

        Cli.assertPrintsJson(r, ResidencePermits.assess(Sample.registry(), PersonId.of("P7"), Sample.AS_OF,
                Profiles.load("CN")));
        assertThat(r.json().get("schema").asText()).isEqualTo("renfang/permit@1");
        assertThat(r.exit()).isEqualTo(r.json().get("eligible").asBoolean() ? 0 : 1);
        assertThat(r.err()).isEmpty();
    }

    @Test
    void nonLocalNational_eligible_saysWhichPermit() throws IOException {
        Cli.Result r = Cli.run(dir, "permit", "--registry", registry(), "--person", "P1", "--format", "json");

        assertThat(r.exit()).isZero();
        assertThat(r.json().get("permit").asText()).isEqualTo("RESIDENCE_PERMIT");
        assertThat(r.json().get("eligible").asBoolean()).isTrue();
        assertThat(r.json().get("residenceSince").asText()).isEqualTo("2026-01-10");
        assertThat(r.json().get("city").asText()).isEqualTo("6502");
    }

    @Test
    void notYetEligible_exitsOne_withTheEarliestDateCountedFromTheRegistration() throws IOException {
        Cli.Result r = Cli.run(dir, "permit", "--registry", registry(), "--person", "P2", "--format", "json");

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.json().get("on").asText()).isEqualTo("2026-11-26");
        assertThat(r.json().get("permit").asText()).isEqualTo("RESIDENCE_PERMIT");
        assertThat(r.json().get("eligible").asBoolean()).isFalse();
        assertThat(r.json().get("earliestDate").asText()).isEqualTo("2027-03-05");
    }

    @Test
    void hmtResident_assessedForTheHmtPermit() throws IOException {
        Cli.Result r = Cli.run(dir, "permit", "--registry", registry(), "--person", "P5", "--format", "json");

        assertThat(r.exit()).isZero();
        assertThat(r.json().get("permit").asText()).isEqualTo("HMT_RESIDENCE_PERMIT");
    }

    @Test
    void localAndForeigner_exitOne_noPermitNoDate() throws IOException {
        String file = registry();

        Cli.Result local = Cli.run(dir, "permit", "--registry", file, "--person", "P3", "--format", "json");
        Cli.Result foreign = Cli.run(dir, "permit", "--registry", file, "--person", "P4", "--format", "json");

        assertThat(local.exit()).isEqualTo(1);
        assertThat(local.json().get("permit").isNull()).isTrue();
        assertThat(local.json().get("earliestDate").isNull()).isTrue();
        assertThat(local.json().get("reasons").get(0).get("code").asText()).isEqualTo("LOCAL_RESIDENT");
        assertThat(foreign.exit()).isEqualTo(1);
        assertThat(foreign.json().get("permit").isNull()).isTrue();
        assertThat(foreign.json().get("earliestDate").isNull()).isTrue();
        assertThat(foreign.json().get("reasons").get(0).get("code").asText()).isEqualTo("FOREIGNER_NOT_ELIGIBLE");
    }

    @Test
    void text_inBothLanguages() throws IOException {
        String file = registry();

        Cli.Result en = Cli.run(dir, "permit", "--registry", file, "--person", "P2");
        Cli.Result zh = Cli.run(dir, "permit", "--registry", file, "--person", "P2", "--lang", "zh-CN");
        Cli.Result zhLocal = Cli.run(dir, "permit", "--registry", file, "--person", "P3", "--lang", "zh-CN");

        assertThat(en.out()).contains("P2").contains("2027-03-05").contains("not eligible")
                .contains("Interim Regulations on Residence Permits");
        assertThat(zh.out()).contains("P2").contains("2027-03-05").contains("《居住证暂行条例》")
                .doesNotContain("RESIDENCE_PERMIT", "RESIDENCE_TOO_SHORT");
        assertThat(zhLocal.out()).contains("户籍所在城市").doesNotContain("LOCAL_RESIDENT");
        assertThat(zh.out()).isNotEqualTo(en.out());
    }

    @Test
    void unknownPerson_orProfileWithoutPermit_exitOne() throws IOException {
        String file = registry();

        assertThat(Cli.run(dir, "permit", "--registry", file, "--person", "P999").exit()).isEqualTo(1);
        assertThat(Cli.run(dir, "permit", "--registry", file, "--person", "P1").exit()).isZero();
        assertThat(Cli.run(dir, "permit", "--registry", file, "--person", "P1", "--profile", "DE").exit())
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
