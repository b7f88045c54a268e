package jp.kizuna.alumni.consultation;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import jp.kizuna.alumni.identity.Department;
import jp.kizuna.alumni.network.AlumnusProfile;
import jp.kizuna.alumni.shared.BaseEntity;
import jp.kizuna.alumni.shared.BusinessException;

/**
 * One casual consultation from request to meeting. Guards its own life cycle: slots only while
 * open, a pick only among the offered future slots, no change after it was held or cancelled.
 * Its calendar identity (UID) never changes; the SEQUENCE rises with every invite after the first
 * and with the cancellation, so calendars move or remove the entry they already have.
 */
@Entity
@Table(name = "consultation")
public class Consultation extends BaseEntity {

    public enum Status {
        /** Asked for by the alumnus (or asked again after "another time, please"): HR offers slots next. */
        REQUESTED,
        /** HR offered times; the alumnus picks one. */
        SLOTS_OFFERED,
        /** A time is agreed; both have the invite. */
        SCHEDULED,
        HELD,
        CANCELLED;

        public boolean isOpen() {
            return this != HELD && this != CANCELLED;
        }
    }

    public static final int MAX_SLOTS = 5;
    public static final int MAX_NOTE = 2000;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "profile_id")
    private AlumnusProfile alumnus;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ConsultationTopic topic;

    /** The former department asked for; null means HR. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "department_id")
    private Department department;

    @Column(name = "request_note")
    private String requestNote;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status = Status.REQUESTED;

    @Column(name = "requested_at", nullable = false)
    private LocalDateTime requestedAt;

    @Column(name = "changed_at", nullable = false)
    private LocalDateTime changedAt;

    /** The HR person who offered the slots and will hold the conversation. */
    @Column(name = "host_login")
    private String hostLogin;

    @Column(name = "host_name")
    private String hostName;

    /** Meeting room, address or online meeting link. */
    private String place;

    /** The agreed time; after a request for another time, the time calendars still hold. */
    @Column(name = "starts_at")
    private LocalDateTime startsAt;

    @Column(name = "ends_at")
    private LocalDateTime endsAt;

    @Column(name = "calendar_uid", nullable = false, unique = true)
    private String calendarUid;

    @Column(name = "calendar_sequence", nullable = false)
    private int calendarSequence;

    /** Whether calendars hold this meeting already (then changes go out as updates or a CANCEL). */
    @Column(name = "invite_sent", nullable = false)
    private boolean inviteSent;

    @Column(name = "closed_by")
    private String closedBy;

    @Column(name = "close_note")
    private String closeNote;

    @OneToMany(mappedBy = "consultation", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("startsAt")
    private List<ConsultationSlot> slots = new ArrayList<>();

    protected Consultation() {}

    public Consultation(
            AlumnusProfile alumnus, ConsultationTopic topic, Department department, String note, LocalDateTime now) {
        if (topic == null) {
            throw new BusinessException("consultation.topic.required");
        }
        this.alumnus = alumnus;
        this.topic = topic;
        this.department = department;
        this.requestNote = note(note);
        this.requestedAt = now;
        this.changedAt = now;
        this.calendarUid = "consultation-" + UUID.randomUUID() + "@alumni.kizuna.jp";
    }

    /** HR proposes times (again, if the alumnus asked for another time or HR must move the meeting). */
    public void offer(List<SlotOffer> offers, String place, String hostLogin, String hostName, LocalDateTime now) {
        requireOpen();
        if (offers == null || offers.isEmpty()) {
            throw new BusinessException("consultation.slots.required");
        }
        if (offers.size() > MAX_SLOTS) {
            throw new BusinessException("consultation.slots.too-many", MAX_SLOTS);
        }
        Set<LocalDateTime> starts = new HashSet<>();
        for (SlotOffer offer : offers) {
            if (offer == null || offer.startsAt() == null || offer.endsAt() == null) {
                throw new BusinessException("consultation.slot.incomplete");
            }
            if (!offer.endsAt().isAfter(offer.startsAt())) {
                throw new BusinessException("consultation.slot.ends-before-start", offer.startsAt(), offer.endsAt());
            }
            if (!offer.startsAt().isAfter(now)) {
                throw new BusinessException("consultation.slot.in-past", offer.startsAt());
            }
            if (!starts.add(offer.startsAt())) {
                throw new BusinessException("consultation.slot.duplicate", offer.startsAt());
            }
        }
        slots.clear();
        offers.stream()
                .sorted(java.util.Comparator.comparing(SlotOffer::startsAt))
                .forEach(offer -> slots.add(new ConsultationSlot(this, offer.startsAt(), offer.endsAt())));
        this.place = place == null || place.isBlank() ? null : place.strip();
        this.hostLogin = hostLogin;
        this.hostName = hostName;
        // A meeting already in calendars keeps its last time (startsAt/endsAt) there until the new
        // time is picked and the update moves it, or a cancellation removes it.
        status = Status.SLOTS_OFFERED;
        changedAt = now;
    }

    /** The alumnus takes one of the offered times. */
    public void pick(long slotId, LocalDateTime now) {
        if (status != Status.SLOTS_OFFERED) {
            throw new BusinessException("consultation.pick.not-offered");
        }
        ConsultationSlot slot = slots.stream()
                .filter(s -> s.getId() != null && s.getId() == slotId)
                .findFirst()
                .orElseThrow(() -> new BusinessException("consultation.slot.unknown"));
        if (!slot.getStartsAt().isAfter(now)) {
            throw new BusinessException("consultation.slot.in-past", slot.getStartsAt());
        }
        startsAt = slot.getStartsAt();
        endsAt = slot.getEndsAt();
        status = Status.SCHEDULED;
        changedAt = now;
        if (inviteSent) {
            calendarSequence++;
        }
        inviteSent = true;
    }

    /** Either side asks for another time: HR offers new slots next. */
    public void askForAnotherTime(String note, String by, LocalDateTime now) {
        if (status != Status.SCHEDULED && status != Status.SLOTS_OFFERED) {
            throw new BusinessException("consultation.reschedule.not-possible");
        }
        slots.clear();
        status = Status.REQUESTED;
        closeNote = note(note);
        closedBy = by;
        changedAt = now;
    }

    /** Either side calls it off; a meeting already in calendars is cancelled there too. */
    public void cancel(String note, String by, LocalDateTime now) {
        requireOpen();
        status = Status.CANCELLED;
        closeNote = note(note);
        closedBy = by;
        changedAt = now;
        if (inviteSent) {
            calendarSequence++;
        }
    }

    /** HR records that the conversation took place. */
    public void held(String note, String by, LocalDateTime now) {
        if (status != Status.SCHEDULED) {
            throw new BusinessException("consultation.held.not-scheduled");
        }
        status = Status.HELD;
        closeNote = note(note);
        closedBy = by;
        changedAt = now;
    }

    private void requireOpen() {
        if (!status.isOpen()) {
            throw new BusinessException("consultation.closed");
        }
    }

    private static String note(String note) {
        if (note == null || note.isBlank()) {
            return null;
        }
        String stripped = note.strip();
        if (stripped.length() > MAX_NOTE) {
            throw new BusinessException("consultation.note.too-long", MAX_NOTE);
        }
        return stripped;
    }

    /** With HR rather than a department. */
    public boolean isWithHr() {
        return department == null;
    }

    public AlumnusProfile getAlumnus() {
        return alumnus;
    }

    public ConsultationTopic getTopic() {
        return topic;
    }

    public Department getDepartment() {
        return department;
    }

    public String getRequestNote() {
        return requestNote;
    }

    public Status getStatus() {
        return status;
    }

    public LocalDateTime getRequestedAt() {
        return requestedAt;
    }

    public LocalDateTime getChangedAt() {
        return changedAt;
    }

    public String getHostLogin() {
        return hostLogin;
    }

    public String getHostName() {
        return hostName;
    }

    public String getPlace() {
        return place;
    }

    public LocalDateTime getStartsAt() {
        return startsAt;
    }

    public LocalDateTime getEndsAt() {
        return endsAt;
    }

    public String getCalendarUid() {
        return calendarUid;
    }

    public int getCalendarSequence() {
        return calendarSequence;
    }

    public boolean isInviteSent() {
        return inviteSent;
    }

    public String getClosedBy() {
        return closedBy;
    }

    public String getCloseNote() {
        return closeNote;
    }

    public List<ConsultationSlot> getSlots() {
        return Collections.unmodifiableList(slots);
    }
}
