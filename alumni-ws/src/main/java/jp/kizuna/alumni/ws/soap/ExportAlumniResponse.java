package jp.kizuna.alumni.ws.soap;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlType;
import java.util.ArrayList;
import java.util.List;

/** One page of consenting alumni, in employee number order; fewer than max means the last page. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(
        name = "ExportConsentedAlumniResponse",
        propOrder = {"alumnus"})
public class ExportAlumniResponse {

    public List<AlumnusData> alumnus = new ArrayList<>();
}
