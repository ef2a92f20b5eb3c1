/**
 * Rendering of door-label QR codes: PNG, SVG and a printable label sheet.
 *
 * <pre>{@code
 * QrSymbol symbol = QrSymbol.encode(text, ErrorCorrection.Q, 9);
 * byte[] png = PngRenderer.render(symbol, 8);
 * String svg = SvgRenderer.render(symbol, 8);
 * String sheet = LabelSheet.render(symbol, label, "朝阳区某路 1 号 3 单元 502");
 * }</pre>
 */
package org.renfang.qr.render;
