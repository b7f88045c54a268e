package jp.kizuna.alumni.web.privacy;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import jp.kizuna.alumni.privacy.ProvisionRecord;
import jp.kizuna.alumni.privacy.ProvisionRecords;
import jp.kizuna.alumni.shared.BusinessException;
import jp.kizuna.alumni.web.shared.UserMessages;

/** /network/provisions: the third-party provision records of a period (the last 90 days at first), and their CSV. */
@Named
@ViewScoped
public class ProvisionRecordsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ProvisionRecords records;

    @Inject
    private UserMessages messages;

    @Inject
    private Clock clock;

    private LocalDate from;
    private LocalDate to;
    private List<ProvisionRecord> rows;

    public void load() {
        if (to == null) {
            to = LocalDate.now(clock);
        }
        if (from == null) {
            from = to.minusDays(90);
        }
        try {
            rows = records.between(from, to);
        } catch (BusinessException refused) {
            rows = List.of();
            messages.refused(refused);
        }
    }

    public String show() {
        load();
        return null;
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

    public List<ProvisionRecord> getRows() {
        return rows;
    }
}
