package jp.kizuna.alumni.identity;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.util.Optional;
import jp.kizuna.alumni.shared.BusinessException;

/**
 * The one way a service learns who calls: the login the identity provider signed in, whether the
 * caller holds a role, and the caller's employee record where the HR master data knows them.
 * An EJB, so that login and roles are those of the bean's caller as EJB security defines them
 * (the same identity whichever capability asks). Only the audit trail, below the capabilities,
 * reads the session context itself.
 */
@Stateless
@PermitAll
public class Caller {

    @Resource
    private SessionContext session;

    @PersistenceContext(unitName = "alumni")
    private EntityManager em;

    /** The signed-in login name (the account's user name in Keycloak). */
    public String login() {
        Principal principal = session.getCallerPrincipal();
        return principal == null ? "anonymous" : principal.getName();
    }

    public boolean isIn(String role) {
        return session.isCallerInRole(role);
    }

    /** The caller's employee record, if the HR master data links one to this login. */
    public Optional<Employee> employee() {
        return em.createQuery("select e from Employee e where e.loginName = :login", Employee.class)
                .setParameter("login", login())
                .getResultStream()
                .findFirst();
    }

    /** The caller's employee record; a caller the HR master data does not know is refused. */
    public Employee requireEmployee() {
        return employee().orElseThrow(() -> new BusinessException("identity.access.denied"));
    }
}
