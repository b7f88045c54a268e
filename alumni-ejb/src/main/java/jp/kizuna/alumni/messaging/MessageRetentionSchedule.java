package jp.kizuna.alumni.messaging;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import java.util.logging.Logger;
import jp.kizuna.alumni.shared.Roles;

/**
 * Runs the message retention sweep every night. A persistent timer: on a cluster the timer store in
 * the database lets one node take each firing.
 */
@Singleton
@DependsOn("DatabaseMigration")
@RunAs(Roles.HR_ADMIN)
public class MessageRetentionSchedule {

    private static final Logger LOG = Logger.getLogger(MessageRetentionSchedule.class.getName());

    @EJB
    private MessageRetention retention;

    @Schedule(hour = "2", minute = "40")
    void nightly() {
        MessageRetention.Sweep sweep = retention.sweep();
        LOG.info(() -> "Message retention: " + sweep.threads() + " threads with no message since " + sweep.cutoff()
                + " erased");
    }
}
