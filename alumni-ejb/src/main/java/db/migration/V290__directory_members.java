package db.migration;

import java.sql.Connection;
import java.sql.Statement;
import java.util.Locale;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The directory's search table on PostgreSQL: one row per listed member (active profile, DIRECTORY
 * consent in force) with exactly what a search filters, orders and matches on, each field only when
 * the member shows it (a hidden region is null, hidden openness false, hidden skills empty; a hidden
 * employer or role is left out of {@code directory_member_text}). A search then reads one narrow table through its own indexes instead of
 * joining profiles, employees and consents row by row (docs/benchmarks.md, round 2: the join
 * walked thousands of rows per search and the text search scanned every profile).
 *
 * <p>Kept by triggers in the changing transaction itself, like V51's version: every write to
 * profiles, skills, consents and the names of members, whichever code or tool makes it, changes
 * the member's row before the transaction commits, so a consent withdrawal is part of the very
 * next search. Statement triggers with transition tables on profiles, skills and consents, so that
 * a bulk change (the benchmark's generator, an erasure run) refreshes its rows in one statement.
 *
 * <p>The partial match on employer, role and skills ({@code LIKE '%part%'}) is served by a GIN index
 * of the one- and two-character pieces of the shown texts ({@code directory_member_text.text_grams},
 * from {@code directory_grams}): any part of one character or more, also kana and kanji, which
 * trigrams (pg_trgm) do not cover below three. A column, not an expression index, so that checking
 * it on a row costs an array comparison, not the function; in a table of its own, as the pieces
 * are about three quarters of a member's size and only a text search reads them.
 *
 * <p>H2 (the one-command demo) gets nothing here; {@code DirectorySearch} searches the source
 * tables there as before.
 */
public class V290__directory_members extends BaseJavaMigration {

    /** The member's row from the source tables, for the profiles given as {@code ids} (a bigint array). */
    static final String REFRESH = """
            CREATE FUNCTION directory_member_refresh(ids BIGINT[]) RETURNS void LANGUAGE plpgsql AS $$
            BEGIN
                -- Refreshes of a member take turns (the profile row's lock, held to the commit), and each
                -- statement below reads what was committed when it starts: a refresh that waited for
                -- another transaction's (say a consent withdrawal) sees it, so the last one to commit
                -- writes the row from everything committed. A bulk refresh locks the profiles at once.
                IF cardinality(ids) > 10000 THEN
                    LOCK TABLE alumnus_profile IN SHARE ROW EXCLUSIVE MODE;
                ELSE
                    PERFORM 1 FROM alumnus_profile WHERE id = ANY(ids) ORDER BY id FOR NO KEY UPDATE;
                END IF;
                DELETE FROM directory_member WHERE profile_id = ANY(ids);
                DELETE FROM directory_member_text WHERE profile_id = ANY(ids);
                INSERT INTO directory_member (profile_id, employee_id, family_name_kana, family_name, given_name,
                    family_name_key, given_name_key, family_kana_key, given_kana_key, romaji_key, given_first_romaji_key,
                    department_id, years_of_service, region, open_rehire, open_side_job, open_collaboration,
                    open_mentoring, open_speaking, open_referrals, skills)
                SELECT p.id, p.employee_id, e.family_name_kana, e.family_name, e.given_name,
                    e.family_name_key, e.given_name_key, e.family_kana_key, e.given_kana_key, e.romaji_key,
                    e.given_first_romaji_key, p.department_id, p.years_of_service,
                    CASE WHEN p.show_region THEN p.region END,
                    p.show_openness AND p.open_rehire, p.show_openness AND p.open_side_job,
                    p.show_openness AND p.open_collaboration, p.show_openness AND p.open_mentoring,
                    p.show_openness AND p.open_speaking, p.show_openness AND p.open_referrals,
                    CASE WHEN p.show_skills THEN coalesce((SELECT array_agg(s.skill ORDER BY s.skill) FROM alumnus_skill s
                                                          WHERE s.profile_id = p.id), '{}') ELSE '{}' END
                FROM alumnus_profile p JOIN employee e ON e.id = p.employee_id
                WHERE p.id = ANY(ids) AND p.status = 'ACTIVE'
                  AND EXISTS (SELECT 1 FROM consent_record c WHERE c.employee_id = p.employee_id
                              AND c.purpose = 'DIRECTORY' AND c.withdrawn_at IS NULL);
                INSERT INTO directory_member_text (profile_id, employer_key, role_key, skills_key, text_grams)
                SELECT p.id, t.employer_key, t.role_key, t.skills_key,
                       directory_grams(coalesce(t.employer_key, '') || '|' || coalesce(t.role_key, '') || '|' || coalesce(t.skills_key, ''))
                FROM directory_member m JOIN alumnus_profile p ON p.id = m.profile_id
                CROSS JOIN LATERAL (SELECT CASE WHEN p.show_employer THEN p.employer_key END AS employer_key,
                                           CASE WHEN p.show_employer THEN p.role_key END AS role_key,
                                           CASE WHEN p.show_skills THEN p.skills_key END AS skills_key) t
                WHERE m.profile_id = ANY(ids)
                  AND coalesce(t.employer_key, t.role_key, t.skills_key) IS NOT NULL;
            END $$""";

    @Override
    public void migrate(Context context) throws Exception {
        Connection db = context.getConnection();
        if (!db.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres")) {
            return;
        }
        try (Statement ddl = db.createStatement()) {
            ddl.execute("""
                    CREATE TABLE directory_member (
                        profile_id             BIGINT       NOT NULL PRIMARY KEY,
                        employee_id            BIGINT       NOT NULL,
                        family_name_kana       VARCHAR(100),
                        family_name            VARCHAR(100) NOT NULL,
                        given_name             VARCHAR(100) NOT NULL,
                        family_name_key        VARCHAR(200),
                        given_name_key         VARCHAR(200),
                        family_kana_key        VARCHAR(200),
                        given_kana_key         VARCHAR(200),
                        romaji_key             VARCHAR(200),
                        given_first_romaji_key VARCHAR(200),
                        department_id          BIGINT,
                        years_of_service       INTEGER      NOT NULL,
                        region                 VARCHAR(100),
                        open_rehire            BOOLEAN      NOT NULL,
                        open_side_job          BOOLEAN      NOT NULL,
                        open_collaboration     BOOLEAN      NOT NULL,
                        open_mentoring         BOOLEAN      NOT NULL,
                        open_speaking          BOOLEAN      NOT NULL,
                        open_referrals         BOOLEAN      NOT NULL,
                        skills                 VARCHAR(80)[] NOT NULL
                    )""");
            // The shown employer, role and skills keys of the members who show any, with their pieces:
            // a table of its own, since the pieces are most of their size and only a text search reads them.
            ddl.execute("""
                    CREATE TABLE directory_member_text (
                        profile_id   BIGINT NOT NULL PRIMARY KEY,
                        employer_key VARCHAR(200),
                        role_key     VARCHAR(200),
                        skills_key   VARCHAR(2500),
                        text_grams   TEXT[] NOT NULL
                    )""");
            // The one- and two-character pieces of a text: a text containing a part contains all of the
            // part's pieces, so "pieces of the shown texts contain the part's pieces" narrows a partial
            // match to an index lookup (the LIKE itself is still checked on the rows found).
            ddl.execute("""
                    CREATE FUNCTION directory_grams(t TEXT) RETURNS TEXT[] LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
                        SELECT string_to_array(t, NULL) || array(SELECT substr(t, i, 2) FROM generate_series(1, length(t) - 1) i)
                    $$""");
            ddl.execute(REFRESH);
            // The order, and with it what the other filters check: walking it to fill a page (or the
            // department index to count) reads the index alone, never the rows.
            String filtered =
                    "department_id, years_of_service, region, open_rehire, open_side_job, open_collaboration, open_mentoring,"
                            + " open_speaking, open_referrals";
            ddl.execute("CREATE INDEX directory_member_order_idx ON directory_member"
                    + " (family_name_kana, family_name, given_name, employee_id) INCLUDE (profile_id, " + filtered
                    + ")");
            for (String key : new String[] {
                "family_name_key",
                "given_name_key",
                "family_kana_key",
                "given_kana_key",
                "romaji_key",
                "given_first_romaji_key"
            }) {
                // With the profile id: a name search reads the ids of its matches from the indexes alone.
                ddl.execute("CREATE INDEX directory_member_" + key + "_idx ON directory_member (" + key
                        + " varchar_pattern_ops, profile_id)");
            }
            ddl.execute(
                    "CREATE INDEX directory_member_department_idx ON directory_member (department_id, years_of_service)"
                            + " INCLUDE (region, open_rehire, open_side_job, open_collaboration, open_mentoring, open_speaking, open_referrals)");
            ddl.execute("CREATE INDEX directory_member_years_idx ON directory_member (years_of_service)");
            ddl.execute("CREATE INDEX directory_member_region_idx ON directory_member (region)");
            ddl.execute("CREATE INDEX directory_member_skills_idx ON directory_member USING gin (skills)");
            ddl.execute("CREATE INDEX directory_member_text_idx ON directory_member_text USING gin (text_grams)");

            // Profiles: their own ids.
            trigger(ddl, "alumnus_profile", "INSERT", "SELECT id FROM changed_new");
            trigger(ddl, "alumnus_profile", "UPDATE", "SELECT id FROM changed_new UNION SELECT id FROM changed_old");
            trigger(ddl, "alumnus_profile", "DELETE", "SELECT id FROM changed_old");
            // Skills and consents: the profiles they belong to.
            trigger(ddl, "alumnus_skill", "INSERT", "SELECT profile_id FROM changed_new");
            trigger(
                    ddl,
                    "alumnus_skill",
                    "UPDATE",
                    "SELECT profile_id FROM changed_new UNION SELECT profile_id FROM changed_old");
            trigger(ddl, "alumnus_skill", "DELETE", "SELECT profile_id FROM changed_old");
            String ofEmployees = "SELECT p.id FROM alumnus_profile p WHERE p.employee_id IN (%s)";
            trigger(ddl, "consent_record", "INSERT", ofEmployees.formatted("SELECT employee_id FROM changed_new"));
            trigger(
                    ddl,
                    "consent_record",
                    "UPDATE",
                    ofEmployees.formatted(
                            "SELECT employee_id FROM changed_new UNION SELECT employee_id FROM changed_old"));
            trigger(ddl, "consent_record", "DELETE", ofEmployees.formatted("SELECT employee_id FROM changed_old"));
            // Employees: a row trigger that fires only when what the directory orders and matches on
            // changes (names, kana, their keys), checked before any function runs, so that the nightly
            // HR load of active staff costs nothing here (as V51's version trigger).
            String[] names = {
                "family_name",
                "given_name",
                "family_name_kana",
                "given_name_kana",
                "family_name_key",
                "given_name_key",
                "family_kana_key",
                "given_kana_key",
                "romaji_key",
                "given_first_romaji_key"
            };
            StringBuilder changed = new StringBuilder();
            for (String column : names) {
                changed.append(changed.length() == 0 ? "" : " OR ")
                        .append("OLD.")
                        .append(column)
                        .append(" IS DISTINCT FROM NEW.")
                        .append(column);
            }
            ddl.execute("""
                    CREATE FUNCTION employee_members_update() RETURNS trigger LANGUAGE plpgsql AS $$
                    BEGIN
                        PERFORM directory_member_refresh(array(SELECT p.id FROM alumnus_profile p WHERE p.employee_id = NEW.id));
                        RETURN NULL;
                    END $$""");
            ddl.execute("CREATE TRIGGER employee_members_update AFTER UPDATE OF " + String.join(", ", names)
                    + " ON employee FOR EACH ROW WHEN (" + changed + ") EXECUTE FUNCTION employee_members_update()");
            // Emptied tables: nobody is listed without a profile or a consent; emptied skills, rebuilt.
            ddl.execute("""
                    CREATE FUNCTION directory_members_emptied() RETURNS trigger LANGUAGE plpgsql AS $$
                    BEGIN
                        IF TG_TABLE_NAME = 'alumnus_skill' THEN
                            PERFORM directory_member_refresh(array(SELECT profile_id FROM directory_member));
                        ELSE
                            DELETE FROM directory_member;
                            DELETE FROM directory_member_text;
                        END IF;
                        RETURN NULL;
                    END $$""");
            for (String table : new String[] {"alumnus_profile", "alumnus_skill", "consent_record"}) {
                ddl.execute("CREATE TRIGGER " + table + "_members_truncate AFTER TRUNCATE ON " + table
                        + " FOR EACH STATEMENT EXECUTE FUNCTION directory_members_emptied()");
            }
            ddl.execute("SELECT directory_member_refresh(array(SELECT id FROM alumnus_profile))");
            ddl.execute("ANALYZE directory_member");
            ddl.execute("ANALYZE directory_member_text");
        }
    }

    private static void trigger(Statement ddl, String table, String event, String profileIds) throws Exception {
        String name = table + "_members_" + event.toLowerCase(Locale.ROOT);
        String transition = switch (event) {
            case "INSERT" -> "NEW TABLE AS changed_new";
            case "DELETE" -> "OLD TABLE AS changed_old";
            default -> "OLD TABLE AS changed_old NEW TABLE AS changed_new";
        };
        ddl.execute("CREATE FUNCTION " + name + "() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n"
                + "    PERFORM directory_member_refresh(array(" + profileIds + "));\n    RETURN NULL;\nEND $$");
        ddl.execute("CREATE TRIGGER " + name + " AFTER " + event + " ON " + table + " REFERENCING " + transition
                + " FOR EACH STATEMENT EXECUTE FUNCTION " + name + "()");
    }
}
