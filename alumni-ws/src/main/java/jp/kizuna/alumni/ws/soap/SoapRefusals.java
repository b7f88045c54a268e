package jp.kizuna.alumni.ws.soap;

import jp.kizuna.alumni.shared.BusinessException;

/** Turns a business refusal into the typed fault an HR system can branch on. */
final class SoapRefusals {

    private SoapRefusals() {
    }

    static RuntimeException fault(BusinessException refusal)
            throws UnknownEmployeeFault, InvalidDateFault, DuplicateFault, InvalidRequestFault {
        FaultDetail detail = FaultDetail.of(refusal);
        String key = refusal.getKey();
        if (key.endsWith(".unknown") || key.endsWith("unknownEmployee") || key.endsWith(".none")
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
}
