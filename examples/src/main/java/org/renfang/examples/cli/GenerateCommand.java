package org.renfang.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongConsumer;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.renfang.examples.generator.GenerationSummary;
import org.renfang.examples.generator.JsonLinesLayout;
import org.renfang.examples.generator.RegistryGenerator;
import org.renfang.model.RecordType;
import org.renfang.model.json.RenfangJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code renfang generate --persons N [--seed S] [--violations RATE] [--layout json|jsonl]
 * --out REGISTRY.json|DIR [--manifest FILE]}: writes a synthetic registry of Shanghai with
 * {@link RegistryGenerator} (deterministic by seed, streamed; with {@code --layout jsonl} written as
 * one document beside the layout, split into it by {@link JsonLinesLayout} and removed) and, if asked, the manifest of the findings its injected
 * violations cause under {@value RegistryGenerator#PROFILE} as of {@link RegistryGenerator#AS_OF}.
 *
 * <p>Prints on stdout one JSON object summing up what was written (files, counts per
 * collection, violations, expected findings); shows progress on stderr when it is a terminal.
 */
@Command(name = "generate", mixinStandardHelpOptions = true, version = RenfangCommand.VERSION,
        description = "Write a synthetic registry of Shanghai (check it with --profile CN-31 --as-of 2026-11-26), "
                + "deterministic by seed, with violations injected at a rate and a manifest of exactly the "
                + "findings they cause.")
final class GenerateCommand extends BaseCommand {
    private long persons;
    private double violations;

    @Option(names = "--seed", paramLabel = "S", description = "The seed; the same seed and options give the same "
            + "bytes (default: 0).")
    long seed;

    @Option(names = "--out", paramLabel = "REGISTRY.json|DIR", required = true,
            description = "The registry file to write (replaced if it exists); with --layout jsonl, the directory.")
    Path out;

    private String layout = "json";

    /**
     * Sets {@code --layout}.
     *
     * @param name json or jsonl
     * @throws ParameterException for any other name
     */
    @Option(names = "--layout", paramLabel = "json|jsonl", description = "json: one registry document (default); "
            + "jsonl: the per-kind directory of JSON Lines files the Spark engine reads.")
    void layout(String name) {
        if (!"json".equals(name) && !"jsonl".equals(name)) {
            throw new ParameterException(spec.commandLine(), "--layout must be json or jsonl, not " + name);
        }
        layout = name;
    }

    @Option(names = "--manifest", paramLabel = "FILE",
            description = "Write the manifest: profile, as-of date and every expected finding (rule, path).")
    Path manifest;

    /**
     * Sets {@code --persons}.
     *
     * @param n the number of persons
     * @throws ParameterException if outside 1..{@link RegistryGenerator#MAX_PERSONS}
     */
    @Option(names = "--persons", paramLabel = "N", required = true,
            description = "How many persons the registry holds, 1 to 50000000.")
    void persons(long n) {
        if (n < 1 || n > RegistryGenerator.MAX_PERSONS) {
            throw new ParameterException(spec.commandLine(),
                    "--persons " + n + " is outside 1.." + RegistryGenerator.MAX_PERSONS);
        }
        persons = n;
    }

    /**
     * Sets {@code --violations}.
     *
     * @param rate the fraction of blocks that carry a violation
     * @throws ParameterException if outside 0..1
     */
    @Option(names = "--violations", paramLabel = "RATE",
            description = "The fraction of blocks (households, lettings, employers, hotels) that carry one injected "
                    + "violation, 0 to 1 (default: 0).")
    void violations(double rate) {
        if (!(rate >= 0 && rate <= 1)) {
            throw new ParameterException(spec.commandLine(), "--violations " + rate + " is outside 0..1");
        }
        violations = rate;
    }

    @Override
    int run() throws IOException {
        Path registry = resolve(out);
        requireParent(registry);
        Path dir = null;
        if ("jsonl".equals(layout)) {
            dir = registry;
            try {
                Files.createDirectories(dir);
            } catch (IOException e) {
                throw CliException.unusable("error.cannotWrite", out.toString());
            }
            registry = Files.createTempFile(dir, ".registry-", ".json");
        }
        Path manifestFile = manifest == null ? null : resolve(manifest);
        if (manifestFile != null) {
            requireParent(manifestFile);
        }
        RegistryGenerator generator = RegistryGenerator.builder().persons(persons).seed(seed)
                .violationRate(violations).build();
        GenerationSummary summary;
        try (Bar bar = env().stderrTerminal() ? new Bar(err(), persons, env().columns()) : null) {
            LongConsumer progress = bar == null ? done -> { } : bar;
            summary = generator.generate(registry, manifestFile, progress);
            if (dir != null) {
                try (java.io.InputStream in = Files.newInputStream(registry)) {
                    JsonLinesLayout.split(in, dir);
                }
            }
        } catch (IOException e) {
            throw CliException.unusable("error.cannotWrite", out.toString());
        } finally {
            if (dir != null) {
                Files.deleteIfExists(registry);
            }
        }
        out().println(json(summary, manifestFile != null));
        return RenfangCommand.EXIT_OK;
    }

    private static void requireParent(Path file) {
        Path dir = file.toAbsolutePath().getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw CliException.unusable("error.noSuchDirectory", String.valueOf(dir));
        }
    }

    private String json(GenerationSummary s, boolean withManifest) throws JsonProcessingException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("registry", out.toString());
        if (withManifest) {
            m.put("manifest", manifest.toString());
        }
        m.put("profile", RegistryGenerator.PROFILE);
        m.put("asOf", RegistryGenerator.AS_OF.toString());
        m.put("seed", seed);
        Map<String, Long> records = new LinkedHashMap<>();
        for (RecordType t : RecordType.values()) {
            records.put(t.jsonName(), s.count(t));
        }
        m.put("records", records);
        m.put("blocks", s.blocks());
        m.put("violations", s.violations());
        m.put("expected", s.expected());
        return RenfangJson.registryMapper().writeValueAsString(m);
    }

    /** A progress bar over persons written, on stderr. */
    private static final class Bar implements LongConsumer, AutoCloseable {
        private final PrintStream stream;
        private final ProgressBar bar;

        Bar(java.io.PrintWriter err, long persons, int columns) {
            stream = new PrintStream(new WriterOutputStream(err), true, StandardCharsets.UTF_8);
            bar = new ProgressBarBuilder().setTaskName("generate").setInitialMax(persons).setUnit(" persons", 1)
                    .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(200)
                    .setConsumer(new ConsoleProgressBarConsumer(stream, columns)).showSpeed().build();
        }

        @Override
        public void accept(long done) {
            bar.stepTo(done);
        }

        @Override
        public void close() {
            bar.close();
            stream.flush();
        }
    }
}
