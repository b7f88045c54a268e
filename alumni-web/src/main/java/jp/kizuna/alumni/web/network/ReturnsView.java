package jp.kizuna.alumni.web.network;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import jp.kizuna.alumni.network.FunnelFigure;
import jp.kizuna.alumni.network.NetworkReturns;
import jp.kizuna.alumni.network.ReturnsReport;
import jp.kizuna.alumni.shared.BusinessException;
import jp.kizuna.alumni.web.shared.JsonText;
import jp.kizuna.alumni.web.shared.LocaleSelection;
import jp.kizuna.alumni.web.shared.UserMessages;

/** The executive page of the network's returns: hires, yen saved, time to hire and the funnel. */
@Named
@ViewScoped
public class ReturnsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private NetworkReturns returns;

    @Inject
    private LocaleSelection localeSelection;

    @Inject
    private UserMessages messages;

    @Inject
    private Clock clock;

    private LocalDate from;
    private LocalDate to;
    private Long cost;
    private ReturnsReport report;

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
            report = returns.report(from, to);
            cost = report.costPerAgencyHire();
        } catch (BusinessException refused) {
            report = null;
            messages.refused(refused);
        }
    }

    public void saveCost() {
        try {
            returns.changeCostPerAgencyHire(cost == null ? -1 : cost);
            messages.info("network", "returns.costSaved");
            refresh();
        } catch (BusinessException refused) {
            messages.refused(refused);
        }
    }

    public String name(FunnelFigure figure) {
        return figure.name(localeSelection.getLocale());
    }

    /** ¥12,500,000 in either language, or — when hidden. */
    public String yen(Long amount) {
        return amount == null ? "—" : String.format(Locale.ROOT, "¥%,d", amount);
    }

    /** The overall funnel as a Chart.js bar chart. */
    public String getFunnelChart() {
        if (report == null || report.overall() == null) {
            return "{}";
        }
        FunnelFigure f = report.overall();
        String labels = String.join(
                ",",
                JsonText.quote(text("returns.invited")),
                JsonText.quote(text("returns.joined")),
                JsonText.quote(text("returns.active")),
                JsonText.quote(text("returns.interested")),
                JsonText.quote(text("returns.hired")));
        return "{\"type\":\"bar\",\"data\":{\"labels\":[" + labels + "],\"datasets\":[{\"label\":"
                + JsonText.quote(text("returns.funnel")) + ",\"backgroundColor\":\"#2563eb\",\"data\":["
                + f.invited() + "," + f.joined() + "," + f.active() + "," + f.interested() + "," + f.hired()
                + "]}]},\"options\":{\"indexAxis\":\"y\",\"scales\":{\"x\":{\"beginAtZero\":true}}}}";
    }

    private String text(String key) {
        return messages.text("network", key);
    }

    public ReturnsReport getReport() {
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

    public Long getCost() {
        return cost;
    }

    public void setCost(Long cost) {
        this.cost = cost;
    }
}
