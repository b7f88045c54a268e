package jp.kizuna.alumni.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;

/** The outside half of {@link ProvisionRecordIT}: the HR system's SOAP call, kept apart so the in-container half never loads the HTTP client. */
final class ProvisionRecordSoapSteps {

    private ProvisionRecordSoapSteps() {}

    static void hrSystemExportsConsentingAlumni() throws Exception {
        HttpResponse<String> page = HrClient.soap(
                HrClient.basic("hr-sync", "demo"),
                HrClient.envelope(
                        "<hr:ExportConsentedAlumniRequest><hr:purpose>REHIRE_OFFERS</hr:purpose><hr:first>0</hr:first>"
                                + "<hr:max>1000</hr:max></hr:ExportConsentedAlumniRequest>"));
        assertEquals(200, page.statusCode(), page.body());
        assertTrue(page.body().contains("ExportConsentedAlumniResponse"), page.body());
    }
}
