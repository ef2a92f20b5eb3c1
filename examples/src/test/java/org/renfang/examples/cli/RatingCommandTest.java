package org.renfang.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.renfang.examples.Sample;
import org.renfang.model.PremisesId;
import org.renfang.validation.profile.Profiles;
import org.renfang.validation.rating.PremisesRatings;

class RatingCommandTest {

    @TempDir
    Path dir;

    @Test
    void onePremises_json_isTheRating() {
        Cli.Result r = Cli.onSample(dir, "rating", "--premises", "H3", "--profile", "CN-31", "--format", "json");

        assertThat(r.exit()).isZero();
        Cli.assertPrintsJson(r, PremisesRatings.rate(Sample.registry(), PremisesId.of("H3"), Sample.AS_OF,
                Profiles.load("CN-31")));
        JsonNode json = r.json();
        assertThat(json.get("status").asText()).isEqualTo("RATED");
        assertThat(outcome(json, "OCCUPANCY")).isEqualTo("FAIL");
    }

    @Test
    void allPremises_json_isAnArrayInRegistryOrder() {
        Cli.Result r = Cli.onSample(dir, "rating", "--format", "json");

        assertThat(r.exit()).isZero();
        JsonNode json = r.json();
        assertThat(json.isArray()).isTrue();
        List<String> ids = new ArrayList<>();
        json.forEach(n -> ids.add(n.get("premises").asText()));
        assertThat(ids).containsExactly("H1", "H2", "H3", "H4", "H5", "H6", "H7", "H8", "H9", "H10");
    }

    @Test
    void text_inBothLanguages_showsStars() {
        String file = Cli.sample(dir).toString();

        Cli.Result en = Cli.run(dir, "rating", "--registry", file, "--premises", "H3", "--profile", "CN-31");
        Cli.Result zh = Cli.run(dir, "rating", "--registry", file, "--premises", "H3", "--profile", "CN-31", "--lang",
                "zh-CN");

        assertThat(en.out()).contains("H3").contains("★").contains("OCCUPANCY_PER_ROOM");
        assertThat(zh.out()).contains("H3").contains("★").containsPattern("[\\u4e00-\\u9fff]");
    }

    @Test
    void unknownPremises_exitsOne() {
        Cli.Result r = Cli.onSample(dir, "rating", "--premises", "H99", "--format", "json");

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.json().get("status").asText()).isEqualTo("NOT_FOUND");
    }

    @Test
    void usageAndFileErrors_exitTwo() {
        String file = Cli.sample(dir).toString();

        assertThat(Cli.run(dir, "rating").exit()).isEqualTo(2);
        assertThat(Cli.run(dir, "rating", "--registry", file, "--as-of", "x").exit()).isEqualTo(2);
        assertThat(Cli.run(dir, "rating", "--registry", file, "--format", "csv").exit()).isEqualTo(2);
        assertThat(Cli.run(dir, "rating", "--registry", dir.toString()).exit()).isEqualTo(2);
    }

    private static String outcome(JsonNode rating, String criterion) {
        for (JsonNode c : rating.get("criteria")) {
            if (c.get("criterion").asText().equals(criterion)) {
                return c.get("outcome").asText();
            }
        }
        return null;
    }
}
