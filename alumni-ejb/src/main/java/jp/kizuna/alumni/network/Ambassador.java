package jp.kizuna.alumni.network;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Objects;
import jp.kizuna.alumni.shared.BaseEntity;
import jp.kizuna.alumni.shared.BusinessException;

/** An alumnus HR nominated to represent the company among alumni (talks, referrals, events). */
@Entity
@Table(name = "ambassador")
public class Ambassador extends BaseEntity {

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "profile_id")
    private AlumnusProfile profile;

    @Column(name = "nominated_at", nullable = false)
    private LocalDateTime nominatedAt;

    @Column(name = "nominated_by", nullable = false)
    private String nominatedBy;

    private String reason;

    @Column(nullable = false)
    private boolean active = true;

    protected Ambassador() {}

    public Ambassador(AlumnusProfile profile, String reason, LocalDateTime nominatedAt, String nominatedBy) {
        if (!profile.isMember()) {
            throw new BusinessException("network.ambassador.not-member");
        }
        this.profile = profile;
        this.reason = reason;
        this.nominatedAt = Objects.requireNonNull(nominatedAt);
        this.nominatedBy = Objects.requireNonNull(nominatedBy);
    }

    public void renominate(String newReason, LocalDateTime now, String by) {
        active = true;
        reason = newReason;
        nominatedAt = now;
        nominatedBy = by;
    }

    public void retire() {
        active = false;
    }

    /** Activities are recorded for serving ambassadors only. */
    public void requireActive() {
        if (!active) {
            throw new BusinessException("network.ambassador.retired");
        }
    }

    public AlumnusProfile getProfile() {
        return profile;
    }

    public LocalDateTime getNominatedAt() {
        return nominatedAt;
    }

    public String getNominatedBy() {
        return nominatedBy;
    }

    public String getReason() {
        return reason;
    }

    public boolean isActive() {
        return active;
    }
}
