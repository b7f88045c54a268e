package jp.kizuna.alumni.ws.soap;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import jp.kizuna.alumni.shared.BusinessException;
import org.junit.jupiter.api.Test;

class XmlLimitsFilterTest {

    private final XmlLimitsFilter filter = new XmlLimitsFilter();

    private String refusal(String xml) {
        return assertThrows(BusinessException.class, () -> filter.scan(xml.getBytes(StandardCharsets.UTF_8))).getKey();
    }

    private static String envelope(String body) {
        return "<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\"><s:Body>" + body + "</s:Body></s:Envelope>";
    }

    @Test
    void acceptsAnOrdinaryBatch() {
        String employee = "<e><n>E1</n><f>山田</f><g>太郎</g></e>";
        assertDoesNotThrow(() -> filter.scan(envelope("<r>" + employee.repeat(1000) + "</r>").getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void refusesDocumentTypeDeclarationsBeforeExpandingAnything() {
        assertEquals("integration.xml.dtd", refusal("<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM "
                + "\"file:///etc/passwd\">]>" + envelope("<r>&x;</r>")));
        StringBuilder laughs = new StringBuilder("<!DOCTYPE l [<!ENTITY a \"ha\">");
        for (int i = 1; i < 10; i++) {
            laughs.append("<!ENTITY a").append(i).append(" \"").append(("&a" + (i == 1 ? "" : i - 1) + ";").repeat(10)).append("\">");
        }
        assertEquals("integration.xml.dtd", refusal(laughs.append("]>").append(envelope("<r>&a9;</r>")).toString()));
    }

    @Test
    void refusesDeepWideAndLongDocuments() {
        assertEquals("integration.xml.tooDeep", refusal(envelope("<a>".repeat(40) + "</a>".repeat(40))));
        assertEquals("integration.xml.tooManyElements", refusal(envelope("<a/>".repeat(XmlLimitsFilter.MAX_ELEMENTS + 1))));
        assertEquals("integration.xml.textTooLong", refusal(envelope("<a>" + "x".repeat(XmlLimitsFilter.MAX_TEXT + 1) + "</a>")));
        assertEquals("integration.xml.malformed", refusal("<a><b></a>"));
    }
}
