/**
 * What operators watch beside the health checks (those are in the integration WAR,
 * jp.kizuna.alumni.ws.health): the gauges of the micrometer registry that need the database, and
 * the release version shown in the footer and at /alumni-ws/api/version. Reads other capabilities'
 * tables only through SQL, so nothing below depends on it.
 */
package jp.kizuna.alumni.operations;
