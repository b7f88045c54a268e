package jp.kizuna.alumni.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.zip.GZIPInputStream;
import jp.kizuna.alumni.it.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What a browser on a slow line gets: pages, style sheets and scripts compressed when it asks for gzip
 * (and the same bytes once unpacked), plain to a client that does not ask, and static resources
 * cached for days.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CompressionAndCachingIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.fullApplication();
    }

    @Test
    void pagesStyleSheetsAndScriptsAreCompressedForABrowserThatAsks() throws Exception {
        for (String path : List.of(
                "/signed-out.xhtml",
                "/jakarta.faces.resource/css/alumni.css.xhtml",
                "/jakarta.faces.resource/theme.css.xhtml?ln=primefaces-saga-blue",
                "/jakarta.faces.resource/core.js.xhtml?ln=primefaces")) {
            HttpResponse<byte[]> plain = get(path, null);
            HttpResponse<byte[]> packed = get(path, "gzip, deflate, br");
            assertEquals(200, plain.statusCode(), path);
            assertEquals(200, packed.statusCode(), path);
            assertTrue(plain.headers().firstValue("Content-Encoding").isEmpty(), path + " plain when not asked");
            assertEquals("gzip", packed.headers().firstValue("Content-Encoding").orElse(null), path);
            byte[] unpacked = gunzip(packed.body());
            assertTrue(
                    packed.body().length < plain.body().length / 2,
                    path + ": " + packed.body().length + " bytes compressed against " + plain.body().length);
            if (!path.endsWith(".xhtml")) {
                // A page carries a fresh nonce every time; resources are the same bytes.
                assertEquals(plain.body().length, unpacked.length, path);
            }
        }
    }

    @Test
    void staticResourcesAreCachedForDays() throws Exception {
        for (String path : List.of(
                "/jakarta.faces.resource/css/alumni.css.xhtml",
                "/jakarta.faces.resource/core.js.xhtml?ln=primefaces")) {
            HttpResponse<byte[]> resource = get(path, "gzip");
            long maxAge = resource.headers()
                    .firstValue("Cache-Control")
                    .map(value -> value.replaceAll(".*max-age=(\\d+).*", "$1"))
                    .map(Long::parseLong)
                    .orElse(0L);
            assertTrue(
                    maxAge >= 86_400,
                    path + " Cache-Control " + resource.headers().firstValue("Cache-Control"));
        }
    }

    private static HttpResponse<byte[]> get(String path, String acceptEncoding) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Browser.appUrl(path)));
        if (acceptEncoding != null) {
            request.header("Accept-Encoding", acceptEncoding);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static byte[] gunzip(byte[] body) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return in.readAllBytes();
        }
    }
}
