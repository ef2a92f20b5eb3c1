package org.renfang.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.renfang.qr.LabelStatus;
import org.renfang.validation.finding.Severity;

class TextsTest {

    private static final Pattern KEY = Pattern.compile("(?:get|unusable|CliException\\(\\w+, )\\(?\"([a-zA-Z.]+)\"");

    @Test
    void bothLanguages_haveTheSameKeys() throws IOException {
        assertThat(new TreeSet<>(load("texts.properties").stringPropertyNames()))
                .isEqualTo(new TreeSet<>(load("texts_zh_CN.properties").stringPropertyNames()));
    }

    @Test
    void everyKeyTheSourcesUse_exists_andNoOther() throws IOException {
        Properties en = load("texts.properties");
        TreeSet<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.list(Path.of("src/main/java/org/renfang/examples/cli"))) {
            for (Path f : files.toList()) {
                Matcher m = KEY.matcher(Files.readString(f));
                while (m.find()) {
                    if (!m.group(1).endsWith(".")) {
                        used.add(m.group(1));
                    }
                }
            }
        }
        assertThat(used).hasSizeGreaterThan(30);
        for (LabelStatus s : LabelStatus.values()) {
            used.add("label.status." + s.name());
        }
        for (Severity s : Severity.values()) {
            used.add("severity." + s.name());
        }
        for (org.renfang.qr.LabelException.Code c : LabelReadCommand.IMAGE_REASONS) {
            used.add("label.reason." + c.name());
        }
        assertThat(new TreeSet<>(en.stringPropertyNames())).isEqualTo(used);
    }

    @Test
    void formatting_pluralizesInEnglish_andReadsInChinese() {
        Texts en = Texts.of(Lang.EN);
        Texts zh = Texts.of(Lang.ZH_CN);

        assertThat(en.get("report.counts", 1, 0, 2)).isEqualTo("1 error, 0 warnings, 2 info");
        assertThat(en.get("report.counts", 2, 1, 0)).isEqualTo("2 errors, 1 warning, 0 info");
        assertThat(en.get("report.counts", 12345, 0, 0)).startsWith("12,345 errors");
        assertThat(zh.get("report.counts", 1, 0, 2)).isEqualTo("错误 1 项，警告 0 项，提示 2 项");
    }

    @Test
    void lang_followsTheLocale() {
        assertThat(Lang.of(Locale.CHINA)).isEqualTo(Lang.ZH_CN);
        assertThat(Lang.of(Locale.TAIWAN)).isEqualTo(Lang.ZH_CN);
        assertThat(Lang.of(Locale.ENGLISH)).isEqualTo(Lang.EN);
        assertThat(Lang.of(Locale.GERMANY)).isEqualTo(Lang.EN);
        assertThat(Lang.parse("zh_cn")).isEqualTo(Lang.ZH_CN);
        assertThat(Lang.parse(" EN ")).isEqualTo(Lang.EN);
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Texts.class.getResourceAsStream(name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
