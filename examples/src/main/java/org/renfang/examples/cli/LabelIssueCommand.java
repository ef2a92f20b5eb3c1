package org.renfang.examples.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.renfang.model.PremisesId;
import org.renfang.qr.DoorLabel;
import org.renfang.qr.ErrorCorrection;
import org.renfang.qr.LabelIssuer;
import org.renfang.qr.LabelKeys;
import org.renfang.qr.LabelPrivateKey;
import org.renfang.qr.render.LabelSheet;
import org.renfang.qr.render.PngRenderer;
import org.renfang.qr.render.QrSymbol;
import org.renfang.qr.render.SvgRenderer;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code renfang label issue}: signs a door label with the one private key of a directory,
 * prints its text on stdout and optionally writes its PNG, SVG and print sheet.
 *
 * <p>Outputs are checked before anything is signed or written: each goes into a folder that
 * exists (none is created), never into the key folder nor onto a key file ({@code *.key.pem},
 * {@code *.pub.pem}), never two onto one file, and never over an existing file unless
 * {@code --force} is given. Each failure is a usage error (exit 2).
 */
@Command(name = "issue", mixinStandardHelpOptions = true, version = RenfangCommand.VERSION,
        description = "Issue a signed door label; prints the label text on stdout.")
final class LabelIssueCommand extends BaseCommand {
    /** The module size of PNG output unless {@code --module-px} says otherwise. */
    static final int DEFAULT_MODULE_PX = 8;
    /** The largest QR version accepted by {@code --max-version}. */
    static final int MAX_QR_VERSION = 40;

    @Option(names = "--key", paramLabel = "DIR", required = true,
            description = "The directory holding the one private key (*.key.pem) to sign with.")
    Path key;

    @Option(names = "--issuer", paramLabel = "CODE", required = true, description = "The issuing authority's code.")
    String issuer;

    @Option(names = "--premises", paramLabel = "ID", required = true, converter = Converters.Premises.class,
            description = "The premises reference (at most 32 bytes UTF-8).")
    PremisesId premises;

    @Option(names = "--serial", paramLabel = "N", required = true, description = "The serial number, 0 or more.")
    long serial;

    @Option(names = "--issued", paramLabel = "DATE", converter = Converters.Date.class,
            description = "The first valid day (default: today).")
    LocalDate issued;

    @Option(names = "--expires", paramLabel = "DATE", converter = Converters.Date.class,
            description = "The last valid day (default: none).")
    LocalDate expires;

    @Option(names = "--ecc", paramLabel = "L|M|Q|H", converter = Converters.Ecc.class,
            description = "QR error correction (default: Q).")
    ErrorCorrection ecc = LabelIssuer.DEFAULT_ERROR_CORRECTION;

    @Option(names = "--max-version", paramLabel = "V",
            description = "The largest QR version the label may need, 1 to 40 (default: 9).")
    int maxVersion = LabelIssuer.DEFAULT_MAX_VERSION;

    @ArgGroup(exclusive = false)
    Png png;

    @Option(names = "--svg", paramLabel = "FILE",
            description = "Write the QR code as SVG (into an existing folder other than the key folder).")
    Path svg;

    @ArgGroup(exclusive = false)
    Sheet sheet;

    @Option(names = "--force", description = "Replace output files that exist (never a key file or the key folder).")
    boolean force;

    /** {@code --png FILE [--module-px N]}. */
    static final class Png {
        @Option(names = "--png", paramLabel = "FILE", required = true,
                description = "Write the QR code as PNG (into an existing folder other than the key folder).")
        Path file;

        @Option(names = "--module-px", paramLabel = "N",
                description = "PNG pixels per QR module, 1 to 32 (default: 8).")
        int modulePx = DEFAULT_MODULE_PX;
    }

    /** {@code --sheet FILE --address TEXT}. */
    static final class Sheet {
        @Option(names = "--sheet", paramLabel = "FILE", required = true,
                description = "Write a printable label sheet (SVG).")
        Path file;

        @Option(names = "--address", paramLabel = "TEXT", required = true,
                description = "The address line printed on the sheet.")
        String address;
    }

