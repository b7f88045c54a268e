package jp.kizuna.alumni.ws.soap;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlSchemaType;
import jakarta.xml.bind.annotation.XmlType;
import jp.kizuna.alumni.integration.CaseReport;

/**
 * Where an offboarding case stands. Status is one of NOTICE_RECEIVED, INTERVIEWS, HANDOVER, LAST_DAY,
 * FOLLOW_UP, CLOSED, WITHDRAWN.
 */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(
        name = "CaseStatus",
        propOrder = {"caseId", "employeeNumber", "status", "noticeDate", "lastDay", "openedAt"})
public class CaseStatusData {

    public long caseId;

    @XmlElement(required = true)
    public String employeeNumber;

    @XmlElement(required = true)
    public String status;

    @XmlSchemaType(name = "date")
    public String noticeDate;

    @XmlSchemaType(name = "date")
    public String lastDay;

    @XmlSchemaType(name = "dateTime")
    public String openedAt;

    static CaseStatusData of(CaseReport report) {
        CaseStatusData data = new CaseStatusData();
        data.caseId = report.caseId();
        data.employeeNumber = report.employeeNumber();
        data.status = report.status();
        data.noticeDate = String.valueOf(report.noticeDate());
        data.lastDay = String.valueOf(report.lastDay());
        data.openedAt = report.openedAt().withNano(0).toString();
        return data;
    }
}
