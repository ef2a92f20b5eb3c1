package org.renfang.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.renfang.validation.Fixtures.AS_OF;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.renfang.id.CreditCodeReason;
import org.renfang.id.IdReason;
import org.renfang.label.LabelCheckStatus;
import org.renfang.model.BasisType;
import org.renfang.model.DocumentType;
import org.renfang.model.PremisesFlag;
import org.renfang.model.RoomKind;
import org.renfang.registry.Registry;
import org.renfang.validation.finding.Category;
import org.renfang.validation.finding.Finding;
import org.renfang.validation.finding.RuleCode;
import org.renfang.validation.finding.Severity;
import org.renfang.validation.profile.Profiles;

/**
 * Messages in words, not codes: every code a rule puts into a message parameter has a wording in
 * both bundles, and no formatted message of any rule, in either language, shows an enum name.
 */
class MessageWordingTest {

    /** An enum-like token: two capitals, then capitals, digits and at least one underscore, or a known constant. */
    private static final Pattern CODE = Pattern.compile("\\b[A-Z]{2,}(?:_[A-Z0-9]+)+\\b");

    private static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessageWordingTest.class.getResourceAsStream("/org/renfang/validation/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    private static Set<String> constants() {
        Set<String> names = new TreeSet<>();
        for (Class<? extends Enum<?>> e : List.<Class<? extends Enum<?>>>of(DocumentType.class, RoomKind.class,
                PremisesFlag.class, BasisType.class, LabelCheckStatus.class, IdReason.class, CreditCodeReason.class,
                RuleCode.class)) {
            for (Enum<?> c : e.getEnumConstants()) {
                names.add(c.name());
            }
        }
        names.remove("OK");
        return names;
    }

    @ParameterizedTest
    @ValueSource(strings = {"messages.properties", "messages_zh_CN.properties"})
    void everyCodeOfEveryParameterEnum_hasAWording(String name) throws IOException {
        Properties p = bundle(name);
        Map<String, Class<? extends Enum<?>>> params = Map.of("type", DocumentType.class, "kind", RoomKind.class,
                "flags", PremisesFlag.class, "basis", BasisType.class, "status", LabelCheckStatus.class);
        params.forEach((param, type) -> {
            for (Enum<?> c : type.getEnumConstants()) {
                assertThat(p.getProperty("value." + param + "." + c.name())).as(name + " " + param + " " + c.name())
                        .isNotBlank();
            }
        });
        for (Enum<?> c : IdReason.values()) {
            if (c != IdReason.OK) {
                assertThat(p.getProperty("value.reason." + c.name())).as(name + " " + c.name()).isNotBlank();
            }
        }
        for (Enum<?> c : CreditCodeReason.values()) {
            if (c != CreditCodeReason.OK) {
                assertThat(p.getProperty("value.reason." + c.name())).as(name + " " + c.name()).isNotBlank();
            }
        }
    }

