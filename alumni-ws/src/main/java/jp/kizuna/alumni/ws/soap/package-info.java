/**
 * The SOAP interface for legacy HR systems, version 1 (namespace urn:kizuna:alumni:hr:v1), published
 * at /alumni-ws/soap/hr/v1?wsdl. Document/literal; the message types here are the contract, so their
 * names and order only change with a new namespace version. Translates to and from
 * jp.kizuna.alumni.integration; business refusals become typed faults.
 */
@XmlSchema(namespace = HrContract.NAMESPACE, elementFormDefault = XmlNsForm.QUALIFIED)
package jp.kizuna.alumni.ws.soap;

import jakarta.xml.bind.annotation.XmlNsForm;
import jakarta.xml.bind.annotation.XmlSchema;
