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

/** A member may no longer post or reply in one space (they still read it); lifted by a moderator. */
@Entity
@Table(name = "space_ban")
public class SpaceBan extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "space_id")
    private Space space;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "profile_id")
    private AlumnusProfile member;

    @Column(nullable = false)
    private String reason;

    @Column(name = "banned_at", nullable = false)
    private LocalDateTime bannedAt;

    @Column(name = "banned_by", nullable = false)
    private String bannedBy;

    protected SpaceBan() {}

    SpaceBan(Space space, AlumnusProfile member, String reason, String by, LocalDateTime now) {
        SpacePost.requireText(reason, "space.reason.required", "space.reason.too-long", SpacePost.MAX_REASON);
        this.space = space;
        this.member = member;
        this.reason = reason.strip();
        this.bannedBy = by;
        this.bannedAt = now;
    }

    public Space getSpace() {
        return space;
    }

    public AlumnusProfile getMember() {
        return member;
    }

    public String getReason() {
        return reason;
    }

    public LocalDateTime getBannedAt() {
        return bannedAt;
    }

    public String getBannedBy() {
        return bannedBy;
    }
}
