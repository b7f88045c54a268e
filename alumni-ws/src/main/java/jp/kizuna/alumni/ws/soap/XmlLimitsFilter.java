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
import java.util.Arrays;
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
            refuse(response, new BusinessException("integration.xml.tooLarge", MAX_BYTES));
            return;
        }
        byte[] body = readAtMost(request.getInputStream(), MAX_BYTES);
        if (body == null) {
            refuse(response, new BusinessException("integration.xml.tooLarge", MAX_BYTES));
            return;
        }
        try {
            check(body);
        } catch (BusinessException refusal) {
            refuse(response, refusal);
            return;
        }
        chain.doFilter(new BufferedRequest(request, body), response);
    }

    /** Refuses what {@link #scan} refuses; the parser runs only when the quick look is not sure. */
    void check(byte[] body) {
        if (!plainlyWithinLimits(body)) {
            scan(body);
        }
    }

    /**
     * A look at the raw bytes that proves an ordinary message within every limit without a parser
     * (a full batch is parsed once, by the SOAP stack, instead of twice). It answers true only for
     * what the scan would pass: an ASCII-compatible encoding (UTF-8 or none declared), no DTD and no
     * entity but the predefined and numeric ones, one root, every tag closed by its own name, depth
     * and element count as the scan counts them, and attributes and text overcounted (namespace
     * declarations count as attributes, bytes as characters, comments as text). Anything else,
     * including every refusal, goes to the scan.
     */
    static boolean plainlyWithinLimits(byte[] xml) {
        int n = xml.length;
        int[] nameStart = new int[MAX_DEPTH];
        int[] nameEnd = new int[MAX_DEPTH];
        int depth = 0;
        int elements = 0;
        int text = 0;
        boolean rootDone = false;
        int i = 0;
        if (startsWith(xml, 0, "<?xml") && !declaresUtf8OrNothing(xml)) {
            return false;
        }
        while (i < n) {
            int b = xml[i] & 0xFF;
            if (b == 0 || b == 0xFE || b == 0xFF) {
                return false; // UTF-16 or UTF-32 (or no XML at all): the parser knows better
            }
            if (b != '<') {
                if (depth == 0 && b != ' ' && b != '\t' && b != '\r' && b != '\n') {
                    return false; // text outside the root
                }
                if (b == '&') {
                    int end = reference(xml, i);
                    if (end < 0) {
                        return false;
                    }
                    text += end - i;
                    i = end;
                } else {
                    text++;
                    i++;
                }
                if (text > MAX_TEXT) {
                    return false;
                }
                continue;
            }
            if (i + 1 >= n) {
                return false;
            }
            int next = xml[i + 1];
            if (next == '?' || next == '!') {
                String close;
                if (next == '?') {
                    if (i > 0 && i + 4 < n && (xml[i + 2] | 0x20) == 'x' && (xml[i + 3] | 0x20) == 'm'
                            && (xml[i + 4] | 0x20) == 'l') {
                        return false; // an XML declaration (or a reserved target) anywhere but first
                    }
                    close = "?>";
                } else if (startsWith(xml, i, "<!--")) {
                    close = "-->";
                } else if (depth > 0 && startsWith(xml, i, "<![CDATA[")) {
                    close = "]]>";
                } else {
                    return false; // DOCTYPE, ENTITY and the like
                }
                int end = indexOf(xml, close, i + 2);
                if (end < 0) {
                    return false;
                }
                text += end + close.length() - i;
                if (text > MAX_TEXT) {
                    return false;
                }
                i = end + close.length();
                continue;
            }
            if (next == '/') {
                int end = name(xml, i + 2);
                if (depth == 0 || end < 0 || !sameBytes(xml, i + 2, end, nameStart[depth - 1], nameEnd[depth - 1])) {
                    return false;
                }
                end = skipSpace(xml, end);
                if (end >= n || xml[end] != '>') {
                    return false;
                }
                depth--;
                rootDone = depth == 0;
                text = 0;
                i = end + 1;
                continue;
            }
            int end = name(xml, i + 1);
            if (end < 0 || rootDone || depth == MAX_DEPTH || ++elements > MAX_ELEMENTS) {
                return false;
            }
            nameStart[depth] = i + 1;
            nameEnd[depth] = end;
            depth++;
            int attributes = 0;
            i = skipSpace(xml, end);
            boolean spaced = i > end;
            while (i < n && xml[i] != '>' && xml[i] != '/') {
                if (!spaced) {
                    return false; // attributes are separated by white space
                }
                int attributeEnd = name(xml, i);
                if (attributeEnd < 0 || ++attributes > MAX_ATTRIBUTES) {
                    return false;
                }
                i = skipSpace(xml, attributeEnd);
                if (i >= n || xml[i] != '=') {
                    return false;
                }
                i = skipSpace(xml, i + 1);
                if (i >= n || xml[i] != '"' && xml[i] != '\'') {
                    return false;
                }
                byte quote = xml[i];
                for (i++; i < n && xml[i] != quote; ) {
                    if (xml[i] == '<') {
                        return false;
                    }
                    if (xml[i] == '&') {
                        i = reference(xml, i);
                        if (i < 0) {
                            return false;
                        }
                    } else {
                        i++;
                    }
                }
                if (i >= n) {
                    return false;
                }
                i = skipSpace(xml, i + 1);
                spaced = xml[i - 1] == ' ' || xml[i - 1] == '\t' || xml[i - 1] == '\r' || xml[i - 1] == '\n';
            }
            if (i >= n) {
                return false;
            }
            if (xml[i] == '/') {
                if (i + 1 >= n || xml[i + 1] != '>') {
                    return false;
                }
                depth--;
                rootDone = depth == 0;
                i++;
            }
            text = 0;
            i++;
        }
        return rootDone;
    }

    /** The end of an XML name starting at {@code from} (ASCII name characters, or any non-ASCII), or -1. */
    private static int name(byte[] xml, int from) {
        int i = from;
        while (i < xml.length) {
            int b = xml[i] & 0xFF;
            boolean letter = b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b == '_' || b == ':' || b >= 0x80;
            boolean other = b >= '0' && b <= '9' || b == '-' || b == '.';
            if (letter || other && i > from) {
                i++;
            } else {
                break;
            }
        }
        return i > from && i < xml.length ? i : -1;
    }

    /** The end of {@code &amp;}, {@code &lt;}, {@code &gt;}, {@code &quot;}, {@code &apos;} or {@code &#...;} at {@code at}, or -1. */
    private static int reference(byte[] xml, int at) {
        for (String known : new String[] {"&amp;", "&lt;", "&gt;", "&quot;", "&apos;"}) {
            if (startsWith(xml, at, known)) {
                return at + known.length();
            }
        }
        if (!startsWith(xml, at, "&#")) {
            return -1;
        }
        int i = at + 2;
        boolean hex = i < xml.length && xml[i] == 'x';
        if (hex) {
            i++;
        }
        int digits = 0;
        while (i < xml.length && digits <= 8 && (xml[i] >= '0' && xml[i] <= '9'
                || hex && (xml[i] >= 'a' && xml[i] <= 'f' || xml[i] >= 'A' && xml[i] <= 'F'))) {
            i++;
            digits++;
        }
        return digits > 0 && digits <= 8 && i < xml.length && xml[i] == ';' ? i + 1 : -1;
    }

    private static boolean declaresUtf8OrNothing(byte[] xml) {
        int end = indexOf(xml, "?>", 0);
        if (end < 0) {
            return false;
        }
        String declaration = new String(xml, 0, end, StandardCharsets.US_ASCII).toLowerCase(Locale.ROOT);
        int encoding = declaration.indexOf("encoding");
        return encoding < 0 || declaration.matches("(?s).*encoding\\s*=\\s*[\"']utf-8[\"'].*");
    }

    private static int skipSpace(byte[] xml, int from) {
        int i = from;
        while (i < xml.length && (xml[i] == ' ' || xml[i] == '\t' || xml[i] == '\r' || xml[i] == '\n')) {
            i++;
        }
        return i;
    }

    private static boolean sameBytes(byte[] xml, int from, int to, int otherFrom, int otherTo) {
        return Arrays.equals(xml, from, to, xml, otherFrom, otherTo);
    }

    private static boolean startsWith(byte[] xml, int at, String ascii) {
        if (at + ascii.length() > xml.length) {
            return false;
        }
        for (int k = 0; k < ascii.length(); k++) {
            if (xml[at + k] != ascii.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] xml, String ascii, int from) {
        for (int i = from; i + ascii.length() <= xml.length; i++) {
            if (xml[i] == ascii.charAt(0) && startsWith(xml, i, ascii)) {
                return i;
            }
        }
        return -1;
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
            javax.xml.stream.Location at = malformed.getLocation();
            throw new BusinessException("integration.xml.malformed", at == null ? "?" : at.getLineNumber(),
                    at == null ? "?" : at.getColumnNumber());
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
