package jp.kizuna.alumni.offboarding;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jp.kizuna.alumni.shared.AuditEntry;
import jp.kizuna.alumni.shared.AuditTrail;
import jp.kizuna.alumni.shared.BusinessException;
import jp.kizuna.alumni.shared.Roles;

/**
 * HR's classification of a leaving for the turnover figures: voluntary or not, and whether the loss is
 * regretted. HR only: a line manager's view of their own report's departure is not the company's.
 */
@Stateless
public class LeavingClassification {

    @PersistenceContext(unitName = "alumni")
    private EntityManager em;

    @Inject
    private AuditTrail audit;

    @RolesAllowed(Roles.HR_ADMIN)
    public OffboardingCase classify(long caseId, LeavingType type, boolean regretted) {
        if (type == null) {
            throw new BusinessException("offboarding.leavingType.required");
        }
        OffboardingCase offboarding = em.find(OffboardingCase.class, caseId);
        if (offboarding == null) {
            throw new BusinessException("offboarding.case.notFound", caseId);
        }
        offboarding.classifyLeaving(type, regretted);
        audit.record(
                AuditEntry.Action.UPDATE,
                "OffboardingCase",
                caseId,
                "leaving " + type + (regretted ? ", regretted" : ""));
        return offboarding;
    }
}
