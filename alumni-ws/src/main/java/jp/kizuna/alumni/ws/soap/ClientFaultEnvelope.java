package jp.kizuna.alumni.ws.soap;

/**
 * A SOAP 1.1 Client fault written before the SOAP stack runs (by a filter or an error page), in the
 * contract's shape: the English text as faultstring, and a detail element of the contract's
 * namespace with the code and the text in English and Japanese.
 */
public record ClientFaultEnvelope(String detailElement, String code, String text, String textJa) {

    public String xml() {
        String en = escape(text);
        return """
                <soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body><soap:Fault>\
                <faultcode>soap:Client</faultcode><faultstring>%s</faultstring><detail>\
                <hr:%s xmlns:hr="%s"><hr:code>%s</hr:code><hr:text>%s</hr:text><hr:textJa>%s</hr:textJa>\
                </hr:%s></detail></soap:Fault></soap:Body></soap:Envelope>""".formatted(en, detailElement, HrContract.NAMESPACE, escape(code), en, escape(textJa), detailElement);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
