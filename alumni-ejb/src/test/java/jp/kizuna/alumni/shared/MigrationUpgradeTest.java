package jp.kizuna.alumni.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An upgrade keeps every record: a database at the previous schema version, filled with people,
 * cases, interviews, consents and audit lines, is migrated by the application's migrations to the
 * current version, and every row of every table that existed before is still there with the same
 * values. And a migration edited after it was applied stops the start with a clear message.
 */
class MigrationUpgradeTest {

    private static final String DATA = """
            insert into department (id, code, name_ja, name_en) values (9001, 'UPG', '移行部', 'Upgrades');
            insert into employee (id, employee_number, family_name, given_name, family_name_kana, given_name_kana,
                                  department_id, status, preferred_locale, updated_at, login_name, personal_email)
                   values (9001, 'U0001', '髙橋', '﨑子', 'タカハシ', 'サキコ', 9001, 'ACTIVE', 'ja',
                           timestamp '2025-04-01 09:00:00', 'upgrade.takahashi', 'saki@example.jp');
            insert into offboarding_case (id, employee_id, department_id, status, source, notice_date, last_day,
                                          opened_at, opened_by, real_reason_text)
                   values (9001, 9001, 9001, 'CLOSED', 'HR_SCREEN', date '2025-05-01', date '2025-06-30',
                           timestamp '2025-05-01 10:00:00', 'hr.admin', '介護のため（実家）');
            insert into exit_interview (id, case_id, kind, interview_date, interviewer_login, interviewer_name, held,
                                        confidentiality, notes)
                   values (9001, 9001, 'HR', date '2025-05-20', 'hr.admin', '人事 花子', true, 'HR_ONLY',
                           '上司との関係に悩んでいた。改行も\n含む。');
            insert into consent_record (id, employee_id, purpose, text_version, language, given_at, recorded_by)
                   values (9001, 9001, 'DIRECTORY', '2024-1', 'ja', timestamp '2025-06-30 17:00:00', 'upgrade.takahashi');
            insert into audit_entry (id, occurred_at, actor, action, subject_type, subject_id, detail)
                   values (9001, timestamp '2025-05-01 10:00:00', 'hr.admin', 'CREATE', 'OffboardingCase', '9001',
                           'Case opened');
            """;

    /**
     * Tables a migration drops on purpose, with why: they held no record of a person or a case,
     * only the application's own machinery.
     */
    private static final Map<String, String> RETIRED = Map.of(
            "scheduled_job_lock", "V190: the retention sweep's lock row; scheduled jobs are persistent timers now");

    /**
     * Columns derived from others of their row that a migration computes again when what they fold
     * changes (search keys: V50, V215), with why. The columns they are derived from (the names as the
     * person writes them) must stay unchanged like every other.
     */
    private static final Map<String, String> DERIVED = Map.of(
            "family_name_key",
            "SearchKey of family_name",
            "given_name_key",
            "SearchKey of given_name",
            "family_kana_key",
            "SearchKey of family_name_kana",
            "given_kana_key",
            "SearchKey of given_name_kana",
            "employer_key",
            "SearchKey of current_employer",
            "role_key",
            "SearchKey of job_role");

