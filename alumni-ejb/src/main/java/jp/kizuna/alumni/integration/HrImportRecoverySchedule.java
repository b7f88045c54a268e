package jp.kizuna.alumni.integration;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jp.kizuna.alumni.shared.Roles;

/**
 * Restarts the HR file imports whose node died ({@link HrImportSteps#resumeOrphans}). A persistent
 * timer: on the cluster's database timer store each firing is claimed by one surviving node, and on
 * a single server it also restarts, after a crash and restart, the import the server was running.
 * Every 10 seconds, so an orphaned import goes on at most {@link HrImportSteps#ORPHANED_AFTER_SECONDS}
 * plus 10 seconds after its node's last chunk.
 * The EJB keeps its earlier name: persisted timers belong to the bean by that name.
 */
@Singleton(name = "HrImportRecovery")
@DependsOn("DatabaseMigration")
@RunAs(Roles.HR_ADMIN)
public class HrImportRecoverySchedule {

    @EJB
    private HrImportSteps steps;

    @Schedule(hour = "*", minute = "*", second = "*/10", info = "hr-import-recovery")
    void resumeOrphans() {
        steps.resumeOrphans();
    }
}
