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

    /** Revisions sent to calendars: raised by every change of time or place and by the cancellation. */
    @Column(name = "calendar_sequence", nullable = false)
    private int calendarSequence;

    @Column(name = "duration_minutes", nullable = false)
    private int durationMinutes = DEFAULT_MINUTES;

    public static final int DEFAULT_MINUTES = 120;

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
        if (status == Status.CANCELLED) {
            return;
        }
        status = Status.CANCELLED;
        calendarSequence++;
    }

    /** Moves the event; calendars holding it get the new time and place as an update of the same entry. */
    public void moveTo(LocalDateTime newStart, String newLocation, LocalDateTime now) {
        if (status != Status.SCHEDULED) {
            throw new BusinessException("event.cancelled", title);
        }
        if (newStart == null || newLocation == null || newLocation.isBlank()) {
            throw new BusinessException("event.required");
        }
        if (!newStart.isAfter(now)) {
            throw new BusinessException("event.in-past");
        }
        startsAt = newStart;
        location = newLocation.strip();
        calendarSequence++;
    }

    /** The calendar identity of this event, the same in every invite, update and cancellation. */
    public String calendarUid() {
        return "event-" + getId() + "@alumni.kizuna.jp";
    }

    public LocalDateTime getEndsAt() {
        return startsAt.plusMinutes(durationMinutes);
    }

    public String getTitle() { return title; }
    public String getDescription() { return description; }
    public LocalDateTime getStartsAt() { return startsAt; }
    public String getLocation() { return location; }
    public int getCapacity() { return capacity; }
    public Status getStatus() { return status; }
    public String getCreatedBy() { return createdBy; }
    public int getCalendarSequence() { return calendarSequence; }
    public int getDurationMinutes() { return durationMinutes; }
}
