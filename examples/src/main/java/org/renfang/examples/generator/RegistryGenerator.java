package org.renfang.examples.generator;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.LongConsumer;
import org.renfang.model.RecordType;
import org.renfang.validation.finding.RuleCode;

/**
 * Generates a synthetic registry of Shanghai (profile {@value #PROFILE}) at any scale,
 * deterministic by seed, with violations of the rule catalog injected at a given rate and a
 * manifest of exactly the findings they cause.
 *
 * <p>The registry is made of blocks, each a small self-contained piece: a household in the flat
 * it owns, a flat let to a tenant household (sometimes after an ended lease), a flat sublet
 * room by room by a second landlord, an employer with its dormitories, a hotel with its guests'
 * stays; schoolchildren are enrolled at schools, adults employed by employers, and agencies
 * visit some premises. Names are fictional; identity numbers, HMT permits, passports and credit
 * codes are valid and unique. A clean block (at rate 0, every block) causes no finding under
 * CN-31 (nor CN) as of {@link #AS_OF}.
 *
 * <p>At a violation rate {@code v}, a fraction {@code v} of the blocks (evenly spread) each
 * carries one violation; the rules are taken in turn from {@link #injectableRules()}, so each
 * appears once every {@code injectableRules().size()} violations. The manifest lists each
 * finding the violations cause, with the JSON Pointer the rule reports it at: {@code check}
 * under CN-31 as of {@link #AS_OF} finds exactly those.
 *
 * <p>Output is streamed: only the current block is held in memory (plus a fixed 6 MB table that
 * keeps resident ids unique), so registries of millions of persons fit in a small heap. The same
 * seed and arguments give byte-identical files.
 *
 * <pre>{@code
 * GenerationSummary s = RegistryGenerator.builder().persons(100_000).seed(7).violationRate(0.01).build()
 *         .generate(Path.of("registry.json"), Path.of("manifest.json"));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe; each {@link #generate} call runs on its own state.
 */
public final class RegistryGenerator {
    /** The day the generated registry is meant to be checked on (and the manifest names). */
    public static final LocalDate AS_OF = LocalDate.of(2026, 11, 26);
    /** The profile the generated registry is meant to be checked under. */
    public static final String PROFILE = "CN-31";
    /** The most persons one registry may hold. */
    public static final long MAX_PERSONS = 50_000_000L;

    /** How often progress is reported, in blocks. */
    private static final int PROGRESS_BLOCKS = 4096;

    private final long persons;
    private final long seed;
    private final double violationRate;

    private RegistryGenerator(Builder b) {
        this.persons = b.persons;
        this.seed = b.seed;
        this.violationRate = b.violationRate;
    }

    /**
     * Returns a builder.
     *
     * @return a new builder: 1,000 persons, seed 0, no violations
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the rules a violation can be injected for, in the order they are cycled through:
     * every rule code except JSON_MALFORMED.
     *
     * @return the rules, not null, unmodifiable
     */
    public static List<RuleCode> injectableRules() {
        return Violations.RULES;
    }

    /**
     * Writes the registry and, if asked, the manifest.
     *
     * @param registry the registry file to write (replaced if it exists), not null; its directory
     *                 must exist and holds the temporary files while generating
     * @param manifest the manifest file to write, or null for none
     * @return what was written, not null
     * @throws IOException if a file cannot be written; no partial output is left behind
     */
    public GenerationSummary generate(Path registry, Path manifest) throws IOException {
        return generate(registry, manifest, done -> { });
    }

