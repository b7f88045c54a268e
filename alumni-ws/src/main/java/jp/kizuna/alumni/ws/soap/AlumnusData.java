package jp.kizuna.alumni.ws.soap;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlSchemaType;
import jakarta.xml.bind.annotation.XmlType;
import java.util.ArrayList;
import java.util.List;
import jp.kizuna.alumni.integration.AlumnusRecord;

/** A consenting alumnus: who they are, how to reach them, and every purpose they consented to. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(
        name = "Alumnus",
        propOrder = {
            "employeeNumber",
            "familyName",
            "givenName",
            "familyNameKana",
            "givenNameKana",
            "personalEmail",
            "leavingDate",
            "consentedPurpose"
        })
public class AlumnusData {

    @XmlElement(required = true)
    public String employeeNumber;

    public String familyName;
    public String givenName;
    public String familyNameKana;
    public String givenNameKana;
    public String personalEmail;

    @XmlSchemaType(name = "date")
    public String leavingDate;

    public List<String> consentedPurpose = new ArrayList<>();

    static AlumnusData of(AlumnusRecord record) {
        AlumnusData data = new AlumnusData();
        data.employeeNumber = record.employeeNumber();
        data.familyName = record.familyName();
        data.givenName = record.givenName();
        data.familyNameKana = record.familyNameKana();
        data.givenNameKana = record.givenNameKana();
        data.personalEmail = record.personalEmail();
        data.leavingDate =
                record.leavingDate() == null ? null : record.leavingDate().toString();
        data.consentedPurpose.addAll(record.consentedPurposes());
        return data;
    }
}
