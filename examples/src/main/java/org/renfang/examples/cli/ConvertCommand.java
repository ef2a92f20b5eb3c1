package org.renfang.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import org.renfang.examples.generator.JsonLinesLayout;
import org.renfang.model.RecordType;
import org.renfang.model.json.RenfangJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;

/**
 * {@code renfang convert --to jsonl REGISTRY.json DIR} writes the per-kind layout the Spark check
 * reads ({@code DIR/persons/part-00000.jsonl}, …), each record copied as it stands;
 * {@code renfang convert --to json DIR REGISTRY.json} joins a layout back into one registry
 * document. Records keep their order, so findings point at the same positions either way. Prints
 * on stdout one JSON object with the counts per collection.
 */
@Command(name = "convert", mixinStandardHelpOptions = true, version = RenfangCommand.VERSION,
        description = "Convert a registry between one JSON document and the per-kind directory of JSON Lines "
                + "files the Spark engine reads (renfang check --engine spark).")
final class ConvertCommand extends BaseCommand {
    private String to;

    /**
     * Sets {@code --to}.
     *
     * @param format jsonl or json
     * @throws ParameterException for any other format
     */
    @Option(names = "--to", paramLabel = "jsonl|json", required = true,
            description = "jsonl: REGISTRY.json → DIR; json: DIR → REGISTRY.json.")
    void to(String format) {
        if (!"jsonl".equals(format) && !"json".equals(format)) {
            throw new ParameterException(spec.commandLine(), "--to must be jsonl or json, not " + format);
        }
        to = format;
    }

    @Parameters(index = "0", paramLabel = "FROM", description = "The registry document (--to jsonl) or directory "
            + "(--to json).")
    Path from;

    @Parameters(index = "1", paramLabel = "TO", description = "The directory (--to jsonl) or registry document "
            + "(--to json) to write.")
    Path target;

    @Override
    int run() throws IOException {
        Path source = resolve(from);
        Path dest = resolve(target);
        Map<RecordType, Long> counts;
        if ("jsonl".equals(to)) {
            Inputs.requireReadableFile(source);
            try (InputStream in = Inputs.open(source)) {
                counts = JsonLinesLayout.split(in, dest);
            } catch (java.nio.file.FileSystemException e) {
                throw CliException.unusable("error.cannotWrite", target.toString());
            } catch (IOException e) {
                throw CliException.unusable("error.layoutUnreadable", from.toString());
            }
        } else {
            Inputs.requireDirectory(source);
            Path dir = dest.toAbsolutePath().getParent();
            if (dir == null || !Files.isDirectory(dir)) {
                throw CliException.unusable("error.noSuchDirectory", String.valueOf(dir));
            }
            Path part = Files.createTempFile(dir, "." + dest.getFileName() + "-", ".part");
            try {
                try (OutputStream o = Files.newOutputStream(part)) {
                    counts = JsonLinesLayout.join(source, o);
                }
                Files.move(part, dest, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(part);
            }
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("from", from.toString());
        m.put("to", target.toString());
        Map<String, Long> records = new LinkedHashMap<>();
        for (RecordType t : RecordType.values()) {
            records.put(t.jsonName(), counts.get(t));
        }
        m.put("records", records);
        out().println(RenfangJson.registryMapper().writeValueAsString(m));
        return RenfangCommand.EXIT_OK;
    }
}
