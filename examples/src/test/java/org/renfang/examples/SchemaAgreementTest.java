package org.renfang.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.renfang.examples.generator.RegistryGenerator;
import org.renfang.model.RegistryDocument;
import org.renfang.model.json.JsonSchemas;
import org.renfang.model.json.RegistryReader;
import org.renfang.registry.Registry;
import org.renfang.registry.RegistryView;
import org.renfang.validation.Report;
import org.renfang.validation.Validator;
import org.renfang.validation.finding.Finding;
import org.renfang.validation.finding.RuleCode;
import org.renfang.validation.profile.Profiles;

/**
 * The JSON Schemas in {@code docs/schema} and the Java reader agree on what is well-formed: every
 * JSON document of the repository's tests and samples, the generator's output, and single-field
 * mutations of a document that has every field (each field removed, set to null, to a number, a
 * string, an array, an object; an unknown field added to each object) go through both, and both
 * say well-formed or both say not. Java's verdict is that of field-level shape: no
 * {@code JSON_MALFORMED}, {@code FIELD_INVALID} or {@code FIELD_REQUIRED} finding (the
 * consistency rules are not what the schema describes). It also keeps {@code docs/wire-format.md}
 * in step: each record table lists exactly its schema definition's fields, and its examples are
 * well-formed for both.
 */
class SchemaAgreementTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 26);
    private static final Set<RuleCode> SHAPE = EnumSet.of(RuleCode.JSON_MALFORMED, RuleCode.FIELD_INVALID,
            RuleCode.FIELD_REQUIRED);
    /** A strict tree reader for the schema side: duplicate keys and trailing tokens are not JSON documents. */
    private static final JsonMapper TREE = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();
    private static final Validator VALIDATOR = Validator.of(Profiles.load("CN"));

    private static Schema registrySchema;
    private static Schema registrationSchema;
    private static Schema reportSchema;
    /** Every report made while judging, in JSON, each of which the report schema must accept. */
    private static final List<String> REPORT_PROBLEMS = new ArrayList<>();

    @TempDir
    static Path dir;

    @BeforeAll
    static void schemas() {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                b -> b.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
        registrySchema = registry.getSchema(JsonSchemas.text(JsonSchemas.Document.REGISTRY), InputFormat.JSON);
        registrationSchema = registry.getSchema(JsonSchemas.text(JsonSchemas.Document.REGISTRATION), InputFormat.JSON);
        reportSchema = registry.getSchema(JsonSchemas.text(JsonSchemas.Document.REPORT), InputFormat.JSON);
    }

    @Test
    void everyReport_fitsTheReportSchema_inBothLanguages() throws IOException {
        Report sample = VALIDATOR.check(Sample.registry(), AS_OF);
        List<String> problems = new ArrayList<>();
        for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
            problems.addAll(reportSchema.validate(sample.toJson(locale), InputFormat.JSON).stream()
                    .map(Object::toString).toList());
        }
        for (Path file : documents()) {
            judge(file.toString(), Files.readAllBytes(file), file.toString().contains("PayloadFuzzTestInputs"));
        }
        assertThat(sample.findings()).isNotEmpty();
        assertThat(problems).isEmpty();
        assertThat(REPORT_PROBLEMS).isEmpty();
    }

    @Test
    void everyJsonDocumentOfTheRepository_isJudgedAlike() throws IOException {
        List<String> disagreements = new ArrayList<>();
        int judged = 0;
        for (Path file : documents()) {
            byte[] bytes = Files.readAllBytes(file);
            boolean payload = file.toString().contains("PayloadFuzzTestInputs");
            disagreements.addAll(judge(file.toString(), bytes, payload));
            judged++;
        }
        assertThat(judged).as("documents found").isGreaterThan(30);
        assertThat(disagreements).isEmpty();
    }

    @Test
    void generatorOutput_isJudgedAlike_andWellFormedWithoutInjectedViolations() throws IOException {
        Path clean = dir.resolve("clean.json");
        Path injected = dir.resolve("injected.json");
        RegistryGenerator.builder().persons(300).seed(11).violationRate(0).build().generate(clean, null);
        RegistryGenerator.builder().persons(300).seed(11).violationRate(0.3).build().generate(injected, null);

        assertThat(judge("generated, clean", Files.readAllBytes(clean), false)).isEmpty();
        assertThat(isWellFormedForSchema(Files.readAllBytes(clean), registrySchema)).isTrue();
        assertThat(judge("generated, with violations", Files.readAllBytes(injected), false)).isEmpty();
    }

    @Test
    void singleFieldMutations_areJudgedAlike() throws IOException {
        Path full = Path.of("..", "core", "src", "test", "resources", "org", "renfang", "model", "json",
                "RegistryReaderFuzzTestInputs", "readRegistry", "full.json");
        JsonNode base = TREE.readTree(Files.readAllBytes(full));
        List<String> disagreements = new ArrayList<>();
        Map<String, JsonNode> mutants = new java.util.LinkedHashMap<>();
        mutate(base, base, "", mutants::put);
        for (Map.Entry<String, JsonNode> m : mutants.entrySet()) {
            for (boolean payload : new boolean[] {false, true}) {
                ObjectNode doc = m.getValue().deepCopy();
                if (payload && doc.path("schema").asText().equals(RegistryDocument.REGISTRY_SCHEMA)) {
                    doc.put("schema", RegistryDocument.REGISTRATION_SCHEMA);
                }
                disagreements.addAll(judge((payload ? "payload " : "registry ") + m.getKey(),
                        TREE.writeValueAsBytes(doc), payload));
            }
        }
        assertThat(mutants).hasSizeGreaterThan(500);
        assertThat(disagreements).isEmpty();
    }

    @Test
    void wireFormatDoc_tablesListExactlyTheSchemaFields() throws IOException {
        String doc = Files.readString(WIRE_FORMAT);
        JsonNode defs = TREE.readTree(JsonSchemas.text(JsonSchemas.Document.REGISTRY)).get("$defs");
        List<String> problems = new ArrayList<>();
        defs.fieldNames().forEachRemaining(name -> {
            JsonNode def = defs.get(name);
            if (!"object".equals(def.path("type").asText())) {
                return;
            }
            int at = doc.indexOf("\n### " + name + "\n");
            if (at < 0) {
                problems.add("no section ### " + name);
                return;
            }
            int end = doc.indexOf("\n#", at + 5);
            java.util.Set<String> documented = new java.util.TreeSet<>();
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?m)^\\| `([A-Za-z]+)`")
                    .matcher(doc.substring(at, end < 0 ? doc.length() : end));
            while (m.find()) {
                documented.add(m.group(1));
            }
            java.util.Set<String> inSchema = new java.util.TreeSet<>();
            def.get("properties").fieldNames().forEachRemaining(inSchema::add);
            if (!documented.equals(inSchema)) {
                problems.add(name + ": the page lists " + documented + ", the schema " + inSchema);
            }
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void wireFormatDoc_examplesAreWellFormed_andTheReportFitsItsSchema() throws IOException {
        List<String> blocks = jsonBlocks(Files.readString(WIRE_FORMAT));
        assertThat(blocks).hasSize(3);
        byte[] registry = blocks.get(0).getBytes(StandardCharsets.UTF_8);
        byte[] payload = blocks.get(1).getBytes(StandardCharsets.UTF_8);

        assertThat(judge("registry example", registry, false)).isEmpty();
        assertThat(isWellFormedForSchema(registry, registrySchema)).isTrue();
        assertThat(judge("payload example", payload, true)).isEmpty();
        assertThat(isWellFormedForSchema(payload, registrationSchema)).isTrue();
        assertThat(reportSchema.validate(blocks.get(2), InputFormat.JSON)).isEmpty();
        assertThat(TREE.readTree(blocks.get(2)).get("schema").asText()).isEqualTo("renfang/report@1");
    }

    private static final Path WIRE_FORMAT = Path.of("..", "docs", "wire-format.md");

    private static List<String> jsonBlocks(String markdown) {
        List<String> out = new ArrayList<>();
        int from = 0;
        while (true) {
            int a = markdown.indexOf("```json\n", from);
            if (a < 0) {
                return out;
            }
            int b = markdown.indexOf("\n```", a + 8);
            out.add(markdown.substring(a + 8, b));
            from = b + 4;
        }
    }

    // -----------------------------------------------------------------------------------------

    /** Both verdicts of one document; a line per disagreement. */
    /**
     * Which division-code system a premises address uses (GB/T 2260 or AGS/ARS) is the profile's
     * judgement, not the wire format's: the schema checks the code's shape (6, 8, 9 or 12 digits)
     * for every profile, so the profile's own check is left out of the comparison.
     */
    private static boolean isProfileDivisionCheck(Finding f) {
        return f.rule() == RuleCode.FIELD_INVALID && f.path().endsWith("/division")
                && f.params().getOrDefault("reason", "").startsWith("not a");
    }

    private static List<String> judge(String name, byte[] bytes, boolean payloadIfUnreadable) {
        JsonNode tree = parse(bytes);
        boolean payload = tree != null
                ? RegistryDocument.REGISTRATION_SCHEMA.equals(tree.path("schema").asText(null))
                : payloadIfUnreadable;
        Report report = payload
                ? VALIDATOR.validate(bytes, RegistryView.empty(), AS_OF)
                : VALIDATOR.check(readRegistry(bytes), AS_OF);
        reportSchema.validate(report.toJson(Locale.ENGLISH), InputFormat.JSON)
                .forEach(e -> REPORT_PROBLEMS.add(name + ": " + e));
        List<Finding> shape = report.findings().stream().filter(f -> SHAPE.contains(f.rule()))
                .filter(f -> !isProfileDivisionCheck(f)).toList();
        boolean java = shape.isEmpty();
        boolean schema = tree != null && isWellFormedForSchema(tree, payload ? registrationSchema : registrySchema);
        if (java == schema) {
            return List.of();
        }
        String why = java ? schemaErrors(tree, payload ? registrationSchema : registrySchema)
                : shape.get(0).rule() + " " + shape.get(0).path() + " " + shape.get(0).message(Locale.ENGLISH);
        return List.of(name + ": Java says " + (java ? "well-formed" : "not") + ", the schema says "
                + (schema ? "well-formed" : "not") + " — " + why);
    }

    private static Registry readRegistry(byte[] bytes) {
        try (InputStream in = new ByteArrayInputStream(bytes)) {
            return Registry.of(RegistryReader.readRegistry(in));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static JsonNode parse(byte[] bytes) {
        try {
            return TREE.readTree(bytes);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static boolean isWellFormedForSchema(byte[] bytes, Schema schema) {
        JsonNode tree = parse(bytes);
        return tree != null && isWellFormedForSchema(tree, schema);
    }

    private static boolean isWellFormedForSchema(JsonNode tree, Schema schema) {
        return schema.validate(text(tree), InputFormat.JSON).isEmpty();
    }

    private static String schemaErrors(JsonNode tree, Schema schema) {
        return schema.validate(text(tree), InputFormat.JSON).toString();
    }

    private static String text(JsonNode tree) {
        try {
            return TREE.writeValueAsString(tree);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** The JSON documents of the repository's tests and samples (registries and payloads, broken ones too). */
    private static List<Path> documents() throws IOException {
        List<Path> out = new ArrayList<>();
        for (String root : List.of("../core/src/test/resources", "../validation/src/test/resources",
                "../examples/src/test/resources", "../examples/src/main/resources", "../it/consumer")) {
            Path r = Path.of(root);
            if (!Files.isDirectory(r)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(r)) {
                files.filter(p -> p.toString().endsWith(".json")).filter(SchemaAgreementTest::isDocument)
                        .sorted().forEach(out::add);
            }
        }
        return out;
    }

    /** A registry or payload: in a reader's or validator's input folder, or naming a renfang document schema. */
    private static boolean isDocument(Path p) {
        String s = p.toString();
        if (s.contains("FuzzTestInputs")) {
            return true;
        }
        try {
            String head = new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
            return head.contains("\"renfang/registry@") || head.contains("\"renfang/registration@");
        } catch (IOException e) {
            return false;
        }
    }

    /** Every single-field mutation of every object under {@code node}, each applied to a copy of {@code root}. */
    private static void mutate(JsonNode root, JsonNode node, String at, java.util.function.BiConsumer<String, JsonNode> out) {
        if (node.isObject()) {
            List<String> names = new ArrayList<>();
            node.fieldNames().forEachRemaining(names::add);
            for (String field : names) {
                for (JsonNode replacement : replacements()) {
                    ObjectNode copy = (ObjectNode) root.deepCopy();
                    ((ObjectNode) locate(copy, root, node)).set(field, replacement);
                    out.accept(at + "/" + field + " := " + replacement, copy);
                }
                ObjectNode removed = (ObjectNode) root.deepCopy();
                ((ObjectNode) locate(removed, root, node)).remove(field);
                out.accept(at + "/" + field + " removed", removed);
            }
            ObjectNode unknown = (ObjectNode) root.deepCopy();
            ((ObjectNode) locate(unknown, root, node)).put("zzUnknown", 1);
            out.accept(at + "/zzUnknown added", unknown);
            for (String field : names) {
                mutate(root, node.get(field), at + "/" + field, out);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < Math.min(2, node.size()); i++) {      // the first two elements of each list
                mutate(root, node.get(i), at + "/" + i, out);
            }
        }
    }

    private static List<JsonNode> replacements() {
        JsonNodeFactory f = JsonNodeFactory.instance;
        return List.of(f.nullNode(), f.numberNode(7), f.textNode("x"), f.arrayNode(), f.objectNode(),
                f.booleanNode(true), f.textNode(""), f.textNode("2026-02-30"));
    }

    /** The node of {@code copy} at the place {@code target} has in {@code original}. */
    private static JsonNode locate(JsonNode copy, JsonNode original, JsonNode target) {
        if (original == target) {
            return copy;
        }
        if (original.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> it = original.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                JsonNode found = locate(copy.get(e.getKey()), e.getValue(), target);
                if (found != null) {
                    return found;
                }
            }
        } else if (original.isArray()) {
            for (int i = 0; i < original.size(); i++) {
                JsonNode found = locate(copy.get(i), original.get(i), target);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }


}
