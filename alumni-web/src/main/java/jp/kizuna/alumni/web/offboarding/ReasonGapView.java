package jp.kizuna.alumni.web.offboarding;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import jp.kizuna.alumni.offboarding.analytics.GroupFigure;
import jp.kizuna.alumni.offboarding.analytics.Period;
import jp.kizuna.alumni.offboarding.analytics.ReasonGapAnalytics;
import jp.kizuna.alumni.offboarding.analytics.ReasonGapReport;
import jp.kizuna.alumni.shared.BusinessException;
import jp.kizuna.alumni.web.shared.CurrentUser;
import jp.kizuna.alumni.web.shared.LocaleSelection;
import jp.kizuna.alumni.web.shared.UserMessages;

/** HR's view of the 「一身上の都合」 gap: stated against real reasons, as tables with bars. */
@Named
@ViewScoped
public class ReasonGapView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ReasonGapAnalytics analytics;

    @Inject
    private LocaleSelection localeSelection;

    @Inject
    private UserMessages messages;

    @Inject
    private Clock clock;

    @Inject
    private CurrentUser currentUser;

    private LocalDate from;
    private LocalDate to;
    private Period period = Period.QUARTER;
    private ReasonGapReport report;

    public void load() {
        if (!currentUser.isHrAdmin()) {
            return; // managers may open /offboarding/*, but real reasons are HR's
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
            report = analytics.report(from, to, period);
        } catch (BusinessException refused) {
            report = null;
            messages.refused(refused);
        }
    }

    public String name(GroupFigure figure) {
        return figure.name(localeSelection.getLocale());
    }

    /** Share of a real reason within its stated reason, in percent with one decimal. */
    public double share(GroupFigure real, GroupFigure stated) {
        return stated.count() == 0 ? 0 : Math.round(real.count() * 1000.0 / stated.count()) / 10.0;
    }

    public List<Period> getPeriods() {
        return List.of(Period.values());
    }

    public ReasonGapReport getReport() {
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

    public Period getPeriod() {
        return period;
    }

    public void setPeriod(Period period) {
        this.period = period;
    }
}
