package jp.kizuna.alumni.event;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import jp.kizuna.alumni.network.AlumnusProfile;
import jp.kizuna.alumni.shared.BaseEntity;
import jp.kizuna.alumni.shared.BusinessException;

/** One alumnus's answer to one event. */
@Entity
@Table(name = "event_rsvp")
public class Rsvp extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "event_id")
    private AlumniEvent event;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "profile_id")
    private AlumnusProfile alumnus;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RsvpStatus status;

    @Column(name = "responded_at", nullable = false)
    private LocalDateTime respondedAt;

    /** When the member was checked in on the event's day; null: not (yet) there. */
    @Column(name = "checked_in_at")
    private LocalDateTime checkedInAt;

    @Column(name = "checked_in_by")
    private String checkedInBy;

    protected Rsvp() {}

    public Rsvp(AlumniEvent event, AlumnusProfile alumnus, RsvpStatus status, LocalDateTime respondedAt) {
        this.event = event;
        this.alumnus = alumnus;
        this.status = status;
        this.respondedAt = respondedAt;
    }

    void answer(RsvpStatus newStatus, LocalDateTime now) {
        status = newStatus;
        respondedAt = now;
    }

    /** The member is there. Only someone with a seat, only on the event's day (in the company's zone), only once. */
    public void checkIn(String by, LocalDateTime now) {
        if (status != RsvpStatus.GOING) {
            throw new BusinessException("event.check-in.no-seat");
        }
        if (!event.getStartsAt().toLocalDate().equals(now.toLocalDate())) {
            throw new BusinessException(
                    "event.check-in.not-today", event.getStartsAt().toLocalDate());
        }
        if (checkedInAt == null) {
            checkedInAt = now;
            checkedInBy = by;
        }
    }

    /** A check-in by mistake is taken back (on the day, like the check-in). */
    public void undoCheckIn(LocalDateTime now) {
        if (!event.getStartsAt().toLocalDate().equals(now.toLocalDate())) {
            throw new BusinessException(
                    "event.check-in.not-today", event.getStartsAt().toLocalDate());
        }
        checkedInAt = null;
        checkedInBy = null;
    }

    public boolean isCheckedIn() {
        return checkedInAt != null;
    }

    public LocalDateTime getCheckedInAt() {
        return checkedInAt;
    }

    public String getCheckedInBy() {
        return checkedInBy;
    }

    public AlumniEvent getEvent() {
        return event;
    }

    public AlumnusProfile getAlumnus() {
        return alumnus;
    }

    public RsvpStatus getStatus() {
        return status;
    }

    public LocalDateTime getRespondedAt() {
        return respondedAt;
    }
}
