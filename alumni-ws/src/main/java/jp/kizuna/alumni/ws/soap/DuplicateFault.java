package jp.kizuna.alumni.ws.soap;

import jakarta.xml.ws.WebFault;

/** The message id was reused for other content, or the effect already exists (e.g. an open case). */
@WebFault(name = "Duplicate", targetNamespace = HrContract.NAMESPACE)
public class DuplicateFault extends Exception {

    private static final long serialVersionUID = 1L;
    private final FaultDetail faultInfo;

    public DuplicateFault(String message, FaultDetail faultInfo) {
        super(message);
        this.faultInfo = faultInfo;
    }

    public FaultDetail getFaultInfo() {
        return faultInfo;
    }
}
