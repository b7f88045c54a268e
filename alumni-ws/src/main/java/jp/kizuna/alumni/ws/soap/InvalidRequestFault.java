package jp.kizuna.alumni.ws.soap;

import jakarta.xml.ws.WebFault;

/** The request breaks another rule of the contract. */
@WebFault(name = "InvalidRequest", targetNamespace = HrContract.NAMESPACE)
public class InvalidRequestFault extends Exception {

    private static final long serialVersionUID = 1L;
    private final FaultDetail faultInfo;

    public InvalidRequestFault(String message, FaultDetail faultInfo) {
        super(message);
        this.faultInfo = faultInfo;
    }

    public FaultDetail getFaultInfo() {
        return faultInfo;
    }
}
