package jp.kizuna.alumni.opportunity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;
import jp.kizuna.alumni.identity.Department;
import jp.kizuna.alumni.shared.BaseEntity;
import jp.kizuna.alumni.shared.BusinessException;

/** An opening HR posts for alumni. Open until HR closes it or its closing date passes. */
@Entity
@Table(name = "opportunity")
public class Opportunity extends BaseEntity {

    public enum Status { OPEN, CLOSED }

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OpportunityKind kind;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String description;

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

    protected Opportunity() {
    }

    public Opportunity(OpportunityKind kind, String title, String description, Department department, String location,
                       LocalDate closesOn, LocalDateTime postedAt, String postedBy) {
        if (title == null || title.isBlank() || description == null || description.isBlank()) {
            throw new BusinessException("opportunity.required");
        }
        if (closesOn != null && closesOn.isBefore(postedAt.toLocalDate())) {
            throw new BusinessException("opportunity.closes-in-past", closesOn);
        }
        this.kind = Objects.requireNonNull(kind, "kind");
        this.title = title.strip();
        this.description = description.strip();
        this.department = department;
        this.location = location == null || location.isBlank() ? null : location.strip();
        this.closesOn = closesOn;
        this.postedAt = postedAt;
        this.postedBy = postedBy;
    }

    public boolean isOpenOn(LocalDate day) {
        return status == Status.OPEN && (closesOn == null || !day.isAfter(closesOn));
    }

    public void close() {
        status = Status.CLOSED;
    }

    public OpportunityKind getKind() { return kind; }
    public String getTitle() { return title; }
    public String getDescription() { return description; }
    public Department getDepartment() { return department; }
    public String getLocation() { return location; }
    public Status getStatus() { return status; }
    public LocalDateTime getPostedAt() { return postedAt; }
    public String getPostedBy() { return postedBy; }
    public LocalDate getClosesOn() { return closesOn; }
}
