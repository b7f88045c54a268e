package jp.kizuna.alumni.foundation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.annotation.Resource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import jp.kizuna.alumni.identity.SignInRoleSyncSchedule;
import jp.kizuna.alumni.integration.HrImportRecoverySchedule;
import jp.kizuna.alumni.it.Deployments;
import jp.kizuna.alumni.messaging.MessageRetentionSchedule;
import jp.kizuna.alumni.network.ProfileConfirmationSchedule;
import jp.kizuna.alumni.offboarding.ExitSurveyMailingSchedule;
import jp.kizuna.alumni.privacy.ExitDataRetentionSchedule;
import jp.kizuna.alumni.privacy.ProvisionRecordRetentionSchedule;
import jp.kizuna.alumni.space.SpaceDigestSchedule;
import jp.kizuna.alumni.space.SpaceRetentionSchedule;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.Archive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every scheduled job is a persistent timer in the database timer store of the PostgreSQL
 * configurations (datasource-postgresql.cli: data store alumni-timers, partition alumni), single
 * server and HA alike: the store lets one node take each firing, so each job runs once per cluster
 * without a lock of the application's own. TimerBeansTest requires every schedule to be persistent;
 * this shows where the server keeps them.
 */
@ExtendWith(ArquillianExtension.class)
class ScheduledJobsIT {

    @Deployment
    static Archive<?> deployment() {
        return Deployments.applicationWith(ScheduledJobsIT.class);
    }

    @Resource(lookup = "java:jboss/datasources/AlumniDS")
    DataSource database;

    @Test
    void everyScheduledJobIsOneTimerInTheDatabaseTimerStore() throws Exception {
        Map<String, Integer> timers = new TreeMap<>();
        try (Connection connection = database.getConnection()) {
            assumeTrue(
                    connection.getMetaData().getDatabaseProductName().contains("PostgreSQL"),
                    "H2 (the one-command demo) keeps timers in the server's file store");
            // The timers of alumni.ear (a timed object is named deployment.module.bean); a test-only
            // application beside it (Deployments.setupApplicationWith) has its own.
            try (PreparedStatement query = connection.prepareStatement("""
                    select timeout_method_declaring_class, count(*) from jboss_ejb_timer
                    where partition_name = 'alumni' and timed_object_id like 'alumni.alumni-ejb.%'
                      and auto_timer and timer_state <> 'CANCELED'
                    group by timeout_method_declaring_class""");
                    ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    timers.put(rows.getString(1), rows.getInt(2));
                }
            }
        }
        Map<String, Integer> expected = new TreeMap<>();
        for (Class<?> job : new Class<?>[] {
            ExitDataRetentionSchedule.class,
            ExitSurveyMailingSchedule.class,
            ProfileConfirmationSchedule.class,
            SignInRoleSyncSchedule.class,
            MessageRetentionSchedule.class,
            ProvisionRecordRetentionSchedule.class,
            SpaceDigestSchedule.class,
            SpaceRetentionSchedule.class,
            HrImportRecoverySchedule.class
        }) {
            expected.put(job.getName(), 1);
        }
        assertEquals(expected, timers, "one stored timer per scheduled job, in partition alumni");
    }
}