    @Test
    void noMessageOfAnyRule_showsACode_inEitherLanguage() {
        List<Report> reports = new ArrayList<>();
        for (String profile : Profiles.SHIPPED) {
            reports.add(Validator.of(Profiles.load(profile)).check(Registry.of(ReportTest.everything().build()), AS_OF));
        }
        Set<String> constants = constants();
        Set<RuleCode> seen = new TreeSet<>();
        for (Report r : reports) {
            for (Finding f : r.findings()) {
                seen.add(f.rule());
                for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
                    String m = f.message(locale);
                    Matcher code = CODE.matcher(m);
                    assertThat(code.find()).as("%s %s: %s", f.rule(), locale, m).isFalse();
                    for (String word : m.split("[^A-Za-z_]+")) {
                        assertThat(constants).as("%s %s: %s", f.rule(), locale, m).doesNotContain(word.length() > 3
                                ? word : "-");
                    }
                    if (locale.getLanguage().equals("zh")) {
                        assertThat(m).as("zh message %s", m).doesNotContainPattern("[A-Z]{4,}");
                    }
                }
            }
        }
        assertThat(seen).as("rules covered by the scan").hasSizeGreaterThan(RuleCode.values().length - 4);
    }

    @Test
    void codeLists_areJoinedInWords() {
        Map<String, String> params = Map.of("lease", "L1", "premises", "H1", "flags", "ILLEGAL_STRUCTURE,UNSAFE");
        assertThat(new Finding(RuleCode.PREMISES_NOT_RENTABLE, Severity.ERROR, "/leases/0", List.of(), params)
                .message(Locale.SIMPLIFIED_CHINESE)).contains("违法建筑、危险房屋").doesNotContain("UNSAFE");
        assertThat(new Finding(RuleCode.PREMISES_NOT_RENTABLE, Severity.ERROR, "/leases/0", List.of(), params)
                .message(Locale.ENGLISH)).contains("an illegal structure, unsafe");
    }

    @Test
    void terms_followTheLaw() throws IOException {
        Properties zh = bundle("messages_zh_CN.properties");
        assertThat(zh.getProperty("GROUP_RENTAL_REGISTER")).contains("集中出租").doesNotContain("群租");
        assertThat(zh.getProperty("FOREIGNER_REGISTRATION_LATE")).contains("外国人住宿登记");
        assertThat(zh.getProperty("HMT_REGISTRATION_LATE")).contains("港澳台居民").doesNotContain("外国");
        Properties en = bundle("messages.properties");
        assertThat(en.getProperty("HMT_REGISTRATION_LATE")).doesNotContainIgnoringCase("foreign");
    }

    /**
     * Every COMPLIANCE rule that is on in a shipped profile cites its law in both languages, except
     * the two agency rules, which no statute sets (door-label checks and visit coordination).
     */
    @Test
    void everyComplianceRuleOn_citesItsLaw_inBothLanguages() {
        Set<RuleCode> noStatute = Set.of(RuleCode.VISIT_LABEL_INVALID, RuleCode.VISIT_REDUNDANT);
        Map<String, Set<RuleCode>> uncited = new java.util.TreeMap<>();
        for (String code : Profiles.SHIPPED) {
            org.renfang.validation.profile.Profile p = Profiles.load(code);
            for (RuleCode r : RuleCode.values()) {
                if (r.category() != Category.COMPLIANCE || !p.isOn(r) || noStatute.contains(r)) {
                    continue;
                }
                if (p.legalBasis(r).isEmpty()) {
                    uncited.computeIfAbsent(code, k -> new TreeSet<>()).add(r);
                } else {
                    assertThat(p.legalBasis(r).get().text(Locale.SIMPLIFIED_CHINESE)).as(code + " " + r).isNotBlank()
                            .doesNotContainPattern("[A-Z]{4,}_");
                    assertThat(p.legalBasis(r).get().text(Locale.ENGLISH)).as(code + " " + r).isNotBlank();
                }
            }
        }
        assertThat(uncited).as("COMPLIANCE rules on without a legal basis").isEmpty();
    }

    @Test
    void legalBasis_isTheProfilesCitation_inTheReportsLanguage() {
        assertThat(Profiles.load("CN-31").legalBasis(RuleCode.OCCUPANCY_PER_ROOM).orElseThrow()
                .text(Locale.SIMPLIFIED_CHINESE)).isEqualTo("《上海市居住房屋租赁管理办法》第十条");
        assertThat(Profiles.load("DE").legalBasis(RuleCode.RESIDENCE_REGISTRATION_LATE).orElseThrow()
                .text(Locale.ENGLISH)).isEqualTo("BMG § 17 Abs. 1");
        assertThat(Profiles.load("CN").legalBasis(RuleCode.FOREIGNER_REGISTRATION_LATE).orElseThrow()
                .text(Locale.SIMPLIFIED_CHINESE)).contains("出境入境管理法").contains("第三十九条");
        assertThat(Profiles.load("CN-4403").legalBasis(RuleCode.RESIDENCE_REGISTRATION_LATE).orElseThrow()
                .text(Locale.SIMPLIFIED_CHINESE)).contains("深圳经济特区居住证条例");
        assertThat(Profiles.load("CN-11").legalBasis(RuleCode.HOTEL_REGISTRATION_LATE)).as("inherited from CN")
                .isEqualTo(Profiles.load("CN").legalBasis(RuleCode.HOTEL_REGISTRATION_LATE));
    }
}
