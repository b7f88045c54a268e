package jp.kizuna.alumni.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import jp.kizuna.alumni.identity.Employee;
import jp.kizuna.alumni.identity.EmployeeDirectory;
import jp.kizuna.alumni.identity.EmploymentStatus;
import jp.kizuna.alumni.it.AsHrSystem;
import jp.kizuna.alumni.it.Deployments;
import jp.kizuna.alumni.it.Poll;
import jp.kizuna.alumni.it.ServiceTest;
import jp.kizuna.alumni.privacy.ConsentPurpose;
import jp.kizuna.alumni.privacy.ConsentRecord;
import jp.kizuna.alumni.shared.BusinessException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

/** The HR inbox services inside the application: upsert, exactly-once delivery, resignations, roles, CSV files. */
class HrInboxIT extends ServiceTest {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWith(HrInboxIT.class);
    }

    @EJB
    AsHrSystem hrSystem;

    @Inject
    HrInbox inbox;

    @Inject
    EmployeeUpsert upsert;

    @Inject
    HrFileTransfer files;

    @Inject
    HrImports imports;

    @Inject
    EmployeeDirectory directory;

    @Resource
    ManagedExecutorService executor;

    @Resource(lookup = "java:jboss/datasources/AlumniDS")
    DataSource dataSource;

    private final String suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase();

    private EmployeeRecord record(String number, String family, String given, String managerNumber) {
        return new EmployeeRecord(
                number,
                family,
                given,
                "ヤマダ",
                "タロウ",
                null,
                "主任",
                "D" + suffix,
                "営業部",
                "Sales",
                managerNumber,
                LocalDate.of(2015, 4, 1));
    }

    private long count(String jpql, Object parameter) {
        return em.createQuery(jpql, Long.class).setParameter(1, parameter).getSingleResult();
    }

    @Test
    void createsUpdatesAndRejectsRecordByRecord() throws Exception {
        String boss = "B" + suffix;
        String report = "R" + suffix;
        UpsertResult first = hrSystem.call(() -> inbox.upsertEmployees(
                "in-" + suffix,
                List.of(
                        record(report, "山田", "太郎", boss),
                        record(boss, "髙橋", "誠", null),
                        record("U" + suffix, "上野", "次郎", "NOBODY"),
                        new EmployeeRecord(
                                "K" + suffix, "木村", "拓", "木村", null, null, null, null, null, null, null, null),
                        new EmployeeRecord(
                                "Q" + suffix,
                                "久保",
                                "一",
                                null,
                                null,
                                null,
                                null,
                                "NODEPT" + suffix,
                                null,
                                null,
                                null,
                                null),
                        record(boss, "髙橋", "誠", null))));

        assertEquals(2, first.created());
        assertEquals(4, first.rejected());
        assertEquals(
                List.of(
                        RecordOutcome.CREATED,
                        RecordOutcome.CREATED,
                        RecordOutcome.REJECTED,
                        RecordOutcome.REJECTED,
                        RecordOutcome.REJECTED,
                        RecordOutcome.REJECTED),
                first.results().stream().map(RecordResult::outcome).toList());
        assertEquals(
                List.of(
                        "integration.manager.unknown",
                        "integration.record.kanaInvalid",
                        "integration.department.unknown",
                        "integration.record.duplicate"),
                first.results().stream()
                        .filter(RecordResult::isRejected)
                        .map(RecordResult::errorCode)
                        .toList());
        assertTrue(first.results().get(2).errorTextJa().contains("上長"));

        Employee stored = hrAdmin.call(() -> {
            Employee found = directory.requireByNumber(report);
            found.getManager().getEmployeeNumber();
            found.getDepartment().getNameJa();
            return found;
        });
        assertEquals("山田 太郎", stored.getFullName());
        assertEquals("ヤマダ タロウ", stored.getFullNameKana());
        assertEquals(boss, stored.getManager().getEmployeeNumber());
        assertEquals("営業部", stored.getDepartment().getNameJa());
        assertEquals(LocalDate.of(2015, 4, 1), stored.getHireDate());
        assertEquals(EmploymentStatus.ACTIVE, stored.getStatus());
        assertEquals(0, count("select count(e) from Employee e where e.employeeNumber = ?1", "U" + suffix));

        UpsertResult second = hrSystem.call(() -> inbox.upsertEmployees(
                "in2-" + suffix,
                List.of(
                        record(report, "山田", "太郎", boss),
                        new EmployeeRecord(
                                boss,
                                "髙橋",
                                "誠",
                                "ヤマダ",
                                "タロウ",
                                "makoto@example.jp",
                                "部長",
                                "D" + suffix,
                                "営業部",
                                "Sales",
                                null,
                                LocalDate.of(2015, 4, 1)),
                        record(boss + "X", "髙橋", "誠", report))));
        assertEquals(
                List.of(RecordOutcome.UNCHANGED, RecordOutcome.UPDATED, RecordOutcome.CREATED),
                second.results().stream().map(RecordResult::outcome).toList());

        UpsertResult cycle = hrSystem.call(() -> upsert.upsert(List.of(record(boss, "髙橋", "誠", report))));
        assertEquals("integration.manager.cycle", cycle.results().get(0).errorCode());
    }

    @Test
    void anExistingEmployeeMayBePutUnderANewOneOfTheSameBatch() throws Exception {
        String staff = "S" + suffix;
        String newBoss = "NB" + suffix;
        hrSystem.call(() -> inbox.upsertEmployees("staff-" + suffix, List.of(record(staff, "中村", "彩", null))));

        UpsertResult result = hrSystem.call(() -> inbox.upsertEmployees(
                "reorg-" + suffix, List.of(record(staff, "中村", "彩", newBoss), record(newBoss, "小林", "大輔", null))));

        assertEquals(
                List.of(RecordOutcome.UPDATED, RecordOutcome.CREATED),
                result.results().stream().map(RecordResult::outcome).toList());
        assertEquals(
                newBoss,
                hrAdmin.call(() -> directory.requireByNumber(staff).getManager().getEmployeeNumber()));
        assertEquals(
                1,
                count(
                        "select count(a) from AuditEntry a where a.subjectType = 'Employee' and a.subjectId = ?1",
                        newBoss));
        assertEquals(
                2,
                count("select count(a) from AuditEntry a where a.subjectType = 'Employee' and a.subjectId = ?1", staff),
                "created, then updated");
    }

    @Test
    void redeliveryHasExactlyOneEffectAndTheSameAnswer() throws Exception {
        String number = "I" + suffix;
        List<EmployeeRecord> batch = List.of(record(number, "伊藤", "健", null));
        UpsertResult first = hrSystem.call(() -> inbox.upsertEmployees("once-" + suffix, batch));
        UpsertResult again = hrSystem.call(() -> inbox.upsertEmployees("once-" + suffix, batch));

        assertEquals(first, again);
        assertEquals(RecordOutcome.CREATED, again.results().get(0).outcome(), "the stored answer, not a new UNCHANGED");
        assertEquals(1, count("select count(m) from HrMessage m where m.messageId = ?1", "once-" + suffix));
        assertEquals(
                1,
                count(
                        "select count(a) from AuditEntry a where a.subjectType = 'Employee' and a.subjectId = ?1",
                        number));

        BusinessException reused = assertThrows(
                BusinessException.class,
                () -> hrSystem.call(
                        () -> inbox.upsertEmployees("once-" + suffix, List.of(record(number, "伊藤", "健二", null)))));
        assertEquals("integration.message.reused", reused.getKey());
        assertEquals(
                "伊藤 健", hrAdmin.call(() -> directory.requireByNumber(number).getFullName()));
    }

    @Test
    void concurrentDuplicatesApplyOnce() throws Exception {
        String number = "C" + suffix;
        List<EmployeeRecord> batch = List.of(record(number, "千葉", "翼", null));
        List<Future<UpsertResult>> deliveries = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            deliveries.add(executor.submit((Callable<UpsertResult>)
                    () -> hrSystem.call(() -> inbox.upsertEmployees("race-" + suffix, batch))));
        }
        UpsertResult first = deliveries.get(0).get(60, TimeUnit.SECONDS);
        for (Future<UpsertResult> delivery : deliveries) {
            assertEquals(first, delivery.get(60, TimeUnit.SECONDS));
        }
        assertEquals(1, count("select count(e) from Employee e where e.employeeNumber = ?1", number));
        assertEquals(1, count("select count(m) from HrMessage m where m.messageId = ?1", "race-" + suffix));
    }

    @Test
    void aNewDepartmentNamedByOneRecordServesTheOthersOfTheBatch() throws Exception {
        String department = "ND" + suffix;
        EmployeeRecord withoutNames = new EmployeeRecord(
                "NA" + suffix,
                "青木",
                "一",
                null,
                null,
                null,
                null,
                department,
                null,
                null,
                null,
                LocalDate.of(2020, 4, 1));
        EmployeeRecord naming = new EmployeeRecord(
                "NB" + suffix,
                "馬場",
                "二",
                null,
                null,
                null,
                null,
                department,
                "新規事業部",
                "New Business",
                null,
                LocalDate.of(2020, 4, 1));
        EmployeeRecord unknown = new EmployeeRecord(
                "NC" + suffix,
                "千葉",
                "三",
                null,
                null,
                null,
                null,
                "NX" + suffix,
                null,
                null,
                null,
                LocalDate.of(2020, 4, 1));
        UpsertResult result =
                hrSystem.call(() -> inbox.upsertEmployees("dept-" + suffix, List.of(withoutNames, naming, unknown)));
        assertEquals(2, result.created(), "before and after the record that names it");
        assertEquals(RecordOutcome.REJECTED, result.results().get(2).outcome());
        assertEquals("integration.department.unknown", result.results().get(2).errorCode());
        assertEquals(2, count("select count(e) from Employee e where e.department.code = ?1", department));
    }

    @Test
    void refusesWholeMessagesThatBreakTheContract() {
        assertEquals(
                "integration.batch.size",
                assertThrows(
                                BusinessException.class,
                                () -> hrSystem.call(() -> inbox.upsertEmployees("empty-" + suffix, List.of())))
                        .getKey());
        List<EmployeeRecord> tooMany = new ArrayList<>();
        for (int i = 0; i <= EmployeeUpsert.MAX_BATCH; i++) {
            tooMany.add(record("M" + suffix + i, "森", "一", null));
        }
        assertEquals(
                "integration.batch.size",
                assertThrows(
                                BusinessException.class,
                                () -> hrSystem.call(() -> inbox.upsertEmployees("many-" + suffix, tooMany)))
                        .getKey());
        assertEquals(
                "integration.message.idInvalid",
                assertThrows(
                                BusinessException.class,
                                () -> hrSystem.call(() ->
                                        inbox.upsertEmployees(" ", List.of(record("N" + suffix, "野村", "一", null)))))
                        .getKey());
    }

    @Test
    void resignationOpensTheOffboardingCaseOnce() throws Exception {
        String number = "L" + suffix;
        hrSystem.call(() -> inbox.upsertEmployees(
                "leaver-" + suffix, List.of(record(number, "林", "由美", null), record("S" + suffix, "林", "誠", null))));
        ResignationReport report =
                new ResignationReport(number, LocalDate.of(2026, 11, 20), LocalDate.of(2027, 1, 31), "家族の転勤のため");

        CaseReport opened = hrSystem.call(() -> inbox.reportResignation("quit-" + suffix, report));
        CaseReport replayed = hrSystem.call(() -> inbox.reportResignation("quit-" + suffix, report));
        assertEquals(opened.caseId(), replayed.caseId());
        assertEquals("NOTICE_RECEIVED", opened.status());
        assertEquals(1, count("select count(c) from OffboardingCase c where c.employee.employeeNumber = ?1", number));
        assertEquals(
                EmploymentStatus.LEAVING,
                hrAdmin.call(() -> directory.requireByNumber(number).getStatus()));

        CaseReport status = hrSystem.call(() -> inbox.caseStatus(number));
        assertEquals(opened.caseId(), status.caseId());
        assertEquals(LocalDate.of(2027, 1, 31), status.lastDay());

        assertEquals(
                "offboarding.case.alreadyOpen",
                assertThrows(
                                BusinessException.class,
                                () -> hrSystem.call(() -> inbox.reportResignation("quit2-" + suffix, report)))
                        .getKey());
        assertEquals(
                "offboarding.case.unknownEmployee",
                assertThrows(
                                BusinessException.class,
                                () -> hrSystem.call(() -> inbox.reportResignation(
                                        "quit3-" + suffix,
                                        new ResignationReport(
                                                "NOBODY",
                                                LocalDate.of(2026, 11, 20),
                                                LocalDate.of(2027, 1, 31),
                                                null))))
                        .getKey());
        assertEquals(
                "offboarding.case.lastDayBeforeNotice",
                assertThrows(
                                BusinessException.class,
                                () -> hrSystem.call(() -> inbox.reportResignation(
                                        "quit4-" + suffix,
                                        new ResignationReport(
                                                "S" + suffix,
                                                LocalDate.of(2026, 11, 20),
                                                LocalDate.of(2026, 1, 31),
                                                null))))
                        .getKey());
        assertEquals(
                0,
                count("select count(m) from HrMessage m where m.messageId = ?1", "quit4-" + suffix),
                "a refused message leaves no trace, so its re-delivery is judged again");
        assertEquals(
                "integration.case.none",
                assertThrows(BusinessException.class, () -> hrSystem.call(() -> inbox.caseStatus("S" + suffix)))
                        .getKey());
        assertEquals(
                "identity.employee.unknown",
                assertThrows(BusinessException.class, () -> hrSystem.call(() -> inbox.caseStatus("NOBODY")))
                        .getKey());
    }

    @Test
    void noOtherRoleMayUseTheHrInbox() {
        List<EmployeeRecord> batch = List.of(record("Z" + suffix, "坂本", "龍", null));
        assertThrows(EJBAccessException.class, () -> inbox.upsertEmployees("anon-" + suffix, batch));
        assertThrows(EJBAccessException.class, () -> hrAdmin.call(() -> inbox.upsertEmployees("a-" + suffix, batch)));
        assertThrows(EJBAccessException.class, () -> manager.call(() -> inbox.upsertEmployees("m-" + suffix, batch)));
        assertThrows(EJBAccessException.class, () -> employee.call(() -> inbox.caseStatus("Z" + suffix)));
        assertThrows(
                EJBAccessException.class,
                () -> alumnus.call(() -> inbox.reportResignation(
                        "al-" + suffix,
                        new ResignationReport(
                                "Z" + suffix, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 1), null))));
        assertThrows(EJBAccessException.class, () -> manager.call(() -> files.exportEmployees(StandardCharsets.UTF_8)));
        assertThrows(
                EJBAccessException.class, () -> hrSystem.call(() -> files.exportEmployees(StandardCharsets.UTF_8)));
    }

    /**
     * 等級 in a file (contract revision 1.1: an optional last column): new employees get theirs, an existing
     * one is regraded, a row without one keeps what is stored, and the export writes the grades back.
     */
    @Test
    void importsTheJobGradeFromAFileAndKeepsItWhereTheFileHasNone() throws Exception {
        String csv = """
                社員番号,姓,名,セイ,メイ,部署コード,部署名,部署名（英語）,上長社員番号,入社日,等級
                G1%1$s,髙橋,一郎,タカハシ,イチロウ,G%1$s,総務部,General Affairs,,2010/4/1,M1
                G2%1$s,渡邉,花子,ワタナベ,ハナコ,G%1$s,総務部,General Affairs,G1%1$s,2015-10-01,J2
                G3%1$s,鈴木,次郎,スズキ,ジロウ,G%1$s,総務部,General Affairs,G1%1$s,2016-04-01,
                """.formatted(suffix).replace("\n", "\r\n");
        importAndWait(csv.getBytes(HrFile.SHIFT_JIS), 3);
        assertEquals(
                "M1",
                hrAdmin.call(() -> directory.requireByNumber("G1" + suffix).getJobGrade()));
        assertEquals(
                "J2",
                hrAdmin.call(() -> directory.requireByNumber("G2" + suffix).getJobGrade()));
        assertNull(hrAdmin.call(() -> directory.requireByNumber("G3" + suffix).getJobGrade()));

        // A later file regrades one and has no grade column at all: the others keep theirs.
        String regrade = """
                社員番号,姓,名,入社日,等級
                G2%1$s,渡邉,花子,2015-10-01,S1
                """.formatted(suffix).replace("\n", "\r\n");
        importAndWait(regrade.getBytes(StandardCharsets.UTF_8), 1);
        String older = """
                社員番号,姓,名,入社日
                G1%1$s,髙橋,一郎,2010-04-01
                """.formatted(suffix).replace("\n", "\r\n");
        importAndWait(older.getBytes(StandardCharsets.UTF_8), 1);
        assertEquals(
                "M1",
                hrAdmin.call(() -> directory.requireByNumber("G1" + suffix).getJobGrade()));
        assertEquals(
                "S1",
                hrAdmin.call(() -> directory.requireByNumber("G2" + suffix).getJobGrade()));

        List<HrFile.Row> exported =
                HrFile.read(hrAdmin.call(() -> files.exportEmployees(StandardCharsets.UTF_8)), null);
        assertEquals(
                "S1",
                exported.stream()
                        .filter(row -> ("G2" + suffix).equals(row.record().employeeNumber()))
                        .findFirst()
                        .orElseThrow()
                        .record()
                        .jobGrade());
    }

    private void importAndWait(byte[] file, int rows) throws Exception {
        long importId = hrAdmin.call(() -> files.importEmployees(new HrUpload("等級.csv", "text/csv", file), null));
        ImportProgress done = Poll.value("the import job finished", Duration.ofSeconds(60), () -> {
            ImportProgress now = hrAdmin.call(() -> imports.progress(importId));
            return now.isFinished() ? now : null;
        });
        assertEquals(rows, done.getTotal());
        assertEquals(0, done.getRejected(), done.getErrors().toString());
    }

    @Test
    void importsShiftJisFilesWithAPerRowReportAndExportsThem() throws Exception {
        String csv = """
                社員番号,姓,名,セイ,メイ,部署コード,部署名,部署名（英語）,上長社員番号,入社日
                F1%1$s,髙橋,一郎,タカハシ,イチロウ,F%1$s,総務部,General Affairs,,2010/4/1
                F2%1$s,渡邉,花子,ワタナベ,ハナコ,F%1$s,総務部,General Affairs,F1%1$s,2015-10-01
                F3%1$s,鈴木,次郎,スズキ,ジロウ,F%1$s,総務部,General Affairs,F1%1$s,2015/02/30
                F4%1$s,佐藤,三郎,佐藤,サブロウ,F%1$s,総務部,General Affairs,,2016-04-01
                F5%1$s,伊藤
                """.formatted(suffix).replace("\n", "\r\n");
        byte[] shiftJis = csv.getBytes(HrFile.SHIFT_JIS);
        long importId = hrAdmin.call(() -> files.importEmployees(new HrUpload("社員.csv", "text/csv", shiftJis), null));
        ImportProgress done = Poll.value("the import job finished", Duration.ofSeconds(60), () -> {
            ImportProgress now = hrAdmin.call(() -> imports.progress(importId));
            return now.isFinished() ? now : null;
        });

        assertTrue(done.isFinished());
        assertEquals(100, done.getPercent());
        assertEquals(5, done.getTotal());
        assertEquals(2, done.getCreated());
        assertEquals(3, done.getRejected());
        assertEquals(
                List.of(4, 5, 6),
                done.getErrors().stream().map(ImportProgress.RowError::line).toList());
        assertEquals(
                List.of("integration.date.invalid", "integration.record.kanaInvalid", "integration.csv.columns"),
                done.getErrors().stream().map(ImportProgress.RowError::code).toList());
        assertEquals(
                "渡邉 花子",
                hrAdmin.call(() -> directory.requireByNumber("F2" + suffix).getFullName()));

        byte[] exported = hrAdmin.call(() -> files.exportEmployees(HrFile.SHIFT_JIS));
        List<HrFile.Row> rows = HrFile.read(exported, null);
        HrFile.Row takahashi = rows.stream()
                .filter(row -> ("F1" + suffix).equals(row.record().employeeNumber()))
                .findFirst()
                .orElseThrow();
        assertEquals("髙橋", takahashi.record().familyName());
        assertEquals("総務部", takahashi.record().departmentNameJa());
        assertNull(takahashi.record().managerNumber());

        assertThrows(
                EJBAccessException.class,
                () -> manager.call(() -> files.importEmployees(new HrUpload("x.csv", "text/csv", shiftJis), null)));
    }

    @Test
    void upsertsLargeBatchesWithoutAQueryPerRow() throws Exception {
        int batches = 5;
        long started = System.nanoTime();
        for (int b = 0; b < batches; b++) {
            List<EmployeeRecord> batch = new ArrayList<>();
            for (int i = 0; i < EmployeeUpsert.MAX_BATCH; i++) {
                String number = "P" + suffix + "-" + b + "-" + i;
                batch.add(record(number, "大量", "社員" + i, i > 0 ? "P" + suffix + "-" + b + "-0" : null));
            }
            int index = b;
            UpsertResult result = hrSystem.call(() -> inbox.upsertEmployees("bulk-" + suffix + "-" + index, batch));
            assertEquals(EmployeeUpsert.MAX_BATCH, result.created());
        }
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        System.out.printf(
                "HR upsert: %d employees in batches of %d took %d ms (%.0f employees/s)%n",
                batches * EmployeeUpsert.MAX_BATCH,
                EmployeeUpsert.MAX_BATCH,
                millis,
                batches * EmployeeUpsert.MAX_BATCH * 1000.0 / millis);

        long updateStarted = System.nanoTime();
        List<EmployeeRecord> changed = new ArrayList<>();
        for (int i = 0; i < EmployeeUpsert.MAX_BATCH; i++) {
            changed.add(record("P" + suffix + "-0-" + i, "大量", "社員" + i + "改", i > 0 ? "P" + suffix + "-0-0" : null));
        }
        UpsertResult updated = hrSystem.call(() -> inbox.upsertEmployees("bulk-upd-" + suffix, changed));
        assertEquals(EmployeeUpsert.MAX_BATCH, updated.updated());
        System.out.printf(
                "HR upsert: updating %d existing employees took %d ms%n",
                EmployeeUpsert.MAX_BATCH, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - updateStarted));
        assertTrue(millis < 120_000, "5000 employees in under two minutes, took " + millis + " ms");
    }

    /**
     * An initial load makes the employee table many times larger than the statistics PostgreSQL
     * plans with (autovacuum renews them once a minute at most); the application analyses the table
     * itself once it has changed by more than its analysed size (EmployeeTableStatistics).
     */
    @Test
    void analysesTheEmployeeTableWhenABulkLoadOutgrowsItsStatistics() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            assumeTrue(connection.getMetaData().getDatabaseProductName().contains("PostgreSQL"), "PostgreSQL only");
        }
        long analysedBefore = employeeTableStatistics()[0];
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        int loaded = 0;
        for (int batch = 0; employeeTableStatistics()[0] == analysedBefore; batch++) {
            assertTrue(System.nanoTime() < deadline, "not analysed after " + loaded + " new employees");
            long[] table = employeeTableStatistics();
            // Once the counters show the table outgrown, small batches are enough to make the check run.
            int size = table[1] >= Math.max(1000, table[2]) ? 1 : EmployeeUpsert.MAX_BATCH;
            List<EmployeeRecord> records = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                records.add(record("G" + suffix + "-" + batch + "-" + i, "成長", "社員", null));
            }
            String messageId = "grow-" + suffix + "-" + batch;
            assertEquals(
                    size,
                    hrSystem.call(() -> inbox.upsertEmployees(messageId, records))
                            .created());
            loaded += size;
            if (size == 1) {
                Thread.sleep(200);
            }
        }
    }

    /** Of the employee table: manual analyses so far, rows changed since the last analysis, rows as analysed. */
    private long[] employeeTableStatistics() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement sql = connection.createStatement();
                ResultSet row = sql.executeQuery("""
                     select s.analyze_count, s.n_mod_since_analyze, greatest(c.reltuples, 0)::bigint
                     from pg_stat_user_tables s join pg_class c on c.oid = s.relid
                     where s.relname = 'employee' and s.schemaname = current_schema()""")) {
            assertTrue(row.next());
            return new long[] {row.getLong(1), row.getLong(2), row.getLong(3)};
        }
    }

    @Test
    void exportsOnlyAlumniWhoseConsentForThePurposeIsInForce() throws Exception {
        String prefix = "A" + suffix;
        transaction.begin();
        Employee rehire = leaver(prefix + "1", "元木", "優", "yu.motoki@example.net");
        Employee newsOnly = leaver(prefix + "2", "新井", "光", "hikaru@example.net");
        Employee withdrawn = leaver(prefix + "3", "戻田", "渚", "nagisa@example.net");
        Employee stillEmployed = new Employee(prefix + "4", "現役", "太郎");
        em.persist(stillEmployed);
        LocalDateTime now = LocalDateTime.of(2026, 1, 10, 9, 0);
        em.persist(new ConsentRecord(rehire, ConsentPurpose.REHIRE_OFFERS, "2026.1", "ja", now, "alumni"));
        em.persist(new ConsentRecord(rehire, ConsentPurpose.NEWS_EVENTS, "2026.1", "ja", now, "alumni"));
        em.persist(new ConsentRecord(newsOnly, ConsentPurpose.NEWS_EVENTS, "2026.1", "ja", now, "alumni"));
        ConsentRecord takenBack =
                new ConsentRecord(withdrawn, ConsentPurpose.REHIRE_OFFERS, "2026.1", "ja", now, "alumni");
        takenBack.withdraw(now.plusDays(3));
        em.persist(takenBack);
        em.persist(new ConsentRecord(stillEmployed, ConsentPurpose.REHIRE_OFFERS, "2026.1", "ja", now, "employee"));
        transaction.commit();

        List<AlumnusRecord> exported = hrSystem.call(() -> inbox.consentedAlumni("REHIRE_OFFERS", 0, 1000)).stream()
                .filter(alumnus -> alumnus.employeeNumber().startsWith(prefix))
                .toList();
        assertEquals(1, exported.size(), String.valueOf(exported));
        AlumnusRecord alumnus = exported.get(0);
        assertEquals(prefix + "1", alumnus.employeeNumber());
        assertEquals("yu.motoki@example.net", alumnus.personalEmail());
        assertEquals(List.of("NEWS_EVENTS", "REHIRE_OFFERS"), alumnus.consentedPurposes());
        assertEquals(LocalDate.of(2025, 3, 31), alumnus.leavingDate());

        assertEquals(
                2,
                hrSystem.call(() -> inbox.consentedAlumni("NEWS_EVENTS", 0, 1000)).stream()
                        .filter(a -> a.employeeNumber().startsWith(prefix))
                        .count());
        assertEquals(
                "integration.purpose.invalid",
                assertThrows(
                                BusinessException.class,
                                () -> hrSystem.call(() -> inbox.consentedAlumni("MARKETING", 0, 10)))
                        .getKey());
        assertEquals(
                "integration.page.invalid",
                assertThrows(
                                BusinessException.class,
                                () -> hrSystem.call(() -> inbox.consentedAlumni("NEWS_EVENTS", 0, 5000)))
                        .getKey());
        assertThrows(EJBAccessException.class, () -> hrAdmin.call(() -> inbox.consentedAlumni("NEWS_EVENTS", 0, 10)));
    }

    private Employee leaver(String number, String family, String given, String personalEmail) {
        Employee person = new Employee(number, family, given);
        person.setPersonalEmail(personalEmail);
        person.left(LocalDate.of(2025, 3, 31));
        em.persist(person);
        return person;
    }
}
