package jp.kizuna.alumni.ws.soap;

/**
 * The XML limits of the SOAP contract, enforced by CXF's own StAX reader (Woodstox) while it
 * streams the request: HrIntegrationEndpoint hands them to CXF as endpoint properties
 * (org.apache.cxf.stax.*), except the attribute count, which Woodstox only takes when the parser
 * factory is made: configure.cli sets it as the system property org.apache.cxf.stax.maxAttributeCount.
 * A reader that hits one stops at once, before anything is bound or stored; {@link SenderErrors}
 * turns it into the contract's InvalidRequest fault. The values are strings because annotations
 * need constants; {@link #DEPTH} and the others are the same numbers for the refusal texts.
 */
final class XmlLimits {

    /** An Envelope, Body, request, employee and field are 5 levels; 32 leaves room for headers. */
    static final String MAX_ELEMENT_DEPTH = "32";
    /** A full batch is a messageId and 1,000 employees under one element. */
    static final String MAX_CHILD_ELEMENTS = "2000";
    /** A full batch of 1,000 employees with every field is about 14,000 elements. */
    static final String MAX_ELEMENT_COUNT = "60000";
    /** The longest field of the contract is 500 characters; security headers may carry longer tokens. */
    static final String MAX_TEXT_LENGTH = "65536";

    static final String MAX_ATTRIBUTE_SIZE = "65536";
    /** Must equal the system property in alumni-server's configure.cli. */
    static final int ATTRIBUTES = 64;
    /**
     * A full batch is about 700,000 characters; four times that leaves room for verbose senders.
     * The body's bytes are bounded before that by the HTTP listener's max-post-size (32 MB,
     * configure.cli), which the CSV upload needs; this limit is the one that applies to SOAP.
     */
    static final String MAX_XML_CHARACTERS = "4194304";

    static final int DEPTH = Integer.parseInt(MAX_ELEMENT_DEPTH);
    static final int CHILD_ELEMENTS = Integer.parseInt(MAX_CHILD_ELEMENTS);
    static final int ELEMENTS = Integer.parseInt(MAX_ELEMENT_COUNT);
    static final int TEXT_LENGTH = Integer.parseInt(MAX_TEXT_LENGTH);
    static final int ATTRIBUTE_SIZE = Integer.parseInt(MAX_ATTRIBUTE_SIZE);
    static final int CHARACTERS = Integer.parseInt(MAX_XML_CHARACTERS);

    private XmlLimits() {}
}
