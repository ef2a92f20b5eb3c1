package org.renfang.qr;

/**
 * The QR error-correction level of a door label's symbol; {@link #Q} is the default.
 */
public enum ErrorCorrection {
    /** Recovers about 7 % of the symbol. */
    L,
    /** Recovers about 15 % of the symbol. */
    M,
    /** Recovers about 25 % of the symbol; the default for door labels. */
    Q,
    /** Recovers about 30 % of the symbol. */
    H;

    /**
     * Obtains a level from its letter, ignoring case.
     *
     * @param letter one of {@code L}, {@code M}, {@code Q}, {@code H} in any case, not null
     * @return the level, not null
     * @throws IllegalArgumentException if the letter names no level
     */
    public static ErrorCorrection parse(String letter) {
        switch (letter.trim().toUpperCase(java.util.Locale.ROOT)) {
            case "L":
                return L;
            case "M":
                return M;
            case "Q":
                return Q;
            case "H":
                return H;
            default:
                throw new IllegalArgumentException("error correction must be L, M, Q or H");
        }
    }
}
