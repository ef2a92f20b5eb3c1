package org.renfang.validation.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

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
 * <p>It is built as a position automaton (Glushkov): each position is one class, and a set of
 * positions is a {@code long} bit set. That automaton is made deterministic once, over the
 * intervals of characters that no class boundary splits, so that matching reads one table entry
 * per character; an expression whose deterministic automaton would exceed {@value #MAX_STATES}
 * states runs the position automaton directly.
 *
 * <p>This class is immutable and thread-safe.
 */
final class CharPattern {
    private static final int MAX_POSITIONS = 64;
    private static final int MAX_COUNT = 1000;

    /** The most states of the deterministic automaton; beyond them the position automaton is run directly. */
    private static final int MAX_STATES = 1024;

    /** Each position's class: ranges as pairs of first and last character. */
    private final char[][] classes;
    private final long[] follow;
    private final long first;
    private final long last;
    private final boolean nullable;
    /** The first character of each interval of characters that no class boundary splits, and 0x10000. */
    private final int[] bounds;
    /** The interval of each ASCII character. */
    private final int[] ascii;
    /** The deterministic automaton: next state by state and interval, -1 for no match; null if too large. */
    private final int[] next;
    private final boolean[] accepting;

    private CharPattern(char[][] classes, long[] follow, long first, long last, boolean nullable) {
        this.classes = classes;
        this.follow = follow;
        this.first = first;
        this.last = last;
        this.nullable = nullable;
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, 0x10000));
        for (char[] ranges : classes) {
            for (int i = 0; i < ranges.length; i += 2) {
                cuts.add((int) ranges[i]);
                cuts.add(ranges[i + 1] + 1);
            }
        }
        this.bounds = cuts.stream().mapToInt(Integer::intValue).toArray();
        this.ascii = new int[128];
        for (char c = 0; c < 128; c++) {
            ascii[c] = interval(c);
        }
        List<Long> states = new ArrayList<>();
        Map<Long, Integer> index = new HashMap<>();
        states.add(0L); // the start: nothing read yet
        int intervals = bounds.length - 1;
        List<Integer> table = new ArrayList<>();
        for (int s = 0; s < states.size() && states.size() <= MAX_STATES; s++) {
            long candidates = s == 0 ? first : candidates(states.get(s));
            for (int k = 0; k < intervals; k++) {
                long reached = reached(candidates, (char) bounds[k]);
                if (reached == 0) {
                    table.add(-1);
                } else {
                    Integer to = index.get(reached);
                    if (to == null) {
                        to = states.size();
                        states.add(reached);
                        index.put(reached, to);
                    }
                    table.add(to);
                }
            }
        }
        if (states.size() > MAX_STATES) {
            this.next = null;
            this.accepting = null;
        } else {
            this.next = table.stream().mapToInt(Integer::intValue).toArray();
            this.accepting = new boolean[states.size()];
            accepting[0] = nullable;
            for (int s = 1; s < states.size(); s++) {
                accepting[s] = (states.get(s) & last) != 0;
            }
        }
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
        if (next == null) {
            return simulate(s);
        }
        int intervals = bounds.length - 1;
        int state = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            state = next[state * intervals + (c < 128 ? ascii[c] : interval(c))];
            if (state < 0) {
                return false;
            }
        }
        return accepting[state];
    }

    /** The interval of a character: the last bound at or below it. */
    private int interval(char c) {
        int i = Arrays.binarySearch(bounds, c);
        return i >= 0 ? i : -i - 2;
    }

    /** The positions that may match the character after those reached. */
    private long candidates(long reached) {
        long candidates = 0;
        for (long m = reached; m != 0; m &= m - 1) {
            candidates |= follow[Long.numberOfTrailingZeros(m)];
        }
        return candidates;
    }

    /** The candidates whose class holds a character. */
    private long reached(long candidates, char c) {
        long reached = 0;
        for (long m = candidates; m != 0; m &= m - 1) {
            int p = Long.numberOfTrailingZeros(m);
            if (in(classes[p], c)) {
                reached |= 1L << p;
            }
        }
        return reached;
    }

    /** Runs the position automaton itself, one set of positions per character. */
    private boolean simulate(CharSequence s) {
        int n = s.length();
        if (n == 0) {
            return nullable;
        }
        long candidates = first;
        for (int i = 0;; i++) {
            long reached = reached(candidates, s.charAt(i));
            if (i == n - 1) {
                return (reached & last) != 0;
            }
            candidates = candidates(reached);
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
                    if ("\\[]&^-".indexOf(to) >= 0 || Character.isSurrogate(to) || to < item[0]
                            || item[0] <= Character.MAX_SURROGATE && to >= Character.MIN_SURROGATE) {
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
