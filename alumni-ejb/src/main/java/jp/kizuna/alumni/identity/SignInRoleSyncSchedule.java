package jp.kizuna.alumni.identity;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jp.kizuna.alumni.shared.Roles;

/**
 * Retries pending sign-in role changes every five minutes (Keycloak may have been down, or the
 * account not yet created by IT). Safe in a cluster: each change is locked while it is applied.
 * The EJB keeps its earlier name: persisted timers belong to the bean by that name.
 */
@Singleton(name = "SignInRoleSync")
@DependsOn("DatabaseMigration")
@RunAs(Roles.HR_ADMIN)
public class SignInRoleSyncSchedule {

    @EJB
    private SignInRoles roles;

    @Schedule(hour = "*", minute = "*/5")
    void retryPending() {
        roles.applyPending();
    }
}
