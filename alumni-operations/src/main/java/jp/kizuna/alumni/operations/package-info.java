/**
 * What operators watch: the application's MicroProfile Health checks (served by WildFly on the
 * management interface, /health/ready and /health/live) and the release version shown in the footer
 * and at /alumni-ws/api/version. This is a library in the EAR's lib/ because WildFly 39 collects
 * health checks only from the EAR-level bean archive (WFLY-12835), so it sees nothing of the EJB
 * module: settings come from {@link jp.kizuna.alumni.shared.Setting}, data through SQL.
 */
package jp.kizuna.alumni.operations;
