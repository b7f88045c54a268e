package jp.kizuna.alumni.offboarding;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import java.util.logging.Logger;
import jp.kizuna.alumni.shared.Roles;

/**
 * Every morning: leavers whose last day has come get their exit survey link by mail, once.
 * The EJB keeps its earlier name: persisted timers belong to the bean by that name.
 */
@Singleton(name = "ExitSurveyMailing")
@DependsOn("DatabaseMigration")
@RunAs(Roles.HR_ADMIN)
public class ExitSurveyMailingSchedule {

    private static final Logger LOG = Logger.getLogger(ExitSurveyMailingSchedule.class.getName());

    @EJB
    private ExitSurveys surveys;

    @Schedule(hour = "9", minute = "0")
    void daily() {
        int sent = surveys.mailDueLinks();
        LOG.info(() -> sent + " exit survey links mailed");
    }
}
