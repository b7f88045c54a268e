package jp.kizuna.alumni.web.offboarding;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import jp.kizuna.alumni.offboarding.LeavingClassification;
import jp.kizuna.alumni.offboarding.LeavingType;
import jp.kizuna.alumni.offboarding.OffboardingCase;
import jp.kizuna.alumni.shared.BusinessException;
import jp.kizuna.alumni.web.shared.UserMessages;

/** HR's type of leaving and regretted-loss mark on the case page, in its own form beside the case. */
@Named
@ViewScoped
public class CaseLeavingView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CaseDetailView caseDetail;

    @Inject
    private LeavingClassification classification;

    @Inject
    private UserMessages messages;

    private LeavingType type;
    private Boolean regretted;

    public List<LeavingType> getTypes() {
        return List.of(LeavingType.values());
    }

    public void save() {
        try {
            OffboardingCase saved = classification.classify(caseDetail.getCase().getId(), getType(), isRegretted());
            type = saved.getLeavingType();
            regretted = saved.isRegretted();
            messages.info("offboarding", "turnover.case.saved");
        } catch (BusinessException refused) {
            messages.refused(refused);
        }
    }

    public LeavingType getType() {
        return type != null ? type : caseDetail.getCase().getLeavingType();
    }

    public void setType(LeavingType type) {
        this.type = type;
    }

    public boolean isRegretted() {
        return regretted != null ? regretted : caseDetail.getCase().isRegretted();
    }

    public void setRegretted(boolean regretted) {
        this.regretted = regretted;
    }
}
