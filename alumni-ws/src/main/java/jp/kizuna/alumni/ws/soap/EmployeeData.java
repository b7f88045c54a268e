package jp.kizuna.alumni.ws.soap;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlSchemaType;
import jakarta.xml.bind.annotation.XmlType;
import jp.kizuna.alumni.integration.EmployeeRecord;

/** One employee's master data as sent by the HR system. Names in Japanese order with kana readings. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(
        name = "Employee",
        propOrder = {
            "employeeNumber",
            "familyName",
            "givenName",
            "familyNameKana",
            "givenNameKana",
            "workEmail",
            "jobTitle",
            "departmentCode",
            "departmentNameJa",
            "departmentNameEn",
            "managerNumber",
            "hireDate",
            "jobGrade"
        })
public class EmployeeData {

    @XmlElement(required = true)
    public String employeeNumber;

    @XmlElement(required = true)
    public String familyName;

    @XmlElement(required = true)
    public String givenName;

    public String familyNameKana;
    public String givenNameKana;
    public String workEmail;
    public String jobTitle;
    public String departmentCode;
    public String departmentNameJa;
    public String departmentNameEn;
    public String managerNumber;

    @XmlSchemaType(name = "date")
    public String hireDate;
    /** 等級; added in contract revision 1.1 as an optional last element, so earlier senders fit unchanged. */
    public String jobGrade;

    EmployeeRecord toRecord(int position) {
        return new EmployeeRecord(
                employeeNumber,
                familyName,
                givenName,
                familyNameKana,
                givenNameKana,
                workEmail,
                jobTitle,
                departmentCode,
                departmentNameJa,
                departmentNameEn,
                managerNumber,
                HrContract.date(hireDate, "employee[" + position + "].hireDate"),
                jobGrade);
    }
}
