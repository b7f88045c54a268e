/**
 * Alumni domain model and services: offboarding cases, the alumni network, opportunities,
 * events, privacy and HR integration, as JPA entities with behaviour and EJB services with one
 * method per use case. Packages are by business capability; {@code shared} holds the few
 * cross-cutting pieces (roles, audit trail, clock, migrations, localized errors).
 */
package jp.kizuna.alumni;
