package jp.kizuna.alumni.ws.soap;

import jakarta.xml.ws.WebFault;

/** The employee (or the case asked for) does not exist. */
@WebFault(name = "UnknownEmployee", targetNamespace = HrContract.NAMESPACE)
public class UnknownEmployeeFault extends Exception {

    private static final long serialVersionUID = 1L;
    private final FaultDetail faultInfo;

    public UnknownEmployeeFault(String message, FaultDetail faultInfo) {
        super(message);
        this.faultInfo = faultInfo;
    }

    public FaultDetail getFaultInfo() {
        return faultInfo;
    }
}
