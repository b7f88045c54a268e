package jp.kizuna.alumni.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The MeterRegistry WildFly 39 injects into a deployment passes on to the server's registry (and so
 * to /metrics) only what its own methods make: counter(name, tags), gauge(name, tags, ...),
 * more().counter(...). A meter made with a Micrometer builder and register(registry) stays inside
 * the per-deployment wrapper and never reaches /metrics (WFLY-21061), so no source uses builders.
 */
class MeterRegistrationTest {

    private static final Pattern BUILDER = Pattern.compile(
            "\\b(Counter|FunctionCounter|Gauge|TimeGauge|Timer|FunctionTimer|LongTaskTimer|DistributionSummary)\\.builder\\(");

    @Test
    void metersAreMadeWithTheRegistrysOwnMethods() throws IOException {
        Path sources = Path.of("src/main/java");
        assertTrue(Files.isDirectory(sources), "runs in the module directory");
        List<String> builders;
        try (Stream<Path> files = Files.walk(sources)) {
            builders = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> BUILDER.matcher(read(f)).find())
                    .map(f -> sources.relativize(f).toString())
                    .toList();
        }
        assertEquals(List.of(), builders, "sources that register meters with a builder");
    }

    private static String read(Path file) {
        try {
            // Comments may name the builders; code may not.
            return Files.readString(file).replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("//[^\\n]*", "");
        } catch (IOException e) {
            throw new IllegalStateException(file.toString(), e);
        }
    }
}
