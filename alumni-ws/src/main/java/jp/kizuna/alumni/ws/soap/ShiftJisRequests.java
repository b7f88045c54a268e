package jp.kizuna.alumni.ws.soap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.kizuna.alumni.integration.HrFile;
import jp.kizuna.alumni.shared.BusinessException;
import jp.kizuna.alumni.ws.RequestCharset;

/**
 * A SOAP request labelled Shift_JIS (in its Content-Type or, without one there, its XML
 * declaration) is read as Windows-31J, what the Japanese sender means ({@link RequestCharset}),
 * and handed to CXF as UTF-8. CXF itself would take the label as Java's Shift_JIS, which reads
 * ～ as 〜 and has no ① or 髙. Bytes invalid in Windows-31J are a Client fault, never U+FFFD.
 * Other charsets go to CXF untouched.
 */
@WebFilter(filterName = "ShiftJisRequests", urlPatterns = "/soap/*")
public class ShiftJisRequests extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Pattern CHARSET = Pattern.compile("(?i);\\s*charset\\s*=\\s*\"?([^\";\\s]+)\"?");
    private static final Pattern DECLARATION =
            Pattern.compile("^(\\s*<\\?xml[^>]*?encoding\\s*=\\s*)([\"'])([^\"']*)\\2");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String contentType = request.getContentType();
        if (!"POST".equals(request.getMethod()) || contentType == null) {
            chain.doFilter(request, response);
            return;
        }
        Matcher declared = CHARSET.matcher(contentType);
        String label = declared.find() ? declared.group(1) : null;
        if (label != null && !RequestCharset.isShiftJis(label)) {
            chain.doFilter(request, response);
            return;
        }
        byte[] body = request.getInputStream().readAllBytes();
        if (label == null) {
            // No charset parameter: the XML declaration decides (ASCII up to its end in every encoding meant here).
            Matcher declaration =
                    DECLARATION.matcher(new String(body, 0, Math.min(body.length, 200), StandardCharsets.ISO_8859_1));
            if (!declaration.find() || !RequestCharset.isShiftJis(declaration.group(3))) {
                chain.doFilter(new Body(request, body, contentType), response);
                return;
            }
        }
        String xml;
        try {
            xml = RequestCharset.decode(body, HrFile.SHIFT_JIS);
        } catch (BusinessException undecodable) {
            String fault = new ClientFaultEnvelope(
                            "InvalidRequest",
                            undecodable.getKey(),
                            undecodable.getMessage(Locale.ENGLISH),
                            undecodable.getMessage(Locale.JAPANESE))
                    .xml();
            response.setStatus(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
            response.setContentType("text/xml;charset=UTF-8");
            response.getOutputStream().write(fault.getBytes(StandardCharsets.UTF_8));
            return;
        }
        Matcher declaration = DECLARATION.matcher(xml);
        if (declaration.find()) {
            xml = declaration.replaceFirst("$1$2UTF-8$2");
        }
        String utf8Type = label == null
                ? contentType + ";charset=UTF-8"
                : CHARSET.matcher(contentType).replaceFirst(";charset=UTF-8");
        chain.doFilter(new Body(request, xml.getBytes(StandardCharsets.UTF_8), utf8Type), response);
    }

    /** The request with its body already read (and perhaps re-encoded) and the matching Content-Type. */
    private static final class Body extends HttpServletRequestWrapper {

        private final byte[] body;
        private final String contentType;

        Body(HttpServletRequest request, byte[] body, String contentType) {
            super(request);
            this.body = body;
            this.contentType = contentType;
        }

        @Override
        public String getContentType() {
            return contentType;
        }

        @Override
        public String getCharacterEncoding() {
            Matcher declared = CHARSET.matcher(contentType);
            return declared.find() ? declared.group(1) : null;
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }

        @Override
        public String getHeader(String name) {
            if ("content-type".equalsIgnoreCase(name)) {
                return contentType;
            }
            if ("content-length".equalsIgnoreCase(name)) {
                return Integer.toString(body.length);
            }
            return super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            String replaced = "content-type".equalsIgnoreCase(name) || "content-length".equalsIgnoreCase(name)
                    ? getHeader(name)
                    : null;
            return replaced != null ? Collections.enumeration(java.util.List.of(replaced)) : super.getHeaders(name);
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new IllegalStateException("The body is already read");
                }

                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return in.read(buffer, offset, length);
                }
            };
        }
    }
}
