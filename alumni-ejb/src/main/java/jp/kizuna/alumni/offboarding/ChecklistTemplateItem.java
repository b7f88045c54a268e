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
import java.util.Locale;
import jp.kizuna.alumni.shared.BaseEntity;
import jp.kizuna.alumni.shared.BusinessException;
import jp.kizuna.alumni.shared.LocalizedText;

/** A task of a template, due a number of days before (negative) or after the last day. */
@Entity
@Table(name = "checklist_template_item")
public class ChecklistTemplateItem extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "template_id", nullable = false)
    private ChecklistTemplate template;

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

    @Column(name = "days_from_last_day", nullable = false)
    private int daysFromLastDay;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected ChecklistTemplateItem() {}

    ChecklistTemplateItem(
            ChecklistTemplate template,
            String titleJa,
            String titleEn,
            ChecklistCategory category,
            TaskOwner owner,
            int daysFromLastDay,
            int sortOrder) {
        if (titleJa == null || titleJa.isBlank() || titleEn == null || titleEn.isBlank()) {
            throw new BusinessException("offboarding.checklist.titlesRequired");
        }
        if (category == null || owner == null) {
            throw new BusinessException("offboarding.checklist.categoryOwnerRequired");
        }
        if (Math.abs(daysFromLastDay) > 365) {
            throw new BusinessException("offboarding.checklist.offsetRange");
        }
        this.template = template;
        this.title = LocalizedText.both(titleJa.strip(), titleEn.strip());
        this.category = category;
        this.owner = owner;
        this.daysFromLastDay = daysFromLastDay;
        this.sortOrder = sortOrder;
    }

    public String title(Locale locale) {
        return title.in(locale);
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

    public int getDaysFromLastDay() {
        return daysFromLastDay;
    }

    public int getSortOrder() {
        return sortOrder;
    }
}
