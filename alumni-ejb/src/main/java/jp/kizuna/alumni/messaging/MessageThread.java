package jp.kizuna.alumni.messaging;

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
import java.util.List;
import jp.kizuna.alumni.network.AlumniNetwork;
import jp.kizuna.alumni.network.AlumnusProfile;
import jp.kizuna.alumni.shared.BaseEntity;
import jp.kizuna.alumni.shared.BusinessException;

/**
 * One conversation. With staff (HR, or the administrators of {@link #network}) it can be assigned
 * and closed; a member writing into a closed thread opens it again, since the member cannot know
 * HR considered the matter done. Between two members ({@link #counterpart} set) there is nobody to
 * assign it to. Each side keeps when it last read the thread; what the other side wrote after that is unread.
 */
@Entity
@Table(name = "message_thread")
public class MessageThread extends BaseEntity {

    public enum Status {
        OPEN,
        CLOSED
    }

    /** Who wrote a message, and from whose point of view a thread is read. */
    public enum Side {
        MEMBER,
        COUNTERPART,
        STAFF
    }

    public static final int MAX_SUBJECT = 200;

    /** The member who started the thread (with staff: always the alumnus). */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "profile_id")
    private AlumnusProfile member;

    /** The other member in a member-to-member thread; null when the thread is with staff. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "counterpart_id")
    private AlumnusProfile counterpart;

    /** The department pilot network whose administrators answer; null means HR (or a member thread). */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "network_id")
    private AlumniNetwork network;

    @Column(nullable = false)
    private String subject;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status = Status.OPEN;

    @Column(name = "assignee_login")
    private String assigneeLogin;

    @Column(name = "assignee_name")
    private String assigneeName;

    @Column(name = "started_at", nullable = false)
    private LocalDateTime startedAt;

    @Column(name = "last_message_at", nullable = false)
    private LocalDateTime lastMessageAt;

    @Column(name = "closed_at")
    private LocalDateTime closedAt;

    @Column(name = "closed_by")
    private String closedBy;

    @Column(name = "member_read_at")
    private LocalDateTime memberReadAt;

    @Column(name = "counterpart_read_at")
    private LocalDateTime counterpartReadAt;

    @Column(name = "staff_read_at")
    private LocalDateTime staffReadAt;

    @OneToMany(mappedBy = "thread", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sentAt, id")
    private List<ThreadMessage> messages = new ArrayList<>();

    protected MessageThread() {}

    /** A thread with HR ({@code network} null) or with a pilot network's administrators. */
    public static MessageThread withStaff(
            AlumnusProfile member, AlumniNetwork network, String subject, LocalDateTime now) {
        MessageThread thread = new MessageThread(member, subject, now);
        thread.network = network;
        return thread;
    }

    public static MessageThread betweenMembers(
            AlumnusProfile member, AlumnusProfile counterpart, String subject, LocalDateTime now) {
        if (member.equals(counterpart)) {
            throw new BusinessException("messaging.member.self");
        }
        MessageThread thread = new MessageThread(member, subject, now);
        thread.counterpart = counterpart;
        return thread;
    }

    private MessageThread(AlumnusProfile member, String subject, LocalDateTime now) {
        if (subject == null || subject.isBlank()) {
            throw new BusinessException("messaging.subject.required");
        }
        if (subject.strip().length() > MAX_SUBJECT) {
            throw new BusinessException("messaging.subject.too-long", MAX_SUBJECT);
        }
        this.member = member;
        this.subject = subject.strip();
        this.startedAt = now;
        this.lastMessageAt = now;
    }

    /** Adds a message; the writer has read the thread up to it. */
    public ThreadMessage post(Side side, String authorLogin, String authorName, String body, LocalDateTime now) {
        if (side == Side.STAFF && isBetweenMembers()) {
            throw new BusinessException("messaging.thread.members-only");
        }
        if (side == Side.COUNTERPART && !isBetweenMembers()) {
            throw new BusinessException("messaging.thread.unknown", getId());
        }
        if (status == Status.CLOSED) {
            if (side == Side.STAFF || isBetweenMembers()) {
                throw new BusinessException("messaging.thread.closed");
            }
            // The member writes again about a closed matter: it is open again for HR.
            status = Status.OPEN;
            closedAt = null;
            closedBy = null;
        }
        ThreadMessage message = new ThreadMessage(this, side, authorLogin, authorName, body, now);
        messages.add(message);
        lastMessageAt = now;
        read(side, now);
        return message;
    }

    public void read(Side side, LocalDateTime now) {
        switch (side) {
            case MEMBER -> memberReadAt = now;
            case COUNTERPART -> counterpartReadAt = now;
            case STAFF -> staffReadAt = now;
        }
    }

    /** Messages the given side has not read yet: what the other side wrote after it last read the thread. */
    public long unreadFor(Side side) {
        LocalDateTime readAt = switch (side) {
            case MEMBER -> memberReadAt;
            case COUNTERPART -> counterpartReadAt;
            case STAFF -> staffReadAt;
        };
        return messages.stream()
                .filter(m -> m.getSide() != side)
                .filter(m -> readAt == null || m.getSentAt().isAfter(readAt))
                .count();
    }

    public void assignTo(String login, String name) {
        requireWithStaff();
        assigneeLogin = login;
        assigneeName = name;
    }

    public void close(String by, LocalDateTime now) {
        if (status == Status.CLOSED) {
            throw new BusinessException("messaging.thread.closed");
        }
        status = Status.CLOSED;
        closedAt = now;
        closedBy = by;
    }

    private void requireWithStaff() {
        if (isBetweenMembers()) {
            throw new BusinessException("messaging.thread.members-only");
        }
    }

    public boolean isBetweenMembers() {
        return counterpart != null;
    }

    /** With HR rather than a department network's administrators (or another member). */
    public boolean isWithHr() {
        return counterpart == null && network == null;
    }

    /** The member on the other end from {@code side}'s point of view, in a member-to-member thread. */
    public AlumnusProfile otherMember(Side side) {
        return side == Side.MEMBER ? counterpart : member;
    }

    public AlumnusProfile getMember() {
        return member;
    }

    public AlumnusProfile getCounterpart() {
        return counterpart;
    }

    public AlumniNetwork getNetwork() {
        return network;
    }

    public String getSubject() {
        return subject;
    }

    public Status getStatus() {
        return status;
    }

    public String getAssigneeLogin() {
        return assigneeLogin;
    }

    public String getAssigneeName() {
        return assigneeName;
    }

    public LocalDateTime getStartedAt() {
        return startedAt;
    }

    public LocalDateTime getLastMessageAt() {
        return lastMessageAt;
    }

    public LocalDateTime getClosedAt() {
        return closedAt;
    }

    public String getClosedBy() {
        return closedBy;
    }

    public List<ThreadMessage> getMessages() {
        return Collections.unmodifiableList(messages);
    }
}
