package jp.kizuna.alumni.messaging;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import jp.kizuna.alumni.network.AlumnusProfile;
import jp.kizuna.alumni.shared.BaseEntity;

/** One member no longer wants messages from another: neither can write to the other while it stands. */
@Entity
@Table(name = "member_block")
public class MemberBlock extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "blocker_id")
    private AlumnusProfile blocker;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "blocked_id")
    private AlumnusProfile blocked;

    @Column(name = "blocked_at", nullable = false)
    private LocalDateTime blockedAt;

    protected MemberBlock() {}

    public MemberBlock(AlumnusProfile blocker, AlumnusProfile blocked, LocalDateTime blockedAt) {
        this.blocker = blocker;
        this.blocked = blocked;
        this.blockedAt = blockedAt;
    }

    public AlumnusProfile getBlocker() {
        return blocker;
    }

    public AlumnusProfile getBlocked() {
        return blocked;
    }

    public LocalDateTime getBlockedAt() {
        return blockedAt;
    }
}
