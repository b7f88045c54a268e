package jp.kizuna.alumni.ws.soap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.xml.stream.XMLStreamReader;
import jp.kizuna.alumni.shared.BusinessException;
import org.apache.cxf.annotations.EndpointProperties;
import org.apache.cxf.annotations.EndpointProperty;
import org.apache.cxf.message.Message;
import org.apache.cxf.message.MessageImpl;
import org.apache.cxf.staxutils.StaxUtils;
import org.junit.jupiter.api.Test;

/**
 * The limits as the server applies them: CXF's reader (StaxUtils, Woodstox 7.0.0 as in WildFly 39)
 * configured with the endpoint's own properties, and the refusal each limit becomes. A Woodstox
 * upgrade that words its limit errors differently fails here, not in front of an HR system.
 */
class XmlLimitsTest {

    static {
        // configure.cli sets it server-wide; Woodstox takes it only when StaxUtils makes its factory.
        System.setProperty("org.apache.cxf.stax.maxAttributeCount", String.valueOf(XmlLimits.ATTRIBUTES));
    }

    private static BusinessException refusal(String xml) {
        Message message = new MessageImpl();
        for (EndpointProperty property : HrIntegrationEndpoint.class
                .getAnnotation(EndpointProperties.class)
                .value()) {
            message.put(property.key(), property.value()[0]);
        }
        try {
            XMLStreamReader reader = StaxUtils.configureReader(
                    StaxUtils.createXMLStreamReader(
                            new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "UTF-8"),
                    message);
            while (reader.hasNext()) {
                reader.next();
            }
        } catch (Exception refused) {
            BusinessException meaning = SenderErrors.of(refused);
            assertNotNull(meaning, "not read as a sender's error: " + refused);
            return meaning;
        }
        return fail("read without a refusal");
    }

    private static String code(String xml) {
        return refusal(xml).getKey();
    }

    @Test
    void everyLimitHasItsOwnRefusal() {
        assertEquals("integration.xml.tooDeep", code("<a>".repeat(33) + "</a>".repeat(33)));
        assertEquals("integration.xml.tooManyChildren", code("<r>" + "<x/>".repeat(2_001) + "</r>"));
        assertEquals(
                "integration.xml.tooManyElements",
                code("<r>" + ("<y>" + "<x/>".repeat(1_000) + "</y>").repeat(60) + "</r>"));
        assertEquals(
                "integration.xml.tooManyAttributes",
                code("<r"
                        + IntStream.range(0, 65)
                                .mapToObj(i -> " a" + i + "='1'")
                                .collect(Collectors.joining()) + "/>"));
        assertEquals("integration.xml.attributeTooLong", code("<r a='" + "1".repeat(65_537) + "'/>"));
        assertEquals("integration.xml.textTooLong", code("<r>" + "1".repeat(65_537) + "</r>"));
        assertEquals(
                "integration.xml.tooLarge", code("<r>" + ("<x>" + "1".repeat(60_000) + "</x>").repeat(70) + "</r>"));
    }

    @Test
    void withinTheLimitsAFullBatchIsRead() {
        String employee = "<e><n>E1</n><f>山田</f><g>太郎</g><k>ヤマダ</k><d>2004-04-01</d></e>";
        XmlLimitsTest.readWithoutRefusal("<r><m>m1</m>" + employee.repeat(1_000) + "</r>");
    }

    private static void readWithoutRefusal(String xml) {
        try {
            refusal(xml);
        } catch (AssertionError read) {
            assertEquals("read without a refusal", read.getMessage());
            return;
        }
        fail("a full batch was refused");
    }

    @Test
    void brokenXmlIsRefusedWithWhereItBreaks() {
        assertEquals("integration.xml.malformed", code("<r>a&#1;b</r>"));
        assertEquals("integration.xml.malformed", code("<r><a></r>"));
        assertEquals("integration.xml.malformed", code(""));
        assertEquals(
                "The XML is not well-formed (line 2, column 6); nothing was applied.",
                refusal("<r>\n<a></r>").getMessage(Locale.ENGLISH));
    }
}
