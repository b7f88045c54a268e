package jp.kizuna.alumni.ws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import jp.kizuna.alumni.integration.HrField;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The published OpenAPI document, the WSDL and the checks in the code state the same limit for every text field. */
class ContractLimitsTest {

    private static final Path WEBAPP = Path.of("src/main/webapp");
    private static final String XS = "http://www.w3.org/2001/XMLSchema";

    @Test
    void openApiStatesTheLimitsTheCodeChecks() throws Exception {
        JsonObject schemas;
        try (JsonReader reader = Json.createReader(Files.newInputStream(WEBAPP.resolve("openapi.json")))) {
            schemas = reader.readObject().getJsonObject("components").getJsonObject("schemas");
        }
        Map<String, Integer> documented = new LinkedHashMap<>();
        Map<String, Integer> checked = new LinkedHashMap<>();
        JsonObject employee = schemas.getJsonObject("EmployeeRecord").getJsonObject("properties");
        for (HrField field : HrField.employeeFields()) {
            JsonObject property = employee.getJsonObject(field.field());
            assertNotNull(property, field.field());
            documented.put("EmployeeRecord." + field.field(), property.getInt("maxLength", -1));
            checked.put("EmployeeRecord." + field.field(), field.maxLength());
        }
        JsonObject resignation = schemas.getJsonObject("ResignationReport").getJsonObject("properties");
        for (HrField field : List.of(HrField.EMPLOYEE_NUMBER, HrField.STATED_REASON)) {
            documented.put(
                    "ResignationReport." + field.field(),
                    resignation.getJsonObject(field.field()).getInt("maxLength", -1));
            checked.put("ResignationReport." + field.field(), field.maxLength());
        }
        assertEquals(checked, documented);
    }

    @Test
    void theWsdlStatesTheLimitsTheCodeChecks() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document wsdl;
        try (InputStream in = Files.newInputStream(WEBAPP.resolve("WEB-INF/wsdl/HrIntegration-v1.wsdl"))) {
            wsdl = factory.newDocumentBuilder().parse(in);
        }
        Map<String, Integer> maxLengthOfType = new LinkedHashMap<>();
        NodeList simpleTypes = wsdl.getElementsByTagNameNS(XS, "simpleType");
        for (int i = 0; i < simpleTypes.getLength(); i++) {
            Element type = (Element) simpleTypes.item(i);
            Element maxLength =
                    (Element) type.getElementsByTagNameNS(XS, "maxLength").item(0);
            maxLengthOfType.put("tns:" + type.getAttribute("name"), Integer.valueOf(maxLength.getAttribute("value")));
        }
        Map<String, Integer> documented = new LinkedHashMap<>();
        Map<String, Integer> checked = new LinkedHashMap<>();
        Map<String, List<HrField>> fieldsOf = Map.of(
                "Employee",
                HrField.employeeFields(),
                "ReportResignationRequest",
                List.of(HrField.EMPLOYEE_NUMBER, HrField.STATED_REASON));
        NodeList complexTypes = wsdl.getElementsByTagNameNS(XS, "complexType");
        for (int i = 0; i < complexTypes.getLength(); i++) {
            Element type = (Element) complexTypes.item(i);
            List<HrField> fields = fieldsOf.get(type.getAttribute("name"));
            if (fields == null) {
                continue;
            }
            NodeList elements = type.getElementsByTagNameNS(XS, "element");
            for (HrField field : fields) {
                String key = type.getAttribute("name") + "." + field.field();
                checked.put(key, field.maxLength());
                for (int e = 0; e < elements.getLength(); e++) {
                    Element element = (Element) elements.item(e);
                    if (element.getAttribute("name").equals(field.field())) {
                        documented.put(key, maxLengthOfType.getOrDefault(element.getAttribute("type"), -1));
                    }
                }
            }
        }
        assertEquals(checked, documented);
    }
}
