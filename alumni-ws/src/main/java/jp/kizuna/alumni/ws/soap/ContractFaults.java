package jp.kizuna.alumni.ws.soap;

import jakarta.xml.ws.soap.SOAPFaultException;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.xml.stream.XMLStreamReader;
import jp.kizuna.alumni.shared.BusinessException;
import org.apache.cxf.binding.soap.SoapFault;
import org.apache.cxf.binding.soap.SoapMessage;
import org.apache.cxf.binding.soap.interceptor.AbstractSoapInterceptor;
import org.apache.cxf.interceptor.Fault;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.Phase;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Every fault of the HR contract in the contract's shape (CXF out-fault interceptor, before the
 * fault is written). A sender's error is a Client fault (Sender in SOAP 1.2) with a typed detail:
 * the declared faults (UnknownEmployee, InvalidDate, Duplicate, InvalidRequest), which CXF would
 * send as Server faults; and every request the SOAP stack could not read or bind (not well-formed,
 * an illegal character reference, a StAX limit, a DTD, an empty Body, a foreign namespace, a value
 * not of its schema type), which CXF would answer with its parser's words. Only what is not the
 * sender's fault stays a Server fault: "try again later" (SoapRefusals.systemFailure) and internal
 * errors, whose text names no internals.
 */
public class ContractFaults extends AbstractSoapInterceptor {

    private static final Logger LOG = Logger.getLogger(ContractFaults.class.getName());

    public ContractFaults() {
        super(Phase.PRE_MARSHAL);
    }

    @Override
    public void handleMessage(SoapMessage message) {
        if (!(message.getContent(Exception.class) instanceof Fault fault)) {
            return;
        }
        Throwable cause = fault.getCause();
        if (cause instanceof UnknownEmployeeFault
                || cause instanceof InvalidDateFault
                || cause instanceof DuplicateFault
                || cause instanceof InvalidRequestFault) {
            // SoapFault.createFault maps CXF's neutral client code to Client (1.1) or Sender (1.2).
            fault.setFaultCode(fault instanceof SoapFault ? message.getVersion().getSender() : Fault.FAULT_CODE_CLIENT);
            return;
        }
        if (cause instanceof SOAPFaultException) {
            return; // SoapRefusals.systemFailure: already in the contract's words and code
        }
        boolean versionMismatch = fault.getFaultCode() != null
                && "VersionMismatch".equals(fault.getFaultCode().getLocalPart());
        if (versionMismatch && envelopeOfAnotherVersion(message)) {
            return; // the code SOAP itself prescribes, with CXF's plain text
        }
        BusinessException refusal =
                versionMismatch ? new BusinessException("integration.soap.noEnvelope") : senderError(message, fault);
        SoapFault answer;
        if (refusal != null) {
            LOG.fine(() -> "Refused an unreadable SOAP request: " + refusal.getKey());
            answer = new SoapFault(
                    refusal.getMessage(Locale.ENGLISH), message.getVersion().getSender());
            answer.getOrCreateDetail()
                    .appendChild(detail(answer.getOrCreateDetail().getOwnerDocument(), refusal));
        } else {
            LOG.log(Level.SEVERE, "Unexpected failure in the SOAP service", fault);
            answer = new SoapFault(
                    "Internal error: the message could not be processed; nothing was changed."
                            + " / 処理できなかったため、何も変更されていません。",
                    message.getVersion().getReceiver());
        }
        message.setContent(Exception.class, answer);
    }

    /** Whether the request's root is an Envelope (of SOAP 1.2), not some other element. */
    private static boolean envelopeOfAnotherVersion(SoapMessage message) {
        Message request = message.getExchange().getInMessage();
        XMLStreamReader reader = request == null ? null : request.getContent(XMLStreamReader.class);
        try {
            return reader == null || reader.isStartElement() && "Envelope".equals(reader.getLocalName());
        } catch (IllegalStateException unreadable) {
            return true;
        }
    }

    /** The sender's error the fault stands for, or null when it is not the sender's fault. */
    private static BusinessException senderError(SoapMessage message, Fault fault) {
        BusinessException refusal = SenderErrors.of(fault);
        if (refusal != null) {
            return refusal;
        }
        if (message.getExchange().getBindingOperationInfo() == null) {
            return new BusinessException("integration.soap.noOperation");
        }
        // CXF marks what it could not bind to the schema (a number "abc", an unexpected element) as Client.
        boolean client = fault.getFaultCode() != null
                && "client".equalsIgnoreCase(fault.getFaultCode().getLocalPart());
        return client ? new BusinessException("integration.soap.schema") : null;
    }

    /** The contract's InvalidRequest detail (FaultDetail: code, text, textJa). */
    private static Element detail(Document document, BusinessException refusal) {
        Element invalid = document.createElementNS(HrContract.NAMESPACE, "hr:InvalidRequest");
        invalid.appendChild(text(document, "code", refusal.getKey()));
        invalid.appendChild(text(document, "text", refusal.getMessage(Locale.ENGLISH)));
        invalid.appendChild(text(document, "textJa", refusal.getMessage(Locale.JAPANESE)));
        return invalid;
    }

    private static Element text(Document document, String name, String value) {
        Element element = document.createElementNS(HrContract.NAMESPACE, "hr:" + name);
        element.setTextContent(value);
        return element;
    }
}
