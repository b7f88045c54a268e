package jp.kizuna.alumni.ws.soap;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;
import jp.kizuna.alumni.integration.RecordResult;

/** The outcome for one record: CREATED, UPDATED, UNCHANGED or REJECTED with a code and texts. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(
        name = "RecordResult",
        propOrder = {"position", "employeeNumber", "outcome", "errorCode", "errorText", "errorTextJa"})
public class RecordResultData {

    public int position;
    public String employeeNumber;

    @XmlElement(required = true)
    public String outcome;

    public String errorCode;
    public String errorText;
    public String errorTextJa;

    static RecordResultData of(RecordResult result) {
        RecordResultData data = new RecordResultData();
        data.position = result.position();
        data.employeeNumber = result.employeeNumber();
        data.outcome = result.outcome().name();
        data.errorCode = result.errorCode();
        data.errorText = result.errorText();
        data.errorTextJa = result.errorTextJa();
        return data;
    }
}
