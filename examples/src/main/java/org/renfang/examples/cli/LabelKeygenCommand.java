package org.renfang.examples.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.renfang.qr.LabelKeys;
import org.renfang.qr.LabelPrivateKey;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code renfang label keygen --out DIR}: writes a new Ed25519 key pair as
 * {@code DIR/<kid>.key.pem} and {@code DIR/<kid>.pub.pem}, and prints the kid and both paths.
 */
@Command(name = "keygen", mixinStandardHelpOptions = true, version = RenfangCommand.VERSION,
        description = "Generate a label signing key: DIR/<kid>.key.pem (PKCS#8) and DIR/<kid>.pub.pem.")
final class LabelKeygenCommand extends BaseCommand {
    @Option(names = "--out", paramLabel = "DIR", required = true,
            description = "The directory to write the key pair to (created if missing).")
    Path out;

    @Override
    int run() {
        Path dir = resolve(out);
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw CliException.unusable("error.notDirectory", out.toString());
        }
        LabelPrivateKey key = LabelKeys.generate(dir);
        Path shown = out;
        out().println(texts().get("keygen.kid", key.kid()));
        out().println(texts().get("keygen.private", shown.resolve(key.kid() + LabelKeys.PRIVATE_KEY_SUFFIX)));
        out().println(texts().get("keygen.public", shown.resolve(key.kid() + LabelKeys.PUBLIC_KEY_SUFFIX)));
        return RenfangCommand.EXIT_OK;
    }
}
