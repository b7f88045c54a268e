package jp.kizuna.alumni.e2e;

import java.io.IOException;
import java.net.CookieHandler;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A signed-in web session without a browser: follows the OIDC redirects and posts the real
 * Keycloak login form, then keeps the cookies. Fast enough to check every page against every role.
 */
public final class WebSession {

    private static final Pattern FORM_ACTION =
            Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");

    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new LocalhostCookies(cookies))
            .followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    public static WebSession signedIn(String user, String password) throws IOException, InterruptedException {
        WebSession session = new WebSession();
        session.signIn(user, password);
        return session;
    }

    public static WebSession anonymous() {
        return new WebSession();
    }

    public void signIn(String user, String password) throws IOException, InterruptedException {
        HttpResponse<String> loginPage = get("/index.xhtml");
        Matcher action = FORM_ACTION.matcher(loginPage.body());
        if (!action.find()) {
            throw new IllegalStateException("No Keycloak login form at " + loginPage.uri());
        }
        String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&credentialId=";
        HttpResponse<String> landed = http.send(
                HttpRequest.newBuilder(URI.create(action.group(1).replace("&amp;", "&")))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (!landed.uri().toString().startsWith(Browser.appUrl(""))) {
            throw new IllegalStateException(user + " could not sign in; ended at " + landed.uri());
        }
    }

    /** GET a page of the web application, following redirects. */
    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    private static final Pattern SCRIPT_NONCE = Pattern.compile("<script[^>]*nonce=\"([^\"]+)\"");

    /**
     * The hidden fields a browser sends back with a form of {@code page}: the view state, and the
     * Content-Security-Policy nonce that PrimeFaces' script adds to every form (PrimeFaces refuses a
     * postback without it).
     */
    public static Map<String, String> formState(String page) {
        java.util.regex.Matcher viewState = VIEW_STATE.matcher(page);
        java.util.regex.Matcher nonce = SCRIPT_NONCE.matcher(page);
        if (!viewState.find() || !nonce.find()) {
            throw new AssertionError("no form state in the page: " + page);
        }
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("jakarta.faces.ViewState", viewState.group(1));
        fields.put("primefaces.nonce", nonce.group(1));
        return fields;
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create(Browser.appUrl(path))).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** POST a form to a page of the web application. */
    public HttpResponse<String> post(String path, String formBody) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create(Browser.appUrl(path)))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(formBody))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** POST a form whose answer may be a file download rather than a page: the raw bytes. */
    public HttpResponse<byte[]> postForBytes(String path, String formBody) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create(Browser.appUrl(path)))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(formBody))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    /**
     * POST a multipart form (a file upload) to a page, as a browser would but with any file name,
     * declared content type and bytes: for checks a browser's own file picker cannot bypass.
     */
    public HttpResponse<String> postMultipart(
            String path,
            Map<String, String> fields,
            String fileField,
            String fileName,
            String contentType,
            byte[] content)
            throws IOException, InterruptedException {
        String boundary = "----alumni" + Long.toHexString(System.nanoTime());
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        for (Map.Entry<String, String> field : fields.entrySet()) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
                            + "\"\r\n\r\n" + field.getValue() + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
                        + fileName + "\"\r\nContent-Type: " + contentType + "\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return http.send(
                HttpRequest.newBuilder(URI.create(Browser.appUrl(path)))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Keycloak marks its cookies Secure even on http://localhost, which browsers accept there as a
     * secure context; java.net's cookie store would drop them, so the flag is removed on the way in.
     */
    private static final class LocalhostCookies extends CookieHandler {
        private final CookieManager delegate;

        LocalhostCookies(CookieManager delegate) {
            this.delegate = delegate;
        }

        @Override
        public Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) throws IOException {
            return delegate.get(uri, requestHeaders);
        }

        @Override
        public void put(URI uri, Map<String, List<String>> responseHeaders) throws IOException {
            Map<String, List<String>> insecure = new HashMap<>();
            responseHeaders.forEach((name, values) -> insecure.put(
                    name,
                    name != null && name.equalsIgnoreCase("Set-Cookie")
                            ? values.stream()
                                    .map(v -> v.replaceAll("(?i);\\s*Secure", ""))
                                    .toList()
                            : values));
            delegate.put(uri, insecure);
        }
    }

    public Optional<String> sessionId() {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("JSESSIONID") && "/alumni".equals(c.getPath()))
                .map(HttpCookie::getValue)
                .findFirst();
    }
}
