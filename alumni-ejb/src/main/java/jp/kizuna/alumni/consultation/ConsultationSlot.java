package jp.kizuna.alumni.consultation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import jp.kizuna.alumni.shared.BaseEntity;

/** A time HR offers for a consultation, in the company's time zone. */
@Entity
@Table(name = "consultation_slot")
public class ConsultationSlot extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "consultation_id")
    private Consultation consultation;

    @Column(name = "starts_at", nullable = false)
    private LocalDateTime startsAt;

    @Column(name = "ends_at", nullable = false)
    private LocalDateTime endsAt;

    protected ConsultationSlot() {}

    ConsultationSlot(Consultation consultation, LocalDateTime startsAt, LocalDateTime endsAt) {
        this.consultation = consultation;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
    }

    public Consultation getConsultation() {
        return consultation;
    }

    public LocalDateTime getStartsAt() {
        return startsAt;
    }

    public LocalDateTime getEndsAt() {
        return endsAt;
    }
}
