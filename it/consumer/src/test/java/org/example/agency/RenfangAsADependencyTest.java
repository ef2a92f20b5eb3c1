package org.example.agency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.renfang.model.PremisesId;
import org.renfang.qr.DoorLabel;
import org.renfang.qr.KeyRing;
import org.renfang.qr.LabelIssuer;
import org.renfang.qr.LabelPrivateKey;
import org.renfang.qr.LabelReader;
import org.renfang.qr.LabelReading;
import org.renfang.qr.LabelStatus;
import org.renfang.qr.RevocationList;
import org.renfang.registry.RegistryView;
import org.renfang.validation.Report;
import org.renfang.validation.Validator;
import org.renfang.validation.finding.Finding;
import org.renfang.validation.profile.Profiles;

/**
 * An agency's system using renfang from Maven Central coordinates, as README.md and
 * docs/door-labels-java.md show: validate a registration payload, issue a door label and read it.
 */
class RenfangAsADependencyTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 26);

    private static final String PAYLOAD = """
            {"schema": "renfang/registration@1",
             "persons": [{"id": "P1", "name": "Test Person", "birthDate": "1976-05-12", "nationality": "CHN",
                          "documents": [{"type": "CN_RESIDENT_ID", "number": "650203197605120316"}]}],
             "premises": [{"id": "H1", "address": {"division": "650203", "line": "Youyi Road 106"},
                           "kind": "%s", "use": "RESIDENTIAL", "floorArea": 86.4, "owner": {"person": "P1"}}]}
            """;

    private final Validator validator = Validator.of(Profiles.load("CN"));

    @Test
    void wellFormedPayload_isValid() {
        Report report = validator.validate(PAYLOAD.formatted("APARTMENT").getBytes(StandardCharsets.UTF_8),
                RegistryView.empty(), AS_OF);

        assertTrue(report.isValid(), () -> report.toJson(java.util.Locale.ENGLISH));
    }

    @Test
    void unknownEnumValue_isAFieldFindingAtItsPointer() {
        Report report = validator.validate(PAYLOAD.formatted("CASTLE").getBytes(StandardCharsets.UTF_8),
                RegistryView.empty(), AS_OF);

        assertFalse(report.isValid());
        List<String> found = report.findings().stream()
                .map(f -> f.rule() + " " + f.path())
                .collect(Collectors.toList());
        assertTrue(found.contains("FIELD_INVALID /premises/0/kind"), found::toString);
    }

    @Test
    void issuedLabel_readsBackValid_andRevokedOnceRevoked() {
        LabelPrivateKey key = LabelPrivateKey.generate();
        DoorLabel label = DoorLabel.of("650203", PremisesId.of("H1"), 7, AS_OF, AS_OF.plusYears(5));
        String text = LabelIssuer.of(key).issue(label);
        KeyRing trusted = KeyRing.of(key.publicKey());
        Instant scan = Instant.parse("2027-01-15T02:00:00Z");

        LabelReading reading = LabelReader.of(trusted, RevocationList.empty()).read(text, PremisesId.of("H1"), scan);
        LabelReading revoked = LabelReader.of(trusted, RevocationList.empty().with("650203", 7))
                .read(text, PremisesId.of("H1"), scan);

        assertEquals(LabelStatus.VALID, reading.status());
        assertEquals(label, reading.label());
        assertEquals(LabelStatus.REVOKED, revoked.status());
    }

    @Test
    void findingsNameRecordsById_neverByPersonalData() {
        Report report = validator.validate(PAYLOAD.formatted("CASTLE").getBytes(StandardCharsets.UTF_8),
                RegistryView.empty(), AS_OF);
        for (Finding f : report.findings()) {
            String message = f.message(java.util.Locale.ENGLISH);
            assertFalse(message.contains("Test Person") || message.contains("650203197605120316"), message);
        }
    }
}
