package org.renfang.model.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.renfang.model.Address;
import org.renfang.model.Basis;
import org.renfang.model.Employment;
import org.renfang.model.Enrollment;
import org.renfang.model.Filing;
import org.renfang.model.IdentityDocument;
import org.renfang.model.Lease;
import org.renfang.model.Organization;
import org.renfang.model.Party;
import org.renfang.model.Person;
import org.renfang.model.Premises;
import org.renfang.model.ProviderConfirmation;
import org.renfang.model.RegistryDocument;
import org.renfang.model.RentalRegister;
import org.renfang.model.Residence;
import org.renfang.model.Room;
import org.renfang.model.Visit;

/**
 * The JSON Schemas cannot drift from the model: every {@code @JsonProperty} of every record type
 * is a property of its schema definition, required exactly when the model requires it (not
 * optional, not a list, no default), with the model's enum values; a schema property the model
 * lacks is one of the format's fields that the code does not read yet ({@link #NOT_YET_IN_MODEL});
 * every value type the model reaches has its definition. The jar's copies equal
 * {@code docs/schema/}.
 */
class JsonSchemasTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The model's value types and the schema definitions that describe them. */
    private static final Map<Class<?>, String> DEFINITIONS = new LinkedHashMap<>();

    static {
        DEFINITIONS.put(Person.class, "person");
        DEFINITIONS.put(IdentityDocument.class, "document");
        DEFINITIONS.put(Organization.class, "organization");
        DEFINITIONS.put(Address.class, "address");
        DEFINITIONS.put(Premises.class, "premises");
        DEFINITIONS.put(Room.class, "room");
        DEFINITIONS.put(Lease.class, "lease");
        DEFINITIONS.put(Filing.class, "filing");
        DEFINITIONS.put(Party.class, "party");
        DEFINITIONS.put(Employment.class, "employment");
        DEFINITIONS.put(Enrollment.class, "enrollment");
        DEFINITIONS.put(Residence.class, "residence");
        DEFINITIONS.put(Basis.class, "basis");
        DEFINITIONS.put(Visit.class, "visit");
        DEFINITIONS.put(RentalRegister.class, "rentalRegister");
        DEFINITIONS.put(ProviderConfirmation.class, "providerConfirmation");
    }

    /**
     * Fields of the format (docs/wire-format.md) that the model does not have yet: the schema
     * describes them already. When one lands in the model, the test checks it like any other;
     * remove it here then.
     */
    private static final Set<String> NOT_YET_IN_MODEL = Set.of();

    @ParameterizedTest
    @EnumSource(JsonSchemas.Document.class)
    void jarCopy_equalsDocsSchema(JsonSchemas.Document document) throws IOException {
        Path docs = Path.of("..", "docs", "schema", document.fileName());

        assertThat(JsonSchemas.text(document)).isEqualTo(Files.readString(docs));
        assertThat(JSON.readTree(JsonSchemas.text(document)).isObject()).isTrue();
    }

    @Test
    void registryAndRegistration_shareTheirDefinitions_andDifferInTheHeader() throws IOException {
        JsonNode registry = schema(JsonSchemas.Document.REGISTRY);
        JsonNode registration = schema(JsonSchemas.Document.REGISTRATION);

        assertThat(registration.get("$defs")).isEqualTo(registry.get("$defs"));
        assertThat(registry.at("/properties/schema/const").asText()).isEqualTo(RegistryDocument.REGISTRY_SCHEMA);
        assertThat(registration.at("/properties/schema/const").asText()).isEqualTo(RegistryDocument.REGISTRATION_SCHEMA);
    }

    @Test
    void documentProperties_areTheModelsCollections() throws IOException {
        JsonNode registry = schema(JsonSchemas.Document.REGISTRY);

        assertThat(names(registry.get("properties"))).isEqualTo(jsonProperties(RegistryDocument.class).keySet());
    }

    @Test
    void everyModelField_isInItsDefinition_requiredAsInTheModel_withItsEnumValues() throws IOException {
        JsonNode defs = schema(JsonSchemas.Document.REGISTRY).get("$defs");
        List<String> problems = new ArrayList<>();
        for (Map.Entry<Class<?>, String> e : DEFINITIONS.entrySet()) {
            JsonNode def = defs.get(e.getValue());
            assertThat(def).as(e.getValue()).isNotNull();
            Set<String> schemaProps = names(def.get("properties"));
            Set<String> schemaRequired = new TreeSet<>();
            def.path("required").forEach(n -> schemaRequired.add(n.asText()));
            Map<String, Method> model = jsonProperties(e.getKey());
            for (Map.Entry<String, Method> p : model.entrySet()) {
                String where = e.getValue() + "." + p.getKey();
                if (!schemaProps.contains(p.getKey())) {
                    problems.add(where + " is in the model but not in the schema");
                    continue;
                }
                boolean required = isRequired(p.getValue());
                if (required != schemaRequired.contains(p.getKey())) {
                    problems.add(where + " is " + (required ? "" : "not ") + "required in the model");
                }
                Class<?> enumType = enumType(p.getValue().getGenericReturnType());
                if (enumType != null) {
                    Set<String> javaValues = new TreeSet<>();
                    Arrays.stream(enumType.getEnumConstants()).forEach(c -> javaValues.add(((Enum<?>) c).name()));
                    Set<String> schemaValues = enumValues(def.get("properties").get(p.getKey()));
                    if (!javaValues.equals(schemaValues)) {
                        problems.add(where + " enum " + javaValues + " but the schema has " + schemaValues);
                    }
                }
            }
            for (String s : schemaProps) {
                if (!model.containsKey(s) && !NOT_YET_IN_MODEL.contains(e.getValue() + "." + s)) {
                    problems.add(e.getValue() + "." + s + " is in the schema but not in the model");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyValueTypeTheModelReaches_hasADefinition() {
        Set<String> unmapped = new TreeSet<>();
        for (Class<?> type : DEFINITIONS.keySet()) {
            for (Method m : jsonProperties(type).values()) {
                Class<?> value = valueType(m.getGenericReturnType());
                // @Value.Immutable is not kept at run time; every value type names its Jackson implementation
                if (value.getPackageName().equals("org.renfang.model") && value.isInterface()
                        && value.isAnnotationPresent(JsonDeserialize.class) && !DEFINITIONS.containsKey(value)) {
                    unmapped.add(type.getSimpleName() + "." + m.getName() + " -> " + value.getSimpleName());
                }
            }
        }
        assertThat(unmapped).as("value types without a schema definition (add them to the schema and to DEFINITIONS)")
                .isEmpty();
    }

    @Test
    void valueTypes_areRecognized_soTheCheckAboveCanFail() {
        // the check above finds value types by @JsonDeserialize; it must see the mapped ones
        for (Class<?> type : DEFINITIONS.keySet()) {
            assertThat(type.isAnnotationPresent(JsonDeserialize.class)).as(type.getSimpleName()).isTrue();
        }
    }

    @Test
    void openApiComponents_referToTheThreeSchemas() throws IOException {
        JsonNode openapi = schema(JsonSchemas.Document.OPENAPI_COMPONENTS);

        assertThat(openapi.get("openapi").asText()).isEqualTo("3.1.0");
        assertThat(openapi.at("/components/schemas/RegistrationPayload/$ref").asText()).isEqualTo("registration.schema.json");
        assertThat(openapi.at("/components/schemas/Registry/$ref").asText()).isEqualTo("registry.schema.json");
        assertThat(openapi.at("/components/schemas/Report/$ref").asText()).isEqualTo("report.schema.json");
        JsonNode defs = schema(JsonSchemas.Document.REGISTRY).get("$defs");
        openapi.at("/components/schemas").forEach(ref -> {
            String target = ref.get("$ref").asText();
            if (target.startsWith("registry.schema.json#/$defs/")) {
                assertThat(defs.has(target.substring("registry.schema.json#/$defs/".length()))).as(target).isTrue();
            }
        });
    }

    // -----------------------------------------------------------------------------------------

    private static JsonNode schema(JsonSchemas.Document d) throws IOException {
        return JSON.readTree(JsonSchemas.text(d));
    }

    private static Set<String> names(JsonNode object) {
        Set<String> out = new TreeSet<>();
        object.fieldNames().forEachRemaining(out::add);
        return out;
    }

    /** The JSON property names of a model type, from its (inherited) accessor annotations. */
    static Map<String, Method> jsonProperties(Class<?> type) {
        Map<String, Method> out = new LinkedHashMap<>();
        for (Method m : type.getMethods()) {
            JsonProperty p = m.getAnnotation(JsonProperty.class);
            if (p != null && m.getParameterCount() == 0) {
                out.putIfAbsent(p.value(), m);
            }
        }
        return out;
    }

    /**
     * Required on the wire: not Optional, not a list or set (missing reads as empty), not a
     * primitive (the model's defaults, {@code @Value.Default}, are booleans; that annotation is
     * not kept at run time).
     */
    private static boolean isRequired(Method m) {
        return !Optional.class.equals(m.getReturnType()) && !java.util.Collection.class.isAssignableFrom(m.getReturnType())
                && !m.getReturnType().isPrimitive();
    }

    private static Class<?> valueType(Type t) {
        if (t instanceof ParameterizedType p) {
            return valueType(p.getActualTypeArguments()[0]);
        }
        if (t instanceof java.lang.reflect.AnnotatedType a) {
            return valueType(a.getType());
        }
        return t instanceof Class<?> c ? c : Object.class;
    }

    private static Class<?> enumType(Type t) {
        Class<?> c = valueType(t);
        return c.isEnum() ? c : null;
    }

    private static Set<String> enumValues(JsonNode property) {
        Set<String> out = new TreeSet<>();
        JsonNode items = property.has("items") ? property.get("items") : property;
        JsonNode values = items.get("enum");
        if (values != null) {
            values.forEach(v -> {
                if (!v.isNull()) {
                    out.add(v.asText());
                }
            });
        }
        return out;
    }
}
