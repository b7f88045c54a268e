package jp.kizuna.alumni.web.offboarding;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import jp.kizuna.alumni.offboarding.stay.StayExitComparison;
import jp.kizuna.alumni.offboarding.stay.StayExitReport;
import jp.kizuna.alumni.shared.BusinessException;
import jp.kizuna.alumni.web.shared.CurrentUser;
import jp.kizuna.alumni.web.shared.LocaleSelection;
import jp.kizuna.alumni.web.shared.UserMessages;

/** HR's comparison of stay-interview concerns with the reasons people left for. */
@Named
@ViewScoped
public class StayExitView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private StayExitComparison comparison;

    @Inject
    private LocaleSelection localeSelection;

    @Inject
    private UserMessages messages;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Clock clock;

    private LocalDate from;
    private LocalDate to;
    private StayExitReport report;

    public void load() {
        if (!currentUser.isHrAdmin()) {
            return; // managers may open /offboarding/*, but concerns and real reasons are HR's
        }
        if (from == null || to == null) {
            LocalDate today = LocalDate.now(clock);
            to = today;
            from = today.minusYears(1).plusDays(1);
        }
        refresh();
    }

    public void refresh() {
        try {
            report = comparison.report(from, to);
        } catch (BusinessException refused) {
            report = null;
            messages.refused(refused);
        }
    }

    public String name(StayExitReport.Row row) {
        return row.name(localeSelection.getLocale());
    }

    public StayExitReport getReport() {
        return report;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
