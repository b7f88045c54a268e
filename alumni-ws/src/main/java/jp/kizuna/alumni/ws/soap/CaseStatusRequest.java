package jp.kizuna.alumni.ws.soap;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

/** Asks for the employee's latest offboarding case. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(
        name = "GetCaseStatusRequest",
        propOrder = {"employeeNumber"})
public class CaseStatusRequest {

    @XmlElement(required = true)
    public String employeeNumber;
}
