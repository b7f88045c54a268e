package jp.kizuna.alumni.space;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import java.util.logging.Logger;
import jp.kizuna.alumni.shared.Roles;

/**
 * Sends the space digests that are due every morning (weekly digests go out on the day their week
 * is up). A persistent timer: on a cluster the timer store in the database lets one node take each firing.
 */
@Singleton
@DependsOn("DatabaseMigration")
@RunAs(Roles.HR_ADMIN)
public class SpaceDigestSchedule {

    private static final Logger LOG = Logger.getLogger(SpaceDigestSchedule.class.getName());

    @EJB
    private SpaceDigests digests;

    @Schedule(hour = "7", minute = "15")
    void morning() {
        SpaceDigests.Run run = digests.sendDue();
        LOG.info(() -> "Space digests: " + run.due() + " due, " + run.mailed() + " mailed");
    }
}
