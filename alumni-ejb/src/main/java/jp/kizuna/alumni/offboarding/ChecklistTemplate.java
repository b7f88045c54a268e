package jp.kizuna.alumni.offboarding;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import jp.kizuna.alumni.identity.Department;
import jp.kizuna.alumni.shared.BaseEntity;
import jp.kizuna.alumni.shared.BusinessException;
import jp.kizuna.alumni.shared.LocalizedText;

/**
 * The handover tasks for leavers of a department and/or job title. Templates add up: a leaver
 * gets the general template's tasks (the statutory ones every leaver needs, such as the
 * separation notice and returning the health insurance card) plus those of every more specific
 * active template that fits (title, department, department and title); see {@link #tasksFor}.
 */
@Entity
@Table(name = "checklist_template")
public class ChecklistTemplate extends BaseEntity {

    @Embedded
    @AttributeOverride(name = "ja", column = @Column(name = "name_ja", nullable = false))
    @AttributeOverride(name = "en", column = @Column(name = "name_en", nullable = false))
    private LocalizedText name;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "department_id")
    private Department department;

    @Column(name = "job_title")
    private String jobTitle;

    @Column(nullable = false)
    private boolean active = true;

    @OneToMany(mappedBy = "template", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sortOrder, id")
    private List<ChecklistTemplateItem> items = new ArrayList<>();

    protected ChecklistTemplate() {}

    public ChecklistTemplate(String nameJa, String nameEn, Department department, String jobTitle) {
        update(nameJa, nameEn, department, jobTitle, true);
    }

    public void update(String nameJa, String nameEn, Department department, String jobTitle, boolean active) {
        if (nameJa == null || nameJa.isBlank() || nameEn == null || nameEn.isBlank()) {
            throw new BusinessException("offboarding.checklist.namesRequired");
        }
        this.name = LocalizedText.both(nameJa.strip(), nameEn.strip());
        this.department = department;
        this.jobTitle = jobTitle == null || jobTitle.isBlank() ? null : jobTitle.strip();
        this.active = active;
    }

    public ChecklistTemplateItem addItem(
            String titleJa, String titleEn, ChecklistCategory category, TaskOwner owner, int daysFromLastDay) {
        ChecklistTemplateItem item =
                new ChecklistTemplateItem(this, titleJa, titleEn, category, owner, daysFromLastDay, items.size());
        items.add(item);
        return item;
    }

    public void removeItem(long itemId) {
        if (!items.removeIf(item -> item.getId() != null && item.getId() == itemId)) {
            throw new BusinessException("offboarding.checklist.itemNotFound", itemId);
        }
    }

    /** How well this template fits a leaver: higher is more specific, negative means it does not apply. */
    public int fit(Department leaverDepartment, String leaverJobTitle) {
        if (!active) {
            return -1;
        }
        boolean departmentMatches = department == null || department.equals(leaverDepartment);
        boolean titleMatches = jobTitle == null || jobTitle.equalsIgnoreCase(leaverJobTitle);
        if (!departmentMatches || !titleMatches) {
            return -1;
        }
        return (department == null ? 0 : 2) + (jobTitle == null ? 0 : 1);
    }

    /**
     * The tasks of every template that fits the leaver, the general ones first. A task that a more
     * specific template repeats (same Japanese or English title, ignoring spaces and case) is listed
     * once, in the more specific template's wording, owner and due date.
     */
    public static List<ChecklistTemplateItem> tasksFor(
            Collection<ChecklistTemplate> templates, Department leaverDepartment, String leaverJobTitle) {
        List<ChecklistTemplate> fitting = templates.stream()
                .filter(t -> t.fit(leaverDepartment, leaverJobTitle) >= 0)
                .sorted(Comparator.comparingInt((ChecklistTemplate t) -> t.fit(leaverDepartment, leaverJobTitle))
                        .thenComparing(t -> t.getId() == null ? Long.MAX_VALUE : t.getId()))
                .toList();
        List<ChecklistTemplateItem> tasks = new ArrayList<>();
        for (ChecklistTemplate template : fitting) {
            for (ChecklistTemplateItem item : template.getItems()) {
                int same = -1;
                for (int i = 0; i < tasks.size() && same < 0; i++) {
                    if (sameTask(tasks.get(i), item)) {
                        same = i;
                    }
                }
                if (same >= 0) {
                    tasks.set(same, item);
                } else {
                    tasks.add(item);
                }
            }
        }
        return tasks;
    }

    private static boolean sameTask(ChecklistTemplateItem one, ChecklistTemplateItem other) {
        return key(one.getTitleJa()).equals(key(other.getTitleJa()))
                || key(one.getTitleEn()).equals(key(other.getTitleEn()));
    }

    private static String key(String title) {
        return Normalizer.normalize(title == null ? "" : title, Normalizer.Form.NFKC)
                .replaceAll("\\s+", "")
                .toLowerCase(Locale.ROOT);
    }

    public String name(java.util.Locale locale) {
        return name.in(locale);
    }

    public String getNameJa() {
        return name.ja();
    }

    public String getNameEn() {
        return name.en();
    }

    public Department getDepartment() {
        return department;
    }

    public String getJobTitle() {
        return jobTitle;
    }

    public boolean isActive() {
        return active;
    }

    public List<ChecklistTemplateItem> getItems() {
        return List.copyOf(items);
    }
}
