package jp.kizuna.alumni.integration;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * What an operator's Prometheus reads: /metrics on the management interface of the test server
 * (alumni.management.port), summed over the series of one metric whose labels contain a fragment.
 */
final class ServerMetrics {

    private ServerMetrics() {}

    static double value(String name, String labelFragment) throws IOException, InterruptedException {
        URI endpoint =
                URI.create("http://localhost:" + System.getProperty("alumni.management.port", "9990") + "/metrics");
        HttpResponse<String> scrape = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(endpoint).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (scrape.statusCode() != 200) {
            throw new AssertionError("GET " + endpoint + ": HTTP " + scrape.statusCode());
        }
        return scrape.body()
                .lines()
                .filter(line -> line.startsWith(name + "{") && line.contains(labelFragment))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }
}
