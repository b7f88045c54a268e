package jp.kizuna.alumni.ws.soap;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;
import java.util.ArrayList;
import java.util.List;

/** A batch of 1 to 1000 employees under one message id. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(
        name = "UpsertEmployeesRequest",
        propOrder = {"messageId", "employee"})
public class UpsertEmployeesRequest {

    @XmlElement(required = true)
    public String messageId;

    @XmlElement(required = true)
    public List<EmployeeData> employee = new ArrayList<>();
}