    @Test
    void aFilledDatabaseOfThePreviousVersionKeepsEveryRowThroughTheUpgrade() throws Exception {
        Flyway current = DemoDatabase.migrations("upgrade");
        MigrationVersion previous = previousVersion(current);
        Flyway.configure()
                .configuration(current.getConfiguration())
                .target(previous)
                .load()
                .migrate();
        Map<String, List<Map<String, String>>> before;
        try (Connection connection = connection("upgrade")) {
            try (Statement insert = connection.createStatement()) {
                for (String statement : DATA.split(";\n")) {
                    if (!statement.isBlank()) {
                        insert.execute(statement);
                    }
                }
            }
            before = rows(connection);
        }
        assertEquals(1, before.get("exit_interview").size(), "the test data went in");

        int applied = current.migrate().migrationsExecuted;
        assertTrue(applied >= 1, "migrated from " + previous + " to the current version");

        try (Connection connection = connection("upgrade")) {
            Map<String, List<Map<String, String>>> after = rows(connection);
            for (Map.Entry<String, List<Map<String, String>>> table : before.entrySet()) {
                if (RETIRED.containsKey(table.getKey()) && !after.containsKey(table.getKey())) {
                    continue;
                }
                List<Map<String, String>> now = after.get(table.getKey());
                // A migration may add reference rows (a new job's lock row); none that was there may go or change.
                assertTrue(now != null && now.size() >= table.getValue().size(), "rows of " + table.getKey());
                for (int i = 0; i < table.getValue().size(); i++) {
                    Map<String, String> was = new TreeMap<>(table.getValue().get(i));
                    was.keySet().removeAll(DERIVED.keySet());
                    boolean kept = now.stream()
                            .map(TreeMap::new)
                            .peek(is -> is.keySet().retainAll(was.keySet()))
                            .anyMatch(was::equals);
                    assertTrue(kept, "row " + i + " of " + table.getKey() + " unchanged: " + was);
                }
            }
        }
    }

    @Test
    void aMigrationEditedAfterItWasAppliedStopsTheStartWithWhatToDo(@TempDir Path released) throws Exception {
        Path migrations = released.resolve("db");
        Files.createDirectories(migrations);
        for (String file : List.of("V1__foundation.sql", "V10__offboarding.sql")) {
            try (InputStream in = MigrationUpgradeTest.class.getResourceAsStream("/db/migration/" + file)) {
                Files.copy(in, migrations.resolve(file));
            }
        }
        Flyway flyway = Flyway.configure()
                .dataSource(DemoDatabase.url("edited"), "sa", "")
                .locations("filesystem:" + migrations)
                .load();
        DatabaseMigration.migrate(flyway);

        Files.writeString(
                migrations.resolve("V10__offboarding.sql"),
                "\n-- a later fix, in the wrong place\n",
                StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);
        IllegalStateException refused =
                assertThrows(IllegalStateException.class, () -> DatabaseMigration.migrate(flyway));
        assertTrue(refused.getMessage().contains("A released migration must never be edited"), refused.getMessage());
        assertTrue(refused.getMessage().contains("checksum mismatch"), refused.getMessage());
        assertTrue(refused.getMessage().contains("10"), "names the migration: " + refused.getMessage());
    }

    private static MigrationVersion previousVersion(Flyway flyway) {
        List<MigrationVersion> versions = Arrays.stream(flyway.info().all())
                .map(MigrationInfo::getVersion)
                .filter(v -> v != null)
                .sorted(Comparator.reverseOrder())
                .toList();
        assertTrue(versions.size() >= 2, "there is a previous version");
        return versions.get(1);
    }

    private static Connection connection(String name) throws SQLException {
        return DriverManager.getConnection(DemoDatabase.url(name), "sa", "");
    }

    /** Every application table's rows, ordered by id (or all columns), as column-to-text maps. */
    private static Map<String, List<Map<String, String>>> rows(Connection connection) throws SQLException, IOException {
        List<String> tables = new ArrayList<>();
        try (ResultSet found = connection.getMetaData().getTables(null, "public", "%", new String[] {"TABLE"})) {
            while (found.next()) {
                String table = found.getString("TABLE_NAME");
                if (!table.equalsIgnoreCase("flyway_schema_history")) {
                    tables.add(table);
                }
            }
        }
        Map<String, List<Map<String, String>>> all = new LinkedHashMap<>();
        for (String table : tables) {
            List<Map<String, String>> rows = new ArrayList<>();
            try (Statement query = connection.createStatement();
                    ResultSet row = query.executeQuery("select * from " + table)) {
                ResultSetMetaData columns = row.getMetaData();
                while (row.next()) {
                    Map<String, String> values = new TreeMap<>();
                    for (int c = 1; c <= columns.getColumnCount(); c++) {
                        values.put(columns.getColumnName(c).toLowerCase(), row.getString(c));
                    }
                    rows.add(values);
                }
            }
            rows.sort(Comparator.comparing(Object::toString));
            all.put(table.toLowerCase(), rows);
        }
        return all;
    }
}
