package jp.kizuna.alumni.network;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jp.kizuna.alumni.shared.Roles;

/**
 * Sends the yearly "are your details current?" reminders every morning. Kept apart from the
 * alumnus-facing services: a bean that carries its own timer ran with no caller identity when
 * called from the portal under WildFly's OIDC virtual security domain.
 */
@Singleton
@DependsOn("DatabaseMigration")
@RunAs(Roles.HR_ADMIN)
public class ProfileConfirmationSchedule {

    @EJB
    private ProfileConfirmations confirmations;

    @Schedule(hour = "6", minute = "15")
    void daily() {
        confirmations.askForConfirmation();
    }
}
