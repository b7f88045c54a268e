package jp.kizuna.alumni.web.consultation;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import jp.kizuna.alumni.consultation.Consultation;
import jp.kizuna.alumni.consultation.ConsultationTopic;
import jp.kizuna.alumni.consultation.Consultations;
import jp.kizuna.alumni.shared.BusinessException;
import jp.kizuna.alumni.web.shared.UserMessages;

/** /portal/consultations: ask for a casual conversation, pick an offered time, cancel or ask for another. */
@Named
@ViewScoped
public class MyConsultationsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Consultations consultations;

    @Inject
    private UserMessages messages;

    private String topic = ConsultationTopic.RETURN.name();
    private boolean withFormerDepartment;
    private String note;
    private String changeNote;
    private List<Consultation> mine;

    public void load() {
        try {
            mine = consultations.mine();
        } catch (BusinessException refused) {
            mine = List.of();
            messages.refused(refused);
        }
    }

    public String request() {
        try {
            consultations.request(ConsultationTopic.valueOf(topic), withFormerDepartment, note);
            messages.info("engage", "consultation.requested");
            note = null;
            load();
        } catch (BusinessException refused) {
            messages.refused(refused);
        }
        return null;
    }

    public String pick(long consultationId, long slotId) {
        try {
            consultations.pick(consultationId, slotId);
            messages.info("engage", "consultation.picked");
        } catch (BusinessException refused) {
            messages.refused(refused);
        }
        load();
        return null;
    }

    public String askForAnotherTime(long consultationId) {
        try {
            consultations.askForAnotherTime(consultationId, changeNote);
            changeNote = null;
            messages.info("engage", "consultation.reschedule-asked");
        } catch (BusinessException refused) {
            messages.refused(refused);
        }
        load();
        return null;
    }

    public String cancel(long consultationId) {
        try {
            consultations.cancel(consultationId, changeNote);
            changeNote = null;
            messages.info("engage", "consultation.cancelled");
        } catch (BusinessException refused) {
            messages.refused(refused);
        }
        load();
        return null;
    }

    public ConsultationTopic[] getTopics() {
        return ConsultationTopic.values();
    }

    public List<Consultation> getMine() {
        return mine;
    }

    public String getTopic() {
        return topic;
    }

    public void setTopic(String topic) {
        this.topic = topic;
    }

    public boolean isWithFormerDepartment() {
        return withFormerDepartment;
    }

    public void setWithFormerDepartment(boolean withFormerDepartment) {
        this.withFormerDepartment = withFormerDepartment;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getChangeNote() {
        return changeNote;
    }

    public void setChangeNote(String changeNote) {
        this.changeNote = changeNote;
    }
}
