package jp.kizuna.alumni.offboarding;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jp.kizuna.alumni.identity.Caller;
import jp.kizuna.alumni.identity.Employee;
import jp.kizuna.alumni.shared.BusinessException;
import jp.kizuna.alumni.shared.Roles;

/**
 * Who may see which case: HR and the HR system all of them, a manager only the cases of their
 * direct reports. Every offboarding service asks here, so the rule lives in one place.
 */
@Stateless
public class CaseAccess {

    @Inject
    private Caller caller;

    @PersistenceContext(unitName = "alumni")
    private EntityManager em;

    /** The case, if it exists and the caller may see it: the one way services load a case by id. */
    @PermitAll
    public OffboardingCase visibleCase(long caseId) {
        OffboardingCase found = em.find(OffboardingCase.class, caseId);
        if (found == null) {
            throw new BusinessException("offboarding.case.notFound", caseId);
        }
        requireVisible(found);
        return found;
    }

    /** @PermitAll: it only answers questions about the caller, the callers' services check roles. */
    @PermitAll
    public String callerLogin() {
        return caller.login();
    }

    @PermitAll
    public boolean isHr() {
        return caller.isIn(Roles.HR_ADMIN) || caller.isIn(Roles.HR_SYSTEM);
    }

    @PermitAll
    public boolean isHrAdmin() {
        return caller.isIn(Roles.HR_ADMIN);
    }

    /** Whether the caller is the employee's line manager (direct). */
    @PermitAll
    public boolean isLineManagerOf(Employee employee) {
        Employee manager = employee.getManager();
        return caller.isIn(Roles.MANAGER) && manager != null && callerLogin().equals(manager.getLoginName());
    }

    @PermitAll
    public void requireVisible(OffboardingCase offboardingCase) {
        if (!isHr() && !isLineManagerOf(offboardingCase.getEmployee())) {
            throw new BusinessException("offboarding.case.notYours");
        }
    }
}
