package jp.kizuna.alumni.ws.soap;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlSchemaType;
import jakarta.xml.bind.annotation.XmlType;
import jp.kizuna.alumni.integration.ResignationReport;

/** A resignation or termination: opens the employee's offboarding case. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(
        name = "ReportResignationRequest",
        propOrder = {"messageId", "employeeNumber", "noticeDate", "lastDay", "statedReason"})
public class ReportResignationRequest {

    @XmlElement(required = true)
    public String messageId;

    @XmlElement(required = true)
    public String employeeNumber;

    @XmlElement(required = true)
    @XmlSchemaType(name = "date")
    public String noticeDate;

    @XmlElement(required = true)
    @XmlSchemaType(name = "date")
    public String lastDay;

    public String statedReason;

    ResignationReport toReport() {
        return new ResignationReport(
                employeeNumber == null ? null : employeeNumber.strip(),
                HrContract.date(noticeDate, "noticeDate"),
                HrContract.date(lastDay, "lastDay"),
                statedReason);
    }
}
