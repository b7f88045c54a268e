package jp.kizuna.alumni.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import jp.kizuna.alumni.shared.DemoDatabase;
import org.junit.jupiter.api.Test;

/** New employees written as one statement carry every column persist would have written. */
class NewEmployeeRowsTest {

    /** A column added to the employee table by a migration must be written by the bulk path too. */
    @Test
    void writesEveryColumnOfTheMigratedTable() throws Exception {
        try (Connection db = DemoDatabase.migrated("new-employee-columns");
                ResultSet none = db.createStatement().executeQuery("select * from employee where 1 = 0")) {
            Set<String> table = new TreeSet<>();
            for (int column = 1; column <= none.getMetaData().getColumnCount(); column++) {
                table.add(none.getMetaData().getColumnName(column).toLowerCase(Locale.ROOT));
            }
            assertFalse(table.isEmpty(), "the migrated employee table");
            assertEquals(table, new TreeSet<>(NewEmployeeRows.columnNames()));
        }
    }

    @Test
    void everyColumnAsTheEntityHoldsItAndManagersBeforeTheirReports() throws Exception {
        try (Connection db = DemoDatabase.migrated("new-employee-rows")) {
            Employee boss = new Employee("NE-BOSS", "髙橋", "誠");
            boss.rename("髙橋", "誠", "タカハシ", "マコト");
            boss.setHireDate(LocalDate.of(2001, 4, 1));
            boss.setWorkEmail("m.takahashi@example.co.jp");
            boss.setJobTitle("部長");
            boss.setLoginName("takahashi");
            Employee leaver = new Employee("NE-LEAVER", "Smith", "Emily");
            leaver.setManager(boss);
            leaver.setPersonalEmail("emily@example.net");
            leaver.setPreferredLocale(Locale.ENGLISH);
            leaver.left(LocalDate.of(2026, 3, 31));
            long[] next = {5001};
            LocalDateTime before = LocalDateTime.now().minusSeconds(1);

            // The report first: the statement must still store the manager before her (H2 checks each row).
            NewEmployeeRows.insert(db, List.of(leaver, boss), () -> next[0]++);

            assertEquals(5001, boss.getId());
            assertEquals(5002, leaver.getId());
            try (PreparedStatement query = db.prepareStatement("""
                    select id, version, employee_number, login_name, family_name, given_name, family_name_kana,
                        given_name_kana, family_name_key, given_name_key, family_kana_key, given_kana_key, work_email,
                        personal_email, job_title, department_id, manager_id, hire_date, leaving_date, status,
                        preferred_locale, updated_at
                    from employee where employee_number like 'NE-%' order by id""");
                    ResultSet rows = query.executeQuery()) {
                assertTrue(rows.next());
                assertEquals(5001, rows.getLong("id"));
                assertEquals(boss.getVersion(), rows.getLong("version"));
                assertEquals("takahashi", rows.getString("login_name"));
                assertEquals("タカハシ", rows.getString("family_name_kana"));
                assertEquals(boss.familyNameKey(), rows.getString("family_name_key"));
                assertEquals(boss.givenNameKey(), rows.getString("given_name_key"));
                assertEquals(boss.familyKanaKey(), rows.getString("family_kana_key"));
                assertEquals(boss.givenKanaKey(), rows.getString("given_kana_key"));
                assertEquals("m.takahashi@example.co.jp", rows.getString("work_email"));
                assertEquals("部長", rows.getString("job_title"));
                assertNull(rows.getObject("department_id"));
                assertNull(rows.getObject("manager_id"));
                assertEquals(LocalDate.of(2001, 4, 1), rows.getObject("hire_date", LocalDate.class));
                assertNull(rows.getObject("leaving_date"));
                assertEquals("ACTIVE", rows.getString("status"));
                LocalDateTime updatedAt = rows.getObject("updated_at", LocalDateTime.class);
                assertTrue(
                        Duration.between(boss.getUpdatedAt(), updatedAt).abs().toNanos() <= 1000,
                        "the column keeps microseconds: " + updatedAt + " for " + boss.getUpdatedAt());
                assertTrue(boss.getUpdatedAt().isAfter(before));

                assertTrue(rows.next());
                assertEquals("NE-LEAVER", rows.getString("employee_number"));
                assertEquals("Smith", rows.getString("family_name"));
                assertEquals("Emily", rows.getString("given_name"));
                assertNull(rows.getString("family_name_kana"));
                assertEquals("emily@example.net", rows.getString("personal_email"));
                assertEquals(5001, rows.getLong("manager_id"));
                assertNull(rows.getObject("hire_date"));
                assertEquals(LocalDate.of(2026, 3, 31), rows.getObject("leaving_date", LocalDate.class));
                assertEquals("LEFT", rows.getString("status"));
                assertEquals("en", rows.getString("preferred_locale"));
            }
        }
    }
}
