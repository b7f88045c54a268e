package jp.kizuna.alumni.space;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import jp.kizuna.alumni.network.AlumnusProfile;
import jp.kizuna.alumni.shared.BaseEntity;
import jp.kizuna.alumni.shared.BusinessException;

/**
 * A post that starts a thread in a space, or a reply to one ({@link #parent} set; replies do not
 * nest further). The body is kept exactly as written, emoji and line breaks included: only a body
 * with no visible text, or longer than {@link #MAX_BODY} characters, is refused. Never edited
 * afterwards; a moderator can hide it with a reason, and erasure of its author removes text and
 * author but keeps its place so the replies of others still read as a thread.
 */
@Entity
@Table(name = "space_post")
public class SpacePost extends BaseEntity {

    /** Characters as people count them (code points), so an emoji counts as one. */
    public static final int MAX_BODY = 4000;

    public static final int MAX_REASON = 500;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "space_id")
    private Space space;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private SpacePost parent;

    /** The member who wrote it; null for staff (HR, a network's administrator) and once erased. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "profile_id")
    private AlumnusProfile author;

    @Column(name = "author_login")
    private String authorLogin;

    /** The name shown with the post, as it was when written. */
    @Column(name = "author_name")
    private String authorName;

    @Column(length = 8000)
    private String body;

    @Column(name = "posted_at", nullable = false)
    private LocalDateTime postedAt;

    /** For a thread's first post: when it or a reply was last written, for the order of threads. */
    @Column(name = "last_activity_at", nullable = false)
    private LocalDateTime lastActivityAt;

    @Column(name = "hidden_at")
    private LocalDateTime hiddenAt;

    @Column(name = "hidden_by")
    private String hiddenBy;

    @Column(name = "hidden_reason")
    private String hiddenReason;

    @Column(name = "erased_at")
    private LocalDateTime erasedAt;

    protected SpacePost() {}

    SpacePost(
            Space space,
            SpacePost parent,
            AlumnusProfile author,
            String authorLogin,
            String authorName,
            String body,
            LocalDateTime now) {
        requireText(body, "space.body.required", "space.body.too-long", MAX_BODY);
        if (parent != null && parent.parent != null) {
            throw new BusinessException("space.post.unknown", parent.getId());
        }
        this.space = space;
        this.parent = parent;
        this.author = author;
        this.authorLogin = authorLogin;
        this.authorName = authorName;
        this.body = body;
        this.postedAt = now;
        this.lastActivityAt = now;
    }

    /** A moderator takes the post out of view; the reason is shown to moderators and in the audit log. */
    void hide(String by, String reason, LocalDateTime now) {
        requireText(reason, "space.reason.required", "space.reason.too-long", MAX_REASON);
        if (hiddenAt != null) {
            throw new BusinessException("space.post.already-hidden");
        }
        hiddenAt = now;
        hiddenBy = by;
        hiddenReason = reason.strip();
    }

    void repliedAt(LocalDateTime now) {
        lastActivityAt = now;
    }

    /** The author's words and name go; the post stays as a marker so that replies keep their thread. */
    void erase(LocalDateTime now) {
        author = null;
        authorLogin = null;
        authorName = null;
        body = null;
        erasedAt = now;
    }

    static void requireText(String text, String requiredKey, String tooLongKey, int max) {
        if (text == null || text.isBlank()) {
            throw new BusinessException(requiredKey);
        }
        if (text.codePointCount(0, text.length()) > max) {
            throw new BusinessException(tooLongKey, max, text.codePointCount(0, text.length()));
        }
    }

    public boolean isReply() {
        return parent != null;
    }

    public boolean isHidden() {
        return hiddenAt != null;
    }

    public boolean isErased() {
        return erasedAt != null;
    }

    public Space getSpace() {
        return space;
    }

    public SpacePost getParent() {
        return parent;
    }

    public AlumnusProfile getAuthor() {
        return author;
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

    public LocalDateTime getPostedAt() {
        return postedAt;
    }

    public LocalDateTime getLastActivityAt() {
        return lastActivityAt;
    }

    public LocalDateTime getHiddenAt() {
        return hiddenAt;
    }

    public String getHiddenBy() {
        return hiddenBy;
    }

    public String getHiddenReason() {
        return hiddenReason;
    }

    public LocalDateTime getErasedAt() {
        return erasedAt;
    }
}
