package org.renfang.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.renfang.model.PremisesId;
import org.renfang.qr.DoorLabel;
import org.renfang.qr.KeyRing;
import org.renfang.qr.LabelImages;
import org.renfang.qr.LabelReader;
import org.renfang.qr.LabelReading;
import org.renfang.qr.RevocationList;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code renfang label read}: reads a door label from its text or from an image, verifies it
 * and prints the outcome; exit 0 only for VALID.
 */
@Command(name = "read", mixinStandardHelpOptions = true, version = RenfangCommand.VERSION,
        description = "Read and verify a door label from its text or an image (PNG, JPEG).")
final class LabelReadCommand extends BaseCommand {
    /** The keys of {@code --format json}, in order (DESIGN "Command line"). */
    static final String[] JSON_FIELDS = {"status", "issuer", "premises", "serial", "issuedOn", "expiresOn", "kid"};

    private static final ObjectMapper JSON = new ObjectMapper();

    @Option(names = "--keys", paramLabel = "DIR", required = true,
            description = "Trust every *.pub.pem public key in DIR.")
    Path keys;

    @Option(names = "--revoked", paramLabel = "FILE", description = "Revoked labels, one 'ISSUER SERIAL' a line.")
    Path revoked;

    @Option(names = "--premises", paramLabel = "ID", converter = Converters.Premises.class,
            description = "The premises the label must belong to (default: any).")
    PremisesId premises;

    @Option(names = "--at", paramLabel = "INSTANT", converter = Converters.At.class,
            description = "The instant of the scan, with offset (default: now).")
    Instant at;

    @Mixin
    Options.FormatOption format;
    @Mixin
    Options.LangOption lang;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    /** {@code TEXT | --image FILE}. */
    static final class Source {
        @Parameters(paramLabel = "TEXT", description = "The label text (RF1:…).")
        String text;

        @Option(names = "--image", paramLabel = "FILE", description = "A PNG or JPEG image of the label.")
        Path image;
    }

    @Override
    Lang langOption() {
        return lang.lang;
    }

    @Override
    int run() {
        KeyRing ring = Options.keyRing(env(), keys);
        RevocationList list = RevocationList.empty();
        if (revoked != null) {
            Path file = resolve(revoked);
            Inputs.requireReadableFile(file);
            list = RevocationList.load(file);
        }
        Instant when = at != null ? at : Instant.now(env().clock());
        LabelReader reader = LabelReader.of(ring, list);
        LabelReading reading;
        if (source.image != null) {
            byte[] bytes = Inputs.readAtMost(resolve(source.image), LabelImages.MAX_IMAGE_BYTES + 1);
            reading = reader.readImage(bytes, premises, when);
        } else {
            reading = reader.read(source.text.strip(), premises, when);
        }
        if (format.format == OutputFormat.JSON) {
            out().println(json(reading));
        } else {
            text(reading);
        }
        return reading.isValid() ? RenfangCommand.EXIT_OK : RenfangCommand.EXIT_INVALID;
    }

    /**
     * Returns the JSON object of a reading with the fields of DESIGN "Command line".
     *
     * @param reading the reading, not null
     * @return one line of JSON, not null
     */
    static String json(LabelReading reading) {
        Map<String, Object> all = reading.toMap();
        Map<String, Object> m = new LinkedHashMap<>();
        for (String k : JSON_FIELDS) {
            m.put(k, all.get(k));
        }
        try {
            return JSON.writeValueAsString(m);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("writing JSON failed", e);
        }
    }

    private void text(LabelReading reading) {
        Texts t = texts();
        Ansi ansi = ansi();
        String status = reading.status().name();
        if (reading.stage() != null) {
            status += " (" + reading.stage().name() + ")";
        }
        status = reading.isValid() ? ansi.green(ansi.bold(status)) : ansi.red(ansi.bold(status));
        out().println(status + "  " + t.get("label.status." + reading.status().name()));
        DoorLabel label = reading.label();
        if (label != null) {
            out().println("  " + t.get("label.issuer", label.issuer()));
            out().println("  " + t.get("label.premises", label.premises().value()));
            out().println("  " + t.get("label.serial", String.valueOf(label.serial())));
            out().println("  " + t.get("label.issuedOn", label.issuedOn().toString()));
            out().println("  " + t.get("label.expiresOn",
                    label.expiresOn() == null ? t.get("label.noExpiry") : label.expiresOn().toString()));
        }
        if (reading.kid() != null) {
            out().println("  " + t.get("label.kid", reading.kid()));
        }
        out().flush();
    }
}
