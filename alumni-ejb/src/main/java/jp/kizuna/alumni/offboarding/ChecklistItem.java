package jp.kizuna.alumni.offboarding;

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
import jp.kizuna.alumni.shared.BaseEntity;
import jp.kizuna.alumni.shared.BusinessException;
import jp.kizuna.alumni.shared.LocalizedText;

/**
 * A handover task of one case, copied from the template at opening so later template edits do
 * not rewrite running cases. The offset is kept so a moved last day moves the due date.
 */
@Entity
@Table(name = "checklist_item")
public class ChecklistItem extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id", nullable = false)
    private OffboardingCase offboardingCase;

    @Embedded
    @AttributeOverride(name = "ja", column = @Column(name = "title_ja", nullable = false))
    @AttributeOverride(name = "en", column = @Column(name = "title_en", nullable = false))
    private LocalizedText title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ChecklistCategory category;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TaskOwner owner;

    /** The person responsible when the owner is a person (manager, leaver); null for teams. */
    @Column(name = "owner_name")
    private String ownerName;

    @Column(name = "days_from_last_day", nullable = false)
    private int daysFromLastDay;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Column(name = "done_at")
    private LocalDateTime doneAt;

    @Column(name = "done_by")
    private String doneBy;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected ChecklistItem() {}

    ChecklistItem(OffboardingCase offboardingCase, ChecklistTemplateItem template, String ownerName) {
        this.offboardingCase = offboardingCase;
        this.title = LocalizedText.both(template.getTitleJa(), template.getTitleEn());
        this.category = template.getCategory();
        this.owner = template.getOwner();
        this.ownerName = ownerName;
        this.daysFromLastDay = template.getDaysFromLastDay();
        this.sortOrder = template.getSortOrder();
        this.dueDate = offboardingCase.getLastDay().plusDays(daysFromLastDay);
    }

    void complete(LocalDateTime now, String by) {
        if (doneAt != null) {
            throw new BusinessException("offboarding.checklist.alreadyDone");
        }
        doneAt = now;
        doneBy = by;
    }

    void reopen() {
        doneAt = null;
        doneBy = null;
    }

    void lastDayMoved() {
        dueDate = offboardingCase.getLastDay().plusDays(daysFromLastDay);
    }

    public boolean isDone() {
        return doneAt != null;
    }

    public boolean isOverdue(LocalDate today) {
        return doneAt == null && dueDate.isBefore(today);
    }

    public String title(Locale locale) {
        return title.in(locale);
    }

    public OffboardingCase getOffboardingCase() {
        return offboardingCase;
    }

    public String getTitleJa() {
        return title.ja();
    }

    public String getTitleEn() {
        return title.en();
    }

    public ChecklistCategory getCategory() {
        return category;
    }

    public TaskOwner getOwner() {
        return owner;
    }

    public String getOwnerName() {
        return ownerName;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public LocalDateTime getDoneAt() {
        return doneAt;
    }

    public String getDoneBy() {
        return doneBy;
    }

    public int getDaysFromLastDay() {
        return daysFromLastDay;
    }
}
