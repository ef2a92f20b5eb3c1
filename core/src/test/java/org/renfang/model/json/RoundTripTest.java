package org.renfang.model.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import java.io.ByteArrayInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.renfang.model.Address;
import org.renfang.model.Basis;
import org.renfang.model.Filing;
import org.renfang.model.IdentityDocument;
import org.renfang.model.Party;
import org.renfang.model.RecordType;
import org.renfang.model.RegistryDocument;
import org.renfang.model.Room;
import org.renfang.model.source.JsonProblem;
import org.renfang.model.source.ReadResult;

/**
 * Hand-built documents through the wire format: read → write → read gives equal values and the
 * same bytes, fields come out in their declared order, and an unknown or repeated field of any
 * record type or nested type is reported at its exact pointer.
 */
class RoundTripTest {

    /** The types nested in records, by the field that holds them. */
    private static final Map<String, Class<?>> NESTED = Map.of(
            "documents", IdentityDocument.class,
            "householdRegistration", Address.class,
            "address", Address.class,
            "owner", Party.class,
            "rooms", Room.class,
            "lessor", Party.class,
            "filing", Filing.class,
            "basis", Basis.class,
            "rentalRegister", org.renfang.model.RentalRegister.class,
            "providerConfirmation", org.renfang.model.ProviderConfirmation.class);

