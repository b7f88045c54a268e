package jp.kizuna.alumni.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;
import jp.kizuna.alumni.it.Deployments;
import jp.kizuna.alumni.it.Poll;
import jp.kizuna.alumni.it.ServiceTest;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

/**
 * The HR file import as the batch job "hr-import" (JBeret, its job repository in the application's
 * database): what HR sees from the database (counts, the row report in Japanese and English, a file
 * refused as a whole), and an import whose node dies mid-file: another node's recovery timer takes
 * it over and restarts it from the last committed chunk, and every row is applied exactly once.
 */
class HrImportJobIT extends ServiceTest {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWith(HrImportJobIT.class);
    }

    @Inject
    HrFileTransfer files;

    @Inject
    HrImports imports;

    @Resource(lookup = "java:jboss/datasources/AlumniDS")
    DataSource dataSource;

    private final String suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);

    private ImportProgress finished(long importId, Duration timeout) throws Exception {
        return Poll.value("import " + importId + " finished", timeout, () -> {
            ImportProgress now = hrAdmin.call(() -> imports.progress(importId));
            return now.isFinished() ? now : null;
        });
    }

    @Test
    void countsAndReportsRowsInBothLanguagesFromTheDatabase() throws Exception {
        String csv = """
                employee_number,family_name,given_name,family_name_kana,given_name_kana,hire_date
                J1%1$s,山田,太郎,ヤマダ,タロウ,2015-04-01
                J2%1$s,佐藤,花子,佐藤,ハナコ,2016-04-01
                J3%1$s,鈴木,一郎,スズキ,イチロウ,2019/02/29
                J4%1$s,田中
                """.formatted(suffix);
        long importId = hrAdmin.call(() -> files.importEmployees(
                new HrUpload("employees.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)), null));

        ImportProgress done = finished(importId, Duration.ofSeconds(60));

        assertEquals(HrImport.Status.COMPLETED, done.status());
        assertEquals(4, done.getTotal());
        assertEquals(4, done.getProcessed());
        assertEquals(1, done.getCreated());
        assertEquals(3, done.getRejected());
        assertEquals(
                List.of(3, 4, 5),
                done.getErrors().stream().map(ImportProgress.RowError::line).toList());
        ImportProgress.RowError kana = done.getErrors().get(0);
        assertEquals("integration.record.kanaInvalid", kana.code());
        assertTrue(kana.text(Locale.JAPANESE).contains("かなで入力してください"), kana.text(Locale.JAPANESE));
        assertTrue(kana.text(Locale.ENGLISH).contains("must be written in kana"), kana.text(Locale.ENGLISH));
        ImportProgress.RowError date = done.getErrors().get(1);
        assertTrue(date.text(Locale.JAPANESE).contains("日付「2019/02/29」が不正です"), date.text(Locale.JAPANESE));
        assertTrue(date.text(Locale.ENGLISH).contains("2019/02/29"), date.text(Locale.ENGLISH));
        assertEquals("integration.csv.columns", done.getErrors().get(2).code());
        assertEquals(BatchStatus.COMPLETED, lastExecution(importId).getBatchStatus(), "JBeret's own record");
    }

    @Test
    void aFileRefusedAsAWholeIsRecordedWithItsReasonAndStartsNoJob() throws Exception {
        byte[] noHeader = "番号,氏名\r\n1,山田\r\n".getBytes(StandardCharsets.UTF_8);
        long importId =
                hrAdmin.call(() -> files.importEmployees(new HrUpload("wrong.csv", "text/csv", noHeader), null));

        ImportProgress refused = hrAdmin.call(() -> imports.progress(importId));

        assertEquals(HrImport.Status.REFUSED, refused.status());
        assertTrue(refused.isFailed());
        assertTrue(refused.failure(Locale.JAPANESE).contains("社員番号"), refused.failure(Locale.JAPANESE));
        assertTrue(refused.failure(Locale.ENGLISH).contains("employee_number"), refused.failure(Locale.ENGLISH));
        assertEquals(0, refused.getProcessed());
    }

    /**
     * A node "dies" after some chunks: its import is handed to a node name nobody has and its last
     * write is put an hour back, as when the node that ran it is gone. The running execution's next
     * chunk is refused by the fence and rolled back; the recovery timer takes the import over and
     * JBeret restarts it from the checkpoint committed with the last chunk.
     */
    @Test
    void anImportWhoseNodeDiesGoesOnFromItsCheckpointAndAppliesEveryRowOnce() throws Exception {
        int rows = 20_000;
        StringBuilder csv = new StringBuilder("社員番号,姓,名,セイ,メイ,入社日\r\n");
        for (int i = 0; i < rows; i++) {
            csv.append("K").append(suffix).append(String.format("%05d", i)).append(",山田,太郎,ヤマダ,タロウ,2015-04-01\r\n");
        }
        long importId = hrAdmin.call(() -> files.importEmployees(
                new HrUpload("large.csv", "text/csv", csv.toString().getBytes(StandardCharsets.UTF_8)), null));
        Poll.until(
                "the first chunks committed",
                Duration.ofSeconds(60),
                () -> hrAdmin.call(() -> imports.progress(importId)).getProcessed() >= 500);

        int readWhenKilled;
        try (Connection connection = dataSource.getConnection();
                PreparedStatement gone = connection.prepareStatement(
                        "update hr_import set node = 'gone-node', heartbeat = ? where id = ? and status = 'RUNNING'")) {
            gone.setTimestamp(1, Timestamp.valueOf(LocalDateTime.now().minusHours(1)));
            gone.setLong(2, importId);
            assertEquals(1, gone.executeUpdate(), "still running when its node went");
        }
        readWhenKilled = hrAdmin.call(() -> imports.progress(importId)).getProcessed();
        assertTrue(readWhenKilled < rows, readWhenKilled + " rows read when the node went");

        ImportProgress done = finished(importId, Duration.ofSeconds(120));

        assertEquals(HrImport.Status.COMPLETED, done.status(), String.valueOf(done));
        assertEquals(1, done.restarts());
        assertEquals(rows, done.getTotal());
        assertEquals(rows, done.getProcessed(), "every row read once, none twice");
        assertEquals(rows, done.getCreated(), "every row created once");
        assertEquals(0, done.getRejected());
        assertEquals(rows, employees("K" + suffix + "%"), "employees in the database");
        List<JobExecution> executions = executions(importId);
        assertEquals(2, executions.size(), "the first execution and its restart");
        assertEquals(BatchStatus.FAILED, executions.get(0).getBatchStatus());
        assertEquals(BatchStatus.COMPLETED, executions.get(1).getBatchStatus());
    }

    private long employees(String pattern) throws Exception {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement count =
                        connection.prepareStatement("select count(*) from employee where employee_number like ?")) {
            count.setString(1, pattern);
            try (ResultSet result = count.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    private List<JobExecution> executions(long importId) throws Exception {
        JobOperator operator = BatchRuntime.getJobOperator();
        long first;
        try (Connection connection = dataSource.getConnection();
                PreparedStatement execution =
                        connection.prepareStatement("select execution_id from hr_import where id = ?")) {
            execution.setLong(1, importId);
            try (ResultSet result = execution.executeQuery()) {
                result.next();
                first = result.getLong(1);
            }
        }
        return operator.getJobExecutions(operator.getJobInstance(first)).stream()
                .sorted(java.util.Comparator.comparingLong(JobExecution::getExecutionId))
                .toList();
    }

    private JobExecution lastExecution(long importId) throws Exception {
        List<JobExecution> all = executions(importId);
        return all.get(all.size() - 1);
    }
}
