package jp.kizuna.alumni.ws.soap;

import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamException;
import jp.kizuna.alumni.shared.BusinessException;

/**
 * What a request the SOAP stack could not read means in the contract's words: the StAX limits
 * ({@link XmlLimits}) and well-formedness errors as integration.xml.* refusals with the line and
 * column, never the parser's own text or class names. The limit exceptions of Woodstox (CXF's
 * parser in WildFly) carry no type of their own, only their messages; those messages are matched
 * here and nowhere else, and XmlLimitsTest pins them to the Woodstox version the server ships.
 */
final class SenderErrors {

    private SenderErrors() {}

    /** The refusal a failure while reading the request stands for, or null when it is not a reading error. */
    static BusinessException of(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof BusinessException refusal) {
                return refusal;
            }
            if (cause instanceof XMLStreamException unreadable) {
                return of(unreadable);
            }
        }
        return null;
    }

    private static BusinessException of(XMLStreamException unreadable) {
        String why = unreadable.getMessage() == null ? "" : unreadable.getMessage();
        if (why.startsWith("Maximum Element Depth limit")) {
            return new BusinessException("integration.xml.tooDeep", XmlLimits.DEPTH);
        }
        if (why.startsWith("Maximum Number of Child Elements limit")) {
            return new BusinessException("integration.xml.tooManyChildren", XmlLimits.CHILD_ELEMENTS);
        }
        if (why.startsWith("Maximum Element Count limit")) {
            return new BusinessException("integration.xml.tooManyElements", XmlLimits.ELEMENTS);
        }
        if (why.startsWith("Attribute limit")) {
            return new BusinessException("integration.xml.tooManyAttributes", XmlLimits.ATTRIBUTES);
        }
        if (why.startsWith("Maximum attribute size limit")) {
            return new BusinessException("integration.xml.attributeTooLong", XmlLimits.ATTRIBUTE_SIZE);
        }
        if (why.startsWith("Text size limit")) {
            return new BusinessException("integration.xml.textTooLong", XmlLimits.TEXT_LENGTH);
        }
        if (why.startsWith("Maximum document characters limit")) {
            return new BusinessException("integration.xml.tooLarge", XmlLimits.CHARACTERS);
        }
        Location at = unreadable.getLocation();
        return new BusinessException(
                "integration.xml.malformed",
                at == null ? "?" : Math.max(1, at.getLineNumber()),
                at == null ? "?" : Math.max(1, at.getColumnNumber()));
    }
}
