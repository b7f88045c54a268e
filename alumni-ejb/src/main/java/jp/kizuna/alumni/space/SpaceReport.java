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

/** A member tells the moderators a post should not be there; settled when a moderator hid the post or let it stand. */
@Entity
@Table(name = "space_post_report")
public class SpaceReport extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "post_id")
    private SpacePost post;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "profile_id")
    private AlumnusProfile reporter;

    @Column(nullable = false)
    private String reason;

    @Column(name = "reported_at", nullable = false)
    private LocalDateTime reportedAt;

    @Column(name = "settled_at")
    private LocalDateTime settledAt;

    @Column(name = "settled_by")
    private String settledBy;

    protected SpaceReport() {}

    SpaceReport(SpacePost post, AlumnusProfile reporter, String reason, LocalDateTime now) {
        SpacePost.requireText(reason, "space.reason.required", "space.reason.too-long", SpacePost.MAX_REASON);
        this.post = post;
        this.reporter = reporter;
        this.reason = reason.strip();
        this.reportedAt = now;
    }

    void settle(String by, LocalDateTime now) {
        if (settledAt == null) {
            settledAt = now;
            settledBy = by;
        }
    }

    public SpacePost getPost() {
        return post;
    }

    public AlumnusProfile getReporter() {
        return reporter;
    }

    public String getReason() {
        return reason;
    }

    public LocalDateTime getReportedAt() {
        return reportedAt;
    }

    public LocalDateTime getSettledAt() {
        return settledAt;
    }

    public String getSettledBy() {
        return settledBy;
    }
}
