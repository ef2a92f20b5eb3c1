package org.renfang.validation.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * A regular expression of a small subset, matched without allocating: the {@code @Pattern}s of
 * the model compiled once, so that the fast path of the field constraints need not create a
 * {@link java.util.regex.Matcher} per value. {@link #compile} accepts alternations of sequences of
 * literal characters, escaped metacharacters, {@code \d} and positive character classes of
 * characters and ranges ({@code [0-9 ()-]}), each optionally followed by {@code ?}, {@code *},
 * {@code +}, <code>{n}</code>, <code>{n,}</code> or <code>{n,m}</code>, and at most 64 character
 * positions once the counts are written out. It refuses (returns null for) anything else:
 * groups, anchors, {@code .}, negated or nested classes, other escapes, lazy or possessive
 * quantifiers, surrogate characters. Within that subset {@link #matches} answers exactly as
 * {@code java.util.regex.Pattern.compile(regex).matcher(s).matches()} does, without flags
 * ({@code \d} is {@code [0-9]}; a character outside the classes, a surrogate included, matches
 * nothing).
 *
 * <p>It is a position automaton (Glushkov): each position is one class, and the set of positions
 * reached after each character is a {@code long} bit set.
 *
 * <p>This class is immutable and thread-safe.
 */
final class CharPattern {
    private static final int MAX_POSITIONS = 64;
    private static final int MAX_COUNT = 1000;

    /** Each position's class: ranges as pairs of first and last character. */
    private final char[][] classes;
    private final long[] follow;
    private final long first;
    private final long last;
    private final boolean nullable;

    private CharPattern(char[][] classes, long[] follow, long first, long last, boolean nullable) {
        this.classes = classes;
        this.follow = follow;
        this.first = first;
        this.last = last;
        this.nullable = nullable;
    }

    /**
     * Compiles a regular expression of the subset this class matches.
     *
     * @param regex the expression, not null
     * @return the pattern, or null if the expression is outside the subset
     */
    static CharPattern compile(String regex) {
        try {
            return new Parser(regex).parse();
        } catch (Unsupported e) {
            return null;
        }
    }

    /**
     * Returns whether the whole of a text matches.
     *
     * @param s the text, not null
     * @return true if it matches
     */
    boolean matches(CharSequence s) {
        int n = s.length();
        if (n == 0) {
            return nullable;
        }
        long candidates = first;
        for (int i = 0;; i++) {
            char c = s.charAt(i);
            long reached = 0;
            for (long m = candidates; m != 0; m &= m - 1) {
                int p = Long.numberOfTrailingZeros(m);
                if (in(classes[p], c)) {
                    reached |= 1L << p;
                }
            }
            if (i == n - 1) {
                return (reached & last) != 0;
            }
            candidates = 0;
            for (long m = reached; m != 0; m &= m - 1) {
                candidates |= follow[Long.numberOfTrailingZeros(m)];
            }
            if (candidates == 0) {
                return false;
            }
        }
    }

    private static boolean in(char[] ranges, char c) {
        for (int i = 0; i < ranges.length; i += 2) {
            if (c >= ranges[i] && c <= ranges[i + 1]) {
                return true;
            }
        }
        return false;
    }

    /** Thrown inside the parser for an expression outside the subset. */
    private static final class Unsupported extends Exception {
        private static final long serialVersionUID = 1L;

        Unsupported() {
            super(null, null, false, false);
        }
    }

    /** A recursive-descent parser of the subset, building the automaton as it goes. */
    private static final class Parser {
        private static final char[] DIGITS = {'0', '9'};
        private final String regex;
        private int at;
        private final List<char[]> classes = new ArrayList<>();
        /** Per position: whether it repeats ({@code *}, or the tail of {@code +} and <code>{n,}</code>). */
        private final List<Boolean> loops = new ArrayList<>();
        private long[] follow = new long[MAX_POSITIONS];

        Parser(String regex) {
            this.regex = regex;
        }

        CharPattern parse() throws Unsupported {
            long first = 0;
            long last = 0;
            boolean nullable = false;
            while (true) {
                long[] branch = branch();
                first |= branch[0];
                last |= branch[1];
                nullable |= branch[2] != 0;
                if (at == regex.length()) {
                    break;
                }
                at++; // '|'
            }
            return new CharPattern(classes.toArray(new char[0][]), follow.clone(), first, last, nullable);
        }

        /** One branch: its first set, last set and nullability (0 or 1). */
        private long[] branch() throws Unsupported {
            List<Integer> positions = new ArrayList<>();
            List<Boolean> required = new ArrayList<>();
            while (at < regex.length() && regex.charAt(at) != '|') {
                char[] atom = atom();
                int[] count = quantifier();
                for (int i = 0; i < count[0]; i++) {
                    positions.add(position(atom, false));
                    required.add(true);
                }
                if (count[1] < 0) {
                    positions.add(position(atom, true));
                    required.add(false);
                } else {
                    for (int i = count[0]; i < count[1]; i++) {
                        positions.add(position(atom, false));
                        required.add(false);
                    }
                }
            }
            int n = positions.size();
            long first = 0;
            for (int i = 0; i < n; i++) {
                first |= 1L << positions.get(i);
                if (required.get(i)) {
                    break;
                }
            }
            long last = 0;
            boolean nullable = true;
            for (int i = n - 1; i >= 0; i--) {
                last |= 1L << positions.get(i);
                if (required.get(i)) {
                    nullable = false;
                    break;
                }
            }
            for (int i = 0; i < n; i++) {
                int p = positions.get(i);
                if (loops.get(p)) {
                    follow[p] |= 1L << p;
                }
                for (int j = i + 1; j < n; j++) {
                    follow[p] |= 1L << positions.get(j);
                    if (required.get(j)) {
                        break;
                    }
                }
            }
            return new long[] {first, last, nullable ? 1 : 0};
        }

        private int position(char[] atom, boolean loop) throws Unsupported {
            if (classes.size() == MAX_POSITIONS) {
                throw new Unsupported();
            }
            classes.add(atom);
            loops.add(loop);
            return classes.size() - 1;
        }

        /** One atom: a literal, an escape or a class, as ranges. */
        private char[] atom() throws Unsupported {
            char c = regex.charAt(at++);
            switch (c) {
                case '\\':
                    return escape(false);
                case '[':
                    return characterClass();
                case '(': case ')': case '.': case '^': case '$': case '*': case '+': case '?': case '{': case '}':
                case ']':
                    throw new Unsupported();
                default:
                    return literal(c);
            }
        }

        private char[] escape(boolean inClass) throws Unsupported {
            if (at == regex.length()) {
                throw new Unsupported();
            }
            char c = regex.charAt(at++);
            if (c == 'd') {
                return DIGITS;
            }
            if ("\\+.-()[]{}|?*^$/".indexOf(c) >= 0) {
                return literal(c);
            }
            throw new Unsupported();
        }

        private static char[] literal(char c) throws Unsupported {
            if (Character.isSurrogate(c)) {
                throw new Unsupported();
            }
            return new char[] {c, c};
        }

        /** A positive class after its {@code [}: characters, ranges and {@code \d}, up to {@code ]}. */
        private char[] characterClass() throws Unsupported {
            StringBuilder ranges = new StringBuilder();
            boolean firstItem = true;
            while (true) {
                if (at == regex.length()) {
                    throw new Unsupported();
                }
                char c = regex.charAt(at++);
                if (c == ']' && !firstItem) {
                    break;
                }
                if (c == '[' || c == ']' || c == '&' || c == '^') {
                    throw new Unsupported();
                }
                char[] item;
                boolean rangeStart = false;
                if (c == '\\') {
                    item = escape(true);
                } else if (c == '-' && (at == regex.length() || regex.charAt(at) != ']')) {
                    throw new Unsupported(); // a '-' that is not the last character: [-a], [a-b-c]
                } else {
                    item = literal(c);
                    rangeStart = true;
                }
                if (rangeStart && at + 1 < regex.length() && regex.charAt(at) == '-' && regex.charAt(at + 1) != ']') {
                    at++;
                    char to = regex.charAt(at++);
                    if ("\\[]&^-".indexOf(to) >= 0 || Character.isSurrogate(to) || to < item[0]) {
                        throw new Unsupported();
                    }
                    item = new char[] {item[0], to};
                }
                ranges.append(item[0]).append(item[1]);
                firstItem = false;
            }
            return ranges.toString().toCharArray();
        }

        /** The quantifier after an atom: {least, most}, most -1 for unbounded; {1, 1} when none. */
        private int[] quantifier() throws Unsupported {
            if (at == regex.length()) {
                return new int[] {1, 1};
            }
            int[] q;
            switch (regex.charAt(at)) {
                case '?':
                    at++;
                    q = new int[] {0, 1};
                    break;
                case '*':
                    at++;
                    q = new int[] {0, -1};
                    break;
                case '+':
                    at++;
                    q = new int[] {1, -1};
                    break;
                case '{':
                    at++;
                    q = counts();
                    break;
                default:
                    return new int[] {1, 1};
            }
            if (at < regex.length() && "?+*{".indexOf(regex.charAt(at)) >= 0) {
                throw new Unsupported(); // lazy, possessive or a quantifier of a quantifier
            }
            return q;
        }

        private int[] counts() throws Unsupported {
            int least = number();
            int most = least;
            if (at < regex.length() && regex.charAt(at) == ',') {
                at++;
                most = at < regex.length() && regex.charAt(at) == '}' ? -1 : number();
            }
            if (at == regex.length() || regex.charAt(at) != '}' || most >= 0 && most < least) {
                throw new Unsupported();
            }
            at++;
            return new int[] {least, most};
        }

        private int number() throws Unsupported {
            int start = at;
            int n = 0;
            while (at < regex.length() && regex.charAt(at) >= '0' && regex.charAt(at) <= '9' && at - start < 4) {
                n = n * 10 + regex.charAt(at++) - '0';
            }
            if (at == start || n > MAX_COUNT) {
                throw new Unsupported();
            }
            return n;
        }
    }
}
