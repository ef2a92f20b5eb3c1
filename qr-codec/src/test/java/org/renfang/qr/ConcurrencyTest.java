package org.renfang.qr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.renfang.model.PremisesId;
import org.renfang.qr.internal.Base45;
import org.renfang.testing.Concurrency;

/**
 * One {@link LabelReader} shared by 8 threads over 100 000 label texts gives the same reading
 * (status, stage, label fields, kid: {@link LabelReading#toJson()}) as one thread: labels issued
 * with a trusted and an untrusted key, valid, expired, not yet valid, revoked and of other
 * premises, tampered in one character, truncated, re-encoded, or not labels at all, read at
 * varying instants against varying premises. Inputs are generated from a fixed seed.
 */
class ConcurrencyTest {

    private static final int INPUTS = 100_000;
    private static final int THREADS = 8;
    private static final long SEED = 0x1AB_E15L;
    private static final List<PremisesId> PREMISES = List.of(PremisesId.of("H1"), PremisesId.of("H2"),
            PremisesId.of("H110105000123456"));
    private static final Instant[] AT = {Instant.parse("2026-11-26T02:00:00Z"), Instant.parse("2025-06-01T00:00:00Z"),
        Instant.parse("2028-01-01T15:59:59Z")};

    /** One input: the text, the premises expected (or null) and the instant. */
    private record Input(String text, PremisesId premises, Instant at) {
    }

    @Test
    void eightThreads_giveTheSameReadings_asOneThread() throws Exception {
        LabelPrivateKey trusted = Vectors.key();
        LabelReader reader = LabelReader.of(KeyRing.of(trusted.publicKey()),
                RevocationList.of(List.of(new RevocationList.Revoked("110105", 13))));
        Input[] inputs = generate(trusted, Vectors.otherKey());

        String[] single = assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
            String[] out = new String[INPUTS];
            for (int i = 0; i < INPUTS; i++) {
                out[i] = read(reader, inputs[i]);
            }
            return out;
        });

        String[] parallel = Concurrency.onThreads(THREADS, new String[INPUTS], () -> i -> read(reader, inputs[i]));

        Set<LabelStatus> statuses = EnumSet.noneOf(LabelStatus.class);
        Set<LabelStage> stages = EnumSet.noneOf(LabelStage.class);
        for (int i = 0; i < 2_000; i++) {
            LabelReading r = reader.read(inputs[i].text(), inputs[i].premises(), inputs[i].at());
            statuses.add(r.status());
            if (r.stage() != null) {
                stages.add(r.stage());
            }
        }
        Concurrency.assertSameAsOneThread("readings", single, parallel, i -> String.valueOf(inputs[i]));
        assertThat(statuses).as("the mix reaches every status but UNSUPPORTED_ALGORITHM")
                .containsAll(EnumSet.complementOf(EnumSet.of(LabelStatus.UNSUPPORTED_ALGORITHM)));
        assertThat(stages).contains(LabelStage.PREFIX, LabelStage.BASE45, LabelStage.CBOR);
    }

    private static String read(LabelReader reader, Input in) {
        return reader.read(in.text(), in.premises(), in.at()).toJson();
    }

    private static Input[] generate(LabelPrivateKey trusted, LabelPrivateKey untrusted) {
        SplittableRandom r = new SplittableRandom(SEED);
        List<String> issued = new ArrayList<>();
        for (int k = 0; k < 64; k++) {
            PremisesId p = PREMISES.get(k % PREMISES.size());
            LocalDate from = LocalDate.of(2025, 1, 1).plusDays(r.nextInt(900));
            LocalDate to = r.nextInt(4) == 0 ? null : from.plusDays(r.nextInt(700));
            long serial = r.nextInt(5) == 0 ? 13 : 1000 + k;
            issued.add(LabelIssuer.of(r.nextInt(8) == 0 ? untrusted : trusted).issue(DoorLabel.of("110105", p, serial, from, to)));
        }
        Input[] out = new Input[INPUTS];
        for (int i = 0; i < INPUTS; i++) {
            String text = issued.get(r.nextInt(issued.size()));
            switch (r.nextInt(8)) {
                case 0, 1, 2 -> {
                    // as issued
                }
                case 3 -> {
                    // one character of the Base45 part changed
                    char[] c = text.toCharArray();
                    int at = DoorLabels.PREFIX.length() + r.nextInt(c.length - DoorLabels.PREFIX.length());
                    c[at] = Base45.ALPHABET.charAt(r.nextInt(Base45.ALPHABET.length()));
                    text = new String(c);
                }
                case 4 -> text = text.substring(0, DoorLabels.PREFIX.length() + r.nextInt(text.length() - 3));
                case 5 -> {
                    // a byte of the COSE structure changed, re-encoded canonically
                    byte[] cose = Base45.decode(text, DoorLabels.PREFIX.length());
                    cose[r.nextInt(cose.length)] ^= (byte) (1 + r.nextInt(255));
                    text = DoorLabels.PREFIX + Base45.encode(cose);
                }
                case 6 -> text = r.nextBoolean() ? text.toLowerCase(java.util.Locale.ROOT) : "RF2:" + text.substring(4);
                default -> {
                    StringBuilder sb = new StringBuilder("RF1:");
                    for (int n = r.nextInt(60); n > 0; n--) {
                        sb.append(Base45.ALPHABET.charAt(r.nextInt(Base45.ALPHABET.length())));
                    }
                    text = sb.toString();
                }
            }
            PremisesId expected = r.nextInt(4) == 0 ? null : PREMISES.get(r.nextInt(PREMISES.size()));
            out[i] = new Input(text, expected, AT[r.nextInt(AT.length)]);
        }
        return out;
    }
}
