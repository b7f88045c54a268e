package jp.kizuna.alumni.privacy;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import java.util.logging.Logger;
import jp.kizuna.alumni.shared.Roles;

/**
 * Runs the retention sweep every night. A persistent timer (TimerBeansTest): on a cluster the timer
 * store in the database (datasource-postgresql.cli) lets one node take each firing, so the sweep
 * needs no lock of its own.
 */
@Singleton
@DependsOn("DatabaseMigration")
@RunAs(Roles.HR_ADMIN)
public class ExitDataRetentionSchedule {

    private static final Logger LOG = Logger.getLogger(ExitDataRetentionSchedule.class.getName());

    @EJB
    private ExitDataRetention retention;

    @Schedule(hour = "2", minute = "30")
    void nightly() {
        ExitDataRetention.Sweep sweep = retention.sweep();
        LOG.info(() -> "Exit data retention: " + sweep.interviewNotes() + " interview notes, " + sweep.realReasons()
                + " real-reason texts, " + sweep.surveyComments() + " survey comments, " + sweep.stayInterviewNotes()
                + " stay interview notes older than " + sweep.cutoff() + " erased");
    }
}
