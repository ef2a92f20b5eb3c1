package org.renfang.model;

import java.util.Objects;

/**
 * Rules shared by every typed id.
 */
final class Ids {
    /** The longest id accepted, in characters. */
    static final int MAX_LENGTH = 64;

    private Ids() {
    }

    static void check(String value) {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new InvalidFieldException("id is blank");
        }
        if (value.length() > MAX_LENGTH) {
            throw new InvalidFieldException("id of " + value.length() + " characters exceeds " + MAX_LENGTH);
        }
    }

    /** Natural order that puts "P2" before "P10": digit runs compare by value. */
    static int compare(String a, String b) {
        int i = 0;
        int j = 0;
        int na = a.length();
        int nb = b.length();
        while (i < na && j < nb) {
            char ca = a.charAt(i);
            char cb = b.charAt(j);
            if (isDigit(ca) && isDigit(cb)) {
                int si = i;
                int sj = j;
                while (si < na && a.charAt(si) == '0') {
                    si++;
                }
                while (sj < nb && b.charAt(sj) == '0') {
                    sj++;
                }
                int ei = si;
                int ej = sj;
                while (ei < na && isDigit(a.charAt(ei))) {
                    ei++;
                }
                while (ej < nb && isDigit(b.charAt(ej))) {
                    ej++;
                }
                int la = ei - si;
                int lb = ej - sj;
                if (la != lb) {
                    return Integer.compare(la, lb);
                }
                for (int k = 0; k < la; k++) {
                    int c = Character.compare(a.charAt(si + k), b.charAt(sj + k));
                    if (c != 0) {
                        return c;
                    }
                }
                int za = si - i;
                int zb = sj - j;
                if (za != zb) {
                    return Integer.compare(za, zb);
                }
                i = ei;
                j = ej;
            } else {
                if (ca != cb) {
                    return Character.compare(ca, cb);
                }
                i++;
                j++;
            }
        }
        return Integer.compare(na - i, nb - j);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
