package jp.kizuna.alumni.opportunity;

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
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Objects;
import jp.kizuna.alumni.identity.Department;
import jp.kizuna.alumni.shared.BaseEntity;
import jp.kizuna.alumni.shared.BusinessException;
import jp.kizuna.alumni.shared.LocalizedText;

/** An opening HR posts for alumni. Open until HR closes it or its closing date passes. */
@Entity
@Table(name = "opportunity")
public class Opportunity extends BaseEntity {

    public enum Status {
        OPEN,
        CLOSED
    }

    /** The columns' sizes, counted in characters as people count them (V270). */
    static final int MAX_TITLE = 200;

    static final int MAX_DESCRIPTION = 4000;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OpportunityKind kind;

    @Embedded
    @AttributeOverride(name = "ja", column = @Column(name = "title", nullable = false))
    @AttributeOverride(name = "en", column = @Column(name = "title_en"))
    private LocalizedText title;

    @Embedded
    @AttributeOverride(name = "ja", column = @Column(name = "description", nullable = false))
    @AttributeOverride(name = "en", column = @Column(name = "description_en"))
    private LocalizedText description;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "department_id")
    private Department department;

    private String location;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status = Status.OPEN;

    @Column(name = "posted_at", nullable = false)
    private LocalDateTime postedAt;

    @Column(name = "posted_by", nullable = false)
    private String postedBy;

    @Column(name = "closes_on")
    private LocalDate closesOn;

    protected Opportunity() {}

    public Opportunity(
            OpportunityKind kind,
            String title,
            String description,
            Department department,
            String location,
            LocalDate closesOn,
            LocalDateTime postedAt,
            String postedBy) {
        if (title == null || title.isBlank() || description == null || description.isBlank()) {
            throw new BusinessException("opportunity.required");
        }
        if (closesOn != null && closesOn.isBefore(postedAt.toLocalDate())) {
            throw new BusinessException("opportunity.closes-in-past", closesOn);
        }
        this.kind = Objects.requireNonNull(kind, "kind");
        this.title = new LocalizedText(title.strip(), null);
        this.description = new LocalizedText(description.strip(), null);
        this.department = department;
        this.location = location == null || location.isBlank() ? null : location.strip();
        this.closesOn = closesOn;
        this.postedAt = postedAt;
        this.postedBy = postedBy;
    }

    /**
     * The English title and description beside the Japanese ones; either may be left out, and an
     * English reader then gets the Japanese text (as with news and events).
     */
    public void inEnglish(String title, String description) {
        String englishTitle = title == null || title.isBlank() ? null : title.strip();
        String englishDescription = description == null || description.isBlank() ? null : description.strip();
        if (englishTitle != null && englishTitle.codePointCount(0, englishTitle.length()) > MAX_TITLE
                || englishDescription != null
                        && englishDescription.codePointCount(0, englishDescription.length()) > MAX_DESCRIPTION) {
            throw new BusinessException("opportunity.english.too-long", MAX_TITLE, MAX_DESCRIPTION);
        }
        this.title = new LocalizedText(this.title.ja(), englishTitle);
        this.description = new LocalizedText(this.description.ja(), englishDescription);
    }

    /** The title in the reader's language (Japanese when no English one was written). */
    public String title(Locale locale) {
        return title.in(locale);
    }

    public String description(Locale locale) {
        return description.in(locale);
    }

    public boolean isOpenOn(LocalDate day) {
        return status == Status.OPEN && (closesOn == null || !day.isAfter(closesOn));
    }

    public void close() {
        status = Status.CLOSED;
    }

    public OpportunityKind getKind() {
        return kind;
    }

    public String getTitle() {
        return title.ja();
    }

    public String getDescription() {
        return description.ja();
    }

    public String getTitleEn() {
        return title.en();
    }

    public String getDescriptionEn() {
        return description.en();
    }

    public Department getDepartment() {
        return department;
    }

    public String getLocation() {
        return location;
    }

    public Status getStatus() {
        return status;
    }

    public LocalDateTime getPostedAt() {
        return postedAt;
    }

    public String getPostedBy() {
        return postedBy;
    }

    public LocalDate getClosesOn() {
        return closesOn;
    }
}
