package org.renfang.benchmarks;

import cn.hutool.core.util.IdcardUtil;
import java.time.LocalDate;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.infra.Blackhole;
import org.renfang.id.ResidentIds;

/**
 * Goal 2 of the performance issue: our CN resident id check against hutool's
 * {@code IdcardUtil.isValidCard18} on the same inputs (half valid, half with one digit changed).
 */
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class IdCheckBenchmark extends ShortAverageTime {
    static final int N = 1024;
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 26);
    private static final String[] REGIONS = {"110105", "310101", "440305", "650203", "650202", "510107"};

    String[] inputs;

    /** Builds the inputs: N numbers, every other one with one digit changed. */
    @Setup
    public void setup() {
        inputs = inputs(N, 42);
    }

    static String[] inputs(int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        String[] out = new String[n];
        for (int i = 0; i < n; i++) {
            LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(r.nextInt(365 * 60));
            String first17 = REGIONS[r.nextInt(REGIONS.length)]
                    + String.format("%04d%02d%02d", birth.getYear(), birth.getMonthValue(), birth.getDayOfMonth())
                    + String.format("%03d", r.nextInt(1000));
            String id = first17 + ResidentIds.checkCharacter(first17);
            if (i % 2 == 1) {
                char[] c = id.toCharArray();
                int pos = r.nextInt(17);
                c[pos] = (char) ('0' + (c[pos] - '0' + 1 + r.nextInt(9)) % 10);
                id = new String(c);
            }
            out[i] = id;
        }
        return out;
    }

    /**
     * Ours.
     *
     * @param bh the blackhole
     */
    @Benchmark
    @OperationsPerInvocation(N)
    public void renfang(Blackhole bh) {
        for (String s : inputs) {
            bh.consume(ResidentIds.isValid18(s, AS_OF));
        }
    }

    /**
     * The baseline.
     *
     * @param bh the blackhole
     */
    @Benchmark
    @OperationsPerInvocation(N)
    public void hutool(Blackhole bh) {
        for (String s : inputs) {
            bh.consume(IdcardUtil.isValidCard18(s));
        }
    }
}