    @Override
    int run() {
        if (maxVersion < 1 || maxVersion > MAX_QR_VERSION) {
            throw CliException.unusable("error.maxVersion", maxVersion);
        }
        if (png != null && (png.modulePx < 1 || png.modulePx > PngRenderer.MAX_MODULE_PX)) {
            throw CliException.unusable("error.modulePx", png.modulePx, PngRenderer.MAX_MODULE_PX);
        }
        Path keyDir = resolve(key);
        Inputs.requireDirectory(keyDir);
        checkOutputs(keyDir);
        LabelPrivateKey privateKey = LabelKeys.loadPrivateKey(keyDir);
        LocalDate from = issued != null ? issued : LocalDate.now(env().clock());
        DoorLabel label = DoorLabel.of(issuer, premises, serial, from, expires);
        String text = LabelIssuer.of(privateKey).withErrorCorrection(ecc).withMaxVersion(maxVersion).issue(label);
        if (png != null || svg != null || sheet != null) {
            QrSymbol symbol = QrSymbol.encode(text, ecc, maxVersion);
            if (png != null) {
                writeOutput(resolve(png.file), PngRenderer.render(symbol, png.modulePx));
            }
            if (svg != null) {
                int px = png != null ? png.modulePx : DEFAULT_MODULE_PX;
                writeOutput(resolve(svg), SvgRenderer.render(symbol, px).getBytes(StandardCharsets.UTF_8));
            }
            if (sheet != null) {
                String page;
                try {
                    page = LabelSheet.render(symbol, label, sheet.address);
                } catch (IllegalArgumentException e) {
                    throw CliException.unusable("error.address", LabelSheet.MAX_ADDRESS_LENGTH);
                }
                writeOutput(resolve(sheet.file), page.getBytes(StandardCharsets.UTF_8));
            }
        }
        out().println(text);
        return RenfangCommand.EXIT_OK;
    }

    /**
     * Checks every output file before anything is written (see the class description).
     *
     * @param keyDir the key folder, existing
     * @throws CliException exit 2 naming the file as given
     */
    private void checkOutputs(Path keyDir) {
        List<Path> given = new ArrayList<>(3);
        if (png != null) {
            given.add(png.file);
        }
        if (svg != null) {
            given.add(svg);
        }
        if (sheet != null) {
            given.add(sheet.file);
        }
        Path keys = realPath(keyDir);
        List<Path> seen = new ArrayList<>(3);
        for (Path g : given) {
            Path file = resolve(g).toAbsolutePath().normalize();
            Path parent = file.getParent();
            if (parent == null || !Files.isDirectory(parent)) {
                throw CliException.unusable("error.outputFolderMissing", g.toString());
            }
            Path name = file.getFileName();
            String lower = name == null ? "" : name.toString().toLowerCase(java.util.Locale.ROOT);
            Path target = Files.exists(file, LinkOption.NOFOLLOW_LINKS) ? realPath(file) : realPath(parent).resolve(name);
            if (lower.endsWith(LabelKeys.PRIVATE_KEY_SUFFIX) || lower.endsWith(LabelKeys.PUBLIC_KEY_SUFFIX)
                    || isKeyFile(target) || target.getParent().equals(keys) || target.equals(keys)) {
                throw CliException.unusable("error.outputIsKey", g.toString());
            }
            if (seen.contains(target)) {
                throw CliException.unusable("error.outputTwice", g.toString());
            }
            seen.add(target);
            if (Files.isDirectory(target)) {
                throw CliException.unusable("error.isDirectory", g.toString());
            }
            if (!force && Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                throw CliException.unusable("error.outputExists", g.toString());
            }
        }
    }

    private static boolean isKeyFile(Path target) {
        String n = target.getFileName() == null ? "" : target.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return n.endsWith(LabelKeys.PRIVATE_KEY_SUFFIX) || n.endsWith(LabelKeys.PUBLIC_KEY_SUFFIX);
    }

    private static Path realPath(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return p.toAbsolutePath().normalize();
        }
    }

    /** Writes an output checked by {@link #checkOutputs}: a new file, or with --force a replaced one. */
    private void writeOutput(Path file, byte[] bytes) {
        try {
            if (force) {
                Files.write(file, bytes);
            } else {
                Files.write(file, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            }
        } catch (FileAlreadyExistsException e) {
            throw CliException.unusable("error.outputExists", file.toString());
        } catch (IOException e) {
            throw CliException.unusable("error.cannotWrite", file.toString());
        }
    }
}
