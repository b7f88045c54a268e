package jp.kizuna.alumni.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The audit lines of a bulk change, written as one statement, are the lines {@link AuditTrail#record} writes. */
class AuditLinesTest {

    @Test
    void oneLinePerSubjectWithEverythingElseShared() throws Exception {
        try (Connection db = DemoDatabase.migrated("audit-lines")) {
            LocalDateTime at = LocalDateTime.of(2026, 4, 1, 9, 30, 15, 123_456_000);
            AuditEntry shared = new AuditEntry(
                    at, "hr-connector", AuditEntry.Action.CREATE, "Employee", "", "HR master data synchronisation");
            long[] next = {7001};
            AuditTrail.insertLines(db, shared, List.of("E-1", "E-2", 3), () -> next[0]++);

            List<String> lines = new ArrayList<>();
            try (PreparedStatement query = db.prepareStatement("""
                    select id, occurred_at, actor, action, subject_type, subject_id, detail
                    from audit_entry where id between 7001 and 7003 order by id""");
                    ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    assertEquals(at, rows.getObject(2, LocalDateTime.class));
                    lines.add(rows.getLong(1) + " " + rows.getString(3) + " " + rows.getString(4) + " "
                            + rows.getString(5) + " " + rows.getString(6) + " " + rows.getString(7));
                }
            }
            assertEquals(
                    List.of(
                            "7001 hr-connector CREATE Employee E-1 HR master data synchronisation",
                            "7002 hr-connector CREATE Employee E-2 HR master data synchronisation",
                            "7003 hr-connector CREATE Employee 3 HR master data synchronisation"),
                    lines);
            assertFalse(lines.isEmpty());
        }
    }
}
