package org.renfang.model.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import java.io.IOException;
import java.time.LocalDate;

/**
 * Reads a date as exactly {@code YYYY-MM-DD} with a year from {@value RenfangJson#MIN_YEAR} to
 * {@value RenfangJson#MAX_YEAR}, without a formatter (it is on the hot path of bulk reads).
 */
final class StrictLocalDateDeserializer extends StrictStringDeserializer<LocalDate> {
    private static final long serialVersionUID = 1L;

    StrictLocalDateDeserializer() {
        super(LocalDate.class, "expected a date YYYY-MM-DD from %d to %d");
    }

    @Override
    LocalDate read(JsonParser p, DeserializationContext ctxt) throws IOException {
        return parse(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
    }

    /** A string that is not a real date in range reads as null: refused. */
    @Override
    boolean accepts(LocalDate value) {
        return value != null;
    }

    /** Returns the date in {@code len} characters of {@code c} from {@code off}, or null if they are not a real date in range. */
    static LocalDate parse(char[] c, int off, int len) {
        if (len != 10 || c[off + 4] != '-' || c[off + 7] != '-') {
            return null;
        }
        int y = digits(c, off, off + 4);
        int m = digits(c, off + 5, off + 7);
        int d = digits(c, off + 8, off + 10);
        if (y < RenfangJson.MIN_YEAR || y > RenfangJson.MAX_YEAR || m < 1 || m > 12 || d < 1) {
            return null;
        }
        int max;
        switch (m) {
            case 2:
                max = (y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)) ? 29 : 28;
                break;
            case 4:
            case 6:
            case 9:
            case 11:
                max = 30;
                break;
            default:
                max = 31;
        }
        if (d > max) {
            return null;
        }
        return cached(y, m, d);
    }

    /** First and last year whose dates are shared rather than allocated per value. */
    private static final int CACHE_FROM = 1900;
    private static final int CACHE_TO = 2100;
    private static final long CACHE_BASE = LocalDate.of(CACHE_FROM, 1, 1).toEpochDay();
    private static final LocalDate[] CACHE =
            new LocalDate[(int) (LocalDate.of(CACHE_TO, 12, 31).toEpochDay() - CACHE_BASE + 1)];

    /**
     * Returns the date, sharing one instance per day from 1900 to 2100: a registry repeats the
     * same days millions of times, and LocalDate is immutable (its fields are final, so a racy
     * fill of the cache is safe).
     */
    private static LocalDate cached(int y, int m, int d) {
        if (y < CACHE_FROM || y > CACHE_TO) {
            return LocalDate.of(y, m, d);
        }
        LocalDate date = LocalDate.of(y, m, d);
        int i = (int) (date.toEpochDay() - CACHE_BASE);
        LocalDate shared = CACHE[i];
        if (shared == null) {
            CACHE[i] = date;
            return date;
        }
        return shared;
    }

    private static int digits(char[] s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            char c = s[i];
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }
}
