package jp.kizuna.alumni.privacy;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import java.util.logging.Logger;
import jp.kizuna.alumni.shared.Roles;

/** Sweeps provision records past the legal period every night; a persistent timer, one node per firing. */
@Singleton
@DependsOn("DatabaseMigration")
@RunAs(Roles.HR_ADMIN)
public class ProvisionRecordRetentionSchedule {

    private static final Logger LOG = Logger.getLogger(ProvisionRecordRetentionSchedule.class.getName());

    @EJB
    private ProvisionRecords records;

    @Schedule(hour = "2", minute = "50")
    void nightly() {
        ProvisionRecords.Sweep sweep = records.sweep();
        LOG.info(() -> "Provision record retention: " + sweep.records() + " records provided before " + sweep.cutoff()
                + " erased");
    }
}
