package jp.kizuna.alumni.web.offboarding;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.kizuna.alumni.offboarding.analytics.GroupFigure;
import jp.kizuna.alumni.offboarding.analytics.Period;
import jp.kizuna.alumni.offboarding.analytics.TurnoverAnalytics;
import jp.kizuna.alumni.offboarding.analytics.TurnoverCsv;
import jp.kizuna.alumni.offboarding.analytics.TurnoverFigure;
import jp.kizuna.alumni.offboarding.analytics.TurnoverReport;
import jp.kizuna.alumni.shared.BusinessException;
import jp.kizuna.alumni.web.shared.JsonText;
import jp.kizuna.alumni.web.shared.LocaleSelection;
import jp.kizuna.alumni.web.shared.UserMessages;

/**
 * Headcount and turnover, monthly, quarterly or yearly, with a Chart.js chart and a CSV download of what
 * is shown. HR sees the company, a manager their organisation.
 */
@Named
@ViewScoped
public class TurnoverView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private TurnoverAnalytics turnover;

    @Inject
    private LocaleSelection localeSelection;

    @Inject
    private UserMessages messages;

    @Inject
    private Clock clock;

    private LocalDate from;
    private LocalDate to;
    private Period period = Period.MONTH;
    private TurnoverReport report;

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
            report = turnover.report(from, to, period);
        } catch (BusinessException refused) {
            report = null;
            messages.refused(refused);
        }
    }

    /** Sends the shown figures as a CSV file (UTF-8 with BOM, cells neutralised); the page stays as it is. */
    public void download() throws IOException {
        refresh();
        if (report == null) {
            return;
        }
        Locale locale = localeSelection.getLocale();
        byte[] content = TurnoverCsv.write(report, locale, key -> messages.text("offboarding", key));
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        external.responseReset();
        external.setResponseContentType("text/csv; charset=UTF-8");
        external.setResponseContentLength(content.length);
        external.setResponseHeader(
                "Content-Disposition",
                "attachment; filename=\"turnover-" + from + "-" + to + "-"
                        + period.name().toLowerCase(Locale.ROOT) + ".csv\"");
        try (OutputStream out = external.getResponseOutputStream()) {
            out.write(content);
        }
        faces.responseComplete();
    }

    public List<Period> getPeriods() {
        return List.of(Period.values());
    }

    public String name(TurnoverFigure figure) {
        return figure.name(localeSelection.getLocale());
    }

    public String typeName(GroupFigure figure) {
        return figure.name(localeSelection.getLocale());
    }

    /** Headcount at the end of each period (line) and leavers (bars) over the shown periods. */
    public String getPeriodChart() {
        if (report == null) {
            return "{}";
        }
        List<TurnoverFigure> periods = report.byPeriod();
        return "{\"type\":\"bar\",\"data\":{\"labels\":" + labels(periods, TurnoverFigure::key)
                + ",\"datasets\":[{\"type\":\"line\",\"label\":" + json(text("turnover.chart.headcount"))
                + ",\"borderColor\":\"#2563eb\",\"yAxisID\":\"headcount\",\"data\":"
                + numbers(periods, TurnoverFigure::headcountEnd) + "},{\"label\":"
                + json(text("turnover.chart.leavers"))
                + ",\"backgroundColor\":\"#ef4444\",\"yAxisID\":\"leavers\",\"data\":"
                + numbers(periods, TurnoverFigure::leavers) + "}]},\"options\":{\"scales\":{"
                + "\"headcount\":{\"type\":\"linear\",\"position\":\"left\",\"beginAtZero\":true},"
                + "\"leavers\":{\"type\":\"linear\",\"position\":\"right\",\"beginAtZero\":true,"
                + "\"grid\":{\"drawOnChartArea\":false}}}}}";
    }

    /** Turnover rate by department. */
    public String getDepartmentChart() {
        if (report == null) {
            return "{}";
        }
        List<TurnoverFigure> departments = report.byDepartment();
        return "{\"type\":\"bar\",\"data\":{\"labels\":" + labels(departments, this::name)
                + ",\"datasets\":[{\"label\":" + json(text("turnover.chart.rate"))
                + ",\"backgroundColor\":\"#f59e0b\",\"data\":"
                + numbers(departments, f -> f.rate() == null ? 0 : f.rate())
                + "}]},\"options\":{\"scales\":{\"y\":{\"beginAtZero\":true}}}}";
    }

    private String text(String key) {
        return messages.text("offboarding", key);
    }

    private static String labels(List<TurnoverFigure> figures, Function<TurnoverFigure, String> label) {
        return figures.stream().map(label).map(TurnoverView::json).collect(Collectors.joining(",", "[", "]"));
    }

    private static String numbers(List<TurnoverFigure> figures, Function<TurnoverFigure, Number> value) {
        return figures.stream()
                .map(value)
                .map(n -> String.format(Locale.ROOT, "%s", n))
                .collect(Collectors.joining(",", "[", "]"));
    }

    private static String json(String text) {
        return JsonText.quote(text);
    }

    public TurnoverReport getReport() {
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
