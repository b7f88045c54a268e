package jp.kizuna.alumni.space;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Locale;
import jp.kizuna.alumni.network.AlumniNetwork;
import jp.kizuna.alumni.shared.BaseEntity;
import jp.kizuna.alumni.shared.BusinessException;
import jp.kizuna.alumni.shared.LocalizedText;

/**
 * A place to talk inside one network: the network's own space (named after the network) or a topic
 * space HR opened, named in Japanese and English (the other language shows when one is missing).
 */
@Entity
@Table(name = "member_space")
public class Space extends BaseEntity {

    public enum Kind {
        NETWORK,
        TOPIC
    }

    public static final int MAX_NAME = 200;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "network_id")
    private AlumniNetwork network;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;

    @Embedded
    @AttributeOverride(name = "ja", column = @Column(name = "name_ja"))
    @AttributeOverride(name = "en", column = @Column(name = "name_en"))
    private LocalizedText name;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "created_by")
    private String createdBy;

    protected Space() {}

    public static Space ofNetwork(AlumniNetwork network, LocalDateTime now) {
        Space space = new Space();
        space.network = network;
        space.kind = Kind.NETWORK;
        space.createdAt = now;
        return space;
    }

    public static Space topic(AlumniNetwork network, String nameJa, String nameEn, String by, LocalDateTime now) {
        String ja = blankAsNull(nameJa);
        String en = blankAsNull(nameEn);
        if (ja == null && en == null) {
            throw new BusinessException("space.name.required");
        }
        if ((ja != null && ja.codePointCount(0, ja.length()) > MAX_NAME)
                || (en != null && en.codePointCount(0, en.length()) > MAX_NAME)) {
            throw new BusinessException("space.name.too-long", MAX_NAME);
        }
        Space space = new Space();
        space.network = network;
        space.kind = Kind.TOPIC;
        space.name = new LocalizedText(ja, en);
        space.createdBy = by;
        space.createdAt = now;
        return space;
    }

    /** The name in the reader's language, the other language when that one was not given. */
    public String name(Locale locale) {
        if (kind == Kind.NETWORK) {
            return network.name(locale);
        }
        return name == null ? null : name.in(locale);
    }

    private static String blankAsNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public AlumniNetwork getNetwork() {
        return network;
    }

    public Kind getKind() {
        return kind;
    }

    public String getNameJa() {
        return name == null ? null : name.ja();
    }

    public String getNameEn() {
        return name == null ? null : name.en();
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }
}
