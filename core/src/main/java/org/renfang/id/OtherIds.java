package org.renfang.id;

/**
 * The check of {@link org.renfang.model.DocumentType#OTHER} numbers: length and printable
 * characters only; see {@link IdNumbers#check}.
 *
 * <p>This class is immutable and thread-safe.
 */
final class OtherIds {

    /** The longest number accepted, in code points. */
    static final int MAX_CODE_POINTS = 64;

    private OtherIds() {
    }

    static long packed(CharSequence number) {
        if (number == null) {
            return Gb11643.fail(IdReason.EMPTY);
        }
        int length = number.length();
        if (length == 0) {
            return Gb11643.fail(IdReason.EMPTY);
        }
        // Two chars per code point at most: a longer input cannot fit, whatever it holds.
        if (length > 2 * MAX_CODE_POINTS) {
            return Gb11643.failOrEmpty(number, IdReason.LENGTH);
        }
        int codePoints = 0;
        boolean charset = true;
        for (int i = 0; i < length; ) {
            char c = number.charAt(i);
            int cp = c;
            if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(number.charAt(i + 1))) {
                cp = Character.toCodePoint(c, number.charAt(i + 1));
                i += 2;
            } else {
                i++;
            }
            codePoints++;
            if (!isPrintable(cp)) {
                charset = false;
            }
        }
        if (Gb11643.isBlank(number)) {
            return Gb11643.fail(IdReason.EMPTY);
        }
        if (codePoints > MAX_CODE_POINTS) {
            return Gb11643.fail(IdReason.LENGTH);
        }
        return charset ? Gb11643.ok(Gb11643.SEX_NONE, 0, -1) : Gb11643.fail(IdReason.CHARSET);
    }

    /** Control, format, surrogate, private-use, unassigned and line/paragraph separators are not printable. */
    static boolean isPrintable(int codePoint) {
        switch (Character.getType(codePoint)) {
            case Character.CONTROL:
            case Character.FORMAT:
            case Character.SURROGATE:
            case Character.PRIVATE_USE:
            case Character.UNASSIGNED:
            case Character.LINE_SEPARATOR:
            case Character.PARAGRAPH_SEPARATOR:
                return false;
            default:
                return true;
        }
    }
}
