/**
 * Flyway's Java migrations: the few schema steps that need code (search keys computed by the
 * application's own rules, DDL that differs between PostgreSQL and H2). Plain SQL migrations live
 * beside them as resources in db/migration.
 */
package db.migration;
