package org.renfang.qr.render;

import java.util.Objects;
import org.renfang.qr.DoorLabel;

/**
 * Renders a printable door-label sheet: an SVG {@value #WIDTH_MM} mm wide with the code on
 * top and, under it, the human-readable address line, the premises reference and the
 * issuer. A long address line is condensed to the label width.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class LabelSheet {
    /** The sheet width in millimetres. */
    public static final int WIDTH_MM = 60;
    /** The sheet height in millimetres. */
    public static final int HEIGHT_MM = 80;
    /** The longest address line accepted, in characters. */
    public static final int MAX_ADDRESS_LENGTH = 200;

    private static final double MARGIN = 3;
    private static final double CODE = WIDTH_MM - 2 * MARGIN;
    private static final double TEXT_WIDTH = WIDTH_MM - 2 * MARGIN;

    private LabelSheet() {
    }

    /**
     * Renders the sheet.
     *
     * @param symbol      the label's QR symbol, not null
     * @param label       the label whose premises and issuer are printed, not null
     * @param addressLine the address printed under the code, not null, at most
     *                    {@value #MAX_ADDRESS_LENGTH} characters, no control, format, line or
     *                    paragraph separator character, noncharacter (U+FFFE, U+FFFF…) or unpaired
     *                    surrogate: each would either not be well-formed XML or print differently
     *                    from how it reads
     * @return the SVG text, a well-formed XML document, not null
     * @throws IllegalArgumentException if the address line is too long or has such a character
     */
    public static String render(QrSymbol symbol, DoorLabel label, String addressLine) {
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(addressLine, "addressLine");
        if (addressLine.length() > MAX_ADDRESS_LENGTH) {
            throw new IllegalArgumentException("address line of " + addressLine.length() + " characters exceeds " + MAX_ADDRESS_LENGTH);
        }
        String problem = addressProblem(addressLine);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        int total = symbol.sizeWithQuietZone();
        StringBuilder sb = new StringBuilder(symbol.size() * symbol.size() + 1500);
        sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"").append(WIDTH_MM)
                .append("mm\" height=\"").append(HEIGHT_MM).append("mm\" viewBox=\"0 0 ").append(WIDTH_MM).append(' ')
                .append(HEIGHT_MM).append("\">\n")
                .append("<rect width=\"").append(WIDTH_MM).append("\" height=\"").append(HEIGHT_MM)
                .append("\" fill=\"#ffffff\"/>\n")
                .append("<rect x=\"0.25\" y=\"0.25\" width=\"").append(WIDTH_MM - 0.5).append("\" height=\"")
                .append(HEIGHT_MM - 0.5).append("\" fill=\"none\" stroke=\"#999999\" stroke-width=\"0.2\"/>\n")
                .append("<svg x=\"").append(MARGIN).append("\" y=\"").append(MARGIN).append("\" width=\"").append(CODE)
                .append("\" height=\"").append(CODE).append("\" viewBox=\"0 0 ").append(total).append(' ').append(total)
                .append("\" shape-rendering=\"crispEdges\">\n");
        SvgRenderer.appendSymbol(sb, symbol);
        sb.append("</svg>\n");
        double y = MARGIN + CODE + 6;
        text(sb, addressLine, y, 4.0, "bold", "'Noto Sans CJK SC','Source Han Sans SC','PingFang SC','Microsoft YaHei',sans-serif");
        text(sb, label.premises().value(), y + 6.5, 3.4, "normal", "'DejaVu Sans Mono',monospace");
        text(sb, label.issuer(), y + 11.5, 3.0, "normal", "'Noto Sans CJK SC','Source Han Sans SC',sans-serif");
        sb.append("</svg>\n");
        return sb.toString();
    }

    /**
     * Checks an address line.
     *
     * @param addressLine the address line, not null
     * @return a message naming the index of the first refused character (never the text), or null
     */
    static String addressProblem(String addressLine) {
        int n = addressLine.length();
        for (int i = 0; i < n; ) {
            char c = addressLine.charAt(i);
            if (Character.isSurrogate(c) && !(Character.isHighSurrogate(c) && i + 1 < n
                    && Character.isLowSurrogate(addressLine.charAt(i + 1)))) {
                return "address line has an unpaired surrogate at index " + i;
            }
            int cp = addressLine.codePointAt(i);
            int type = Character.getType(cp);
            if (type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                    || type == Character.PARAGRAPH_SEPARATOR) {
                return "address line has a control, format or separator character at index " + i;
            }
            if ((cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE) {
                return "address line has a noncharacter at index " + i;
            }
            i += Character.charCount(cp);
        }
        return null;
    }

    private static void text(StringBuilder sb, String s, double y, double size, String weight, String family) {
        sb.append("<text x=\"").append(WIDTH_MM / 2.0).append("\" y=\"").append(round(y))
                .append("\" text-anchor=\"middle\" font-size=\"").append(size).append("\" font-weight=\"").append(weight)
                .append("\" font-family=\"").append(family).append("\" fill=\"#000000\"");
        if (estimatedWidth(s, size) > TEXT_WIDTH) {
            sb.append(" textLength=\"").append(TEXT_WIDTH).append("\" lengthAdjust=\"spacingAndGlyphs\"");
        }
        sb.append('>');
        escape(sb, s);
        sb.append("</text>\n");
    }

    private static double estimatedWidth(String s, double size) {
        double w = 0;
        for (int i = 0; i < s.length(); i++) {
            w += s.charAt(i) >= 0x1100 ? 1.0 : 0.6;
        }
        return w * size;
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    private static void escape(StringBuilder sb, String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&apos;");
                default -> sb.append(c);
            }
        }
    }
}
