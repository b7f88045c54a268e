/**
 * The application's MicroProfile Health checks, served by WildFly on the management interface
 * (/health/ready, /health/live). They live in a WAR because WildFly 39 collects health checks from
 * the web modules of an EAR, not from its EJB module.
 */
package jp.kizuna.alumni.ws.health;
