package jp.kizuna.alumni.web.offboarding;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import jp.kizuna.alumni.offboarding.analytics.ExperienceReport;
import jp.kizuna.alumni.offboarding.analytics.GroupFigure;
import jp.kizuna.alumni.offboarding.analytics.LeavingExperience;
import jp.kizuna.alumni.shared.BusinessException;
import jp.kizuna.alumni.web.shared.LocaleSelection;
import jp.kizuna.alumni.web.shared.UserMessages;

/** The leaving experience KPIs: HR sees every leaver's answers, a manager those of their own reports. */
@Named
@ViewScoped
public class ExperienceView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private LeavingExperience experience;

    @Inject
    private LocaleSelection localeSelection;

    @Inject
    private UserMessages messages;

    @Inject
    private Clock clock;

    private LocalDate from;
    private LocalDate to;
    private ExperienceReport report;

    public void load() {
        if (from == null || to == null) {
            LocalDate today = LocalDate.now(clock);
            to = today;
            from = today.minusYears(1).plusDays(1);
        }
        refresh();
    }

    public void refresh() {
        try {
            report = experience.report(from, to);
        } catch (BusinessException refused) {
            report = null;
            messages.refused(refused);
        }
    }

    public String name(GroupFigure figure) {
        return figure.name(localeSelection.getLocale());
    }

    /** Bar length in pixels for a 1..5 score. */
    public long scoreBar(GroupFigure figure) {
        return figure.average() == null ? 0 : Math.round(figure.average() * 30);
    }

    public ExperienceReport getReport() {
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
