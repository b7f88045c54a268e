package jp.kizuna.alumni.web.consultation;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import jp.kizuna.alumni.consultation.Consultation;
import jp.kizuna.alumni.consultation.Consultations;
import jp.kizuna.alumni.consultation.SlotOffer;
import jp.kizuna.alumni.shared.BusinessException;
import jp.kizuna.alumni.web.shared.UserMessages;

/**
 * /network/consultations: HR's pipeline of casual consultations (or one person's history with
 * {@code ?person=}), offering times, recording that a conversation was held, cancelling.
 */
@Named
@ViewScoped
public class ConsultationDeskView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SLOT_FIELDS = 3;

    @Inject
    private Consultations consultations;

    @Inject
    private UserMessages messages;

    private Long person;
    private boolean includeClosed;
    private List<Consultation> rows;
    private Long selected;
    private final LocalDateTime[] starts = new LocalDateTime[SLOT_FIELDS];
    private int minutes = 30;
    private String place;
    private String note;

    public void load() {
        try {
            rows = person != null ? consultations.historyOf(person) : consultations.pipeline(includeClosed);
        } catch (BusinessException refused) {
            rows = List.of();
            messages.refused(refused);
        }
    }

    public String select(long consultationId) {
        selected = consultationId;
        return null;
    }

    public String offer() {
        if (selected == null) {
            return null;
        }
        List<SlotOffer> offers = new ArrayList<>();
        for (LocalDateTime start : starts) {
            if (start != null) {
                offers.add(new SlotOffer(start, start.plusMinutes(minutes)));
            }
        }
        try {
            consultations.offer(selected, offers, place);
            messages.info("engage", "consultation.offered", offers.size());
            selected = null;
            java.util.Arrays.fill(starts, null);
        } catch (BusinessException refused) {
            messages.refused(refused);
        }
        load();
        return null;
    }

    public String held(long consultationId) {
        try {
            consultations.recordHeld(consultationId, note);
            note = null;
            messages.info("engage", "consultation.held");
        } catch (BusinessException refused) {
            messages.refused(refused);
        }
        load();
        return null;
    }

    public String cancel(long consultationId) {
        try {
            consultations.cancel(consultationId, note);
            note = null;
            messages.info("engage", "consultation.cancelled");
        } catch (BusinessException refused) {
            messages.refused(refused);
        }
        load();
        return null;
    }

    public String toggleClosed() {
        load();
        return null;
    }

    public Consultation getSelectedConsultation() {
        return rows == null || selected == null
                ? null
                : rows.stream()
                        .filter(c -> c.getId().equals(selected))
                        .findFirst()
                        .orElse(null);
    }

    public List<Integer> getDurations() {
        return List.of(30, 45, 60, 90);
    }

    public Long getPerson() {
        return person;
    }

    public void setPerson(Long person) {
        this.person = person;
    }

    public boolean isIncludeClosed() {
        return includeClosed;
    }

    public void setIncludeClosed(boolean includeClosed) {
        this.includeClosed = includeClosed;
    }

    public List<Consultation> getRows() {
        return rows;
    }

    public LocalDateTime getStart1() {
        return starts[0];
    }

    public void setStart1(LocalDateTime start) {
        starts[0] = start;
    }

    public LocalDateTime getStart2() {
        return starts[1];
    }

    public void setStart2(LocalDateTime start) {
        starts[1] = start;
    }

    public LocalDateTime getStart3() {
        return starts[2];
    }

    public void setStart3(LocalDateTime start) {
        starts[2] = start;
    }

    public int getMinutes() {
        return minutes;
    }

    public void setMinutes(int minutes) {
        this.minutes = minutes;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
