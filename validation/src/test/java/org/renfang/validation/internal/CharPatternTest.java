package org.renfang.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.renfang.testing.Gen;
import org.renfang.testing.PropertyCheck;

/** {@link CharPattern} against {@code java.util.regex} on the expressions of its subset, and what it refuses. */
class CharPatternTest {

    /** Expressions of the subset: the model's own, and one of each construct. */
    private static final List<String> SUPPORTED = List.of(
            "[A-Z]{3}", "\\+?[0-9 ()-]{3,32}", "\\d{6}|\\d{8}|\\d{9}|\\d{12}",
            "", "a", "ab", "a|", "|b", "a?", "a*", "a+", "a*b+c?", "[a-c]{2,}x|y", "a{0}", "a{2}b{0,3}",
            "[a-]+", "[()]*\\(", "\\.\\+\\*\\?\\|\\{\\}\\[\\]\\(\\)\\^\\$\\\\\\-", "[\\d.]+", "[a-cx-z]{1,2}c",
            "x*y*x*", "b{1,}", "[+]\\d+|\\d*",
            "[ab]*a[ab]{12}");

    /** Characters the expressions above use, and some they do not. */
    private static final Gen<String> TEXT = Gen.strings(
            Gen.charsOf("aAbBcxyzZ0123456789 ()-+.*?|{}[]^$\\\uff10\u00e9\ud835"), 0, 14);

    @Test
    void onTheSubset_matchesAsJavaUtilRegexDoes() {
        for (String regex : SUPPORTED) {
            CharPattern compiled = CharPattern.compile(regex);
            assertThat(compiled).as(regex).isNotNull();
            Pattern reference = Pattern.compile(regex);
            PropertyCheck.forAll(2000, s -> {
                String text = s.draw("text", TEXT);
                assertThat(compiled.matches(text)).as("/%s/ on \"%s\"", regex, text)
                        .isEqualTo(reference.matcher(text).matches());
            });
        }
    }

    @Test
    void anExpressionWithTooManyStates_runsThePositionAutomaton() {
        CharPattern p = CharPattern.compile("[ab]*a[ab]{12}");
        Pattern reference = Pattern.compile("[ab]*a[ab]{12}");
        PropertyCheck.forAll(2000, s -> {
            String text = s.draw("text", Gen.strings(Gen.charsOf("abc"), 0, 20));
            assertThat(p.matches(text)).as(text).isEqualTo(reference.matcher(text).matches());
        });
        assertThat(p.matches("a" + "b".repeat(12))).isTrue();
        assertThat(p.matches("bbbba" + "b".repeat(12))).isTrue();
        assertThat(p.matches("b".repeat(13))).isFalse();
    }

    @Test
    void theModelsPatterns_atTheirEdges() {
        CharPattern phone = CharPattern.compile("\\+?[0-9 ()-]{3,32}");
        assertThat(phone.matches("+" + "1".repeat(32))).isTrue();
        assertThat(phone.matches("+" + "1".repeat(33))).isFalse();
        assertThat(phone.matches("12")).isFalse();
        assertThat(phone.matches("+12")).isFalse();
        assertThat(phone.matches("+123")).isTrue();
        assertThat(phone.matches("++123")).isFalse();
        CharPattern division = CharPattern.compile("\\d{6}|\\d{8}|\\d{9}|\\d{12}");
        assertThat(division.matches("650203")).isTrue();
        assertThat(division.matches("6502030")).isFalse();
        assertThat(division.matches("650203001002")).isTrue();
        assertThat(division.matches("\uff16\uff15\uff10\uff12\uff10\uff13")).as("full-width digits").isFalse();
        CharPattern country = CharPattern.compile("[A-Z]{3}");
        assertThat(country.matches("DEU")).isTrue();
        assertThat(country.matches("\ud835\udc00BC")).as("a supplementary capital").isFalse();
    }

    @Test
    void outsideTheSubset_refuses() {
        for (String regex : List.of("(a)", "a.", "^a", "a$", "[^a]", "[a[b]]", "[a&&b]", "\\w", "\\s", "\\D", "a*?",
                "a++", "a{2}{3}", "a{3,2}", "*a", "[]a]", "[a-b-c]", "[-a-b]", "[-a]", "\\", "[a", "a{", "a{1,",
                "\\p{L}",
                "\ud835\udc00", "[\\d-z]", "a{1001}", "[a-\\d]", "[z-a]", "a{0,65}")) {
            assertThat(CharPattern.compile(regex)).as(regex).isNull();
        }
    }
}
