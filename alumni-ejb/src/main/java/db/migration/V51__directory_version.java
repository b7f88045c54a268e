package db.migration;

import java.sql.Connection;
import java.sql.Statement;
import java.util.Locale;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * A version number of everything the alumni directory shows, so that search results can be reused
 * until the next change (see {@code jp.kizuna.alumni.network.DirectoryResults}). On PostgreSQL the
 * number is kept by triggers, in the changing transaction itself: every write to profiles, skills,
 * consents, departments and the names or e-mail of members counts, whichever code or tool writes
 * it, and a change becomes visible to a search together with the new version. A consent withdrawal
 * therefore applies to the very next search on every server of a cluster.
 *
 * <p>H2 (the one-command demo) gets the table without its row: without a kept version the
 * directory reads the database for every search.
 */
public class V51__directory_version extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection db = context.getConnection();
        try (Statement ddl = db.createStatement()) {
            ddl.execute("CREATE TABLE directory_version (id INTEGER PRIMARY KEY, version BIGINT NOT NULL)");
            if (!db.getMetaData()
                    .getDatabaseProductName()
                    .toLowerCase(Locale.ROOT)
                    .contains("postgres")) {
                return;
            }
            // Versions come from a sequence, not from version + 1: a transaction that rolls back has
            // used its number up, so a result a search saw inside it can never pass for a committed
            // state that happens to get the same number.
            ddl.execute("CREATE SEQUENCE directory_version_seq");
            ddl.execute("INSERT INTO directory_version (id, version) VALUES (1, nextval('directory_version_seq'))");
            ddl.execute("""
                    CREATE FUNCTION directory_changed() RETURNS trigger LANGUAGE plpgsql AS $$
                    BEGIN
                        UPDATE directory_version SET version = nextval('directory_version_seq') WHERE id = 1;
                        RETURN NULL;
                    END $$""");
            // Employee rows change in bulk with every HR synchronisation; only a directory member's
            // shown fields count, so that a nightly load of active staff does not empty the caches
            // (nor queue on the version row).
            ddl.execute("""
                    CREATE FUNCTION directory_member_changed() RETURNS trigger LANGUAGE plpgsql AS $$
                    BEGIN
                        IF EXISTS (SELECT 1 FROM alumnus_profile WHERE employee_id = NEW.id) THEN
                            UPDATE directory_version SET version = nextval('directory_version_seq') WHERE id = 1;
                        END IF;
                        RETURN NULL;
                    END $$""");
            for (String table : new String[] {"alumnus_profile", "alumnus_skill", "consent_record"}) {
                ddl.execute("CREATE TRIGGER " + table
                        + "_directory_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON " + table
                        + " FOR EACH STATEMENT EXECUTE FUNCTION directory_changed()");
            }
            // A new department has no members yet.
            ddl.execute("CREATE TRIGGER department_directory_changed AFTER UPDATE OR DELETE OR TRUNCATE ON department"
                    + " FOR EACH STATEMENT EXECUTE FUNCTION directory_changed()");
            ddl.execute("""
                    CREATE TRIGGER employee_directory_changed
                    AFTER UPDATE OF family_name, given_name, family_name_kana, given_name_kana, personal_email ON employee
                    FOR EACH ROW
                    WHEN (OLD.family_name IS DISTINCT FROM NEW.family_name OR OLD.given_name IS DISTINCT FROM NEW.given_name
                          OR OLD.family_name_kana IS DISTINCT FROM NEW.family_name_kana
                          OR OLD.given_name_kana IS DISTINCT FROM NEW.given_name_kana
                          OR OLD.personal_email IS DISTINCT FROM NEW.personal_email)
                    EXECUTE FUNCTION directory_member_changed()""");
        }
    }
}
