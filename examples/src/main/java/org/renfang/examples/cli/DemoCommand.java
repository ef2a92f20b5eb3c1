package org.renfang.examples.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import org.renfang.examples.Sample;
import org.renfang.model.Address;
import org.renfang.model.PersonId;
import org.renfang.model.Premises;
import org.renfang.model.PremisesId;
import org.renfang.qr.DoorLabel;
import org.renfang.qr.ErrorCorrection;
import org.renfang.qr.KeyRing;
import org.renfang.qr.LabelIssuer;
import org.renfang.qr.LabelKeys;
import org.renfang.qr.LabelPrivateKey;
import org.renfang.qr.LabelReader;
import org.renfang.qr.LabelReading;
import org.renfang.qr.RevocationList;
import org.renfang.qr.render.LabelSheet;
import org.renfang.qr.render.PngRenderer;
import org.renfang.qr.render.QrSymbol;
import org.renfang.registry.Registry;
import org.renfang.validation.Report;
import org.renfang.validation.Validator;
import org.renfang.validation.permit.PermitAssessment;
import org.renfang.validation.permit.ResidencePermits;
import org.renfang.validation.profile.Profile;
import org.renfang.validation.profile.Profiles;
import org.renfang.validation.rating.PremisesRating;
import org.renfang.validation.rating.PremisesRatings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code renfang demo}: the bundled sample registry end to end — a check under the profile of
 * the city the sample lies in (CN-6502, Karamay: the national rules, no city rule added), a door
 * label issued with a fresh key, written as PNG and print sheet and read back from the PNG, a
 * residence-permit question and a premises rating under the same profile. Everything is judged
 * as of {@link Sample#AS_OF}, so the output does not depend on the day it runs.
 */
@Command(name = "demo", mixinStandardHelpOptions = true, version = RenfangCommand.VERSION,
        description = "Run the bundled sample registry end to end: check, door label, residence permit, rating.")
final class DemoCommand extends BaseCommand {
    /**
     * The profile of the check, the permit question and the rating: Karamay's, as the sample lies
     * there (its division prefix 6502 keeps the permit's residence count within the city).
     */
    static final String PROFILE = Sample.PROFILE;
    /** The premises the demo labels and rates. */
    static final PremisesId PREMISES = PremisesId.of("H3");
    /** The person whose permit eligibility the demo asks about. */
    static final PersonId PERSON = PersonId.of("P11");
    /** The authority code on the demo's label (克拉玛依区). */
    static final String ISSUER = "650203";
    /** The default output directory, relative to the working directory. */
    static final String DEFAULT_OUT = "demo-out";

    @Option(names = "--out", paramLabel = "DIR",
            description = "Where the label files and the public key go (default: ./demo-out).")
    Path outDir;

    @Mixin
    Options.LangOption lang;

    @Override
    int run() {
        Texts t = texts();
        Ansi a = ansi();
        PrintWriter o = out();
        LocalDate day = Sample.AS_OF;
        Registry registry = Sample.registry();
        Profile city = Profiles.load(PROFILE);

        o.println(a.bold(t.get("demo.title", day.toString())));

        // 1. The whole registry under the profile of the city it lies in.
        o.println();
        o.println(a.bold(t.get("demo.check", PROFILE)));
        Report report = Validator.of(city).check(registry, day);
        ReportPrinter.text(report, city, t, a, o);

        // 2. A door label: fresh key, issue, PNG and sheet, read back from the PNG.
        o.println();
        o.println(a.bold(t.get("demo.label", PREMISES.value())));
        Path dir = resolve(outDir != null ? outDir : Path.of(DEFAULT_OUT));
        Path shownDir = outDir != null ? outDir : Path.of(DEFAULT_OUT);
        LabelPrivateKey key = LabelPrivateKey.generate();
        Path keys = dir.resolve("keys");
        String pubName = key.kid() + LabelKeys.PUBLIC_KEY_SUFFIX;
        Inputs.write(keys.resolve(pubName), key.publicKey().toPem().getBytes(StandardCharsets.US_ASCII));
        DoorLabel label = DoorLabel.of(ISSUER, PREMISES, 1, day, day.plusYears(5));
        String text = LabelIssuer.of(key).issue(label);
        QrSymbol symbol = QrSymbol.encode(text, ErrorCorrection.Q, LabelIssuer.DEFAULT_MAX_VERSION);
        String pngName = "label-" + PREMISES.value() + ".png";
        String sheetName = "label-" + PREMISES.value() + "-sheet.svg";
        byte[] png = PngRenderer.render(symbol, LabelIssueCommand.DEFAULT_MODULE_PX);
        Inputs.write(dir.resolve(pngName), png);
        Premises premises = registry.premises(PREMISES).orElseThrow();
        Inputs.write(dir.resolve(sheetName),
                LabelSheet.render(symbol, label, addressLine(premises.address())).getBytes(StandardCharsets.UTF_8));
        o.println("  " + t.get("demo.label.key", key.kid(), shownDir.resolve("keys").resolve(pubName)));
        o.println("  " + t.get("demo.label.text", text.length(), symbol.version(), symbol.size()));
        o.println("  " + t.get("demo.label.png", shownDir.resolve(pngName)));
        o.println("  " + t.get("demo.label.sheet", shownDir.resolve(sheetName)));
        Instant at = ZonedDateTime.of(day, LocalTime.NOON, LabelReader.DEFAULT_ZONE).toInstant();
        LabelReading reading = LabelReader.of(KeyRing.of(key.publicKey()), RevocationList.empty())
                .readImage(readBack(dir.resolve(pngName)), PREMISES, at);
        String status = reading.isValid() ? a.green(reading.status().name()) : a.red(reading.status().name());
        o.println("  " + t.get("demo.label.read", status, t.get("label.status." + reading.status().name())));

        // 3. A residence-permit question.
        o.println();
        o.println(a.bold(t.get("demo.permit", PERSON.value(), PROFILE)));
        PermitAssessment permit = ResidencePermits.assess(registry, PERSON, day, city);
        indent(o, permit.toText(lang().locale()));

        // 4. A premises rating, with the demo key verifying labels scanned at visits.
        o.println();
        o.println(a.bold(t.get("demo.rating", PREMISES.value(), PROFILE)));
        PremisesRating rating = PremisesRatings.rate(registry, PREMISES, day, city,
                LabelReader.of(KeyRing.of(key.publicKey()), RevocationList.empty()));
        indent(o, rating.toText(lang().locale()));

        o.println();
        o.println(t.get("demo.next", shownDir.resolve("keys"), shownDir.resolve(pngName)));
        o.flush();
        return RenfangCommand.EXIT_OK;
    }

    private static byte[] readBack(Path png) {
        try {
            return Files.readAllBytes(png);
        } catch (java.io.IOException e) {
            throw Inputs.readFailed(png);
        }
    }

    private static void indent(PrintWriter o, String text) {
        for (String line : text.split("\n", -1)) {
            if (!line.isEmpty()) {
                o.println("  " + line);
            }
        }
    }

    /**
     * Returns the address line printed on a label sheet: the street line, then building, unit
     * and room. Premises addresses carry no personal data.
     *
     * @param address the address, not null
     * @return the line, not null
     */
    static String addressLine(Address address) {
        StringBuilder sb = new StringBuilder(address.line());
        address.building().ifPresent(b -> sb.append(' ').append(b).append("栋"));
        address.unit().ifPresent(u -> sb.append(' ').append(u).append("单元"));
        address.room().ifPresent(r -> sb.append(' ').append(r).append("室"));
        String s = sb.toString();
        return s.length() > LabelSheet.MAX_ADDRESS_LENGTH ? s.substring(0, LabelSheet.MAX_ADDRESS_LENGTH) : s;
    }
}
