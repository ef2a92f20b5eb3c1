package org.renfang.qr.render;

import java.util.Objects;

/**
 * Renders a QR symbol as SVG: a white square and one path for all dark modules, in
 * module units, with the quiet zone.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SvgRenderer {
    /** The largest module size, in pixels. */
    public static final int MAX_MODULE_PX = 1000;

    private SvgRenderer() {
    }

    /**
     * Returns the path data of the dark modules, one rectangle a horizontal run, in module
     * units with the origin at the symbol's corner (quiet zone excluded).
     *
     * @param symbol the symbol, not null
     * @return the {@code d} attribute value, not null
     */
    public static String pathData(QrSymbol symbol) {
        Objects.requireNonNull(symbol, "symbol");
        int n = symbol.size();
        StringBuilder d = new StringBuilder(n * n);
        for (int y = 0; y < n; y++) {
            int x = 0;
            while (x < n) {
                if (!symbol.isDark(x, y)) {
                    x++;
                    continue;
                }
                int start = x;
                while (x < n && symbol.isDark(x, y)) {
                    x++;
                }
                int run = x - start;
                d.append('M').append(start).append(',').append(y)
                        .append('h').append(run).append("v1h-").append(run).append('z');
            }
        }
        return d.toString();
    }

    /**
     * Renders a symbol as a standalone SVG document.
     *
     * @param symbol   the symbol, not null
     * @param modulePx the module size for the width and height attributes, 1 to {@value #MAX_MODULE_PX}
     * @return the SVG text, not null
     * @throws IllegalArgumentException if {@code modulePx} is out of range
     */
    public static String render(QrSymbol symbol, int modulePx) {
        Objects.requireNonNull(symbol, "symbol");
        if (modulePx < 1 || modulePx > MAX_MODULE_PX) {
            throw new IllegalArgumentException("module size " + modulePx + " px is outside 1.." + MAX_MODULE_PX);
        }
        int total = symbol.sizeWithQuietZone();
        int px = total * modulePx;
        StringBuilder sb = new StringBuilder(symbol.size() * symbol.size() + 400);
        sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"").append(px)
                .append("\" height=\"").append(px).append("\" viewBox=\"0 0 ").append(total).append(' ').append(total)
                .append("\" shape-rendering=\"crispEdges\">\n");
        appendSymbol(sb, symbol);
        sb.append("</svg>\n");
        return sb.toString();
    }

    /**
     * Appends the white square and the translated path, in module units.
     *
     * @param sb     the builder, not null
     * @param symbol the symbol, not null
     */
    static void appendSymbol(StringBuilder sb, QrSymbol symbol) {
        int total = symbol.sizeWithQuietZone();
        sb.append("<rect width=\"").append(total).append("\" height=\"").append(total).append("\" fill=\"#ffffff\"/>\n")
                .append("<path transform=\"translate(").append(QrSymbol.QUIET_ZONE).append(',').append(QrSymbol.QUIET_ZONE)
                .append(")\" fill=\"#000000\" d=\"").append(pathData(symbol)).append("\"/>\n");
    }
}
