package jp.kizuna.alumni.ws.soap;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;
import java.util.Locale;
import jp.kizuna.alumni.shared.BusinessException;

/** Detail of every fault: a stable code for programs and the explanation in English and Japanese. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(
        name = "FaultDetail",
        propOrder = {"code", "text", "textJa"})
public class FaultDetail {

    @XmlElement(required = true)
    public String code;

    @XmlElement(required = true)
    public String text;

    public String textJa;

    static FaultDetail of(BusinessException refusal) {
        FaultDetail detail = new FaultDetail();
        detail.code = refusal.getKey();
        detail.text = refusal.getMessage(Locale.ENGLISH);
        detail.textJa = refusal.getMessage(Locale.JAPANESE);
        return detail;
    }
}
