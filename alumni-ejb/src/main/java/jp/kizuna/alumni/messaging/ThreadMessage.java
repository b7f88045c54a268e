package jp.kizuna.alumni.messaging;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import jp.kizuna.alumni.shared.BaseEntity;
import jp.kizuna.alumni.shared.BusinessException;

/** One message of a thread, as written; never edited afterwards. */
@Entity
@Table(name = "thread_message")
public class ThreadMessage extends BaseEntity {

    public static final int MAX_BODY = 4000;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "thread_id")
    private MessageThread thread;

    @Enumerated(EnumType.STRING)
    @Column(name = "author_side", nullable = false)
    private MessageThread.Side side;

    @Column(name = "author_login")
    private String authorLogin;

    /** The name shown with the message, kept as it was when written. */
    @Column(name = "author_name")
    private String authorName;

    @Column(nullable = false)
    private String body;

    @Column(name = "sent_at", nullable = false)
    private LocalDateTime sentAt;

    protected ThreadMessage() {}

    ThreadMessage(
            MessageThread thread,
            MessageThread.Side side,
            String authorLogin,
            String authorName,
            String body,
            LocalDateTime sentAt) {
        if (body == null || body.isBlank()) {
            throw new BusinessException("messaging.body.required");
        }
        if (body.strip().length() > MAX_BODY) {
            throw new BusinessException("messaging.body.too-long", MAX_BODY);
        }
        this.thread = thread;
        this.side = side;
        this.authorLogin = authorLogin;
        this.authorName = authorName;
        this.body = body.strip();
        this.sentAt = sentAt;
    }

    public MessageThread getThread() {
        return thread;
    }

    public MessageThread.Side getSide() {
        return side;
    }

    public String getAuthorLogin() {
        return authorLogin;
    }

    public String getAuthorName() {
        return authorName;
    }

    public String getBody() {
        return body;
    }

    public LocalDateTime getSentAt() {
        return sentAt;
    }
}
