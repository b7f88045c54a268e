package jp.kizuna.alumni.offboarding;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import jp.kizuna.alumni.identity.EmployeeDirectory;
import jp.kizuna.alumni.shared.Roles;

/**
 * The case page's read model: one transaction, one visibility check and one query per part, instead of
 * a call per part that loads the case and checks access again. The page reads it again after each action.
 */
@Stateless
public class CaseFiles {

    @PersistenceContext(unitName = "alumni")
    private EntityManager em;

    @Inject
    private CaseAccess access;

    @Inject
    private EmployeeDirectory directory;

    @Inject
    private ReasonCategories reasonCategories;

    @Inject
    private ExitSurveys surveys;

    @RolesAllowed({Roles.HR_ADMIN, Roles.MANAGER})
    public CaseFile read(long caseId) {
        OffboardingCase offboarding = access.visibleCase(caseId);
        List<CaseEvent> timeline = CaseParts.timeline(em, caseId);
        return new CaseFile(
                offboarding,
                timeline,
                directory.namesOf(timeline.stream().map(CaseEvent::getActor).toList()),
                CaseParts.interviews(em, offboarding, access),
                CaseParts.offers(em, caseId),
                CaseParts.checklist(em, caseId),
                reasonCategories.active(),
                surveys.linkOf(offboarding));
    }
}
