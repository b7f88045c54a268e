package jp.kizuna.alumni.ws.soap;

import jakarta.xml.ws.WebFault;

/** A date is malformed or contradicts another date. */
@WebFault(name = "InvalidDate", targetNamespace = HrContract.NAMESPACE)
public class InvalidDateFault extends Exception {

    private static final long serialVersionUID = 1L;
    private final FaultDetail faultInfo;

    public InvalidDateFault(String message, FaultDetail faultInfo) {
        super(message);
        this.faultInfo = faultInfo;
    }

    public FaultDetail getFaultInfo() {
        return faultInfo;
    }
}