    private static byte[] write(RegistryDocument d) {
        try {
            return RenfangJson.registryMapper().writeValueAsBytes(d);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ReadResult read(byte[] json) {
        return RegistryReader.readRegistry(new ByteArrayInputStream(json));
    }

    private static ReadResult read(String json) {
        return read(json.getBytes(StandardCharsets.UTF_8));
    }

    private static JsonNode tree(byte[] json) {
        try {
            return RenfangJson.registryMapper().readTree(json);
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Stream<Arguments> documents() {
        return Stream.of(Arguments.of("full", Documents.full()), Arguments.of("minimal", Documents.minimal()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void writeThenRead_givesEqualValues_andTheSameBytes(String name, RegistryDocument doc) {
        byte[] json = write(doc);
        ReadResult r = read(json);
        assertThat(r.problems()).isEmpty();
        assertThat(r.document()).isEqualTo(doc);
        assertThat(write(r.document())).isEqualTo(json);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void payloadReader_readsTheSameDocument(String name, RegistryDocument doc) {
        ReadResult r = RegistryReader.readPayload(write(doc));
        assertThat(r.problems()).isEmpty();
        assertThat(r.document()).isEqualTo(doc);
    }

    @Test
    void fullDocument_writesEveryFieldOfEveryType_inDeclaredOrder() {
        Map<Class<?>, Set<String>> seen = new LinkedHashMap<>();
        checkOrder(tree(write(Documents.full())), RegistryDocument.class, "", seen);
        for (Map.Entry<Class<?>, Set<String>> e : seen.entrySet()) {
            assertThat(e.getValue()).as("fields of %s written somewhere", e.getKey().getSimpleName())
                    .containsExactlyInAnyOrder(declared(e.getKey()).toArray(String[]::new));
        }
        assertThat(seen.keySet()).hasSize(RecordType.values().length + 1 + Set.copyOf(NESTED.values()).size());
    }

    private static final String LEASE_HEAD = "{\"schema\":\"renfang/registry@1\",\"persons\":[],\"organizations\":[],"
            + "\"premises\":[],\"leases\":[{\"id\":\"L1\","
            + "\"premises\":\"H1\",\"rooms\":[],\"lessor\":{\"person\":\"P9\"},\"lessees\":";
    private static final String LEASE_TAIL = ",\"occupants\":[],\"start\":\"2026-03-01\",\"end\":\"2026-03-01\","
            + "\"subletPermitted\":false}],\"employments\":[],\"enrollments\":[],\"residences\":[],\"visits\":[]}";

    /**
     * Lessees as read and as written back: person id strings and organization objects as written;
     * a person party object as the id string.
     */
    static Stream<Arguments> lessees() {
        Party p1 = Party.of(org.renfang.model.PersonId.of("P1"));
        return Stream.of(
                Arguments.of("[\"P1\",\"P2\"]", List.of(p1, Party.of(org.renfang.model.PersonId.of("P2"))),
                        "[\"P1\",\"P2\"]"),
                Arguments.of("[{\"organization\":\"O2\"},\"P1\"]",
                        List.of(Party.of(org.renfang.model.OrganizationId.of("O2")), p1),
                        "[{\"organization\":\"O2\"},\"P1\"]"),
                Arguments.of("[{\"person\":\"P1\"}]", List.of(p1), "[\"P1\"]"));
    }

    @ParameterizedTest
    @MethodSource("lessees")
    void lessees_readAsParties_andWriteBack(String lessees, List<Party> parties, String writtenBack) {
        String json = LEASE_HEAD + lessees + LEASE_TAIL;
        ReadResult r = read(json);
        assertThat(r.problems()).isEmpty();
        assertThat(r.document().leases().get(0).lessees()).containsExactlyElementsOf(parties);
        assertThat(new String(write(r.document()), StandardCharsets.UTF_8))
                .isEqualTo(LEASE_HEAD + writtenBack + LEASE_TAIL);
        assertThat(RegistryReader.readPayload(json.getBytes(StandardCharsets.UTF_8)).document())
                .isEqualTo(r.document());
    }

    @Test
    void lessees_aNumberOrAPartyWithBoth_isAProblemAtTheEntry() {
        assertThat(read(LEASE_HEAD + "[3]" + LEASE_TAIL).problems()).extracting(JsonProblem::pointer)
                .containsExactly("/leases/0/lessees/0");
        assertThat(read(LEASE_HEAD + "[{\"person\":\"P1\",\"organization\":\"O1\"}]" + LEASE_TAIL).problems())
                .extracting(JsonProblem::pointer).containsExactly("/leases/0/lessees/0/organization");
    }

    @Test
    void household_true_isWritten_false_isLeftOut() {
        String json = LEASE_HEAD + "[\"P1\"]" + LEASE_TAIL;
        ReadResult r = read(json.replace(",\"start\"", ",\"household\":true,\"start\""));
        assertThat(r.document().leases().get(0).household()).isTrue();
        assertThat(new String(write(r.document()), StandardCharsets.UTF_8)).contains("\"occupants\":[],\"household\":true,");
        assertThat(read(json).document().leases().get(0).household()).isFalse();
    }

    @Test
    void minimalDocument_writesRequiredFields_defaultsAndEmptyLists() {
        String json = new String(write(Documents.minimal()), StandardCharsets.UTF_8);
        assertThat(json).isEqualTo("{\"schema\":\"renfang/registry@1\","
                + "\"persons\":[{\"id\":\"P1\",\"name\":\"n\",\"documents\":[]}],"
                + "\"organizations\":[{\"id\":\"O1\",\"name\":\"o\",\"kinds\":[]}],"
                + "\"premises\":[{\"id\":\"H1\",\"address\":{\"division\":\"650203\",\"line\":\"l\"},"
                + "\"kind\":\"ROOM\",\"use\":\"RESIDENTIAL\",\"rooms\":[],\"flags\":[],\"inResidentialCompound\":false}],"
                + "\"leases\":[{\"id\":\"L1\",\"premises\":\"H1\",\"rooms\":[],\"lessor\":{\"person\":\"P1\"},"
                + "\"lessees\":[],\"occupants\":[],\"start\":\"2026-03-01\",\"end\":\"2026-03-01\",\"subletPermitted\":false}],"
                + "\"employments\":[{\"id\":\"E1\",\"person\":\"P1\",\"employer\":\"O1\",\"start\":\"2026-03-01\"}],"
                + "\"enrollments\":[{\"id\":\"S1\",\"person\":\"P1\",\"school\":\"O1\",\"start\":\"2026-03-01\"}],"
                + "\"residences\":[{\"id\":\"R1\",\"person\":\"P1\",\"premises\":\"H1\",\"basis\":{\"type\":\"OWNER\"},"
                + "\"movedIn\":\"2026-03-01\",\"registeredOn\":\"2026-03-01\"}],"
                + "\"visits\":[{\"id\":\"V1\",\"premises\":\"H1\",\"agency\":\"O1\",\"at\":\"2026-04-01T10:00:00Z\","
                + "\"purpose\":\"OTHER\"}]}");
    }

    @Test
    void requiredFieldsOnly_withoutEmptyListsAndDefaults_readsAsTheMinimalDocument() {
        String json = "{\"schema\":\"renfang/registry@1\","
                + "\"persons\":[{\"id\":\"P1\",\"name\":\"n\",\"documents\":[]}],"
                + "\"organizations\":[{\"id\":\"O1\",\"name\":\"o\"}],"
                + "\"premises\":[{\"id\":\"H1\",\"address\":{\"division\":\"650203\",\"line\":\"l\"},"
                + "\"kind\":\"ROOM\",\"use\":\"RESIDENTIAL\"}],"
                + "\"leases\":[{\"id\":\"L1\",\"premises\":\"H1\",\"lessor\":{\"person\":\"P1\"},\"lessees\":[],"
                + "\"start\":\"2026-03-01\",\"end\":\"2026-03-01\"}],"
                + "\"employments\":[{\"id\":\"E1\",\"person\":\"P1\",\"employer\":\"O1\",\"start\":\"2026-03-01\"}],"
                + "\"enrollments\":[{\"id\":\"S1\",\"person\":\"P1\",\"school\":\"O1\",\"start\":\"2026-03-01\"}],"
                + "\"residences\":[{\"id\":\"R1\",\"person\":\"P1\",\"premises\":\"H1\",\"basis\":{\"type\":\"OWNER\"},"
                + "\"movedIn\":\"2026-03-01\",\"registeredOn\":\"2026-03-01\"}],"
                + "\"visits\":[{\"id\":\"V1\",\"premises\":\"H1\",\"agency\":\"O1\",\"at\":\"2026-04-01T10:00:00Z\","
                + "\"purpose\":\"OTHER\"}]}";
        ReadResult r = read(json);
        assertThat(r.problems()).isEmpty();
        assertThat(r.document()).isEqualTo(Documents.minimal());
    }

    // -----------------------------------------------------------------------------------------
    // Unknown and repeated fields

    /**
     * Every record type and every nested type: the object at a pointer into the full document,
     * and the first field written in it.
     */
    static Stream<Arguments> objects() {
        return Stream.of(
                Arguments.of("/persons/0", "id"),
                Arguments.of("/persons/0/documents/0", "type"),
                Arguments.of("/persons/0/householdRegistration", "division"),
                Arguments.of("/organizations/0", "id"),
                Arguments.of("/premises/0", "id"),
                Arguments.of("/premises/0/address", "division"),
                Arguments.of("/premises/0/owner", "person"),
                Arguments.of("/premises/0/rooms/1", "id"),
                Arguments.of("/leases/0", "id"),
                Arguments.of("/leases/0/lessor", "organization"),
                Arguments.of("/leases/0/filing", "number"),
                Arguments.of("/employments/0", "id"),
                Arguments.of("/enrollments/0", "id"),
                Arguments.of("/residences/0", "id"),
                Arguments.of("/residences/2/basis", "type"),
                Arguments.of("/visits/0", "id"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("objects")
    void unknownField_isInvalidAtItsPointer_andTheRestIsRead(String at) {
        ObjectNode doc = (ObjectNode) tree(write(Documents.full()));
        ((ObjectNode) doc.at(at)).put("zzz", 1);
        ReadResult r = read(doc.toString());
        assertThat(r.problems()).containsExactly(new JsonProblem(JsonProblem.Kind.INVALID, at + "/zzz", "unknown field"));
        RecordType type = RecordType.ofJsonName(at.split("/")[1]);
        int record = Integer.parseInt(at.split("/")[2]);
        assertThat(r.document().size()).isEqualTo(Documents.full().size() - 1);
        if (record == 0 && collectionSize(r.document(), type) > 0) {
            assertThat(r.pointer(type, 0)).isEqualTo(type.pointer(1));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("objects")
    void repeatedField_isMalformedAtThePointerOfTheRepeat(String at, String firstField) {
        ObjectNode doc = (ObjectNode) tree(write(Documents.full()));
        ObjectNode target = (ObjectNode) doc.at(at);
        assertThat(target.fieldNames().next()).isEqualTo(firstField);
        String text = target.toString();
        replace(doc, at, "{\"" + firstField + "\":" + target.get(firstField) + "," + text.substring(1));
        ReadResult r = read(doc.toString());
        assertThat(r.problems()).containsExactly(
                new JsonProblem(JsonProblem.Kind.MALFORMED, at + "/" + firstField, "duplicate field"));
    }

    @Test
    void repeatedCollection_isMalformedAtTheCollection() {
        ReadResult r = read("{\"schema\":\"renfang/registry@1\",\"visits\":[],\"visits\":[]}");
        assertThat(r.problems()).containsExactly(new JsonProblem(JsonProblem.Kind.MALFORMED, "/visits", "duplicate field"));
    }

    @Test
    void unknownTopLevelField_isInvalid_andTheRecordsAreRead() {
        ObjectNode doc = (ObjectNode) tree(write(Documents.minimal()));
        doc.put("households", 3);
        ReadResult r = read(doc.toString());
        assertThat(r.problems()).containsExactly(new JsonProblem(JsonProblem.Kind.INVALID, "/households", "unknown field"));
        assertThat(r.document()).isEqualTo(Documents.minimal());
    }

    // -----------------------------------------------------------------------------------------

    private static int collectionSize(RegistryDocument d, RecordType type) {
        return switch (type) {
            case PERSONS -> d.persons().size();
            case ORGANIZATIONS -> d.organizations().size();
            case PREMISES -> d.premises().size();
            case LEASES -> d.leases().size();
            case EMPLOYMENTS -> d.employments().size();
            case ENROLLMENTS -> d.enrollments().size();
            case RESIDENCES -> d.residences().size();
            case VISITS -> d.visits().size();
        };
    }

    /** Replaces the node at a pointer by raw JSON text. */
    private static void replace(ObjectNode doc, String at, String raw) {
        int slash = at.lastIndexOf('/');
        JsonNode parent = doc.at(at.substring(0, slash));
        String last = at.substring(slash + 1);
        if (parent.isArray()) {
            ((com.fasterxml.jackson.databind.node.ArrayNode) parent).set(Integer.parseInt(last),
                    doc.rawValueNode(new RawValue(raw)));
        } else {
            ((ObjectNode) parent).putRawValue(last, new RawValue(raw));
        }
    }

    private static List<String> declared(Class<?> type) {
        return List.of(type.getAnnotation(JsonPropertyOrder.class).value());
    }

    /** Checks that the fields of an object come in the declared order of its type, recursively. */
    private static void checkOrder(JsonNode node, Class<?> type, String pointer, Map<Class<?>, Set<String>> seen) {
        List<String> order = declared(type);
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        assertThat(order).as("declared fields of %s at %s", type.getSimpleName(), pointer).containsAll(names);
        assertThat(names).as("field order at %s", pointer)
                .isSortedAccordingTo((a, b) -> Integer.compare(order.indexOf(a), order.indexOf(b)));
        seen.computeIfAbsent(type, t -> new LinkedHashSet<>()).addAll(names);
        for (String name : names) {
            Class<?> child = type == RegistryDocument.class
                    ? (name.equals("schema") ? null : RecordType.ofJsonName(name).type())
                    : NESTED.get(name);
            if (child == null || (name.equals("rooms") && type != org.renfang.model.Premises.class)) {
                continue;
            }
            JsonNode value = node.get(name);
            if (value.isArray()) {
                for (int i = 0; i < value.size(); i++) {
                    checkOrder(value.get(i), child, pointer + "/" + name + "/" + i, seen);
                }
            } else {
                checkOrder(value, child, pointer + "/" + name, seen);
            }
        }
    }
}
