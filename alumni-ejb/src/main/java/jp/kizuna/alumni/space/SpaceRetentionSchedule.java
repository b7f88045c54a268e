package jp.kizuna.alumni.space;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import java.util.logging.Logger;
import jp.kizuna.alumni.shared.Roles;

/** Runs the space retention sweep every night; a persistent timer, so one node of a cluster takes each firing. */
@Singleton
@DependsOn("DatabaseMigration")
@RunAs(Roles.HR_ADMIN)
public class SpaceRetentionSchedule {

    private static final Logger LOG = Logger.getLogger(SpaceRetentionSchedule.class.getName());

    @EJB
    private SpaceRetention retention;

    @Schedule(hour = "2", minute = "50")
    void nightly() {
        SpaceRetention.Sweep sweep = retention.sweep();
        LOG.info(() ->
                "Space retention: " + sweep.threads() + " threads with no post since " + sweep.cutoff() + " erased");
    }
}
