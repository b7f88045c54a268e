package jp.kizuna.alumni.cluster;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Timer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Deployed by bin/cluster-test beside the EAR on every node (timer-probe.jar): a persistent
 * schedule every ten seconds on the same database timer store as the application's jobs (retention
 * sweep, survey mailing, profile confirmation, sign-in role sync, whose schedules are hours apart).
 * Each firing writes the node that ran it and the time it was due, so the test can count that
 * every due time ran on exactly one node, also while a node is killed.
 */
@Singleton
@PermitAll
public class ClusterTimerProbe {

    private static final Logger LOG = Logger.getLogger(ClusterTimerProbe.class.getName());

    @Resource(lookup = "java:jboss/datasources/AlumniDS")
    private DataSource database;

    @Schedule(hour = "*", minute = "*", second = "*/10", persistent = true, info = "cluster-timer-probe")
    void fire(Timer timer) throws SQLException {
        // The due time is the ten-second mark this firing belongs to (a firing may start a little late).
        Instant due = Instant.ofEpochSecond(Instant.now().getEpochSecond() / 10 * 10);
        String node = System.getProperty("jboss.node.name");
        try (Connection connection = database.getConnection();
                PreparedStatement insert = connection.prepareStatement(
                        "insert into cluster_test.timer_probe (due, node, fired) values (?, ?, ?)")) {
            insert.setTimestamp(1, Timestamp.from(due));
            insert.setString(2, node);
            insert.setTimestamp(3, Timestamp.from(Instant.now()));
            insert.executeUpdate();
        }
        LOG.info(() -> "Cluster timer probe fired on " + node + " for " + due);
    }
}
