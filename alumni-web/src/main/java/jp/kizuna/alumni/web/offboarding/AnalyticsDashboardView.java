package jp.kizuna.alumni.web.offboarding;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.kizuna.alumni.offboarding.analytics.AnalyticsReport;
import jp.kizuna.alumni.offboarding.analytics.GroupFigure;
import jp.kizuna.alumni.offboarding.analytics.OffboardingAnalytics;
import jp.kizuna.alumni.shared.BusinessException;
import jp.kizuna.alumni.web.shared.JsonText;
import jp.kizuna.alumni.web.shared.LocaleSelection;
import jp.kizuna.alumni.web.shared.UserMessages;

/** HR's exit analytics for a period: tables and Chart.js charts over the aggregated figures. */
@Named
@ViewScoped
public class AnalyticsDashboardView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private OffboardingAnalytics analytics;

    @Inject
    private LocaleSelection localeSelection;

    @Inject
    private UserMessages messages;

    @Inject
    private Clock clock;

    @Inject
    private jp.kizuna.alumni.web.shared.CurrentUser currentUser;

    private LocalDate from;
    private LocalDate to;
    private AnalyticsReport report;

    public void load() {
        if (!currentUser.isHrAdmin()) {
            return; // managers may open /offboarding/*, but the figures are HR's
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
            report = analytics.report(from, to);
        } catch (BusinessException refused) {
            messages.refused(refused);
        }
    }

    public String name(GroupFigure figure) {
        return figure.name(localeSelection.getLocale());
    }

    public String getDeparturesChart() {
        return report == null
                ? "{}"
                : bar(
                        report.departuresByDepartment(),
                        GroupFigure::count,
                        messages.text("offboarding", "analytics.departures"),
                        "#2563eb");
    }

    public String getMonthlyChart() {
        if (report == null) {
            return "{}";
        }
        return "{\"type\":\"line\",\"data\":{\"labels\":" + labels(report.departuresByMonth(), GroupFigure::key)
                + ",\"datasets\":[{\"label\":" + json(messages.text("offboarding", "analytics.departures"))
                + ",\"borderColor\":\"#2563eb\",\"data\":" + numbers(report.departuresByMonth(), GroupFigure::count)
                + "}]},\"options\":{\"scales\":{\"y\":{\"beginAtZero\":true}}}}";
    }

    public String getReasonsChart() {
        if (report == null) {
            return "{}";
        }
        return "{\"type\":\"doughnut\",\"data\":{\"labels\":" + labels(report.reasons(), this::name)
                + ",\"datasets\":[{\"data\":" + numbers(report.reasons(), GroupFigure::count)
                + ",\"backgroundColor\":[\"#2563eb\",\"#f59e0b\",\"#10b981\",\"#ef4444\",\"#8b5cf6\",\"#14b8a6\","
                + "\"#f97316\",\"#64748b\",\"#84cc16\",\"#ec4899\",\"#0ea5e9\",\"#a3a3a3\"]}]}}";
    }

    public String getRetentionChart() {
        return report == null
                ? "{}"
                : bar(
                        report.retentionByDepartment(),
                        GroupFigure::partPercent,
                        messages.text("offboarding", "analytics.retentionRate"),
                        "#10b981");
    }

    public String getExperienceChart() {
        return report == null
                ? "{}"
                : bar(
                        report.experienceByDepartment(),
                        f -> f.average() == null ? 0 : f.average(),
                        messages.text("offboarding", "analytics.experienceScore"),
                        "#f59e0b");
    }

    private String bar(List<GroupFigure> figures, Function<GroupFigure, Number> value, String label, String colour) {
        return "{\"type\":\"bar\",\"data\":{\"labels\":" + labels(figures, this::name)
                + ",\"datasets\":[{\"label\":" + json(label) + ",\"backgroundColor\":\"" + colour + "\",\"data\":"
                + numbers(figures, value) + "}]},\"options\":{\"scales\":{\"y\":{\"beginAtZero\":true}}}}";
    }

    private static String labels(List<GroupFigure> figures, Function<GroupFigure, String> label) {
        return figures.stream().map(label).map(AnalyticsDashboardView::json).collect(Collectors.joining(",", "[", "]"));
    }

    private static String numbers(List<GroupFigure> figures, Function<GroupFigure, Number> value) {
        return figures.stream()
                .map(value)
                .map(n -> String.format(Locale.ROOT, "%s", n))
                .collect(Collectors.joining(",", "[", "]"));
    }

    static String json(String text) {
        return JsonText.quote(text);
    }

    public AnalyticsReport getReport() {
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
