package jp.kizuna.alumni.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Comparator;
import jp.kizuna.alumni.identity.Romaji;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;

/**
 * V215 gives the members already stored their romaji keys and skill keys, and folds the variant
 * kanji of their stored search keys, without touching the names themselves.
 */
class SearchKeysMigrationTest {

    @Test
    void existingRowsGetTheNewKeysAndKeepTheirNames() throws Exception {
        Flyway current = DemoDatabase.migrations("searchkeys");
        MigrationVersion v215 = MigrationVersion.fromVersion("215");
        MigrationVersion before = Arrays.stream(current.info().all())
                .map(MigrationInfo::getVersion)
                .filter(v -> v != null && v.compareTo(v215) < 0)
                .max(Comparator.naturalOrder())
                .orElseThrow();
        Flyway.configure()
                .configuration(current.getConfiguration())
                .target(before)
                .load()
                .migrate();
        try (Connection db = DriverManager.getConnection(DemoDatabase.url("searchkeys"), "sa", "");
                Statement sql = db.createStatement()) {
            sql.execute("""
                    insert into employee (id, employee_number, family_name, given_name, family_name_kana, given_name_kana,
                                          status, preferred_locale, updated_at, family_name_key)
                    values (9101, 'K0001', '髙橋', '﨑子', 'タカハシ', 'サキコ', 'ACTIVE', 'ja', timestamp '2025-04-01 09:00:00', '髙橋')""");
            sql.execute("""
                    insert into alumnus_profile (id, employee_id, status, invited_at, current_employer)
                    values (9101, 9101, 'ACTIVE', timestamp '2025-07-01 09:00:00', 'ＡＣＭＥ 商事')""");
            sql.execute("insert into alumnus_skill (profile_id, skill) values (9101, 'java'), (9101, '経理')");
        }
        Flyway.configure()
                .configuration(current.getConfiguration())
                .target(v215)
                .load()
                .migrate();
        try (Connection db = DriverManager.getConnection(DemoDatabase.url("searchkeys"), "sa", "");
                Statement sql = db.createStatement();
                ResultSet row = sql.executeQuery("""
                     select e.family_name, e.given_name, e.family_name_key, e.given_name_key, e.romaji_key,
                            e.given_first_romaji_key, p.employer_key, p.skills_key
                       from employee e join alumnus_profile p on p.employee_id = e.id where e.id = 9101""")) {
            row.next();
            assertEquals("髙橋", row.getString(1), "the name as written is kept");
            assertEquals("﨑子", row.getString(2));
            assertEquals("高橋", row.getString(3));
            assertEquals("崎子", row.getString(4));
            assertEquals(Romaji.key("takahashi sakiko"), row.getString(5));
            assertEquals(Romaji.key("sakiko takahashi"), row.getString(6));
            assertEquals("acme 商事", row.getString(7));
            assertEquals("|java|経理|", row.getString(8));
        }
    }
}
