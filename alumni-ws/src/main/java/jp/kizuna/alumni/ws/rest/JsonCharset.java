package jp.kizuna.alumni.ws.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import jp.kizuna.alumni.shared.BusinessException;
import jp.kizuna.alumni.ws.RequestCharset;

/**
 * JSON bodies in the charsets the API reads: UTF-8 (also when none is declared) and Shift_JIS,
 * read as Windows-31J ({@link RequestCharset}) and handed on as UTF-8. Any other declared charset
 * is answered 415 with the API's error body; bytes invalid in the charset are a 400. Done here
 * because the JSON-B provider ignores the declared charset and its parser replaces invalid bytes
 * with U+FFFD, which would store broken names without a word.
 */
@Provider
public class JsonCharset implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        MediaType type = request.getMediaType();
        if (type == null
                || !request.hasEntity()
                || !(type.getSubtype().equalsIgnoreCase("json")
                        || type.getSubtype().toLowerCase(Locale.ROOT).endsWith("+json"))) {
            return;
        }
        String label = type.getParameters().get(MediaType.CHARSET_PARAMETER);
        Charset charset = RequestCharset.forJson(label);
        if (charset == null) {
            BusinessException unsupported = new BusinessException("integration.json.charset", label);
            request.abortWith(RefusalMapper.error(
                    415,
                    unsupported.getKey(),
                    unsupported.getMessage(Locale.ENGLISH),
                    unsupported.getMessage(Locale.JAPANESE)));
            return;
        }
        byte[] body = request.getEntityStream().readAllBytes();
        try {
            byte[] utf8;
            if (charset.equals(StandardCharsets.UTF_8)) {
                RequestCharset.requireUtf8(body);
                utf8 = body;
            } else {
                utf8 = RequestCharset.decode(body, charset).getBytes(StandardCharsets.UTF_8);
            }
            request.setEntityStream(new ByteArrayInputStream(utf8));
            request.getHeaders()
                    .putSingle(
                            HttpHeaders.CONTENT_TYPE,
                            new MediaType(type.getType(), type.getSubtype(), StandardCharsets.UTF_8.name()).toString());
        } catch (BusinessException undecodable) {
            request.abortWith(RefusalMapper.error(
                    400,
                    undecodable.getKey(),
                    undecodable.getMessage(Locale.ENGLISH),
                    undecodable.getMessage(Locale.JAPANESE)));
        }
    }
}
