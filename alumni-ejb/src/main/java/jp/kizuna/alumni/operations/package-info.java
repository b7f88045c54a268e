/**
 * What operators watch: readiness and liveness checks for WildFly's MicroProfile Health
 * (management interface, /health), the gauges of the micrometer registry that need the database,
 * and the release version shown in the footer and at /alumni-ws/api/version. Reads other
 * capabilities' tables only through SQL, so nothing below depends on it.
 */
package jp.kizuna.alumni.operations;
