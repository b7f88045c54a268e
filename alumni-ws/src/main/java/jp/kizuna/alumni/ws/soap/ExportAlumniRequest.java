package jp.kizuna.alumni.ws.soap;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

/**
 * Asks for the alumni whose consent for one purpose (NEWS_EVENTS, REHIRE_OFFERS, SIDE_JOB_OFFERS,
 * DIRECTORY) is in force; paged with first (from 0) and max (1 to 1000, default 1000).
 */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(
        name = "ExportConsentedAlumniRequest",
        propOrder = {"purpose", "first", "max"})
public class ExportAlumniRequest {

    @XmlElement(required = true)
    public String purpose;

    public Integer first;
    public Integer max;
}
