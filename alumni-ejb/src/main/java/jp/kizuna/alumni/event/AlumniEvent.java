package jp.kizuna.alumni.event;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import jp.kizuna.alumni.shared.BaseEntity;
import jp.kizuna.alumni.shared.BusinessException;

/** An event for alumni with a fixed number of seats. */
@Entity
@Table(name = "alumni_event")
public class AlumniEvent extends BaseEntity {

    public enum Status { SCHEDULED, CANCELLED }

    @Column(nullable = false)
    private String title;

    private String description;

    @Column(name = "starts_at", nullable = false)
    private LocalDateTime startsAt;

    @Column(nullable = false)
    private String location;

    @Column(nullable = false)
    private int capacity;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status = Status.SCHEDULED;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    protected AlumniEvent() {
    }

    public AlumniEvent(String title, String description, LocalDateTime startsAt, String location, int capacity,
                       String createdBy) {
        if (title == null || title.isBlank() || location == null || location.isBlank() || startsAt == null) {
            throw new BusinessException("event.required");
        }
        if (capacity < 1) {
            throw new BusinessException("event.capacity.invalid", capacity);
        }
        this.title = title.strip();
        this.description = description == null || description.isBlank() ? null : description.strip();
        this.startsAt = startsAt;
        this.location = location.strip();
        this.capacity = capacity;
        this.createdBy = createdBy;
    }

    /** Whether someone may still answer: scheduled and not yet started. */
    public boolean acceptsAnswers(LocalDateTime now) {
        return status == Status.SCHEDULED && now.isBefore(startsAt);
    }

    /** The answer a new RSVP gets with {@code going} seats already taken. */
    public RsvpStatus seatFor(long going) {
        return going < capacity ? RsvpStatus.GOING : RsvpStatus.WAITLISTED;
    }

    public void cancel() {
        status = Status.CANCELLED;
    }

    public String getTitle() { return title; }
    public String getDescription() { return description; }
    public LocalDateTime getStartsAt() { return startsAt; }
    public String getLocation() { return location; }
    public int getCapacity() { return capacity; }
    public Status getStatus() { return status; }
    public String getCreatedBy() { return createdBy; }
}
