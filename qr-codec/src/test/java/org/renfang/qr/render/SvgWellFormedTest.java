package org.renfang.qr.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.renfang.model.PremisesId;
import org.renfang.qr.DoorLabel;
import org.renfang.qr.ErrorCorrection;
import org.w3c.dom.Document;

/**
 * Issue #16, item 11: every SVG the module writes is well-formed XML, read by a real parser.
 */
class SvgWellFormedTest {
    private static final QrSymbol SYMBOL = QrSymbol.encode("RF1:ABC", ErrorCorrection.Q);

    /**
     * Parses SVG text with the JDK's XML parser (no DTDs, no external entities).
     *
     * @param svg the text, not null
     * @return the document
     * @throws Exception if it is not well-formed XML
     */
    public static Document parse(String svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setExpandEntityReferences(false);
        var builder = f.newDocumentBuilder();
        builder.setErrorHandler(null);
        return builder.parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void symbolSvg_isWellFormed_atEveryModuleSize() throws Exception {
        for (int px : new int[] {1, 8, SvgRenderer.MAX_MODULE_PX}) {
            Document d = parse(SvgRenderer.render(SYMBOL, px));
            assertThat(d.getDocumentElement().getLocalName()).isEqualTo("svg");
            assertThat(d.getDocumentElement().getAttribute("width")).isEqualTo(String.valueOf(SYMBOL.sizeWithQuietZone() * px));
        }
    }

    @Test
    void sheet_isWellFormed_withHostileButAllowedText() throws Exception {
        DoorLabel label = DoorLabel.of("北京市公安局朝阳分局", PremisesId.of("a<b>&\"c'd]]>"), 1, LocalDate.of(2026, 3, 1), null);
        String[] addresses = {"", "北京市朝阳区建国路 88 号 3 单元 1201", "<script>&amp;\"'</script>]]>", "&#xFFFF;",
            "\uD83C\uDFE0 楼", "x".repeat(LabelSheet.MAX_ADDRESS_LENGTH), "\uFFFD"};
        for (String address : addresses) {
            Document d = parse(LabelSheet.render(SYMBOL, label, address));
            assertThat(d.getDocumentElement().getElementsByTagNameNS("http://www.w3.org/2000/svg", "text").item(0)
                    .getTextContent()).isEqualTo(address);
            assertThat(d.getDocumentElement().getElementsByTagNameNS("http://www.w3.org/2000/svg", "text").item(1)
                    .getTextContent()).isEqualTo("a<b>&\"c'd]]>");
        }
    }

    @Test
    void sheet_refusesCharactersXmlCannotHoldOrThatPrintDifferently() {
        DoorLabel label = DoorLabel.of("PSB", PremisesId.of("H1"), 1, LocalDate.of(2026, 3, 1), null);
        for (String bad : new String[] {"a\uFFFEb", "a\uFFFF", "\uFDD0", "a\uD800", "\uDC00a", "a\u0000", "a\u001B[2J",
            "a\u202Eb", "a\u2028b", "\uFEFFa", "a\u200Bb", "a\u0085"}) {
            assertThatThrownBy(() -> LabelSheet.render(SYMBOL, label, bad)).as("U+%04X", (int) bad.charAt(bad.length() - 1))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("index");
        }
        assertThatThrownBy(() -> LabelSheet.render(SYMBOL, label, "x".repeat(LabelSheet.MAX_ADDRESS_LENGTH + 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void parser_refusesWhatTheSheetUsedToWrite() {
        // the check above is what keeps the sheet well-formed: U+FFFF raw in XML text is not
        assertThatThrownBy(() -> parse("<svg xmlns=\"http://www.w3.org/2000/svg\"><text>a\uFFFF</text></svg>"))
                .isInstanceOf(Exception.class);
    }
}
