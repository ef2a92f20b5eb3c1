package org.renfang.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.renfang.validation.profile.Profile;
import org.renfang.validation.profile.ProfileException;
import org.renfang.validation.profile.ProfileProblem;
import org.renfang.validation.profile.Profiles;

/**
 * Issue #16, item 12: a profile file's code and names cannot carry terminal escapes or forged
 * lines into a report header.
 */
class ProfileTextTest {

    private static Profile read(String json) {
        return Profiles.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    private static String problemAt(String json) {
        ProfileException e = catchThrowableOfType(ProfileException.class, () -> read(json));
        assertThat(e).as(json).isNotNull();
        return e.problems().stream().map(ProfileProblem::pointer).findFirst().orElseThrow();
    }

    private static String json(String code, String nameEn) {
        return "{\"code\": \"" + code + "\", \"parent\": \"CN\", \"name\": {\"en\": \"" + nameEn + "\"}}";
    }

    @Test
    void escapeSequencesAndFormatCharacters_inCodeOrName_areRefused() {
        assertThat(problemAt(json("X\\u001b[2J", "ok"))).isEqualTo("/code");
        assertThat(problemAt(json("X Y", "ok"))).isEqualTo("/code");
        assertThat(problemAt(json("X\\u202e", "ok"))).isEqualTo("/code");
        assertThat(problemAt(json("上海", "ok"))).isEqualTo("/code");
        assertThat(problemAt(json("X".repeat(33), "ok"))).isEqualTo("/code");
        for (String name : new String[] {"a\\u001b[31mred", "a\\nVALID  forged", "a\\u0085b", "a\\u202eb", "\\ufeffa",
            "a\\u2028b", "a\\u200bb", "a\\uffff", "a\\ud800", " ", "x".repeat(101)}) {
            assertThat(problemAt(json("X-1", name))).as(name).isEqualTo("/name/en");
        }
        assertThat(problemAt("{\"code\": \"X\", \"name\": {\"\\u001b[2J\": \"x\"}}")).isEqualTo("/name");
        assertThat(problemAt("{\"code\": \"X\", \"parent\": \"C\\u001bN\"}")).isEqualTo("/parent");
    }

    @Test
    void ordinaryCodesAndNames_load() {
        Profile p = read(json("CN-31.host_2", "Shanghai (host) – 上海 \\ud83c\\udfe0"));
        assertThat(p.code()).isEqualTo("CN-31.host_2");
        assertThat(p.name("en")).isEqualTo("Shanghai (host) – 上海 \uD83C\uDFE0");
        assertThat(read(json("X".repeat(32), "x".repeat(100))).code()).hasSize(32);
        for (String code : Profiles.SHIPPED) {
            assertThat(Profiles.load(code).code()).isEqualTo(code);
        }
    }
}
