package jp.kizuna.alumni.web.me;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import jp.kizuna.alumni.offboarding.action.ImprovementActions;
import jp.kizuna.alumni.offboarding.action.WeDidEntry;
import jp.kizuna.alumni.shared.BusinessException;
import jp.kizuna.alumni.web.shared.LocaleSelection;
import jp.kizuna.alumni.web.shared.UserMessages;

/** The employees' "you said, we did": published actions and the aggregated reasons behind them. */
@Named
@ViewScoped
public class YouSaidWeDidView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ImprovementActions actions;

    @Inject
    private LocaleSelection localeSelection;

    @Inject
    private UserMessages messages;

    private List<WeDidEntry> entries = List.of();

    public void load() {
        try {
            entries = actions.youSaidWeDid();
        } catch (BusinessException refused) {
            messages.refused(refused);
        }
    }

    public String reason(WeDidEntry entry) {
        return entry.reason(localeSelection.getLocale());
    }

    public String department(WeDidEntry entry) {
        String name = entry.department(localeSelection.getLocale());
        return name != null ? name : messages.text("offboarding", "action.wholeCompany");
    }

    public String title(WeDidEntry entry) {
        return entry.title(localeSelection.getLocale());
    }

    public String description(WeDidEntry entry) {
        return entry.description(localeSelection.getLocale());
    }

    public List<WeDidEntry> getEntries() {
        return entries;
    }
}
