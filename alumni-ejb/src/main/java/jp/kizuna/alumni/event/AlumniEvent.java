package jp.kizuna.alumni.event;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import jp.kizuna.alumni.shared.BaseEntity;
import jp.kizuna.alumni.shared.BusinessException;
import jp.kizuna.alumni.shared.LocalizedText;

/** An event for alumni with a fixed number of seats. */
@Entity
@Table(name = "alumni_event")
public class AlumniEvent extends BaseEntity {

    public enum Status {
        SCHEDULED,
        CANCELLED
    }

    @Embedded
    @AttributeOverride(name = "ja", column = @Column(name = "title", nullable = false))
    @AttributeOverride(name = "en", column = @Column(name = "title_en"))
    private LocalizedText title;

    @Embedded
    @AttributeOverride(name = "ja", column = @Column(name = "description"))
    @AttributeOverride(name = "en", column = @Column(name = "description_en"))
    private LocalizedText description;

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

    /** Where registrants join online (https only); in their invites, never in the public list. */
    @Column(name = "online_url")
    private String onlineUrl;

    public static final int MAX_URL = 500;

    public static final int DEFAULT_MINUTES = 120;

    protected AlumniEvent() {}

    public AlumniEvent(
            String title, String description, LocalDateTime startsAt, String location, int capacity, String createdBy) {
        if (title == null || title.isBlank() || location == null || location.isBlank() || startsAt == null) {
            throw new BusinessException("event.required");
        }
        if (capacity < 1) {
            throw new BusinessException("event.capacity.invalid", capacity);
        }
        this.title = new LocalizedText(title.strip(), null);
        this.description =
                new LocalizedText(description == null || description.isBlank() ? null : description.strip(), null);
        this.startsAt = startsAt;
        this.location = location.strip();
        this.capacity = capacity;
        this.createdBy = createdBy;
    }

    /**
     * The English title and description beside the Japanese ones (either may be left out: an
     * English reader then gets the Japanese text, as with news).
     */
    public void inEnglish(String title, String description) {
        String titleEn = title == null || title.isBlank() ? null : title.strip();
        String descriptionEn = description == null || description.isBlank() ? null : description.strip();
        if (titleEn != null && titleEn.codePointCount(0, titleEn.length()) > 200
                || descriptionEn != null && descriptionEn.codePointCount(0, descriptionEn.length()) > 4000) {
            throw new BusinessException("event.text.too-long");
        }
        this.title = new LocalizedText(this.title.ja(), titleEn);
        this.description = new LocalizedText(getDescription(), descriptionEn);
    }

    /** Sets or removes (blank) the online meeting link: an absolute https address with a host, nothing else. */
    public void meetOnline(String link) {
        this.onlineUrl = checkedLink(link);
    }

    static String checkedLink(String link) {
        if (link == null || link.isBlank()) {
            return null;
        }
        String text = link.strip();
        if (text.length() > MAX_URL) {
            throw new BusinessException("event.online-url.too-long", MAX_URL);
        }
        try {
            java.net.URI uri = new java.net.URI(text);
            if (!"https".equalsIgnoreCase(uri.getScheme())
                    || uri.getHost() == null
                    || uri.getHost().isBlank()
                    || uri.getRawUserInfo() != null) {
                throw new BusinessException("event.online-url.invalid", text);
            }
        } catch (java.net.URISyntaxException invalid) {
            throw new BusinessException("event.online-url.invalid", text);
        }
        return text;
    }

    /** The title in the reader's language (Japanese when no English one was written). */
    public String title(java.util.Locale locale) {
        return title.in(locale);
    }

    public String description(java.util.Locale locale) {
        return description == null ? null : description.in(locale);
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
        moveTo(newStart, newLocation, onlineUrl, now);
    }

    /** Moves the event and sets its online link; calendars get the change as an update of the same entry. */
    public void moveTo(LocalDateTime newStart, String newLocation, String newLink, LocalDateTime now) {
        if (status != Status.SCHEDULED) {
            throw new BusinessException("event.cancelled", title.ja());
        }
        if (newStart == null || newLocation == null || newLocation.isBlank()) {
            throw new BusinessException("event.required");
        }
        if (!newStart.isAfter(now)) {
            throw new BusinessException("event.in-past");
        }
        String link = checkedLink(newLink);
        startsAt = newStart;
        location = newLocation.strip();
        onlineUrl = link;
        calendarSequence++;
    }

    /** The calendar identity of this event, the same in every invite, update and cancellation. */
    public String calendarUid() {
        return "event-" + getId() + "@alumni.kizuna.jp";
    }

    public LocalDateTime getEndsAt() {
        return startsAt.plusMinutes(durationMinutes);
    }

    public String getTitle() {
        return title.ja();
    }

    public String getDescription() {
        return description == null ? null : description.ja();
    }

    public LocalDateTime getStartsAt() {
        return startsAt;
    }

    public String getLocation() {
        return location;
    }

    public int getCapacity() {
        return capacity;
    }

    public Status getStatus() {
        return status;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public int getCalendarSequence() {
        return calendarSequence;
    }

    public int getDurationMinutes() {
        return durationMinutes;
    }

    public String getOnlineUrl() {
        return onlineUrl;
    }

    public String getTitleEn() {
        return title.en();
    }

    public String getDescriptionEn() {
        return description == null ? null : description.en();
    }
}
