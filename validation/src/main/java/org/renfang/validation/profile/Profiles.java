package org.renfang.validation.profile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.renfang.model.json.RenfangJson;
import org.renfang.validation.finding.Category;
import org.renfang.validation.finding.LegalBasis;
import org.renfang.validation.finding.RuleCode;
import org.renfang.validation.finding.Severity;

/**
 * Loads jurisdiction profiles: the shipped ones by code ({@link #SHIPPED}) and a host's own
 * files, whose parent may be a shipped profile.
 *
 * <p>A profile file:
 * <pre>{@code
 * {"code": "CN-31", "parent": "CN", "name": {"en": "Shanghai", "zh-CN": "上海"},
 *  "parameters": {"minAreaPerPerson": 5, "maxPersonsPerRoom": 2, "leaseFilingDays": null},
 *  "severities": {"LEASE_FILING_LATE": "ERROR", "VISIT_REDUNDANT": "OFF"}}
 * }</pre>
 * A {@code null} parameter removes the inherited value (and so switches off the rule it gates).
 * {@code code} and {@code parent} are 1 to 32 ASCII letters, digits, {@code -}, {@code _} or
 * {@code .}; names are keyed by language tag and are 1 to 100 characters without control,
 * format (bidi overrides, zero-width) or line or paragraph separator characters, so a profile
 * file cannot put a terminal escape or a forged line into a report header.
 * {@code "legalBasis"} cites the law of each rule in both languages, inherited from the parent
 * rule by rule; {@code null} removes an inherited citation:
 * <pre>{@code
 *  "legalBasis": {"LEASE_FILING_LATE": {"zh-CN": "《商品房屋租赁管理办法》第十四条",
 *                                       "en": "Measures on Commodity Housing Leasing, art. 14"},
 *                 "VISIT_REDUNDANT": null}
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Profiles {

    /** The codes of the shipped profiles. */
    public static final List<String> SHIPPED = List.of("CN", "CN-11", "CN-31", "CN-4403", "CN-6502", "DE");

    private static final int MAX_PROFILE_BYTES = 64 * 1024;
    private static final int MAX_DEPTH = 8;
    private static final Map<String, Profile> CACHE = new ConcurrentHashMap<>();

    private Profiles() {
    }

    /**
     * Loads a shipped profile.
     *
     * @param code the code, such as {@code CN-31}, not null
     * @return the resolved profile, not null
     * @throws ProfileException if no shipped profile has that code
     */
    public static Profile load(String code) {
        Objects.requireNonNull(code, "code");
        if (!SHIPPED.contains(code)) {
            throw new ProfileException("unknown profile code; shipped: " + SHIPPED, List.of());
        }
        // Not computeIfAbsent: loading a child loads its parent, which would re-enter the map.
        Profile p = CACHE.get(code);
        if (p == null) {
            p = loadShipped(code);
            Profile earlier = CACHE.putIfAbsent(code, p);
            if (earlier != null) {
                p = earlier;
            }
        }
        return p;
    }

    private static Profile loadShipped(String code) {
        try (InputStream in = Profiles.class.getResourceAsStream("/org/renfang/validation/profiles/" + code + ".json")) {
            if (in == null) {
                throw new ProfileException("profile resource missing for " + code, List.of());
            }
            return read(in, Profiles::load);
        } catch (IOException e) {
            throw new ProfileException("profile resource unreadable for " + code, List.of());
        }
    }

    /**
     * Reads a profile file; its parent, if any, is a shipped profile.
     *
     * @param in the file, not null; not closed
     * @return the resolved profile, not null
     * @throws ProfileException listing every problem of the file
     */
    public static Profile read(InputStream in) {
        return read(in, Profiles::load);
    }

    /**
     * Reads a profile file, resolving its parent through a function.
     *
     * @param in      the file, not null; not closed
     * @param parents resolves a parent code to a profile, not null; may throw ProfileException
     * @return the resolved profile, not null
     * @throws ProfileException listing every problem of the file
     */
    public static Profile read(InputStream in, Function<String, Profile> parents) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(parents, "parents");
        List<ProfileProblem> problems = new ArrayList<>();
        JsonNode root;
        try {
            byte[] bytes = in.readNBytes(MAX_PROFILE_BYTES + 1);
            if (bytes.length > MAX_PROFILE_BYTES) {
                throw new ProfileException("profile file exceeds " + MAX_PROFILE_BYTES + " bytes", List.of());
            }
            root = RenfangJson.payloadMapper().readTree(bytes);
        } catch (IOException e) {
            throw new ProfileException("profile file is not well-formed JSON",
                    List.of(new ProfileProblem("", "malformed JSON")));
        }
        if (root == null || !root.isObject()) {
            throw new ProfileException("profile file is not a JSON object", List.of(new ProfileProblem("", "expected an object")));
        }
        String code = text(root, "code", problems, true);
        String parentCode = text(root, "parent", problems, false);
        Map<String, String> names = new LinkedHashMap<>();
        Map<Parameter, Object> params = new EnumMap<>(Parameter.class);
        Map<Parameter, Boolean> removed = new EnumMap<>(Parameter.class);
        Map<RuleCode, Severity> severities = new HashMap<>();
        Map<RuleCode, LegalBasis> bases = new EnumMap<>(RuleCode.class);
        Set<RuleCode> basesRemoved = EnumSet.noneOf(RuleCode.class);
        Map<Parameter, String> sources = new EnumMap<>(Parameter.class);
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            String key = e.getKey();
            JsonNode v = e.getValue();
            switch (key) {
                case "code":
                case "parent":
                case "description":
                    break;
                case "sources":
                    readSources(v, sources, problems);
                    break;
                case "name":
                    readNames(v, names, problems);
                    break;
                case "parameters":
                    readParameters(v, params, removed, problems);
                    break;
                case "severities":
                    readSeverities(v, severities, problems);
                    break;
                case "legalBasis":
                    readLegalBases(v, bases, basesRemoved, problems);
                    break;
                default:
                    problems.add(new ProfileProblem("/" + key, "unknown field"));
            }
        }
        Profile parent = null;
        if (parentCode != null && problems.isEmpty()) {
            try {
                parent = parents.apply(parentCode);
            } catch (ProfileException e) {
                problems.add(new ProfileProblem("/parent", "unknown parent profile"));
            }
            if (parent != null && depth(parent, parents) >= MAX_DEPTH) {
                problems.add(new ProfileProblem("/parent", "inheritance deeper than " + MAX_DEPTH));
            }
            if (parent != null && code != null && chainContains(parent, code, parents)) {
                problems.add(new ProfileProblem("/parent", "inheritance cycle"));
            }
        }
        if (!problems.isEmpty()) {
            throw new ProfileException("profile file has " + problems.size() + " problem(s)", problems);
        }
        Map<Parameter, Object> merged = new EnumMap<>(Parameter.class);
        Map<RuleCode, Severity> mergedSev = new EnumMap<>(RuleCode.class);
        Map<String, String> mergedNames = new LinkedHashMap<>();
        Map<RuleCode, LegalBasis> mergedBases = new EnumMap<>(RuleCode.class);
        Map<Parameter, String> mergedSources = new EnumMap<>(Parameter.class);
        if (parent != null) {
            mergedBases.putAll(parent.legalBases());
            merged.putAll(parent.parameters());
            mergedSources.putAll(parent.sources());
            for (RuleCode r : RuleCode.values()) {
                mergedSev.put(r, parent.severity(r).orElse(null));
            }
        }
        for (Parameter p : removed.keySet()) {
            merged.remove(p);
        }
        merged.putAll(params);
        mergedSev.putAll(severities);
        mergedNames.putAll(names);
        for (RuleCode r : basesRemoved) {
            mergedBases.remove(r);
        }
        mergedBases.putAll(bases);
        mergedSources.putAll(sources);
        mergedSources.keySet().retainAll(merged.keySet());
        return new Profile(code, parentCode, mergedNames, merged, mergedSev, mergedSources, mergedBases);
    }

    private static int depth(Profile p, Function<String, Profile> parents) {
        int d = 0;
        Profile cur = p;
        while (cur.parent().isPresent() && d < MAX_DEPTH + 1) {
            cur = parents.apply(cur.parent().get());
            d++;
        }
        return d;
    }

    private static boolean chainContains(Profile p, String code, Function<String, Profile> parents) {
        Profile cur = p;
        for (int d = 0; d <= MAX_DEPTH; d++) {
            if (cur.code().equals(code)) {
                return true;
            }
            if (cur.parent().isEmpty()) {
                return false;
            }
            cur = parents.apply(cur.parent().get());
        }
        return false;
    }

    private static String text(JsonNode root, String field, List<ProfileProblem> problems, boolean required) {
        JsonNode v = root.get(field);
        if (v == null || v.isNull()) {
            if (required) {
                problems.add(new ProfileProblem("/" + field, "required field is missing"));
            }
            return null;
        }
        if (!v.isTextual() || !isCode(v.asText())) {
            problems.add(new ProfileProblem("/" + field,
                    "expected a code of 1 to " + MAX_CODE_LENGTH + " ASCII letters, digits, '-', '_' or '.'"));
            return null;
        }
        return v.asText();
    }

    /** The longest profile code, in characters. */
    static final int MAX_CODE_LENGTH = 32;
    /** The longest profile name, in characters. */
    static final int MAX_NAME_LENGTH = 100;

    /** Whether a profile code is 1 to 32 ASCII letters, digits, '-', '_' or '.'. */
    static boolean isCode(String s) {
        if (s.isEmpty() || s.length() > MAX_CODE_LENGTH) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_'
                    || c == '.')) {
                return false;
            }
        }
        return true;
    }

    /** Whether a language tag such as {@code en} or {@code zh-CN} is well-formed: letters, digits and '-' only. */
    static boolean isLanguageTag(String s) {
        return s.matches("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8}){0,3}");
    }

    /**
     * Whether a profile name is printable text: 1 to 100 characters, not blank, without control,
     * format (bidi overrides, zero-width), line or paragraph separator characters, noncharacters
     * or unpaired surrogates, so that it cannot drive a terminal or forge a line of a report.
     */
    static boolean isName(String s) {
        if (s.isBlank() || s.length() > MAX_NAME_LENGTH) {
            return false;
        }
        for (int i = 0, n = s.length(); i < n; ) {
            char c = s.charAt(i);
            if (Character.isSurrogate(c) && !(Character.isHighSurrogate(c) && i + 1 < n
                    && Character.isLowSurrogate(s.charAt(i + 1)))) {
                return false;
            }
            int cp = s.codePointAt(i);
            int t = Character.getType(cp);
            if (t == Character.CONTROL || t == Character.FORMAT || t == Character.LINE_SEPARATOR
                    || t == Character.PARAGRAPH_SEPARATOR || (cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }

    private static void readNames(JsonNode v, Map<String, String> names, List<ProfileProblem> problems) {
        if (!v.isObject()) {
            problems.add(new ProfileProblem("/name", "expected an object of language to name"));
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = v.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!isLanguageTag(e.getKey())) {
                problems.add(new ProfileProblem("/name", "expected language tags such as en or zh-CN as keys"));
            } else if (!e.getValue().isTextual() || !isName(e.getValue().asText())) {
                problems.add(new ProfileProblem("/name/" + e.getKey(), "expected a text of 1 to " + MAX_NAME_LENGTH
                        + " characters without control, format or separator characters"));
            } else {
                names.put(e.getKey(), e.getValue().asText());
            }
        }
    }

    /** The most characters of one parameter's source. */
    private static final int MAX_SOURCE_CHARS = 512;

    private static void readSources(JsonNode v, Map<Parameter, String> sources, List<ProfileProblem> problems) {
        if (!v.isObject()) {
            problems.add(new ProfileProblem("/sources", "expected an object of parameter to source"));
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = v.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            String at = "/sources/" + e.getKey();
            Parameter p = Parameter.ofKey(e.getKey());
            if (p == null) {
                problems.add(new ProfileProblem(at, "unknown parameter"));
            } else if (!e.getValue().isTextual() || e.getValue().asText().isBlank()
                    || e.getValue().asText().length() > MAX_SOURCE_CHARS) {
                problems.add(new ProfileProblem(at, "expected a text of 1 to " + MAX_SOURCE_CHARS + " characters"));
            } else {
                sources.put(p, e.getValue().asText());
            }
        }
    }

    private static void readParameters(JsonNode v, Map<Parameter, Object> params, Map<Parameter, Boolean> removed,
            List<ProfileProblem> problems) {
        if (!(v instanceof ObjectNode)) {
            problems.add(new ProfileProblem("/parameters", "expected an object"));
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = v.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            String at = "/parameters/" + e.getKey();
            Parameter p = Parameter.ofKey(e.getKey());
            if (p == null) {
                problems.add(new ProfileProblem(at, "unknown parameter"));
                continue;
            }
            JsonNode n = e.getValue();
            if (n.isNull()) {
                removed.put(p, true);
                continue;
            }
            Object value = convert(p, n);
            if (value == null) {
                problems.add(new ProfileProblem(at, "expected " + describe(p)));
            } else {
                params.put(p, value);
            }
        }
    }

    private static Object convert(Parameter p, JsonNode n) {
        switch (p.type()) {
            case DAYS:
                return n.isIntegralNumber() && n.canConvertToInt() && n.asInt() >= 0 && n.asInt() <= 3650
                        ? n.asInt() : null;
            case HOURS:
                return n.isIntegralNumber() && n.canConvertToInt() && n.asInt() >= 0 && n.asInt() <= 87600
                        ? n.asInt() : null;
            case COUNT:
                return n.isIntegralNumber() && n.canConvertToInt() && n.asInt() >= 1 && n.asInt() <= 100000
                        ? n.asInt() : null;
            case DECIMAL:
                if (!n.isNumber()) {
                    return null;
                }
                BigDecimal d = n.decimalValue();
                return d.signum() > 0 && d.compareTo(BigDecimal.valueOf(1000)) <= 0 ? d : null;
            case FLAG:
                return n.isBoolean() ? n.asBoolean() : null;
            case TEXT:
                if (!n.isTextual() || n.asText().isBlank() || n.asText().length() > 32) {
                    return null;
                }
                if (p == Parameter.DIVISION_CODES && !DivisionCodes.SYSTEMS.contains(n.asText())) {
                    return null;
                }
                if (p == Parameter.REGISTRATION_DUTY_BEARER && !isBearer(n.asText())) {
                    return null;
                }
                return n.asText();
            case CODES:
                return codes(n);
            default:
                return null;
        }
    }

    private static boolean isBearer(String text) {
        for (DutyBearer b : DutyBearer.values()) {
            if (b.name().equals(text)) {
                return true;
            }
        }
        return false;
    }

    /** A list of up to 32 codes of 1 to 8 upper-case letters or digits, or null. */
    private static List<String> codes(JsonNode n) {
        if (!n.isArray() || n.size() > 32) {
            return null;
        }
        List<String> out = new ArrayList<>();
        for (JsonNode c : n) {
            if (!c.isTextual() || !c.asText().matches("[A-Z0-9]{1,8}")) {
                return null;
            }
            out.add(c.asText());
        }
        return List.copyOf(out);
    }

    private static String describe(Parameter p) {
        if (p == Parameter.DIVISION_CODES) {
            return "one of " + String.join(", ", DivisionCodes.SYSTEMS);
        }
        if (p == Parameter.REGISTRATION_DUTY_BEARER) {
            return "RESIDENT or PROVIDER";
        }
        return describe(p.type());
    }

    private static void readLegalBases(JsonNode v, Map<RuleCode, LegalBasis> bases, Set<RuleCode> removed,
            List<ProfileProblem> problems) {
        if (!v.isObject()) {
            problems.add(new ProfileProblem("/legalBasis", "expected an object of rule code to citation"));
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = v.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            String at = "/legalBasis/" + e.getKey();
            RuleCode rule = ruleCode(e.getKey(), at, problems);
            if (rule == null) {
                continue;
            }
            JsonNode n = e.getValue();
            if (n.isNull()) {
                removed.add(rule);
                continue;
            }
            if (!n.isObject()) {
                problems.add(new ProfileProblem(at, "expected {\"zh-CN\": …, \"en\": …} or null"));
                continue;
            }
            if (rule.category() != Category.COMPLIANCE) {
                problems.add(new ProfileProblem(at, "only COMPLIANCE rules cite a legal basis"));
                continue;
            }
            String zh = null;
            String en = null;
            boolean ok = true;
            for (Iterator<Map.Entry<String, JsonNode>> langs = n.fields(); langs.hasNext();) {
                Map.Entry<String, JsonNode> l = langs.next();
                JsonNode t = l.getValue();
                boolean text = t.isTextual() && !t.asText().isBlank() && t.asText().length() <= LegalBasis.MAX_LENGTH;
                if ("zh-CN".equals(l.getKey()) && text) {
                    zh = t.asText();
                } else if ("en".equals(l.getKey()) && text) {
                    en = t.asText();
                } else {
                    ok = false;
                    problems.add(new ProfileProblem(at + "/" + l.getKey(), "zh-CN".equals(l.getKey())
                            || "en".equals(l.getKey()) ? "expected a text of 1 to " + LegalBasis.MAX_LENGTH
                                    + " characters" : "unknown language; expected zh-CN and en"));
                }
            }
            if (ok && (zh == null || en == null)) {
                problems.add(new ProfileProblem(at, "expected a citation in both zh-CN and en"));
            } else if (ok) {
                bases.put(rule, LegalBasis.of(zh, en));
            }
        }
    }

    private static String describe(Parameter.Type t) {
        switch (t) {
            case CODES:
                return "an array of up to 32 codes of 1 to 8 upper-case letters or digits";
            case DAYS:
                return "a whole number of days from 0 to 3650";
            case HOURS:
                return "a whole number of hours from 0 to 87600";
            case COUNT:
                return "a whole number from 1 to 100000";
            case DECIMAL:
                return "a number greater than 0 and at most 1000";
            case FLAG:
                return "true or false";
            default:
                return "a text of 1 to 32 characters";
        }
    }

    /** The rule of a key, or null with a problem at the pointer. */
    private static RuleCode ruleCode(String key, String at, List<ProfileProblem> problems) {
        try {
            return RuleCode.valueOf(key);
        } catch (IllegalArgumentException ex) {
            problems.add(new ProfileProblem(at, "unknown rule code"));
            return null;
        }
    }

    private static void readSeverities(JsonNode v, Map<RuleCode, Severity> severities,
            List<ProfileProblem> problems) {
        if (!v.isObject()) {
            problems.add(new ProfileProblem("/severities", "expected an object"));
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = v.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            String at = "/severities/" + e.getKey();
            RuleCode rule = ruleCode(e.getKey(), at, problems);
            if (rule == null) {
                continue;
            }
            String s = e.getValue().isTextual() ? e.getValue().asText() : "";
            if ("OFF".equals(s)) {
                severities.put(rule, null);
                continue;
            }
            try {
                severities.put(rule, Severity.valueOf(s));
            } catch (IllegalArgumentException ex) {
                problems.add(new ProfileProblem(at, "expected ERROR, WARNING, INFO or OFF"));
            }
        }
    }
}
