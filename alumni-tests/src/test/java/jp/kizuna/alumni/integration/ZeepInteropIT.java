package jp.kizuna.alumni.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import jp.kizuna.alumni.it.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A non-Java SOAP client (Debian's python3-zeep) reads the published WSDL and calls every operation;
 * the checks are in src/test/python/hr_soap_interop.py.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ZeepInteropIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.fullApplication();
    }

    @Test
    void pythonZeepClientUsesThePublishedContract() throws Exception {
        File script = new File("src/test/python/hr_soap_interop.py");
        assertTrue(script.isFile(), script.getAbsolutePath());
        Process zeep = new ProcessBuilder(
                        "/usr/bin/python3",
                        script.getPath(),
                        HrClient.BASE,
                        "hr-sync",
                        "demo",
                        UUID.randomUUID().toString().substring(0, 8))
                .redirectErrorStream(true)
                .start();
        // The script's own HTTP timeouts bound its run; its output is read to the end before waiting.
        String output = new String(zeep.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(zeep.waitFor(30, TimeUnit.SECONDS), "zeep client finished");
        System.out.println(output);
        assertEquals(0, zeep.exitValue(), output);
        assertTrue(output.contains("all checks passed"), output);
        assertTrue(output.contains("PASS GetCaseStatus"), output);
        assertTrue(output.contains("PASS wrong password: AccessRefused fault"), output);
    }
}
