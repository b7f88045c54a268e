package jp.kizuna.alumni.ws.soap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import jp.kizuna.alumni.shared.BusinessException;

/**
 * Guards the SOAP endpoints before any SOAP stack parses a byte: a message larger than
 * {@link #MAX_BYTES} is cut off while reading (never buffered whole), and the buffered message is
 * scanned with a streaming parser that refuses any DTD (so no external entity is fetched and no
 * entity is expanded: XXE and "billion laughs" die at the DOCTYPE), nesting deeper than
 * {@link #MAX_DEPTH}, more than {@link #MAX_ELEMENTS} elements and over-long texts. Refusals are
 * SOAP 1.1 faults carrying an InvalidRequest detail, like every other refusal of the contract.
 * Runs after authentication, so anonymous senders cannot make the server parse anything.
 */
public class XmlLimitsFilter extends HttpFilter {

    /** A full batch of 1000 employees is about 700 KB; four times that leaves room for verbose senders. */
    static final int MAX_BYTES = 4 * 1024 * 1024;
    static final int MAX_DEPTH = 32;
    static final int MAX_ELEMENTS = 60_000;
    static final int MAX_TEXT = 64 * 1024;
    static final int MAX_ATTRIBUTES = 64;

    private static final long serialVersionUID = 1L;

    private final XMLInputFactory factory = hardenedFactory();

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!"POST".equals(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        if (request.getContentLengthLong() > MAX_BYTES) {
            refuse(response, new BusinessException("integration.xml.tooLarge", MAX_BYTES / (1024 * 1024)));
            return;
        }
        byte[] body = readAtMost(request.getInputStream(), MAX_BYTES);
        if (body == null) {
            refuse(response, new BusinessException("integration.xml.tooLarge", MAX_BYTES / (1024 * 1024)));
            return;
        }
        try {
            scan(body);
        } catch (BusinessException refusal) {
            refuse(response, refusal);
            return;
        }
        chain.doFilter(new BufferedRequest(request, body), response);
    }

    void scan(byte[] body) {
        XMLStreamReader reader = null;
        try {
            reader = factory.createXMLStreamReader(new ByteArrayInputStream(body));
            int depth = 0;
            int elements = 0;
            int text = 0;
            while (reader.hasNext()) {
                switch (reader.next()) {
                    case XMLStreamConstants.DTD, XMLStreamConstants.ENTITY_REFERENCE, XMLStreamConstants.ENTITY_DECLARATION ->
                            throw new BusinessException("integration.xml.dtd");
                    case XMLStreamConstants.START_ELEMENT -> {
                        if (++depth > MAX_DEPTH) {
                            throw new BusinessException("integration.xml.tooDeep", MAX_DEPTH);
                        }
                        if (++elements > MAX_ELEMENTS) {
                            throw new BusinessException("integration.xml.tooManyElements", MAX_ELEMENTS);
                        }
                        if (reader.getAttributeCount() > MAX_ATTRIBUTES) {
                            throw new BusinessException("integration.xml.tooManyAttributes", MAX_ATTRIBUTES);
                        }
                        text = 0;
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        depth--;
                        text = 0;
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
                        text += reader.getTextLength();
                        if (text > MAX_TEXT) {
                            throw new BusinessException("integration.xml.textTooLong", MAX_TEXT);
                        }
                    }
                    default -> {
                        // comments, processing instructions, whitespace: harmless
                    }
                }
            }
        } catch (XMLStreamException malformed) {
            String why = malformed.getMessage() == null ? "" : malformed.getMessage();
            // Some parsers refuse the DOCTYPE itself (with DTD support off) instead of reporting it.
            if (why.toUpperCase(Locale.ROOT).contains("DOCTYPE") || why.toUpperCase(Locale.ROOT).contains("DTD")) {
                throw new BusinessException("integration.xml.dtd");
            }
            throw new BusinessException("integration.xml.malformed",
                    why.length() > 200 ? why.substring(0, 200) : why);
        } finally {
            if (reader != null) {
                try {
                    reader.close();
                } catch (XMLStreamException ignored) {
                    // nothing left to release
                }
            }
        }
    }

    private static XMLInputFactory hardenedFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, Boolean.FALSE);
        factory.setProperty(XMLInputFactory.IS_COALESCING, Boolean.FALSE);
        factory.setXMLResolver((publicId, systemId, base, namespace) -> {
            throw new XMLStreamException("External entities are not allowed: " + systemId);
        });
        return factory;
    }

    /** The body, or null when it is longer than {@code max}; stops reading at the limit. */
    private static byte[] readAtMost(InputStream in, int max) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
        byte[] buffer = new byte[16 * 1024];
        int total = 0;
        for (int read = in.read(buffer); read != -1; read = in.read(buffer)) {
            total += read;
            if (total > max) {
                return null;
            }
            out.write(buffer, 0, read);
        }
        return out.toByteArray();
    }

    private static void refuse(HttpServletResponse response, BusinessException refusal) throws IOException {
        String fault = new ClientFaultEnvelope("InvalidRequest", refusal.getKey(), refusal.getMessage(Locale.ENGLISH),
                refusal.getMessage(Locale.JAPANESE)).xml();
        response.setStatus(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
        response.setContentType("text/xml;charset=UTF-8");
        // The unread rest of an oversized body is not worth keeping the connection for.
        response.setHeader("Connection", "close");
        response.getOutputStream().write(fault.getBytes(StandardCharsets.UTF_8));
    }

    /** Replays the already read and checked body to the SOAP stack. */
    private static final class BufferedRequest extends HttpServletRequestWrapper {
        private final byte[] body;

        BufferedRequest(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

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
                    throw new UnsupportedOperationException("blocking reads only");
                }
            };
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
