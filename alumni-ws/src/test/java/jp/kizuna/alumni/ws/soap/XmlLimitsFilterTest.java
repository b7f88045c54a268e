package jp.kizuna.alumni.ws.soap;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import jp.kizuna.alumni.shared.BusinessException;
import org.junit.jupiter.api.Test;

class XmlLimitsFilterTest {

    private final XmlLimitsFilter filter = new XmlLimitsFilter();

    /** The refusal of the full scan; the filter's check (quick look first) must refuse the same. */
    private String refusal(String xml) {
        byte[] bytes = xml.getBytes(StandardCharsets.UTF_8);
        String key = assertThrows(BusinessException.class, () -> filter.scan(bytes)).getKey();
        assertFalse(XmlLimitsFilter.plainlyWithinLimits(bytes), "the quick look passed what the scan refuses: " + key);
        assertEquals(key, assertThrows(BusinessException.class, () -> filter.check(bytes)).getKey());
        return key;
    }

    private static boolean plain(String xml) {
        return XmlLimitsFilter.plainlyWithinLimits(xml.getBytes(StandardCharsets.UTF_8));
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
    void passesAnOrdinaryMessageWithoutTheParser() {
        String employee = "<hr:employee><hr:employeeNumber>E1</hr:employeeNumber><hr:familyName>山田</hr:familyName>"
                + "<hr:note a=\"1 &amp; 2\" b='&#x3042;'>R&amp;D &lt;本社&gt; &#12354;<!-- c --></hr:note>"
                + "<hr:x><![CDATA[<not a tag>]]></hr:x><hr:empty/><hr:e2 /></hr:employee>";
        String batch = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + envelope(
                "<hr:UpsertEmployeesRequest xmlns:hr=\"urn:kizuna:alumni:hr:v1\">" + employee.repeat(1000)
                        + "</hr:UpsertEmployeesRequest>") + "\n";
        assertDoesNotThrow(() -> filter.scan(batch.getBytes(StandardCharsets.UTF_8)));
        assertTrue(plain(batch));
        assertTrue(plain(envelope("<a>" + "<b>".repeat(XmlLimitsFilter.MAX_DEPTH - 3) + "</b>".repeat(XmlLimitsFilter.MAX_DEPTH - 3) + "</a>")));
    }

    @Test
    void leavesEverythingUnusualToTheParser() {
        assertFalse(plain("<?xml version=\"1.0\" encoding=\"Shift_JIS\"?><a/>"));
        assertFalse(plain("<a>&custom;</a>"));
        assertFalse(plain(" <?xml version=\"1.0\"?><a/>"));
        assertEquals("integration.xml.malformed", refusal(" <?xml version=\"1.0\"?><a/>"));
        assertFalse(plain("<a></b>"));
        assertFalse(plain("<a/><b/>"));
        assertFalse(plain("text<a/>"));
        assertFalse(plain("<a b=\"<\"/>"));
        assertFalse(plain("<a b=\"1\"c=\"2\"/>"));
        assertFalse(plain("<a>"));
        assertFalse(plain("<a><![CDATA[x</a>"));
        assertFalse(plain("<a x=\"" + "\" y=\"".repeat(XmlLimitsFilter.MAX_ATTRIBUTES) + "\"/>"));
        byte[] utf16 = "<a/>".getBytes(StandardCharsets.UTF_16);
        assertFalse(XmlLimitsFilter.plainlyWithinLimits(utf16));
        assertEquals("integration.xml.malformed", refusal("<a></b>"));
        assertEquals("integration.xml.malformed", refusal("<not-closed>"));
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
