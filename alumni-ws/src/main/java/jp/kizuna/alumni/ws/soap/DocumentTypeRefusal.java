package jp.kizuna.alumni.ws.soap;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.util.StreamReaderDelegate;
import jp.kizuna.alumni.shared.BusinessException;
import org.apache.cxf.interceptor.StaxInInterceptor;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.AbstractPhaseInterceptor;
import org.apache.cxf.phase.Phase;

/**
 * Refuses a request with a document type declaration or an entity reference (SOAP forbids DTDs).
 * CXF's parser already keeps them harmless: DTD support is off, so no external entity is fetched
 * and no entity is expanded (no XXE, no "billion laughs"). But it skips them silently, and an
 * unexpanded {@code &x;} would reach the service as a shortened text; the contract refuses the
 * message instead (integration.xml.dtd), before anything is bound. Wraps the reader CXF made.
 */
public class DocumentTypeRefusal extends AbstractPhaseInterceptor<Message> {

    public DocumentTypeRefusal() {
        super(Phase.POST_STREAM);
        addAfter(StaxInInterceptor.class.getName());
    }

    @Override
    public void handleMessage(Message message) {
        XMLStreamReader reader = message.getContent(XMLStreamReader.class);
        if (reader != null) {
            message.setContent(XMLStreamReader.class, new Refusing(reader));
        }
    }

    private static final class Refusing extends StreamReaderDelegate {

        Refusing(XMLStreamReader reader) {
            super(reader);
        }

        @Override
        public int next() throws XMLStreamException {
            int event = super.next();
            if (event == XMLStreamConstants.DTD
                    || event == XMLStreamConstants.ENTITY_REFERENCE
                    || event == XMLStreamConstants.ENTITY_DECLARATION) {
                throw new BusinessException("integration.xml.dtd");
            }
            return event;
        }

        @Override
        public int nextTag() throws XMLStreamException {
            int event = next();
            while (event == XMLStreamConstants.SPACE
                    || event == XMLStreamConstants.COMMENT
                    || event == XMLStreamConstants.PROCESSING_INSTRUCTION
                    || event == XMLStreamConstants.CHARACTERS && isWhiteSpace()) {
                event = next();
            }
            if (event != XMLStreamConstants.START_ELEMENT && event != XMLStreamConstants.END_ELEMENT) {
                throw new XMLStreamException("expected an element", getLocation());
            }
            return event;
        }
    }
}
