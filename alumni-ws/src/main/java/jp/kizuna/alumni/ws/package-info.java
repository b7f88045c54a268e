/**
 * HR integration: SOAP services for legacy HR systems and a JSON REST API, both thin
 * translations onto the same EJB services the web UI uses.
 */
package jp.kizuna.alumni.ws;