    /**
     * Writes the registry and, if asked, the manifest, reporting progress.
     *
     * @param registry the registry file to write (replaced if it exists), not null
     * @param manifest the manifest file to write, or null for none
     * @param progress receives the number of persons written so far, now and then and at the
     *                 end; not null
     * @return what was written, not null
     * @throws IOException if a file cannot be written; no partial output is left behind
     */
    public GenerationSummary generate(Path registry, Path manifest, LongConsumer progress) throws IOException {
        Objects.requireNonNull(registry, "registry");
        Objects.requireNonNull(progress, "progress");
        SplittableRandom master = new SplittableRandom(seed);
        BlockFactory factory = new BlockFactory();
        Violations violations = new Violations(factory);
        long blocks = 0;
        long injected = 0;
        long[] byRule = new long[RuleCode.values().length];
        try (RecordSink sink = new RecordSink(registry, manifest, PROFILE, AS_OF)) {
            sink.write(factory.preamble(master.split(), persons));
            long remaining = persons;
            while (remaining > 0) {
                int kind = BlockFactory.weighted(master, 46, 30, 9, 6, 3);
                SplittableRandom r = master.split();
                int max = (int) Math.min(remaining, 64);
                Block b = null;
                if (scheduled(blocks)) {
                    RuleCode rule = Violations.RULES.get((int) (injected % Violations.RULES.size()));
                    if (Violations.minPersons(rule) <= max) {
                        b = violations.inject(rule, r, max);
                        injected++;
                        byRule[rule.ordinal()]++;
                    }
                }
                if (b == null) {
                    b = clean(factory, r, kind, max);
                }
                remaining -= b.size(RecordType.PERSONS);
                sink.write(b);
                blocks++;
                if (blocks % PROGRESS_BLOCKS == 0) {
                    progress.accept(persons - remaining);
                }
            }
            sink.finish();
            progress.accept(persons);
            Map<RecordType, Long> counts = new EnumMap<>(RecordType.class);
            for (RecordType t : RecordType.values()) {
                counts.put(t, sink.count(t));
            }
            Map<RuleCode, Long> rules = new EnumMap<>(RuleCode.class);
            for (RuleCode c : RuleCode.values()) {
                if (byRule[c.ordinal()] > 0) {
                    rules.put(c, byRule[c.ordinal()]);
                }
            }
            return new GenerationSummary(counts, blocks, injected, rules, sink.expected());
        }
    }

    /** Whether block {@code b} (from 0) carries a violation: the rate spread evenly over blocks. */
    private boolean scheduled(long b) {
        if (violationRate <= 0) {
            return false;
        }
        return Math.floor((b + 1) * violationRate) > Math.floor(b * violationRate);
    }

    private static Block clean(BlockFactory f, SplittableRandom r, int kind, int max) {
        BlockFactory.Shape shape = new BlockFactory.Shape();
        switch (kind) {
            case 1:
                if (max >= 2) {
                    return f.rental(r, Math.min(max, 8), shape);
                }
                break;
            case 2:
                if (max >= 3) {
                    return f.shared(r, Math.min(max, 10), shape);
                }
                break;
            case 3:
                return f.employer(r, Math.min(max, 24), shape);
            case 4:
                return f.hotel(r, Math.min(max, 10));
            default:
                break;
        }
        int size = 1 + BlockFactory.weighted(r, 15, 27, 33, 16, 7, 2);
        return f.owner(r, Math.min(size, max), shape);
    }

    /**
     * Builds a {@link RegistryGenerator}. Not thread-safe; the generator it builds is.
     */
    public static final class Builder {
        private long persons = 1_000;
        private long seed;
        private double violationRate;

        private Builder() {
        }

        /**
         * Sets the number of persons; the registry holds exactly that many person records.
         *
         * @param persons 1 to {@link #MAX_PERSONS}
         * @return this builder
         * @throws IllegalArgumentException if out of range
         */
        public Builder persons(long persons) {
            if (persons < 1 || persons > MAX_PERSONS) {
                throw new IllegalArgumentException("persons " + persons + " outside 1.." + MAX_PERSONS);
            }
            this.persons = persons;
            return this;
        }

        /**
         * Sets the seed.
         *
         * @param seed any value
         * @return this builder
         */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /**
         * Sets the fraction of blocks that carry one injected violation.
         *
         * @param rate 0 to 1
         * @return this builder
         * @throws IllegalArgumentException if out of range or not a number
         */
        public Builder violationRate(double rate) {
            if (!(rate >= 0 && rate <= 1)) {
                throw new IllegalArgumentException("violation rate " + rate + " outside 0..1");
            }
            this.violationRate = rate;
            return this;
        }

        /**
         * Builds the generator.
         *
         * @return the generator, not null
         */
        public RegistryGenerator build() {
            return new RegistryGenerator(this);
        }
    }
}
