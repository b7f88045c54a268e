package jp.kizuna.alumni.ws.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.io.Reader;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document integrators read (openapi.json, written by hand so that it can say what each
 * refusal means) names exactly the paths and methods the JAX-RS resources serve: a new endpoint
 * without its description, or a description of an endpoint that is gone, fails the build.
 */
class OpenApiDocumentTest {

    private static final List<Class<?>> RESOURCES =
            List.of(HrResource.class, DirectoryResource.class, CallerResource.class, VersionResource.class);
    private static final List<Class<? extends Annotation>> VERBS =
            List.of(GET.class, PUT.class, POST.class, DELETE.class, PATCH.class);

    @Test
    void documentsEveryEndpointAndNoOther() throws Exception {
        Set<String> served = new TreeSet<>();
        for (Class<?> resource : RESOURCES) {
            String base = resource.getAnnotation(Path.class).value();
            for (Method method : resource.getDeclaredMethods()) {
                for (Class<? extends Annotation> verb : VERBS) {
                    if (method.isAnnotationPresent(verb)) {
                        Path path = method.getAnnotation(Path.class);
                        served.add(join(base, path == null ? "" : path.value()) + " "
                                + verb.getAnnotation(HttpMethod.class).value().toLowerCase(Locale.ROOT));
                    }
                }
            }
        }
        Set<String> documented = new TreeSet<>();
        try (Reader file = Files.newBufferedReader(java.nio.file.Path.of("src/main/webapp/openapi.json"))) {
            JsonObject paths = Json.createReader(file).readObject().getJsonObject("paths");
            paths.forEach((path, operations) -> operations.asJsonObject().keySet().stream()
                    .filter(key -> !key.equals("parameters"))
                    .forEach(verb -> documented.add(path + " " + verb)));
        }
        assertEquals(served, documented);
    }

    /** Every class under jp.kizuna.alumni.ws.rest with @Path is in the list above. */
    @Test
    void knowsEveryResource() throws Exception {
        Set<String> withPath = new TreeSet<>();
        try (var files = Files.list(java.nio.file.Path.of("src/main/java/jp/kizuna/alumni/ws/rest"))) {
            for (java.nio.file.Path file : files.toList()) {
                String name = file.getFileName().toString().replace(".java", "");
                Class<?> type = Class.forName("jp.kizuna.alumni.ws.rest." + name);
                if (type.isAnnotationPresent(Path.class)) {
                    withPath.add(name);
                }
            }
        }
        assertEquals(
                withPath,
                new TreeSet<>(RESOURCES.stream().map(Class::getSimpleName).toList()));
    }

    private static String join(String base, String path) {
        String joined = (base + "/" + path).replaceAll("/+", "/");
        return joined.length() > 1 && joined.endsWith("/") ? joined.substring(0, joined.length() - 1) : joined;
    }
}
