package jp.kizuna.alumni.ws.soap;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.xml.soap.SOAPConstants;
import jakarta.xml.soap.SOAPException;
import jakarta.xml.soap.SOAPFactory;
import jakarta.xml.soap.SOAPFault;
import jakarta.xml.ws.soap.SOAPFaultException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.xml.namespace.QName;
import jp.kizuna.alumni.shared.BusinessException;
import jp.kizuna.alumni.shared.DatabaseUnavailable;

/** Turns a business refusal into the typed fault an HR system can branch on. */
final class SoapRefusals {

    private static final Logger LOG = Logger.getLogger(SoapRefusals.class.getName());

    private SoapRefusals() {}

    static RuntimeException fault(BusinessException refusal)
            throws UnknownEmployeeFault, InvalidDateFault, DuplicateFault, InvalidRequestFault {
        FaultDetail detail = FaultDetail.of(refusal);
        String key = refusal.getKey();
        if (key.endsWith(".unknown")
                || key.endsWith("unknownEmployee")
                || key.endsWith(".none")
                || key.endsWith(".notFound")) {
            throw new UnknownEmployeeFault(detail.text, detail);
        }
        if (key.contains(".date.") || key.contains("lastDay") || key.contains("datesRequired")) {
            throw new InvalidDateFault(detail.text, detail);
        }
        if (key.endsWith(".reused") || key.endsWith(".duplicate") || key.endsWith(".alreadyOpen")) {
            throw new DuplicateFault(detail.text, detail);
        }
        throw new InvalidRequestFault(detail.text, detail);
    }

    /**
     * A failure that is not the sender's fault, as a plain SOAP Server fault without internals. A
     * database outage says so and asks for a re-send with the same message id, which is safe: the
     * transaction was rolled back and the message id makes the re-delivery count once.
     */
    static SOAPFaultException systemFailure(EJBException failure) {
        String text;
        if (failure instanceof EJBAccessException) {
            text = "Access denied: your role may not call this operation. / このロールではこの操作を呼び出せません。";
        } else if (DatabaseUnavailable.causedBy(failure)) {
            text = "ServiceUnavailable: the database cannot be reached; nothing was changed. Re-send the message later"
                    + " with the same message id. / データベースに接続できないため何も変更されていません。同じメッセージIDで後ほど再送してください。";
        } else {
            LOG.log(Level.SEVERE, "Unexpected failure in the SOAP service", failure);
            text = "Internal error: the message could not be processed; nothing was changed."
                    + " / 処理できなかったため、何も変更されていません。";
        }
        try {
            String code = failure instanceof EJBAccessException ? "Client" : "Server";
            SOAPFault fault = SOAPFactory.newInstance()
                    .createFault(text, new QName(SOAPConstants.URI_NS_SOAP_1_1_ENVELOPE, code));
            return new SOAPFaultException(fault);
        } catch (SOAPException e) {
            throw new IllegalStateException(e);
        }
    }
}
