package jp.kizuna.alumni.network;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Objects;
import jp.kizuna.alumni.shared.BaseEntity;
import jp.kizuna.alumni.shared.BusinessException;

/** Something an ambassador did for the network, as HR records it. */
@Entity
@Table(name = "ambassador_activity")
public class AmbassadorActivity extends BaseEntity {

    public enum Kind {
        TALK,
        EVENT_HOST,
        REFERRAL,
        MENTORING,
        ARTICLE,
        OTHER
    }

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "ambassador_id")
    private Ambassador ambassador;

    @Column(name = "occurred_on", nullable = false)
    private LocalDate occurredOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;

    @Column(nullable = false)
    private String description;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    protected AmbassadorActivity() {}

    public AmbassadorActivity(
            Ambassador ambassador, LocalDate occurredOn, Kind kind, String description, String recordedBy) {
        if (!ambassador.isActive()) {
            throw new BusinessException("network.ambassador.inactive");
        }
        if (description == null || description.isBlank()) {
            throw new BusinessException("network.required", "description");
        }
        this.ambassador = ambassador;
        this.occurredOn = Objects.requireNonNull(occurredOn);
        this.kind = Objects.requireNonNull(kind);
        this.description = description.strip();
        this.recordedBy = recordedBy;
    }

    public Ambassador getAmbassador() {
        return ambassador;
    }

    public LocalDate getOccurredOn() {
        return occurredOn;
    }

    public Kind getKind() {
        return kind;
    }

    public String getDescription() {
        return description;
    }

    public String getRecordedBy() {
        return recordedBy;
    }
}
