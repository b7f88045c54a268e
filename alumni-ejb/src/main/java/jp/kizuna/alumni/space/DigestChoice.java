package jp.kizuna.alumni.space;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import jp.kizuna.alumni.network.AlumnusProfile;
import jp.kizuna.alumni.shared.BaseEntity;

/** Whether a member wants the mail digest of their spaces (none until they ask), and when the last one went out. */
@Entity
@Table(name = "space_digest_choice")
public class DigestChoice extends BaseEntity {

    public enum Frequency {
        NONE(0),
        DAILY(1),
        WEEKLY(7);

        private final int days;

        Frequency(int days) {
            this.days = days;
        }

        public int days() {
            return days;
        }
    }

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "profile_id")
    private AlumnusProfile member;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Frequency frequency = Frequency.NONE;

    @Column(name = "last_sent_at")
    private LocalDateTime lastSentAt;

    protected DigestChoice() {}

    public DigestChoice(AlumnusProfile member) {
        this.member = member;
    }

    void choose(Frequency chosen, LocalDateTime now) {
        if (chosen != frequency && lastSentAt == null) {
            // The first digest covers from the moment of the choice, not the space's whole history.
            lastSentAt = now;
        }
        frequency = chosen == null ? Frequency.NONE : chosen;
    }

    /** Whether a digest is due at {@code now}: a period has passed since the last one. */
    boolean due(LocalDateTime now) {
        // An hour's slack so a timer firing a little early the next day still counts as a day later.
        return frequency != Frequency.NONE
                && (lastSentAt == null
                        || !lastSentAt.plusDays(frequency.days()).minusHours(1).isAfter(now));
    }

    void sent(LocalDateTime now) {
        lastSentAt = now;
    }

    public AlumnusProfile getMember() {
        return member;
    }

    public Frequency getFrequency() {
        return frequency;
    }

    public LocalDateTime getLastSentAt() {
        return lastSentAt;
    }
}
