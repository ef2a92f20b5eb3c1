package org.renfang.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.renfang.model.PremisesId;
import org.renfang.qr.DoorLabel;
import org.renfang.qr.DoorLabels;
import org.renfang.qr.KeyRing;
import org.renfang.qr.LabelException;
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
 * {@code renfang label read}: reads a door label from its text (an argument, standard input or
 * a file) or from an image, verifies it and prints the outcome; exit 0 only for VALID.
 *
 * <p>The text is verified exactly as given: nothing is trimmed, so a space or a line break
 * inside or around it makes the label MALFORMED, as docs/door-label.md requires of readers.
 * From standard input ({@code -}) and from {@code --text-file} one trailing line feed (LF or
 * CR LF), which every shell and editor adds, is removed, and nothing else.
 */
@Command(name = "read", mixinStandardHelpOptions = true, version = RenfangCommand.VERSION,
        description = {"Read and verify a door label from its text or an image (PNG, JPEG).",
            "The text is read exactly as given, never trimmed. Label text holds $ %% * and spaces: quote it in "
                + "single quotes ('RF1:...'), never double quotes (the shell expands $ there), or pass - to read "
                + "it from standard input, or --text-file FILE. From standard input and from a file one trailing "
                + "line feed (LF or CR LF) is removed, nothing else."},
        footer = {"", "Examples:", "  renfang label read --keys keys 'RF1:6BF...'",
            "  renfang label issue ... | renfang label read --keys keys -",
            "  renfang label read --keys keys --text-file label.txt"})
final class LabelReadCommand extends BaseCommand {
    /** The reasons an image is refused (LabelReading.reason()); each has a text {@code label.reason.<code>}. */
    static final List<LabelException.Code> IMAGE_REASONS = List.of(LabelException.Code.IMAGE_TOO_LARGE,
            LabelException.Code.IMAGE_UNSUPPORTED, LabelException.Code.IMAGE_UNREADABLE, LabelException.Code.NO_CODE_FOUND,
            LabelException.Code.SEVERAL_CODES, LabelException.Code.IMAGE_BUDGET_SPENT);

    /** The most bytes read from standard input or a text file: any longer text is over the label limit anyway. */
    static final int MAX_TEXT_BYTES = 4 * DoorLabels.MAX_TEXT_LENGTH + 3;

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
    Options.Output output;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    /** {@code TEXT | - | --text-file FILE | --image FILE}. */
    static final class Source {
        @Parameters(paramLabel = "TEXT",
                description = "The label text (RF1:...), exactly as given; - reads it from standard input.")
        String text;

        @Option(names = "--text-file", paramLabel = "FILE",
                description = "Read the label text from FILE (UTF-8; one trailing line feed removed).")
        Path textFile;

        @Option(names = "--image", paramLabel = "FILE", description = "A PNG or JPEG image of the label.")
        Path image;
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
            reading = reader.read(labelText(), premises, when);
        }
        if (output.format() == OutputFormat.JSON) {
            out().println(reading.toJson());
        } else {
            text(reading);
        }
        return reading.isValid() ? RenfangCommand.EXIT_OK : RenfangCommand.EXIT_INVALID;
    }

    /** The label text as given: the argument itself, or standard input or the file less one trailing line feed. */
    private String labelText() {
        if (source.textFile != null) {
            Path file = resolve(source.textFile);
            return withoutOneLineFeed(Inputs.readAtMost(file, MAX_TEXT_BYTES));
        }
        if ("-".equals(source.text)) {
            try {
                InputStream in = System.in;
                return withoutOneLineFeed(in.readNBytes(MAX_TEXT_BYTES));
            } catch (IOException e) {
                throw CliException.unusable("error.readFailed", "-");
            }
        }
        return source.text;
    }

    /**
     * Decodes UTF-8 (malformed bytes become U+FFFD, which no label holds) and removes one trailing
     * LF or CR LF.
     *
     * @param bytes the bytes, not null
     * @return the text, not null
     */
    static String withoutOneLineFeed(byte[] bytes) {
        String s = new String(bytes, StandardCharsets.UTF_8);
        if (s.endsWith("\r\n")) {
            return s.substring(0, s.length() - 2);
        }
        if (s.endsWith("\n")) {
            return s.substring(0, s.length() - 1);
        }
        return s;
    }

    private void text(LabelReading reading) {
        Texts t = texts();
        Ansi ansi = ansi();
        String status = reading.status().name();
        if (reading.stage() != null) {
            status += " (" + reading.stage().name() + ")";
        }
        String why = reading.reason() == null ? "" : ": " + t.get("label.reason." + reading.reason().name());
        status = reading.isValid() ? ansi.green(ansi.bold(status)) : ansi.red(ansi.bold(status));
        out().println(status + "  " + t.get("label.status." + reading.status().name()) + why);
        DoorLabel label = reading.label();
        if (label != null) {
            out().println("  " + t.get("label.issuer", ReportPrinter.printable(label.issuer())));
            out().println("  " + t.get("label.premises", ReportPrinter.printable(label.premises().value())));
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
