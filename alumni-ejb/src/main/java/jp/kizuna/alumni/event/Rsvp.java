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

    protected Rsvp() {
    }

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

    public AlumniEvent getEvent() { return event; }
    public AlumnusProfile getAlumnus() { return alumnus; }
    public RsvpStatus getStatus() { return status; }
    public LocalDateTime getRespondedAt() { return respondedAt; }
}
